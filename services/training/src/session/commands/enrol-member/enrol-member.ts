import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, IsCalendarDate } from '@muster/platform';
import { CertificationRegister } from '../../../certification/projections/certification-register/certification-register.queries';
import { memberStanding } from '../../../members';
import { SessionRegister } from '../../projections/session-register/session-register.queries';
import { actorOf, sessionAggregate } from '../../session.aggregate';
import { SESSION_WRITERS, SessionController, SessionIdParam } from '../../session.routes';

export class EnrolMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'memberId must be a UUID' })
  memberId!: string;

  @IsCalendarDate() enrolledOn!: string;
}

/**
 * Application work before the command path: the member's standing (from personnel, as training knows it), the
 * competencies they hold valid on the day, and whether the course was retired since the session was scheduled.
 */
@SessionController()
export class EnrolMemberController {
  constructor(
    private readonly bus: CommandBus,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRegister,
    private readonly certifications: CertificationRegister,
  ) {}

  @CommandRoute(':sessionId/enrolments', {
    summary: 'Enrol a member: known, not killed, departed or suspended, holding the prerequisites, while there is room',
    roles: SESSION_WRITERS,
  })
  async enrol(
    @Param() { sessionId }: SessionIdParam,
    @Body() dto: EnrolMemberDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const [standing, validCompetencies, course] = await Promise.all([
      memberStanding(this.dataSource, dto.memberId),
      this.certifications.validCompetencies(dto.memberId, dto.enrolledOn),
      this.sessions.courseOf(sessionId),
    ]);
    return this.bus.execute(
      sessionAggregate.command(
        sessionId,
        {
          type: 'EnrolMember',
          memberId: dto.memberId,
          enrolledOn: dto.enrolledOn,
          member: standing === null ? null : { status: standing.status },
          validCompetencies,
          courseRetired: course?.retired ?? false,
          actor: actorOf(ctx),
        },
        ctx,
      ),
    );
  }
}
