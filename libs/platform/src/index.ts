export { ServiceEnvironment, ConfigurationError, loadEnvironment } from './config/environment';
export { PlatformModule, InjectEnvironment } from './platform.module';
export type { ServiceDefinition, IntegrationEventHandlers } from './service-definition';
export { createServiceApp, runService, environmentOf } from './bootstrap';
export { toApiError, ApiExceptionFilter } from './http/exception.filter';
export type { ApiErrorBody } from './http/api-error';
export { Command, commandContextOf } from './http/command-context';
export type { CommandContext } from './http/command-context';
