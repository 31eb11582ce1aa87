import { Corpus, CorpusPerson, bears } from './corpus';

/** A search under test: the ids of the corpus people it finds for a query, best first (every match, not a page). */
export type CorpusSearch = (q: string) => Promise<readonly string[]>;

export interface TargetMiss {
  readonly q: string;
  readonly rank: number | null;
  readonly maxRank: number;
}

export interface CorpusReport {
  readonly queries: number;
  /** Relevant people found / relevant people, over every query (micro-averaged). */
  readonly recall: number;
  /** Relevant people found / people found. */
  readonly precision: number;
  readonly found: number;
  readonly relevant: number;
  readonly targets: {
    readonly count: number;
    readonly found: number;
    readonly atRank1: number;
    /** Found at or above the rank they must have (1 for full names). */
    readonly inPlace: number;
    readonly medianRank: number;
    readonly misses: readonly TargetMiss[];
  };
  readonly nearMisses: { readonly count: number; readonly leaked: readonly { q: string; ids: string[] }[] };
  readonly orderings: { readonly count: number; readonly failed: readonly { q: string; why: string }[] };
  readonly gaps: readonly { q: string; why: string; recall: number; precision: number }[];
  /** Per kind of query: recall and precision. */
  readonly byKind: Readonly<Record<string, { queries: number; recall: number; precision: number }>>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** Runs every query of the corpus through a search and judges the answers against the corpus' own truth. */
export async function evaluateCorpus(corpus: Corpus, search: CorpusSearch): Promise<CorpusReport> {
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const judge = (ids: readonly string[], means: readonly string[]) => {
    const relevant = corpus.people.filter((p) => bears(p, means)).length;
    const hits = ids.filter((id) => bears(people.get(id) as CorpusPerson, means)).length;
    return { relevant, found: ids.length, hits };
  };
  let relevant = 0;
  let found = 0;
  let hits = 0;
  const kinds: Record<string, { queries: number; relevant: number; found: number; hits: number }> = {};
  const ranks: number[] = [];
  const misses: TargetMiss[] = [];
  for (const query of corpus.queries) {
    const ids = await search(query.q);
    const j = judge(ids, query.means);
    relevant += j.relevant;
    found += j.found;
    hits += j.hits;
    const kind = (kinds[query.kind] ??= { queries: 0, relevant: 0, found: 0, hits: 0 });
    kind.queries += 1;
    kind.relevant += j.relevant;
    kind.found += j.found;
    kind.hits += j.hits;
    if (query.target === undefined) continue;
    const at = ids.indexOf(query.target);
    const rank = at < 0 ? null : at + 1;
    const maxRank = query.maxRank ?? 1;
    if (rank !== null) ranks.push(rank);
    if (rank === null || rank > maxRank) misses.push({ q: query.q, rank, maxRank });
  }
  const targets = corpus.queries.filter((q) => q.target !== undefined).length;
  const leaked: { q: string; ids: string[] }[] = [];
  for (const miss of corpus.nearMisses) {
    const ids = (await search(miss.q)).filter((id) => {
      const p = people.get(id) as CorpusPerson;
      return !bears(p, [miss.means]) && bears(p, [miss.notMeant]);
    });
    if (ids.length > 0) leaked.push({ q: miss.q, ids });
  }
  const failed: { q: string; why: string }[] = [];
  for (const check of corpus.orderings) {
    const ranked = (await search(check.q)).map((id) => people.get(id) as CorpusPerson);
    const lastFirst = ranked.map((p, i) => (check.first(p) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    const firstThen = ranked.findIndex(check.then);
    const everyFirstFound = corpus.people.filter(check.first).every((p) => ranked.includes(p));
    if (!everyFirstFound || (firstThen >= 0 && firstThen < lastFirst)) failed.push({ q: check.q, why: check.why });
  }
  const gaps = [];
  for (const gap of corpus.gaps) {
    const j = judge(await search(gap.q), gap.means);
    gaps.push({ q: gap.q, why: gap.why, recall: ratio(j.hits, j.relevant), precision: ratio(j.hits, j.found) });
  }
  const sorted = [...ranks].sort((a, b) => a - b);
  return {
    queries: corpus.queries.length,
    recall: ratio(hits, relevant),
    precision: ratio(hits, found),
    found,
    relevant,
    targets: {
      count: targets,
      found: ranks.length,
      atRank1: ranks.filter((r) => r === 1).length,
      inPlace: targets - misses.length,
      medianRank: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN,
      misses,
    },
    nearMisses: { count: corpus.nearMisses.length, leaked },
    orderings: { count: corpus.orderings.length, failed },
    gaps,
    byKind: Object.fromEntries(
      Object.entries(kinds).map(([k, v]) => [
        k,
        { queries: v.queries, recall: ratio(v.hits, v.relevant), precision: ratio(v.hits, v.found) },
      ]),
    ),
  };
}
