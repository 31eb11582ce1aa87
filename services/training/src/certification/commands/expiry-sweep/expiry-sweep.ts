import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { DomainError } from '@muster/event-sourcing';
import { ConcurrencyError } from '@muster/event-store';
import { CommandContext, CommandCtx, CommandResult, IsCalendarDate, NotARecordCommand } from '@muster/platform';
import { certificationAggregate } from '../../certification.aggregate';
import { CertificationController } from '../../certification.routes';
import { CertificationRegister } from '../../projections/certification-register/certification-register.queries';

export class ExpirySweepDto {
  @IsCalendarDate({ description: 'the day of the sweep: certifications whose last valid day is before it expire' })
  asOf!: string;
}

export interface ExpirySweepResult {
  asOf: string;
  /** Certifications the sweep found due. */
  due: number;
  /** Of those, the ones this sweep expired (the others were expired, renewed or revoked meanwhile by another). */
  expired: number;
}

/** How many certifications expire at once: the store takes each as its own append. */
const PARALLEL = 8;

/**
 * The expiry sweep, with the day passed in (a scheduler calls it daily): every certification the register finds due
 * gets `ExpireCertification` through its own command path, so its expiry is an event others learn of. Idempotent: a
 * certification already expired records nothing, so running it twice expires each once.
 */
@CertificationController()
export class ExpirySweepController {
  constructor(
    private readonly bus: CommandBus,
    private readonly register: CertificationRegister,
  ) {}

  @Post('expiry-sweep')
  @HttpCode(200)
  @Roles('training', 'admin')
  @ApiOperation({ summary: 'Expire every certification whose last valid day is before asOf (idempotent)' })
  @ApiOkResponse({ description: '{ asOf, due, expired }' })
  // Idempotent by itself (a repeat expires nothing twice); each certification at the version it reads.
  @NotARecordCommand('batch')
  async sweep(@Body() { asOf }: ExpirySweepDto, @CommandCtx() ctx: CommandContext): Promise<ExpirySweepResult> {
    // Each certification is its own command: the request's Idempotency-Key and If-Match are not theirs.
    const { idempotencyKey: _key, expectedVersion: _version, ...each } = ctx;
    // Each is sent at the version the register read (kept in the append's transaction, so the stream's): a
    // certification changed since — by a crossing sweep, a renewal — is refused, not counted, and left to its rules.
    const due = await this.register.dueForExpiry(asOf);
    let expired = 0;
    for (let i = 0; i < due.length; i += PARALLEL) {
      const outcomes = await Promise.all(
        due.slice(i, i + PARALLEL).map(async ({ certificationId, version }) => {
          const command = certificationAggregate.command(
            certificationId,
            { type: 'ExpireCertification', asOf },
            { ...each, expectedVersion: version },
          );
          try {
            const result: CommandResult = await this.bus.execute(command);
            return result.version > version;
          } catch (error) {
            if (error instanceof DomainError || error instanceof ConcurrencyError) return false;
            throw error;
          }
        }),
      );
      expired += outcomes.filter(Boolean).length;
    }
    return { asOf, due: due.length, expired };
  }
}
