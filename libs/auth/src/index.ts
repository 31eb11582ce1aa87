export { ROLES, isRole, inCentreScope } from './principal';
export type { Role, AuthenticatedUser } from './principal';
export { signDevelopmentToken, TokenRejected, TokenVerifier } from './token-verifier';
export type { AuthSettings } from './token-verifier';
export { authSettingsFrom, productionTokenProblems } from './token-settings';
export type { TokenEnvironment } from './token-settings';
export { Public, Roles, CurrentUser } from './decorators';
export { AuthGuard, assertCentreScope } from './auth.guard';
export { AuthModule } from './auth.module';
