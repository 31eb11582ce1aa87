import { Body, Header, HttpCode, Injectable, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Roles, assertCentreScope } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { CommandContext, CommandCtx, NotARecordCommand, Text } from '@muster/platform';
import { PersonName, ProtectedIdentityRef } from '../../../identity';
import { nameSearchTokens, rankCandidates } from '@muster/names';
import { MemberNamesSearched } from '../../domain/audit.events';
import { nameSearchCatalogue } from '../../domain/audit.catalogue';
import { IdentityVault } from '../../../vault/identity-vault';
import { MemberController } from '../../member.routes';
import { queryKeysOf } from './name-search-keys';

const MAX_CANDIDATES = 500;

export class NameSearchQuery {
  @Text(120, { description: 'Part or all of a name, in Arabic or Latin script (any transliteration)' })
  q!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  centreId?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 50, default: 20 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 20;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 500, default: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(500)
  offset = 0;
}

export interface NameSearchHit {
  memberId: string;
  callSign: string;
  status: string;
  centreId: string | null;
  name: PersonName;
  score: number;
}

interface CandidateRow {
  member_id: string;
  call_sign: string;
  status: string;
  centre_id: string | null;
  identity: ProtectedIdentityRef;
}

/** Name search over keyed hashes: candidates by hash, then decrypted and ranked in memory, then paged. */
@Injectable()
export class NameSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: IdentityVault,
    private readonly store: PostgresEventStore,
  ) {}

  async search(query: NameSearchQuery, ctx: CommandContext) {
    if (query.centreId) assertCentreScope(ctx.user, query.centreId);
    const scope = ctx.user.scope;
    const centres = query.centreId ? [query.centreId] : scope.kind === 'centres' ? [...scope.centreIds] : null;
    const hashes = queryKeysOf(query.q).map((k) => this.vault.keyring.nameKeyHash(k));
    const rows =
      hashes.length === 0
        ? []
        : await this.dataSource.query<CandidateRow[]>(
            `WITH candidates AS (
         SELECT member_id, count(*) AS hits FROM name_search_index WHERE key_hash = ANY($1::text[])
         GROUP BY member_id ORDER BY hits DESC, member_id LIMIT $3)
       SELECT p.member_id, p.call_sign, p.status, p.centre_id, p.identity_ref AS identity
         FROM candidates c JOIN member_profiles p ON p.member_id = c.member_id
        WHERE p.identity_ref IS NOT NULL AND ($2::text[] IS NULL OR p.centre_id = ANY($2::text[]))`,
            [hashes, centres, MAX_CANDIDATES],
          );
    const identities = await this.vault.openMany(rows.map((row) => row.identity));
    const candidates = rows.flatMap((row, i) => {
      const identity = identities[i];
      return identity ? [{ row, name: identity.name, tokens: nameSearchTokens(identity.name) }] : [];
    });
    const ranked = rankCandidates(query.q, candidates);
    const page = ranked.slice(query.offset, query.offset + query.limit);
    const items: NameSearchHit[] = page.map(({ candidate: { row, name }, score }) => ({
      memberId: row.member_id,
      callSign: row.call_sign,
      status: row.status,
      centreId: row.centre_id,
      name,
      score,
    }));
    const audit: MemberNamesSearched = {
      type: 'MemberNamesSearched',
      data: { disclosedMemberIds: items.map((i) => i.memberId), totalMatches: ranked.length, centreIds: centres },
    };
    await this.store.append(nameSearchCatalogue.streamId(randomUUID()), [audit], {
      expectedVersion: 'no-stream',
      metadata: ctx.metadata,
      occurredAt: ctx.now,
    });
    return { items, total: ranked.length, limit: query.limit, offset: query.offset };
  }
}

@MemberController()
export class NameSearchController {
  constructor(private readonly names: NameSearch) {}

  // A POST with the name in its body: a name in a URL ends up in proxies' and gateways' logs.
  @Post('search')
  @HttpCode(200)
  @NotARecordCommand('query')
  @Roles('hr', 'admin', 'commander')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Find members by name: Arabic-aware, tolerant of Latin spellings, ranked and paged (commanders: their centres)',
    description:
      'The index holds only keyed hashes. Each search is recorded (who, which members were shown), never the query.',
  })
  @ApiOkResponse({
    description: '{ items: [{ memberId, callSign, status, centreId, name, score }], total, limit, offset }',
  })
  search(@Body() query: NameSearchQuery, @CommandCtx() ctx: CommandContext) {
    return this.names.search(query, ctx);
  }
}
