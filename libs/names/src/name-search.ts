import { arabicTokens, hasArabicLetters, normaliseArabic, withoutArabicArticle } from './arabic';
import { latinKey, latinShape, latinTokens, latinVowelsAgree, withoutLatinArticle } from './latin';

/** Name parts as the identity keeps them: never one "first name". Structural, so any name-parts value fits. */
export interface NamePartsLike {
  readonly own?: string | null;
  readonly father?: string | null;
  readonly grandfather?: string | null;
  readonly family?: string | null;
}

/** A name written in Arabic script, in Latin script, or both. */
export interface PersonNameLike {
  readonly arabic?: NamePartsLike | null;
  readonly latin?: NamePartsLike | null;
}

function partsOf(parts: NamePartsLike | null | undefined): string[] {
  if (!parts) return [];
  return [parts.own, parts.father, parts.grandfather, parts.family].filter((p): p is string => typeof p === 'string');
}

/** Normalised word forms of free text in either script (or both mixed), compounds joined. */
export function nameTokens(text: string): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const arabic = words.filter(hasArabicLetters).join(' ');
  const latin = words.filter((w) => !hasArabicLetters(w)).join(' ');
  return [...arabicTokens(normaliseArabic(arabic)), ...latinTokens(latin)];
}

/**
 * The search tokens of a person's name, to store in a read model: the normalised forms of every part in both
 * scripts, unique. Parts are joined before tokenising so that "عبد" + "الله" in two parts still joins.
 */
export function nameSearchTokens(name: PersonNameLike | string): string[] {
  if (typeof name === 'string') return [...new Set(nameTokens(name))];
  const text = [...partsOf(name.arabic), ...partsOf(name.latin)].join(' ');
  return [...new Set(nameTokens(text))];
}

const isArabicToken = (t: string): boolean => hasArabicLetters(t);

/**
 * Index keys for the tokens (to match against in a database array column): Arabic forms and their article-less
 * variants; Latin consonant skeletons. Two spellings of one name share a key.
 */
export function nameSearchKeys(tokens: readonly string[]): string[] {
  const keys = tokens.flatMap((t) => {
    if (isArabicToken(t)) {
      const bare = withoutArabicArticle(t);
      return bare ? [t, bare] : [t];
    }
    const bare = withoutLatinArticle(t);
    return bare ? [latinKey(t), latinKey(bare)] : [latinKey(t)];
  });
  return [...new Set(keys.filter((k) => k.length > 0))];
}

function variants(token: string): string[] {
  const bare = isArabicToken(token) ? withoutArabicArticle(token) : withoutLatinArticle(token);
  return bare ? [token, bare] : [token];
}

/**
 * How well one query token matches one candidate token, 0..1:
 * 1 same form; 0.95 same form once an article is dropped; 0.85 same transliteration key with agreeing vowels (Latin);
 * 0.6–0.9 the candidate starts with the query (a prefix typed so far); 0.5–0.7 key prefix (Latin). Different scripts: 0.
 */
export function tokenMatchScore(query: string, candidate: string): number {
  if (query.length === 0 || candidate.length === 0) return 0;
  if (isArabicToken(query) !== isArabicToken(candidate)) return 0;
  if (query === candidate) return 1;
  const qs = variants(query);
  const cs = variants(candidate);
  if (qs.some((q) => cs.includes(q))) return 0.95;
  let best = 0;
  const latin = !isArabicToken(query);
  for (const q of qs) {
    for (const c of cs) {
      if (q.length >= 2 && c.startsWith(q)) best = Math.max(best, 0.6 + 0.3 * (q.length / c.length));
      if (!latin) continue;
      const whole = latinShape(q);
      const cShape = latinShape(c);
      const qk = latinKey(q);
      const ck = latinKey(c);
      if (qk.length >= 2 && qk === ck && latinVowelsAgree(whole, cShape)) best = Math.max(best, 0.85);
      const typed = latinShape(q, true);
      const tk = latinKey(q, true);
      if (tk.length >= 2 && ck.startsWith(tk) && latinVowelsAgree(typed, cShape)) {
        best = Math.max(best, 0.5 + 0.2 * (tk.length / ck.length));
      }
    }
  }
  return best;
}

/**
 * Scores a candidate's name tokens against a query, 0..1. Query parts may come in any order; each query token is
 * paired with a different candidate token (best pairs first). Every query token must match something, else 0.
 * Mostly "how well the query is matched", a little "how much of the candidate's name the query covers".
 */
export function scoreName(query: string | readonly string[], candidateTokens: readonly string[]): number {
  const queryTokens = typeof query === 'string' ? nameTokens(query) : [...query];
  if (queryTokens.length === 0 || candidateTokens.length === 0) return 0;
  const pairs: { q: number; c: number; score: number }[] = [];
  queryTokens.forEach((qt, q) =>
    candidateTokens.forEach((ct, c) => {
      const score = tokenMatchScore(qt, ct);
      if (score > 0) pairs.push({ q, c, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.q - b.q || a.c - b.c);
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  let total = 0;
  for (const p of pairs) {
    if (usedQ.has(p.q) || usedC.has(p.c)) continue;
    usedQ.add(p.q);
    usedC.add(p.c);
    total += p.score;
  }
  if (usedQ.size < queryTokens.length) return 0;
  const coverage = usedC.size / new Set(candidateTokens).size;
  return Math.round((0.9 * (total / queryTokens.length) + 0.1 * coverage) * 1000) / 1000;
}

export interface RankedCandidate<T> {
  readonly candidate: T;
  readonly score: number;
}

/** Candidates that match the query, best first (ties keep their input order). */
export function rankCandidates<T extends { readonly tokens: readonly string[] }>(
  query: string,
  candidates: readonly T[],
  options: { readonly limit?: number; readonly minScore?: number } = {},
): RankedCandidate<T>[] {
  const queryTokens = nameTokens(query);
  const minScore = options.minScore ?? 0.01;
  const ranked = candidates
    .map((candidate, index) => ({ candidate, index, score: scoreName(queryTokens, candidate.tokens) }))
    .filter((r) => r.score >= minScore)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ candidate, score }) => ({ candidate, score }));
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
