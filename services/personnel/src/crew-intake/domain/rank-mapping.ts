import { hasArabicLetters, nameTokens, withoutArabicArticle } from '@muster/names';
import { MEMBER_ROLES, MemberRole } from '../../member/domain/member.events';

/**
 * Prior ranks and roles (as written in another organisation's records, in English or Arabic) → Muster roles.
 * A rule applies when a word of the rank starts with one of its keywords; every applying rule adds its roles.
 * Never maps to centre-commander: commanding a centre is a deliberate appointment, not an inheritance.
 */
export interface RankRoleRule {
  readonly keywords: readonly string[];
  readonly roles: readonly MemberRole[];
}

export const DEFAULT_RANK_ROLE_TABLE: readonly RankRoleRule[] = [
  { keywords: ['fire', 'إطفائي', 'إطفاء'], roles: ['firefighter'] },
  { keywords: ['driver', 'chauffeur', 'سائق'], roles: ['driver'] },
  { keywords: ['paramedic', 'medic', 'nurse', 'ambulance', 'مسعف', 'ممرض', 'إسعاف'], roles: ['paramedic'] },
  { keywords: ['rescue', 'rescuer', 'منقذ', 'إنقاذ'], roles: ['rescuer'] },
  { keywords: ['mechanic', 'ميكانيكي', 'فني'], roles: ['mechanic'] },
  { keywords: ['radio', 'signals', 'communications', 'لاسلكي', 'اتصالات'], roles: ['radio-operator'] },
  {
    keywords: [
      'officer',
      'lieutenant',
      'captain',
      'sergeant',
      'chief',
      'commander',
      'major',
      'colonel',
      'supervisor',
      'ضابط',
      'ملازم',
      'نقيب',
      'رقيب',
      'رائد',
      'عقيد',
      'رئيس',
      'قائد',
    ],
    roles: ['team-leader'],
  },
];

export interface PriorServiceLike {
  readonly organisation: string;
  readonly rankOrRole: string;
}

export interface RankMapping {
  /** Per prior-service entry: what it mapped to ([] when nothing in the table applies). */
  readonly entries: { readonly organisation: string; readonly rankOrRole: string; readonly roles: MemberRole[] }[];
  /** The union, in Muster's role order. */
  readonly roles: MemberRole[];
  /** Ranks that nothing in the table recognised. */
  readonly unmapped: string[];
}

/** The words of a rank in both scripts (the names tokeniser), Arabic ones also without their article. */
function words(text: string): string[] {
  return nameTokens(text).flatMap((t) => {
    const bare = hasArabicLetters(t) ? withoutArabicArticle(t) : null;
    return bare ? [t, bare] : [t];
  });
}

/** A rule with its keywords already in the form the words of a rank take. */
interface PreparedRule {
  readonly keywordForms: readonly string[];
  readonly roles: readonly MemberRole[];
}

function prepare(table: readonly RankRoleRule[]): readonly PreparedRule[] {
  return table.map((rule) => ({
    keywordForms: rule.keywords.map((k) => nameTokens(k).join(' ')).filter((f) => f.length > 0),
    roles: rule.roles,
  }));
}

const preparedTables = new WeakMap<readonly RankRoleRule[], readonly PreparedRule[]>([
  [DEFAULT_RANK_ROLE_TABLE, prepare(DEFAULT_RANK_ROLE_TABLE)],
]);

function preparedRules(table: readonly RankRoleRule[]): readonly PreparedRule[] {
  let prepared = preparedTables.get(table);
  if (prepared === undefined) {
    prepared = prepare(table);
    preparedTables.set(table, prepared);
  }
  return prepared;
}

/** The Muster roles one prior rank maps to under a table. */
export function rolesForRank(
  rankOrRole: string,
  table: readonly RankRoleRule[] = DEFAULT_RANK_ROLE_TABLE,
): MemberRole[] {
  const ws = words(rankOrRole);
  const roles = new Set<MemberRole>();
  for (const rule of preparedRules(table)) {
    if (rule.keywordForms.some((k) => ws.some((w) => w.startsWith(k)))) rule.roles.forEach((r) => roles.add(r));
  }
  return MEMBER_ROLES.filter((r) => roles.has(r));
}

/** Maps a person's whole prior service. */
export function mapPriorService(
  priorService: readonly PriorServiceLike[],
  table: readonly RankRoleRule[] = DEFAULT_RANK_ROLE_TABLE,
): RankMapping {
  const entries = priorService.map((p) => ({
    organisation: p.organisation,
    rankOrRole: p.rankOrRole,
    roles: rolesForRank(p.rankOrRole, table),
  }));
  const all = new Set(entries.flatMap((e) => e.roles));
  return {
    entries,
    roles: MEMBER_ROLES.filter((r) => all.has(r)),
    unmapped: entries.filter((e) => e.roles.length === 0).map((e) => e.rankOrRole),
  };
}
