// Fixtures shared by the vehicle decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { vehicleDecider } from '../vehicle.decider';

export const spec = deciderSpec(vehicleDecider);
