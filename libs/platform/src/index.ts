export { ConfigurationError, ServiceEnvironment, environmentOf } from './config/environment';
export { PlatformModule, InjectEnvironment } from './platform.module';
export type { ServiceDefinition, IntegrationEventHandlers } from './service-definition';
export { createServiceApp, runService } from './bootstrap';
export { CommandCtx, withoutReason } from './commands/command-context';
export type { CommandContext } from './commands/command-context';
export { CommandResult, VersionETagInterceptor } from './commands/command-result';
export { defineAggregate } from './commands/aggregate';
export type {
  Aggregate,
  AggregateCommand,
  AggregateConfig,
  BatchContext,
  BatchItem,
  BatchItemResult,
} from './commands/aggregate';
export { RecordController, CommandRoute, NotARecordCommand, NOT_A_RECORD_COMMAND } from './commands/command-route';
export { commandRoutes } from './commands/command-routes';
export type { CommandRoutes, RecordHttp, UseCaseRoute } from './commands/command-routes';
export { newRecordId } from './commands/record-id';
export type { CommandRouteOptions } from './commands/command-route';
export { reactToOwnEvents, reactToIntegrationEvent } from './reactions/reaction';
export { consumedSources } from './reactions/reaction-wiring';
export type { Reaction, RefusalPolicy, Send, Trigger, ConsumedContract } from './reactions/reaction';
export { IsDecimal } from './http/number-validation';
export { IsCalendarDate, IsPartialDate, Text } from './http/text-validation';
export { AsOfQuery, asOfInstant, PageQuery } from './http/queries';
export { PageOf } from './http/page';
export type { Page } from './http/page';
export { csvCell, csvLine } from './http/csv';
export { KnownCentre } from './centres/known-centre.pipe';
export { KnownCentres } from './centres/known-centres';
export { LogSigner } from './verifiable-log/log-signer';
export type { LogSignerOptions } from './verifiable-log/log-signer';
export { LogAuditController, LogIdentity } from './verifiable-log/log-audit.controller';
export { verifiableLogMigrations } from './verifiable-log/verifiable-log.migration';
