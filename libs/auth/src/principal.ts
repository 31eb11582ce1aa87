import type { Role } from '@muster/contracts';

export { ROLES, isRole } from '@muster/contracts';
export type { Role } from '@muster/contracts';

/** Which centres a request may act for: all of them, or the listed ones (a centre commander's own). */
export type CentreScope =
  { readonly kind: 'all' } | { readonly kind: 'centres'; readonly centreIds: readonly string[] };

/** The authenticated caller, from the bearer token's claims. */
export interface Principal {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly centres: readonly string[];
}

/** The caller as a route sees it: who, and within which centres the route lets them act. */
export interface AuthenticatedUser extends Principal {
  readonly scope: CentreScope;
}

/**
 * A route's roles decide the scope: any role it allows other than `commander` acts organisation-wide; a caller
 * allowed only as commander acts for the centres in their token.
 */
export function scopeFor(principal: Principal, allowedRoles: readonly Role[]): CentreScope {
  const granted = principal.roles.filter((r) => allowedRoles.includes(r));
  return granted.some((r) => r !== 'commander') ? { kind: 'all' } : { kind: 'centres', centreIds: principal.centres };
}

export function inCentreScope(scope: CentreScope, centreId: string): boolean {
  return scope.kind === 'all' || scope.centreIds.includes(centreId);
}
