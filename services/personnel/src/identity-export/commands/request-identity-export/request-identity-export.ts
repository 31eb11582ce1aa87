import { Body, Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PickType } from '@nestjs/swagger';
import {
  CommandContext,
  CommandCtx,
  CommandResult,
  CommandRoute,
  InjectEnvironment,
  newRecordId,
  Text,
} from '@muster/platform';
import { PersonnelEnvironment } from '../../../config/personnel-environment';
import { MemberProfiles, RosterQuery } from '../../../member/projections/member-profile/member-profile.queries';
import { exportFilters } from '../../../member/projections/roster-export/roster-export';
import { identityExportAggregate } from '../../identity-export.aggregate';
import { IdentityExportController } from '../../identity-export.routes';
import { IdentityExports } from '../../projections/identity-exports/identity-exports.queries';

export class RequestIdentityExportDto extends PickType(RosterQuery, ['centreId', 'status', 'role'] as const) {
  @Text(300, { example: 'Insurance enrolment of the Idlib centres' }) purpose!: string;
}

export class RequestIdentityExport extends Command<CommandResult> {
  constructor(
    readonly dto: RequestIdentityExportDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** Application work before the command path: how many people the filters find, how many exports were asked today. */
@CommandHandler(RequestIdentityExport)
export class RequestIdentityExportHandler implements ICommandHandler<RequestIdentityExport> {
  constructor(
    private readonly bus: CommandBus,
    private readonly profiles: MemberProfiles,
    private readonly exports: IdentityExports,
    @InjectEnvironment() private readonly env: PersonnelEnvironment,
  ) {}

  async execute({ dto, ctx }: RequestIdentityExport): Promise<CommandResult> {
    const exportId = newRecordId('identity-export', ctx);
    const filters = exportFilters(dto);
    const { total } = await this.profiles.roster(ctx.user, { ...filters, limit: 1, offset: 0 });
    const command = {
      type: 'RequestIdentityExport',
      exportId,
      requestedBy: ctx.user.id,
      filters,
      purpose: dto.purpose,
      rowCount: total,
      requestsToday: await this.exports.requestedSince(ctx.user.id, ctx.now),
      dailyLimit: this.env.IDENTITY_EXPORTS_PER_DAY,
    } as const;
    return this.bus.execute(identityExportAggregate.command(exportId, command, ctx));
  }
}

@IdentityExportController()
export class RequestIdentityExportController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CommandRoute('', {
    summary: 'Ask for an export of identities (the roster’s filters and why): another hr officer or admin approves it',
    roles: ['hr', 'admin'],
    creates: true,
  })
  request(@Body() dto: RequestIdentityExportDto, @CommandCtx() ctx: CommandContext): Promise<CommandResult> {
    return this.bus.execute(new RequestIdentityExport(dto, ctx));
  }
}
