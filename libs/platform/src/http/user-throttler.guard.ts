import { Injectable, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * The rate limit is per authenticated user: behind a gateway or the console every user shares one address, so a
 * per-IP bucket would throttle them all together. Requests the auth guard did not accept (no user) count by address.
 */
@Injectable()
export class UserThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: { user?: { id: string }; ip?: string }): Promise<string> {
    return request.user ? `user:${request.user.id}` : `ip:${request.ip ?? 'unknown'}`;
  }
}

/**
 * Installs the rate limit as a global guard. Imported after the AuthModule: Nest runs global guards in the order their
 * modules are registered, and the limit needs the user the auth guard has identified.
 */
@Module({ providers: [{ provide: APP_GUARD, useClass: UserThrottlerGuard }] })
export class RateLimitModule {}
