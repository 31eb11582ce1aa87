import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, ROUTE_ROLES } from './decorators';
import { AuthenticatedUser, inCentreScope, Role, scopeFor } from './principal';
import { TokenRejected, TokenVerifier } from './token-verifier';

interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

/** Global guard: a valid bearer token (401 otherwise) and a role the route allows (403 otherwise). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthRequest>();
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) {
      throw new UnauthorizedException({
        code: 'AUTH_MISSING_TOKEN',
        message: 'Send a bearer token in the Authorization header',
      });
    }
    let principal;
    try {
      principal = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof TokenRejected) throw new UnauthorizedException({ code: error.code, message: error.message });
      throw error;
    }

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROUTE_ROLES, targets) ?? [];
    if (!principal.roles.some((r) => allowed.includes(r))) {
      throw new ForbiddenException({
        code: 'AUTH_FORBIDDEN_ROLE',
        message: allowed.length
          ? `This action needs one of the roles: ${allowed.join(', ')}`
          : 'This action is not open to any role',
      });
    }
    request.user = { ...principal, scope: scopeFor(principal, allowed) };
    return true;
  }
}

/**
 * For a centre the caller names (a list's filter): a centre commander acts for their own centres only. A record
 * outside the caller's centres answers as if unknown instead (404), so that nothing confirms it exists.
 */
export function assertCentreScope(user: AuthenticatedUser, centreId: string): void {
  if (!inCentreScope(user.scope, centreId)) {
    throw new ForbiddenException({ code: 'AUTH_CENTRE_SCOPE', message: 'You can act only for your own centre' });
  }
}
