import { arabicTokens, hasArabicLetters, normaliseArabic, withoutArabicArticle } from './arabic';
import { LatinWord, latinReadings, latinWords } from './latin';
import { SoundShape, soundShapes } from './transliteration';

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

/** The positions of a name; an index keeps each under its own key, so a match says where it matched. */
export const NAME_FIELDS = ['own', 'father', 'grandfather', 'family'] as const;
export type NameField = (typeof NAME_FIELDS)[number];

/** One word of a name or a query: its normalised form (article taken off), and whether it carried the article. */
export interface NameWord {
  readonly script: 'arabic' | 'latin';
  readonly form: string;
  readonly article: boolean;
}

/** The words of free text in either script (or both mixed), normalised, compounds joined. */
export function nameWords(text: string): NameWord[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const arabic = arabicTokens(normaliseArabic(words.filter(hasArabicLetters).join(' '))).map((token): NameWord => {
    const bare = withoutArabicArticle(token);
    return { script: 'arabic', form: bare ?? token, article: bare !== null };
  });
  const latin = latinWords(words.filter((w) => !hasArabicLetters(w)).join(' ')).map((w): NameWord => ({
    script: 'latin',
    ...w,
  }));
  return [...arabic, ...latin];
}

/** The words' forms as typed: Arabic ones with their article ("الحسين"), Latin ones without (other texts' keywords). */
export function nameTokens(text: string): string[] {
  return nameWords(text).map((w) => (w.script === 'arabic' && w.article ? `ال${w.form}` : w.form));
}

/** The first three vowel runs decide a variant: enough to tell Muhammad from Mahmoud and Hasan from Husain. */
const RUN_SLOTS = 3;
const MASKED = '?';

function runsOf(shape: SoundShape): string[] {
  return Array.from({ length: RUN_SLOTS }, (_, i) => shape.runs[i] ?? '-');
}

const variantKey = (consonants: string, runs: readonly string[]): string => `v:${consonants}|${runs.join('|')}`;

/** Every combination of the runs, each either as it is or as its alternative (none: as it is only). */
function subsets(runs: readonly string[], alternative: (run: string) => string | null): string[][] {
  let out: string[][] = [[]];
  for (const run of runs) {
    const other = alternative(run);
    out = out.flatMap((prefix) =>
      other === null
        ? [[...prefix, run]]
        : [
            [...prefix, run],
            [...prefix, other],
          ],
    );
  }
  return out;
}

function latinShapes(word: LatinWord): { word: LatinWord; shapes: SoundShape[] }[] {
  return latinReadings(word).map((reading) => ({ word: reading, shapes: soundShapes(reading.form) }));
}

/** The article key of a word: its form in Arabic, its consonants in Latin (any spelling of the name and the article). */
const articleKeys = (script: NameWord['script'], form: string): string[] =>
  script === 'arabic' ? [`t:${form}`] : soundShapes(form).map((s) => `t:${s.consonants}`);

/**
 * The keys an index stores for one word of a name part (each to be hashed under the part's own key):
 * - `x:` its exact form in its script;
 * - `t:` when the part carries the article, whichever script shows it (الأحمد beside "Ahmad" is al-Ahmad): the word's
 *   article key;
 * - `v:` (Latin) its sound shape with each of the first vowel runs either as read or masked ("?"), so that a query
 *   can ask "these consonants, and this vowel where I know it" with a handful of exact lookups.
 */
export function storedKeys(word: NameWord, partHasArticle = word.article): string[] {
  if (word.script === 'arabic') return [`x:${word.form}`, ...(partHasArticle ? articleKeys('arabic', word.form) : [])];
  const keys = latinShapes(word).flatMap(({ word: reading, shapes }) => [
    `x:${reading.form}`,
    ...(reading.article || partHasArticle ? articleKeys('latin', reading.form) : []),
    ...shapes.flatMap((s) => subsets(runsOf(s), () => MASKED).map((runs) => variantKey(s.consonants, runs))),
  ]);
  return [...new Set(keys)];
}

export type MatchLevel = 'exact' | 'variant' | 'article';

/** One lookup of a query: which query word it serves, what a hit on it means, the key (to hash per field). */
export interface QueryKey {
  readonly word: number;
  readonly level: MatchLevel;
  readonly key: string;
}

/**
 * The keys to look up for a query's words. A Latin word's variant keys: for each reading, each vowel run it knows is
 * asked either as itself or as a stored "*" (a name whose spelling leaves that vowel open); a run it leaves open asks
 * for the masked slot. So Mohamed finds Muhammad and Mohammad, and Muhammad does not find Mahmoud.
 */
export function queryKeys(words: readonly NameWord[]): QueryKey[] {
  return words.flatMap((word, index) => {
    const keys = (level: MatchLevel, list: readonly string[]): QueryKey[] =>
      [...new Set(list)].map((key) => ({ word: index, level, key }));
    if (word.script === 'arabic') {
      return [
        ...keys('exact', [`x:${word.form}`]),
        ...keys('article', word.article ? articleKeys('arabic', word.form) : []),
      ];
    }
    const readings = latinShapes(word);
    return [
      ...keys(
        'exact',
        readings.map((r) => `x:${r.word.form}`),
      ),
      ...keys(
        'variant',
        readings.flatMap(({ shapes }) =>
          shapes.flatMap((s) =>
            subsets(
              runsOf(s).map((run) => (run === '*' ? MASKED : run)),
              (run) => (run === MASKED ? null : '*'),
            ).map((runs) => variantKey(s.consonants, runs)),
          ),
        ),
      ),
      ...keys(
        'article',
        readings.flatMap((r) => (r.word.article ? articleKeys('latin', r.word.form) : [])),
      ),
    ];
  });
}

function partsOf(name: PersonNameLike, field: NameField): string[] {
  return [name.arabic?.[field], name.latin?.[field]].filter((p): p is string => typeof p === 'string');
}

/** What an index stores for a name: each part's words' keys, by field. */
export function nameIndexKeys(name: PersonNameLike): { field: NameField; key: string }[] {
  return NAME_FIELDS.flatMap((field) => {
    const words = partsOf(name, field).flatMap(nameWords);
    const article = words.some((w) => w.article);
    const keys = words.flatMap((word) => storedKeys(word, article));
    return [...new Set(keys)].map((key) => ({ field, key }));
  });
}

/**
 * What the index found of a query in one member's name: one byte per (query word, field) — see `hitSlot` — with a bit
 * per level hit there (`HIT_BITS`). Bytes, so that a name thousands share costs no objects per match.
 */
export type HitFlags = Uint8Array;

export const HIT_BITS: Readonly<Record<MatchLevel, number>> = { exact: 1, variant: 2, article: 4 };

/** The byte of a query word's hits in one field. */
export const hitSlot = (word: number, field: NameField): number =>
  word * NAME_FIELDS.length + NAME_FIELDS.indexOf(field);

/** Empty flags for a query of so many words. */
export const noHits = (words: number): HitFlags => new Uint8Array(words * NAME_FIELDS.length);

/**
 * What people mean by a name: the own name first, then the family name, the father's, the grandfather's (a single
 * "Mohammad" is someone called Mohammad before someone whose father is); the same spelling before another spelling.
 */
const FIELD_WEIGHT: Readonly<Record<NameField, number>> = { own: 1, family: 0.85, father: 0.75, grandfather: 0.65 };
/** Spelling is weak evidence (people write a name however they learnt to): it orders, it does not outweigh position. */
const LEVEL_WEIGHT = { exact: 1, variant: 0.9 } as const;
/**
 * A query word typed with the article ("Al Ahmad") meant a part that has it: the family name al-Ahmad, not Ahmad; one
 * that may be an article glued on (Alahmad) likely did.
 */
const ARTICLE_MISSING = { typed: 0.6, glued: 0.8 } as const;
/**
 * How people type a name: own name first, then the father's (and grandfather's), or straight to the family name; one
 * word is an own or a family name. Parts matched in such an order gain the most, in any increasing order a little.
 */
const NATURAL_ORDERS: readonly (readonly NameField[])[] = [
  ['own'],
  ['family'],
  ['own', 'family'],
  ['own', 'father'],
  ['own', 'father', 'family'],
  ['own', 'father', 'grandfather'],
  ['own', 'father', 'grandfather', 'family'],
];
const NATURAL_BONUS = 0.1;
const IN_ORDER_BONUS = 0.05;

const NATURAL = NATURAL_ORDERS.map((o) => o.map((field) => NAME_FIELDS.indexOf(field)));

/** The bonus of the parts the words matched, in the words' order (field indexes). */
function orderBonus(fields: ArrayLike<number>): number {
  const n = fields.length;
  if (NATURAL.some((o) => o.length === n && o.every((f, i) => f === fields[i]))) return NATURAL_BONUS;
  for (let i = 1; i < n; i++) if ((fields[i] as number) <= (fields[i - 1] as number)) return 0;
  return IN_ORDER_BONUS;
}

type ArticleTyped = keyof typeof ARTICLE_MISSING | null;

/** The best a query word scores in one field, from its hit bits there (0 when it did not match there). */
function wordScore(article: ArticleTyped, bits: number): number {
  const level = bits & HIT_BITS.exact ? 'exact' : bits & HIT_BITS.variant ? 'variant' : null;
  if (!level) return 0;
  const missing = article !== null && !(bits & HIT_BITS.article);
  return LEVEL_WEIGHT[level] * (missing ? ARTICLE_MISSING[article] : 1);
}

/**
 * A member's score for a query, 0..1 from the hits of the index (0: not a match). Every query word must match, each in
 * a different part (a word the user typed twice needs two parts); the parts are assigned to the words to score best,
 * and a query typed in the order people say a name gains (see NATURAL_ORDERS). What depends on the query alone is
 * worked out once: the scorer is called for every member found.
 */
export function hitScorer(words: readonly NameWord[]): (hits: HitFlags) => number {
  const articles = words.map((word): ArticleTyped =>
    word.article ? 'typed' : word.script === 'latin' && latinReadings(word).length > 1 ? 'glued' : null,
  );
  const fields = NAME_FIELDS.length;
  const matched = HIT_BITS.exact | HIT_BITS.variant;
  /** Whether every word hit some field: most members found for a common word fail it, and cost no more. */
  const everyWord = (hits: HitFlags): boolean => {
    for (let w = 0; w < words.length; w++) {
      let hit = 0;
      for (let f = 0; f < fields; f++) hit |= (hits[w * fields + f] as number) & matched;
      if (hit === 0) return false;
    }
    return true;
  };
  const table = new Float64Array(words.length * fields);
  const order = new Int8Array(words.length);
  return (hits) => {
    if (words.length === 0 || words.length > fields || !everyWord(hits)) return 0;
    articles.forEach((article, w) => {
      NAME_FIELDS.forEach((field, f) => {
        table[w * fields + f] = wordScore(article, hits[w * fields + f] as number) * FIELD_WEIGHT[field];
      });
    });
    let best = 0;
    const assign = (w: number, used: number, total: number): void => {
      if (w === words.length) {
        best = Math.max(best, (1 - NATURAL_BONUS) * (total / words.length) + orderBonus(order));
        return;
      }
      for (let f = 0; f < fields; f++) {
        const s = table[w * fields + f] as number;
        if (s === 0 || used & (1 << f)) continue;
        order[w] = f;
        assign(w + 1, used | (1 << f), total + s);
      }
    };
    assign(0, 0, 0);
    return Math.round(best * 1000) / 1000;
  };
}

/** The same decision on a name in clear, with the same keys an index holds: for tests and explanations. */
export function scoreName(query: string, name: PersonNameLike): number {
  const words = nameWords(query);
  const stored = new Set(nameIndexKeys(name).map(({ field, key }) => `${field} ${key}`));
  const hits = noHits(words.length);
  for (const { word, level, key } of queryKeys(words)) {
    for (const field of NAME_FIELDS) if (stored.has(`${field} ${key}`)) hits[hitSlot(word, field)] |= HIT_BITS[level];
  }
  return hitScorer(words)(hits);
}
