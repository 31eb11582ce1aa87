import type { MemberRole } from '@muster/contracts';

/**
 * What each role requires until a training manager sets otherwise (docs/events.md, Training). The induction is not a
 * role requirement: probation waits for it. Roles not named require nothing until set.
 */
export const DEFAULT_ROLE_REQUIREMENTS: Readonly<Record<MemberRole, readonly string[]>> = {
  rescuer: ['first-aid', 'search-and-rescue'],
  firefighter: ['firefighting'],
  paramedic: [],
  driver: ['defensive-driving', 'driving'],
  mechanic: [],
  'radio-operator': [],
  'media-documenter': [],
  'ordnance-awareness': [],
  'team-leader': [],
  'centre-commander': [],
};
