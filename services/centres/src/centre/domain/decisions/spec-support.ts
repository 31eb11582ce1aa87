// Fixtures shared by the centre decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { centreDecider } from '../centre.decider';

export const spec = deciderSpec(centreDecider);
