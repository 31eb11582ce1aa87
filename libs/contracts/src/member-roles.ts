/**
 * The operational roles a member can hold (not the users' access roles, see roles.ts): personnel assigns them,
 * training sets what each requires, centres counts them for readiness.
 */
export const MEMBER_ROLES = [
  'rescuer',
  'firefighter',
  'paramedic',
  'driver',
  'mechanic',
  'radio-operator',
  'media-documenter',
  'ordnance-awareness',
  'team-leader',
  'centre-commander',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export function isMemberRole(value: unknown): value is MemberRole {
  return typeof value === 'string' && (MEMBER_ROLES as readonly string[]).includes(value);
}
