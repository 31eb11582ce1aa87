import { DynamicModule, InjectionToken, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthSettings, TokenVerifier } from './token-verifier';

export interface AuthModuleOptions {
  readonly useFactory: (...dependencies: never[]) => AuthSettings;
  readonly inject?: InjectionToken[];
}

@Module({})
export class AuthModule {
  /** Installs the guard on every route of the application: authentication is the default, not an opt-in. */
  static forRootAsync(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        {
          provide: TokenVerifier,
          useFactory: (...dependencies: never[]) => new TokenVerifier(options.useFactory(...dependencies)),
          inject: options.inject ?? [],
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }
}
