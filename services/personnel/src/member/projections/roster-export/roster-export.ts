import { ForbiddenException, Get, Header, Injectable, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, ValidateIf } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@muster/event-store';
import { AuthenticatedUser, Roles } from '@muster/auth';
import { CommandContext, CommandCtx, csvLine, InjectEnvironment, Text } from '@muster/platform';
import { PersonnelEnvironment } from '../../../config/personnel-environment';
import { ExportFilters } from '../../../identity-export/domain/identity-export.events';
import { MemberIdentity, NameParts } from '../../../identity';
import { RosterExported } from '../../domain/audit.events';
import { rosterExportCatalogue } from '../../domain/audit.catalogue';
import { IdentityVault } from '../../../vault/identity-vault';
import { MemberController } from '../../member.routes';
import { MemberProfiles, RosterQuery } from '../member-profile/member-profile.queries';

const MAX_ROWS = 200;
const MAX_PAGES = 50;

export class RosterExportQuery extends RosterQuery {
  @ApiPropertyOptional({ description: 'Add identity columns (hr and admin only; needs a purpose)', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeIdentity = false;

  @ValidateIf((q: RosterExportQuery) => q.includeIdentity === true || q.purpose !== undefined)
  @Text(300, { required: false, description: 'Why the export is needed (required with includeIdentity)' })
  purpose?: string;
}

const OPERATIONAL = ['memberId', 'callSign', 'status', 'centreId', 'roles', 'startedOn', 'probationEndsOn', 'identity'];
const IDENTITY = [
  'arabicName',
  'latinName',
  'dateOfBirth',
  'nationalId',
  'phone',
  'homeArea',
  'bloodType',
  'emergencyContact',
];

const fullName = (p: NameParts | null): string =>
  p ? [p.own, p.father, p.grandfather, p.family].filter(Boolean).join(' ') : '';

function identityCells(identity: MemberIdentity | null): string[] {
  if (!identity) return IDENTITY.map(() => '[erased]');
  const dob = identity.dateOfBirth;
  const contact = identity.emergencyContact;
  return [
    fullName(identity.name.arabic),
    fullName(identity.name.latin),
    dob ? (dob.kind === 'date' ? dob.date : String(dob.year)) : '',
    identity.nationalId ?? '',
    identity.phone ?? '',
    identity.homeArea ?? '',
    identity.bloodType ?? '',
    contact ? `${contact.name} (${contact.relation}) ${contact.phone}` : '',
  ];
}

/** A roster file: the CSV and whose identities it holds. */
export interface RosterFile {
  readonly csv: string;
  readonly rowCount: number;
  readonly identityMemberIds: string[];
}

/** The roster as CSV, operational columns by default; every export recorded as an event. */
@Injectable()
export class RosterExports {
  constructor(
    private readonly profiles: MemberProfiles,
    private readonly vault: IdentityVault,
    private readonly store: PostgresEventStore,
    @InjectEnvironment() private readonly env: PersonnelEnvironment,
  ) {}

  /** The clear identities of a page of members (absent once erased): one profile read and one key read. */
  private async identitiesOf(memberIds: readonly string[]): Promise<Map<string, MemberIdentity>> {
    const refs = [...(await this.profiles.identityRefs(memberIds))];
    const identities = await this.vault.openMany(refs.map(([, ref]) => ref));
    return new Map(
      refs.flatMap(([memberId], i) => {
        const identity = identities[i];
        return identity ? [[memberId, identity] as const] : [];
      }),
    );
  }

  /**
   * The roster as a CSV file in the user's scope, with identity columns if asked: what every export writes, whether
   * one person takes it alone or it was approved by another.
   */
  async file(user: AuthenticatedUser, filters: ExportFilters, includeIdentity: boolean): Promise<RosterFile> {
    let csv = csvLine(includeIdentity ? [...OPERATIONAL, ...IDENTITY] : OPERATIONAL);
    const identityMemberIds: string[] = [];
    let rowCount = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = { ...filters, limit: MAX_ROWS, offset: page * MAX_ROWS };
      const { items } = await this.profiles.roster(user, query);
      const identities = includeIdentity ? await this.identitiesOf(items.map((m) => m.memberId)) : new Map();
      for (const m of items) {
        const cells = [
          m.memberId,
          m.callSign,
          m.status,
          m.centreId,
          m.roles.join(' '),
          m.startedOn,
          m.probationEndsOn,
          m.identity,
        ];
        if (includeIdentity) {
          const identity = identities.get(m.memberId) ?? null;
          if (identity) identityMemberIds.push(m.memberId);
          csv += csvLine([...cells, ...identityCells(identity)]);
        } else {
          csv += csvLine(cells);
        }
        rowCount += 1;
      }
      if (items.length < MAX_ROWS) break;
    }
    return { csv, rowCount, identityMemberIds };
  }

  async export(query: RosterExportQuery, ctx: CommandContext): Promise<string> {
    const filters = exportFilters(query);
    if (query.includeIdentity) await this.requireAloneAllowed(filters, ctx);
    const { csv, rowCount, identityMemberIds } = await this.file(ctx.user, filters, query.includeIdentity);
    const event: RosterExported = {
      type: 'RosterExported',
      data: { filters, includeIdentity: query.includeIdentity, rowCount, identityMemberIds },
    };
    await this.store.append(rosterExportCatalogue.streamId(randomUUID()), [event], {
      expectedVersion: 'no-stream',
      metadata: { ...ctx.metadata, ...(query.purpose ? { reason: query.purpose } : {}) },
      occurredAt: ctx.now,
    });
    return csv;
  }

  /** Identities are for hr and admins, and more of them than the threshold need another person's approval. */
  private async requireAloneAllowed(filters: ExportFilters, ctx: CommandContext): Promise<void> {
    if (!ctx.user.roles.some((r) => r === 'hr' || r === 'admin')) {
      throw new ForbiddenException({
        code: 'IDENTITY_EXPORT_FORBIDDEN',
        message: 'Only hr and admin can export identities',
      });
    }
    const { total } = await this.profiles.roster(ctx.user, { ...filters, limit: 1, offset: 0 });
    const most = this.env.IDENTITY_EXPORT_APPROVAL_ABOVE;
    if (total > most) {
      throw new ForbiddenException({
        code: 'IDENTITY_EXPORT_NEEDS_APPROVAL',
        message:
          `These filters find ${total} people: an export of more than ${most} identities needs another person's ` +
          'approval. Ask for it with POST /identity-exports.',
        details: { found: total, most },
      });
    }
  }
}

/** The filters an export records, null for "any". */
export function exportFilters(query: Pick<RosterQuery, 'centreId' | 'status' | 'role'>): ExportFilters {
  return { centreId: query.centreId ?? null, status: query.status ?? null, role: query.role ?? null };
}

@MemberController()
export class RosterExportController {
  constructor(private readonly exports: RosterExports) {}

  @Get('export')
  @Roles('hr', 'admin', 'auditor', 'commander')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The roster, one line per member after a header line', schema: { type: 'string' } })
  @ApiOperation({
    summary:
      'Export the roster as CSV (operational columns; identity columns for hr/admin with includeIdentity=true and a purpose)',
    description:
      'Every export is recorded as a RosterExported event. Cells are protected against spreadsheet formula injection.',
  })
  async export(
    @Query() query: RosterExportQuery,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ): Promise<string> {
    const csv = await this.exports.export(query, ctx);
    // Set only on success: a refusal is answered as JSON by the error filter.
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="roster.csv"');
    return csv;
  }
}
