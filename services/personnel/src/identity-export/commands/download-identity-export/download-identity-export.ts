import { Get, Header, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { CommandContext, CommandCtx } from '@muster/platform';
import { RosterExports } from '../../../member/projections/roster-export/roster-export';
import { identityExportDecider } from '../../domain/identity-export.decider';
import { IdentityExportErrors } from '../../domain/identity-export.errors';
import { identityExportAggregate } from '../../identity-export.aggregate';
import { ExportIdParam, IdentityExportController } from '../../identity-export.routes';

/**
 * The approved file, once, for the person who asked. The rules are checked before any identity is opened; the file is
 * then made, and recorded as downloaded at the version read, so two downloads racing get one file between them.
 */
@IdentityExportController()
export class DownloadIdentityExportController {
  constructor(
    private readonly bus: CommandBus,
    private readonly store: PostgresEventStore,
    private readonly rosters: RosterExports,
  ) {}

  @Get(':exportId/file')
  @Roles('hr', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: "The export's roster with identity columns, one line per member after a header line",
    schema: { type: 'string' },
  })
  @ApiOperation({ summary: 'Download an approved identity export (its requester, once, within 24 hours of approval)' })
  async download(
    @Param() { exportId }: ExportIdParam,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ): Promise<string> {
    const { state, version } = await identityExportAggregate.load(this.store, exportId);
    const by = { type: 'DownloadIdentityExport', downloadedBy: ctx.user.id } as const;
    identityExportDecider.decide({ ...by, rowCount: 0, identityMemberIds: [] }, state, { now: ctx.now });
    if (!state.filters) throw IdentityExportErrors.notFound();
    const { csv, rowCount, identityMemberIds } = await this.rosters.file(ctx.user, state.filters, true);
    await this.bus.execute(
      identityExportAggregate.command(
        exportId,
        { ...by, rowCount, identityMemberIds },
        { ...ctx, expectedVersion: version },
      ),
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="identities.csv"');
    return csv;
  }
}
