import { CheckKind, VehicleType } from './vehicle.events';

/** One line of a checklist: a failed critical item takes the vehicle off the road at once. */
export interface ChecklistItem {
  readonly code: string;
  readonly label: string;
  readonly critical: boolean;
}

const item = (code: string, label: string, critical = false): ChecklistItem => ({ code, label, critical });

const DAILY: readonly ChecklistItem[] = [
  item('tyres', 'Tyres: pressure, cuts, tread', true),
  item('brakes', 'Brakes: pedal feel, parking brake', true),
  item('steering', 'Steering: free play, noise', true),
  item('lights-and-siren', 'Lights, beacons and siren'),
  item('fluids', 'Engine oil, coolant and brake fluid levels'),
  item('fuel-level', 'Fuel level against the log'),
  item('first-aid-kit', 'First-aid kit complete'),
];

const WEEKLY: readonly ChecklistItem[] = [
  item('seatbelts', 'Seatbelts and seats', true),
  item('battery', 'Battery: terminals, charge'),
  item('belts-and-hoses', 'Drive belts and hoses'),
  item('suspension', 'Suspension and shock absorbers'),
  item('wipers-and-mirrors', 'Wipers, windscreen and mirrors'),
  item('spare-wheel-and-jack', 'Spare wheel and jack'),
];

/** What each type of vehicle carries for its work: checked with the vehicle. */
const EQUIPMENT: Readonly<Record<VehicleType, Readonly<Record<CheckKind, readonly ChecklistItem[]>>>> = {
  ambulance: {
    daily: [item('stretcher', 'Stretcher and its locks', true), item('oxygen', 'Oxygen cylinders full', true)],
    weekly: [item('suction-unit', 'Suction unit'), item('defibrillator', 'Defibrillator: battery, pads')],
  },
  'fire-engine': {
    daily: [
      item('pump', 'Fire pump runs and primes', true),
      item('breathing-apparatus', 'Breathing apparatus: cylinders, masks', true),
      item('hoses', 'Hoses and nozzles'),
      item('water-tank-level', 'Water tank full'),
    ],
    weekly: [item('pump-pressure-test', 'Pump pressure test', true)],
  },
  'rescue-vehicle': {
    daily: [
      item('hydraulic-rescue-tools', 'Hydraulic rescue tools: power unit, cutters, spreaders', true),
      item('lighting', 'Scene lighting and generator'),
    ],
    weekly: [item('lifting-gear', 'Airbags, jacks and lifting gear')],
  },
  'water-tanker': {
    daily: [item('pump', 'Water pump runs and primes', true), item('valves', 'Valves and couplings')],
    weekly: [item('tank-inspection', 'Tank: leaks, corrosion')],
  },
  pickup: { daily: [], weekly: [] },
  bus: { daily: [], weekly: [] },
  other: { daily: [], weekly: [] },
};

/** The checklist of a vehicle type for a daily or a weekly check: the common items, then the type's own. */
export function checklistFor(vehicleType: VehicleType, kind: CheckKind): readonly ChecklistItem[] {
  return [...(kind === 'daily' ? DAILY : WEEKLY), ...EQUIPMENT[vehicleType][kind]];
}

/** How a check's failed critical items are told: the reason the vehicle is off the road. */
export const failedItemsNote = (codes: readonly string[]): string => `Failed: ${codes.join(', ')}`;
