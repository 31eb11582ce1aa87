import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsUUID } from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, IsCalendarDate } from '@muster/platform';
import { CertificationRegister } from '../../../certification/projections/certification-register/certification-register.queries';
import { OWN_ISSUING_BODY } from '../../domain/session.commands';
import { SessionRegister } from '../../projections/session-register/session-register.queries';
import { actorOf, sessionAggregate } from '../../session.aggregate';
import { SESSION_WRITERS, SessionController, SessionIdParam } from '../../session.routes';

export class RecordResultDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId!: string;

  // Its range is the session's rule (SCORE_OUT_OF_RANGE), so that the refusal names it.
  @ApiProperty({ minimum: 0, maximum: 100, example: 82 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;

  @IsCalendarDate() resultOn!: string;
}

/**
 * Application work before the command path: the member's certification of the course's competency from the
 * organisation's own issuing body, which a pass renews instead of awarding a second one.
 */
@SessionController()
export class RecordResultController {
  constructor(
    private readonly bus: CommandBus,
    private readonly sessions: SessionRegister,
    private readonly certifications: CertificationRegister,
  ) {}

  @CommandRoute(':sessionId/results', {
    summary: 'Record an enrolled member’s score (0–100): a pass awards or renews the certification',
    roles: SESSION_WRITERS,
  })
  async record(
    @Param() { sessionId }: SessionIdParam,
    @Body() dto: RecordResultDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const course = await this.sessions.courseOf(sessionId);
    const renews = course && (await this.certifications.renewable(dto.memberId, course.competency, OWN_ISSUING_BODY));
    return this.bus.execute(
      sessionAggregate.command(
        sessionId,
        {
          type: 'RecordResult',
          memberId: dto.memberId,
          score: dto.score,
          resultOn: dto.resultOn,
          recordedBy: ctx.user.id,
          renews: renews ?? null,
          actor: actorOf(ctx),
        },
        ctx,
      ),
    );
  }
}
