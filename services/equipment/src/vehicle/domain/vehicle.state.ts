// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules of a vehicle need to know of its past: plain JSON, folded from its events by evolve. */
export interface VehicleState {
  /** null until the event that creates the vehicle. */
  readonly vehicleId: string | null;
}

export const initialVehicleState: VehicleState = { vehicleId: null };
