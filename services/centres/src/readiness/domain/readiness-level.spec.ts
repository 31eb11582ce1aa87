import { ReadinessFigures, readinessOf } from './readiness-level';

const cover = (onDuty: number, certified: number) => ({ onDuty, certified });

/** An operational centre with a full crew, every certified role covered, its vehicles serviceable, no hazard. */
const ready: ReadinessFigures = {
  status: 'operational',
  members: { assigned: 6, onDuty: 5, onDutyByRole: { driver: 2, rescuer: 3, firefighter: 1 } },
  certified: { known: true, roles: { driver: cover(2, 1), rescuer: cover(3, 2), firefighter: cover(1, 1) } },
  vehicles: {
    known: true,
    held: 3,
    serviceable: 2,
    byType: { ambulance: { held: 2, serviceable: 1 }, 'fire-engine': { held: 1, serviceable: 1 } },
  },
  hazards: { open: 0, severe: 0 },
};

const codes = (figures: ReadinessFigures) => readinessOf(figures).reasons.map((r) => r.code);

describe('readiness level and reasons', () => {
  it('is ready, complete and without reasons when nothing is missing', () => {
    expect(readinessOf(ready)).toEqual({ level: 'ready', complete: true, reasons: [] });
  });

  it.each([
    ['planned', 'CENTRE_PLANNED'],
    ['damaged', 'CENTRE_DAMAGED'],
    ['destroyed', 'CENTRE_DESTROYED'],
    ['closed', 'CENTRE_CLOSED'],
  ] as const)('is not ready while the centre is %s (%s)', (status, code) => {
    expect(readinessOf({ ...ready, status })).toMatchObject({ level: 'not-ready', reasons: [{ code }] });
  });

  it('is limited while degraded, and not ready on a date before the centre was registered', () => {
    expect(readinessOf({ ...ready, status: 'degraded' })).toMatchObject({
      level: 'limited',
      reasons: [{ code: 'CENTRE_DEGRADED', effect: 'limited' }],
    });
    expect(codes({ ...ready, status: null })).toEqual(['CENTRE_NOT_REGISTERED']);
  });

  it('is not ready with nobody on duty, limited with a thin crew, with the figures', () => {
    const empty = { ...ready, members: { assigned: 3, onDuty: 0, onDutyByRole: {} } };
    expect(readinessOf(empty).reasons[0]).toEqual({
      code: 'NO_MEMBER_ON_DUTY',
      effect: 'not-ready',
      message: 'Nobody assigned here is on duty',
      figures: { onDuty: 0, assigned: 3 },
    });
    const thin = { ...ready, members: { ...ready.members, onDuty: 3 } };
    expect(readinessOf(thin)).toMatchObject({
      level: 'limited',
      reasons: [{ code: 'THIN_CREW', figures: { onDuty: 3, assigned: 6, minimum: 4 } }],
    });
  });

  it('is not ready with a severe hazard open, limited with another hazard open', () => {
    expect(readinessOf({ ...ready, hazards: { open: 2, severe: 1 } })).toMatchObject({
      level: 'not-ready',
      reasons: [
        { code: 'SEVERE_HAZARD_OPEN', effect: 'not-ready', figures: { severe: 1 } },
        { code: 'HAZARD_OPEN', effect: 'limited', figures: { open: 1 } },
      ],
    });
  });

  it('is not ready without a certified driver; rescuers and firefighters count only where the centre has some', () => {
    const roles = { driver: cover(2, 0), rescuer: cover(3, 0), firefighter: cover(0, 0) };
    const figures = { ...ready, certified: { known: true as const, roles } };
    expect(readinessOf(figures)).toMatchObject({
      level: 'not-ready',
      reasons: [
        { code: 'NO_CERTIFIED_DRIVER', figures: { driversOnDuty: 2, certified: 0, competency: 'driving' } },
        {
          code: 'NO_CERTIFIED_RESCUER',
          effect: 'limited',
          figures: { rescuersOnDuty: 3, certified: 0, competency: 'search-and-rescue' },
        },
      ],
    });
  });

  it('is not ready without a serviceable vehicle, limited when a type it holds has none serviceable', () => {
    const none = { known: true as const, held: 1, serviceable: 0, byType: { ambulance: { held: 1, serviceable: 0 } } };
    expect(readinessOf({ ...ready, vehicles: none })).toMatchObject({
      level: 'not-ready',
      reasons: [{ code: 'NO_SERVICEABLE_VEHICLE', figures: { held: 1, serviceable: 0 } }],
    });
    const noFireEngine = {
      ...ready.vehicles,
      byType: { ambulance: { held: 2, serviceable: 2 }, 'fire-engine': { held: 1, serviceable: 0 } },
    } as ReadinessFigures['vehicles'];
    expect(codes({ ...ready, vehicles: noFireEngine })).toEqual(['NO_SERVICEABLE_FIRE_ENGINE']);
  });

  it('shows unknown certifications and vehicles as unknown, never as zero: limited, not complete', () => {
    const unknown = { ...ready, certified: { known: false as const }, vehicles: { known: false as const } };
    expect(readinessOf(unknown)).toEqual({
      level: 'limited',
      complete: false,
      reasons: [
        expect.objectContaining({ code: 'VEHICLES_UNKNOWN', effect: 'limited' }),
        expect.objectContaining({ code: 'CERTIFICATIONS_UNKNOWN', effect: 'limited' }),
      ],
    });
    // Known and zero is another answer: no serviceable vehicle blocks.
    const zero = { ...ready, vehicles: { known: true as const, held: 0, serviceable: 0, byType: {} } };
    expect(codes(zero)).toEqual(['NO_SERVICEABLE_VEHICLE']);
  });

  it('lists what blocks before what limits', () => {
    const figures = { ...ready, status: 'degraded' as const, hazards: { open: 1, severe: 1 } };
    expect(readinessOf(figures).reasons.map((r) => r.effect)).toEqual(['not-ready', 'limited']);
  });
});
