import { Body, Header, HttpCode, Injectable, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Roles, assertCentreScope } from '@muster/auth';
import { PostgresEventStore, SqlTransaction, autocommit } from '@muster/event-store';
import { CommandContext, CommandCtx, NotARecordCommand, PageOf, Text } from '@muster/platform';
import { PersonName, ProtectedIdentityRef } from '../../../identity';
import {
  HIT_BITS,
  HitFlags,
  NAME_FIELDS,
  NameWord,
  hitScorer,
  hitSlot,
  nameWords,
  noHits,
  queryKeys,
} from '@muster/names';
import { MemberNamesSearched } from '../../domain/audit.events';
import { nameSearchCatalogue } from '../../domain/audit.catalogue';
import { IdentityVault } from '../../../vault/identity-vault';
import { PersonNameView } from '../../identity/identity-access';
import { MemberController } from '../../member.routes';
import { MEMBER_STATUSES } from '../member-profile/member-profile.view';
import { BLOCK, memberIdOf, memberKey, nameIndexKeysOf } from './name-index-keys';

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

/** A member found, with their name opened for the reader (every search is recorded: who, which members shown). */
export class NameSearchHit {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty() callSign!: string;
  @ApiProperty({ enum: MEMBER_STATUSES }) status!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) centreId!: string | null;
  @ApiProperty({ type: PersonNameView }) name!: PersonName;
  @ApiProperty({ description: 'how well the name matches: higher first' }) score!: number;
}

class NameSearchAdvice {
  @ApiProperty({ enum: ['ADD_A_NAME_PART'] }) code!: string;
  @ApiProperty() message!: string;
}

export class NameSearchPage extends PageOf(NameSearchHit) {
  @ApiProperty({
    type: NameSearchAdvice,
    nullable: true,
    description: 'null, or ADD_A_NAME_PART when more than 50 people match and a name part is missing',
  })
  advice!: NameSearchAdvice | null;
}

/** A key the query looks up in one field: which word it serves, where its hits go, and whether it makes a match. */
interface Lookup {
  readonly word: number;
  readonly slot: number;
  readonly bit: number;
  /** An exact or variant key (a word matches through it); an article key only adds to a match. */
  readonly matches: boolean;
}

/** Said when a query matches too many people to be useful: a stable code, which the console translates. */
const ADD_A_NAME_PART = 'ADD_A_NAME_PART';
const TOO_COMMON = 50;

interface ProfileRow {
  member_id: string;
  call_sign: string;
  status: string;
  centre_id: string | null;
  identity: ProtectedIdentityRef;
}

/**
 * Name search over the keyed index: the query's keys hashed under each field's key, the matching rows' members
 * unsealed, each member scored from which of their fields matched and how (@muster/names' hitScorer), filtered by
 * scope, ranked (ties by member id), paged; only the page's identities are opened. The rows of one key come back as
 * one row (their seals concatenated) and are read into bytes, so a name thousands share costs no object per match.
 */
@Injectable()
export class NameSearch {
  private readonly sql: SqlTransaction;

  constructor(
    dataSource: DataSource,
    private readonly vault: IdentityVault,
    private readonly store: PostgresEventStore,
  ) {
    this.sql = autocommit(dataSource);
  }

  async search(query: NameSearchQuery, ctx: CommandContext): Promise<NameSearchPage> {
    if (query.centreId) assertCentreScope(ctx.user, query.centreId);
    const scope = ctx.user.scope;
    const centres = query.centreId ? [query.centreId] : scope.kind === 'centres' ? [...scope.centreIds] : null;
    const words = nameWords(query.q);
    const scores = await this.scoresOf(words);
    const visible = centres === null ? [...scores.keys()] : await this.foundAt(centres, scores);
    // Ranked by the member id's bytes (their order is the id's order), turned into ids only for the page.
    const ranked = visible
      .map((member) => ({ member, score: scores.get(member) as number }))
      .sort((a, b) => b.score - a.score || (a.member < b.member ? -1 : 1));
    const page = ranked.slice(query.offset, query.offset + query.limit);
    const pageIds = page.map(({ member, score }) => ({ memberId: memberIdOf(member), score }));
    const shown = await this.profilesOf(pageIds.map((r) => r.memberId));
    const items: NameSearchHit[] = pageIds.flatMap(({ memberId, score }) => {
      const hit = shown.get(memberId);
      return hit ? [{ ...hit, score }] : [];
    });
    const audit: MemberNamesSearched = {
      type: 'MemberNamesSearched',
      data: { disclosedMemberIds: items.map((i) => i.memberId), totalMatches: ranked.length, centreIds: centres },
    };
    await this.store.append(nameSearchCatalogue.streamId(randomUUID()), [audit], {
      expectedVersion: 'no-stream',
      metadata: ctx.metadata,
      occurredAt: ctx.now,
    });
    const advice =
      ranked.length > TOO_COMMON && words.length < NAME_FIELDS.length
        ? {
            code: ADD_A_NAME_PART,
            message: `${ranked.length} people match: add a name part (father's, grandfather's or family name)`,
          }
        : null;
    return { items, total: ranked.length, limit: query.limit, offset: query.offset, advice };
  }

  /** Every member whose name matches all the query's words (by their id's bytes as latin1 text), with their score. */
  private async scoresOf(words: readonly NameWord[]): Promise<Map<string, number>> {
    if (words.length === 0 || words.length > NAME_FIELDS.length) return new Map(); // a name has four parts
    const keys = nameIndexKeysOf(this.vault.keyring);
    const lookups = new Map<string, Lookup[]>();
    for (const { word, level, key } of queryKeys(words)) {
      for (const field of NAME_FIELDS) {
        const term = keys.term(field, key).toString('hex');
        const lookup = { word, slot: hitSlot(word, field), bit: HIT_BITS[level], matches: level !== 'article' };
        lookups.set(term, [...(lookups.get(term) ?? []), lookup]);
      }
    }
    // One row per key found, its members' seals concatenated: a few hundred rows however common the name.
    const rows = await this.sql.query<{ term: Buffer; seals: Buffer }>(
      `SELECT term, string_agg(seal, ''::bytea) AS seals FROM name_search_terms
        WHERE term = ANY($1::bytea[]) GROUP BY term`,
      [[...lookups.keys()].map((hex) => Buffer.from(hex, 'hex'))],
    );
    const found = this.hitsOf(words.length, rows, lookups);
    const score = hitScorer(words);
    const scores = new Map<string, number>();
    for (const [member, hits] of found) {
      const s = score(hits);
      if (s > 0) scores.set(member, s);
    }
    return scores;
  }

  /**
   * Each member's hit flags (keyed by their id's bytes as latin1 text, a cheap map key). Every word must match, so only
   * the members of the word with the fewest seals are candidates: its rows are read first and make the entries, the
   * others' rows only mark them — a common word costs a pass over its bytes, no object per member.
   */
  private hitsOf(
    wordCount: number,
    rows: readonly { term: Buffer; seals: Buffer }[],
    lookups: ReadonlyMap<string, readonly Lookup[]>,
  ): Map<string, HitFlags> {
    const keys = nameIndexKeysOf(this.vault.keyring);
    const read = rows.map((row) => ({ seals: row.seals, meaning: lookups.get(row.term.toString('hex')) ?? [] }));
    const sizes = new Array<number>(wordCount).fill(0);
    for (const { seals, meaning } of read) {
      for (const word of new Set(meaning.filter((m) => m.matches).map((m) => m.word))) sizes[word] += seals.length;
    }
    const rarest = sizes.indexOf(Math.min(...sizes));
    const makesEntries = (meaning: readonly Lookup[]): boolean => meaning.some((m) => m.matches && m.word === rarest);
    const found = new Map<string, HitFlags>();
    for (const { seals, meaning } of [
      ...read.filter((r) => makesEntries(r.meaning)),
      ...read.filter((r) => !makesEntries(r.meaning)),
    ]) {
      const creates = makesEntries(meaning);
      const members = keys.openSeals(seals);
      for (let at = 0; at < members.length; at += BLOCK) {
        const member = members.toString('latin1', at, at + BLOCK);
        let hits = found.get(member);
        if (!hits) {
          if (!creates) continue;
          found.set(member, (hits = noHits(wordCount)));
        }
        for (const { slot, bit } of meaning) hits[slot] = (hits[slot] as number) | bit;
      }
    }
    return found;
  }

  /**
   * Of the members found, those at these centres. (Unscoped callers need no such query: a member is in the index only
   * while their identity can be opened, since the erasure deletes their rows.)
   */
  private async foundAt(centres: readonly string[], found: ReadonlyMap<string, number>): Promise<string[]> {
    const rows = await this.sql.query<{ member_id: string }>(
      `SELECT member_id FROM member_profiles WHERE centre_id = ANY($1::text[]) AND identity_ref IS NOT NULL`,
      [centres],
    );
    return rows.map((r) => memberKey(r.member_id)).filter((member) => found.has(member));
  }

  /** The members shown, with their names opened from their sealed identities (erased ones are left out). */
  private async profilesOf(memberIds: readonly string[]): Promise<Map<string, Omit<NameSearchHit, 'score'>>> {
    const rows = await this.sql.query<ProfileRow>(
      `SELECT member_id, call_sign, status, centre_id, identity_ref AS identity FROM member_profiles
        WHERE member_id = ANY($1::uuid[]) AND identity_ref IS NOT NULL`,
      [memberIds],
    );
    const identities = await this.vault.openMany(rows.map((r) => r.identity));
    return new Map(
      rows.flatMap((row, i) => {
        const identity = identities[i];
        if (!identity) return [];
        const hit = {
          memberId: row.member_id,
          callSign: row.call_sign,
          status: row.status,
          centreId: row.centre_id,
          name: identity.name,
        };
        return [[row.member_id, hit] as const];
      }),
    );
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
      'The index holds only keyed hashes, per name part, of whole words (no prefixes). Each search is recorded (who, ' +
      'which members were shown), never the query.',
  })
  @ApiOkResponse({
    type: NameSearchPage,
    description:
      'Best first (own name before family, father, grandfather; same spelling before another; the article counted), ' +
      'ties by member id.',
  })
  search(@Body() query: NameSearchQuery, @CommandCtx() ctx: CommandContext): Promise<NameSearchPage> {
    return this.names.search(query, ctx);
  }
}
