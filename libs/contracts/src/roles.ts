/** The roles a Muster user can hold (token claims): shared by the auth guard and the services' domain rules. */
export const ROLES = ['hr', 'logistics', 'training', 'commander', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
