export { ServiceEnvironment } from './config/environment';
export { PlatformModule, InjectEnvironment } from './platform.module';
export type { ServiceDefinition, IntegrationEventHandlers } from './service-definition';
export { createServiceApp, runService } from './bootstrap';
export { Command } from './http/command-context';
export type { CommandContext } from './http/command-context';
