// Fixtures shared by the course decision specs (decisions/*.spec.ts). Test code only.
import { deciderSpec } from '@muster/event-sourcing/testing';
import { courseDecider } from '../course.decider';

export const spec = deciderSpec(courseDecider);
