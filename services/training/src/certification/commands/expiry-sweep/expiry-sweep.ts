import { Body, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { CommandContext, CommandCtx, IsCalendarDate, NotARecordCommand } from '@muster/platform';
import { certificationAggregate } from '../../certification.aggregate';
import { CertificationController } from '../../certification.routes';
import { CertificationRegister } from '../../projections/certification-register/certification-register.queries';

export class ExpirySweepDto {
  @IsCalendarDate({ description: 'the day of the sweep: certifications whose last valid day is before it expire' })
  asOf!: string;
}

export class ExpirySweepResult {
  @ApiProperty({ type: String, format: 'date' }) asOf!: string;
  /** Certifications the sweep found due. */
  @ApiProperty({ type: 'integer', description: 'certifications the sweep found due' }) due!: number;
  /** Of those, the ones this sweep expired (the others were expired, renewed or revoked meanwhile by another). */
  @ApiProperty({ type: 'integer', description: 'of those, the ones this sweep expired' }) expired!: number;
}

/** How many certifications expire together: each batch is one transaction, so one durable commit. */
const BATCH = 250;
/** Batches in flight: while PostgreSQL runs one's statements, Node decides and folds the other's. */
const IN_FLIGHT = 2;

/**
 * The expiry sweep, with the day passed in (a scheduler calls it daily): every certification the register finds due
 * gets `ExpireCertification` through its command path, so its expiry is an event others learn of; they go in batches
 * appended together. Idempotent: a certification already expired records nothing, so running it twice expires each
 * once.
 */
@CertificationController()
export class ExpirySweepController {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly register: CertificationRegister,
  ) {}

  @Post('expiry-sweep')
  @HttpCode(200)
  @Roles('training', 'admin')
  @ApiOperation({ summary: 'Expire every certification whose last valid day is before asOf (idempotent)' })
  @ApiOkResponse({ type: ExpirySweepResult })
  // Idempotent by itself (a repeat expires nothing twice); each certification at the version it reads.
  @NotARecordCommand('batch')
  async sweep(@Body() { asOf }: ExpirySweepDto, @CommandCtx() ctx: CommandContext): Promise<ExpirySweepResult> {
    // The request's Idempotency-Key and If-Match are not the certifications'.
    const { idempotencyKey: _key, expectedVersion: _version, ...batch } = ctx;
    // Each is expired at the version the register read (kept in the append's transaction, so the stream's): a
    // certification changed since — by a crossing sweep, a renewal — is refused alone, not counted, and left to its
    // rules.
    const due = await this.register.dueForExpiry(asOf);
    const batches: (typeof due)[] = [];
    for (let i = 0; i < due.length; i += BATCH) batches.push(due.slice(i, i + BATCH));
    let expired = 0;
    let failed = false;
    const expireBatches = async (): Promise<void> => {
      for (let chunk = batches.shift(); chunk && !failed; chunk = batches.shift()) {
        const items = chunk.map(({ certificationId, version }) => ({
          id: certificationId,
          command: { type: 'ExpireCertification' as const, asOf },
          expectedVersion: version,
        }));
        const results = await certificationAggregate.executeMany(this.store, items, batch).catch((error: unknown) => {
          failed = true; // the other batch in flight takes no further one
          throw error;
        });
        expired += results.filter((r, j) => r.status === 'done' && r.version > items[j].expectedVersion).length;
      }
    };
    const settled = await Promise.allSettled(Array.from({ length: IN_FLIGHT }, expireBatches));
    for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
    return { asOf, due: due.length, expired };
  }
}
