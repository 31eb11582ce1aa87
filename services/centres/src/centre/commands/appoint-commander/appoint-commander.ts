import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CommandContext, CommandCtx, CommandResult, CommandRoute, IsCalendarDate } from '@muster/platform';
import { ActiveMembers } from '../../../readiness/projections/centre-readiness/active-members';
import { centreAggregate } from '../../centre.aggregate';
import { CentreController, CentreIdParam } from '../../centre.routes';

export class AppointCommanderDto {
  @ApiProperty({ format: 'uuid', description: 'The member (personnel service) who commands the centre' })
  @IsUUID('all')
  memberId!: string;

  @IsCalendarDate() appointedOn!: string;
}

/** Application work before the command path: whether the member is active, as personnel's topic told centres. */
@CentreController()
export class AppointCommanderController {
  constructor(
    private readonly bus: CommandBus,
    private readonly members: ActiveMembers,
  ) {}

  @CommandRoute(':centreId/commander-appointments', {
    summary: 'Appoint the centre’s commander (admins only), an active member, replacing the current one',
    roles: ['admin'],
  })
  async appoint(
    @Param() { centreId }: CentreIdParam,
    @Body() dto: AppointCommanderDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    const memberActive = await this.members.isActive(dto.memberId);
    return this.bus.execute(
      centreAggregate.command(
        centreId,
        { type: 'AppointCommander', memberId: dto.memberId, appointedOn: dto.appointedOn, memberActive },
        ctx,
      ),
    );
  }
}
