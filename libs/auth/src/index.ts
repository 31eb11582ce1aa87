export * from './principal';
export { TokenVerifier, TokenRejected, signDevelopmentToken } from './token-verifier';
export type { AuthSettings, DevelopmentTokenClaims } from './token-verifier';
export { Public, Roles, CurrentUser } from './decorators';
export { AuthGuard, assertCentreScope } from './auth.guard';
export { AuthModule } from './auth.module';
export type { AuthModuleOptions } from './auth.module';
