import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { StreamPage, StreamProblem, StreamVerification, TamperKind } from '@muster/event-store';
import { EventMetadata, RecordedEvent } from '@muster/event-sourcing';

// The event store's types live in libraries that know nothing of HTTP (event-sourcing is pure): these classes document
// them as the audit API answers them, and `implements` keeps each one in step with the type it documents.

export class AuditEventMetadata implements EventMetadata {
  @ApiProperty() actorId!: string;
  @ApiProperty({ type: [String] }) actorRoles!: readonly string[];
  @ApiProperty() correlationId!: string;
  @ApiPropertyOptional() causationId?: string;
  @ApiPropertyOptional() commandId?: string;
  @ApiPropertyOptional() reason?: string;
}

/** An event as stored, with its place in its stream, in the store and in its stream's hash chain. */
export class AuditEvent implements RecordedEvent {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() streamType!: string;
  @ApiProperty({ type: 'integer' }) streamVersion!: number;
  @ApiProperty({ description: 'a bigint as a decimal string' }) globalPosition!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ type: 'integer' }) schemaVersion!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "the event's data, its shape given by its type (docs/events.md)",
  })
  data!: object;
  @ApiProperty({ type: AuditEventMetadata }) metadata!: AuditEventMetadata;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() hash!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for the first event of its stream' })
  previousHash!: string | null;
}

export class AuditStreamPage implements StreamPage {
  @ApiProperty() streamId!: string;
  @ApiProperty({ type: [AuditEvent] }) events!: readonly AuditEvent[];
  @ApiProperty({ type: 'integer', nullable: true, description: "the next page's fromVersion; null at the end" })
  nextFromVersion!: number | null;
}

export class AuditCorrelation {
  @ApiProperty() correlationId!: string;
  @ApiProperty({ type: [AuditEvent] }) events!: readonly AuditEvent[];
}

const TAMPER_KINDS = Object.keys({
  edited: true,
  deleted: true,
  inserted: true,
  reordered: true,
  'hash-mismatch': true,
} satisfies Record<TamperKind, true>);

export class AuditStreamProblem implements StreamProblem {
  @ApiProperty({ type: 'integer' }) streamVersion!: number;
  @ApiProperty({ enum: TAMPER_KINDS }) kind!: TamperKind;
  @ApiProperty() message!: string;
}

export class AuditStreamVerification implements StreamVerification {
  @ApiProperty() streamId!: string;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ type: 'integer' }) eventsChecked!: number;
  @ApiProperty({ type: [AuditStreamProblem] }) problems!: readonly AuditStreamProblem[];
}
