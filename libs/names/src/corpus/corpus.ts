/**
 * A fictional register to measure name search on: a few hundred people whose names repeat as Syrian names do
 * (Mohammad and Ahmad everywhere, rarer names rarely), each written in Arabic and in one of the Latin spellings records
 * use for it — English and French, Levantine, Gulf and Maghrebi — with queries typed as users type them. Every name
 * is invented by drawing parts at random; any likeness to a real person is chance.
 *
 * The truth a search is judged against is kept apart from the search's own normalisation: each part records which
 * name it is (`root`, the Arabic name without its article), so "relevant" does not depend on the code under test.
 */

/** A name, its weight in the draw, and its spellings: Arabic as written, then Latin (the first is the commonest). */
interface Spelled {
  readonly arabic: string;
  /** The name it is, for relevance: its Arabic without the article (الأحمد is the name أحمد). */
  readonly root: string;
  readonly weight: number;
  readonly latin: readonly string[];
}

const spelled = (arabic: string, weight: number, latin: readonly string[], root = arabic): Spelled => ({
  arabic,
  root,
  weight,
  latin,
});

/** Men's names: own names of men, and every father's and grandfather's name. */
const MEN: readonly Spelled[] = [
  spelled('محمد', 30, ['Mohammad', 'Muhammad', 'Mohamed', 'Mohammed', 'Mhamed']),
  spelled('أحمد', 15, ['Ahmad', 'Ahmed']),
  spelled('عبد الله', 8, ['Abdullah', 'Abdallah', 'Abdellah', 'Abd Allah']),
  spelled('علي', 8, ['Ali']),
  spelled('حسن', 6, ['Hassan', 'Hasan']),
  spelled('حسين', 6, ['Hussein', 'Husain', 'Hossein', 'Husayn']),
  spelled('خالد', 6, ['Khaled', 'Khalid']),
  spelled('عمر', 6, ['Omar', 'Umar']),
  spelled('محمود', 6, ['Mahmoud', 'Mahmud']),
  spelled('يوسف', 5, ['Youssef', 'Yusuf', 'Youcef', 'Yousef']),
  spelled('إبراهيم', 5, ['Ibrahim', 'Brahim', 'Ebrahim']),
  spelled('مصطفى', 4, ['Mustafa', 'Moustafa', 'Mostafa']),
  spelled('عبد الرحمن', 4, ['Abdulrahman', 'Abd al-Rahman', 'Abderrahmane', 'Abdel Rahman']),
  spelled('سعد', 3, ['Saad']),
  spelled('سعيد', 3, ['Said', 'Saeed', 'Saïd']),
  spelled('وليد', 3, ['Walid', 'Waleed', 'Oualid']),
  spelled('سامر', 3, ['Samer']),
  spelled('هشام', 2, ['Hisham', 'Hichem']),
  spelled('جمال', 2, ['Jamal', 'Djamal', 'Gamal']),
  spelled('قاسم', 2, ['Qasim', 'Kassem', 'Gacem']),
  spelled('نور الدين', 2, ['Nour al-Din', 'Noureddine', 'Nour ad-Din']),
  spelled('طارق', 2, ['Tarek', 'Tariq', 'Tarik']),
  spelled('فادي', 2, ['Fadi', 'Fady']),
  spelled('باسل', 2, ['Basel', 'Bassel', 'Basil']),
  spelled('زياد', 2, ['Ziad', 'Ziyad', 'Zyad']),
  spelled('رامي', 2, ['Rami', 'Ramy']),
  spelled('أيمن', 1, ['Ayman', 'Aymen']),
  spelled('ماهر', 1, ['Maher']),
  spelled('إسماعيل', 1, ['Ismail', 'Smail', 'Ismaeel']),
  spelled('سمير', 2, ['Samir', 'Sameer']),
  spelled('عثمان', 1, ['Othman', 'Uthman']),
];

const WOMEN: readonly Spelled[] = [
  spelled('فاطمة', 6, ['Fatima', 'Fatma', 'Fatmeh', 'Fatimah']),
  spelled('عائشة', 4, ['Aisha', 'Aicha', 'Ayesha', 'Aysha']),
  spelled('مريم', 4, ['Maryam', 'Mariam']),
  spelled('زينب', 3, ['Zainab', 'Zeinab', 'Zaynab']),
  spelled('نور', 3, ['Nour', 'Noor', 'Nur']),
  spelled('سارة', 3, ['Sara', 'Sarah']),
  spelled('رؤى', 2, ['Ruaa', 'Roaa', 'Rua']),
  spelled('هبة', 2, ['Hiba', 'Heba']),
  spelled('رشا', 2, ['Rasha', 'Racha']),
  spelled('آمنة', 2, ['Amina', 'Amna', 'Aminah']),
  spelled('خديجة', 2, ['Khadija', 'Khadidja', 'Khadeeja']),
  spelled('ياسمين', 2, ['Yasmin', 'Yasmine', 'Yasmeen']),
  spelled('لينا', 2, ['Lina', 'Leena']),
  spelled('دعاء', 1, ['Doaa', 'Duaa', 'Douaa']),
];

const FAMILIES: readonly Spelled[] = [
  spelled('الأحمد', 6, ['al-Ahmad', 'Al Ahmad', 'el-Ahmad', 'Alahmad'], 'أحمد'),
  spelled('الحلبي', 5, ['al-Halabi', 'Halabi', 'el-Halabi'], 'حلبي'),
  spelled('الخطيب', 5, ['al-Khatib', 'Khatib', 'El Khatib', 'Khateeb'], 'خطيب'),
  spelled('الشامي', 4, ['al-Shami', 'Chami', 'ash-Shami'], 'شامي'),
  spelled('النجار', 4, ['al-Najjar', 'Najjar', 'an-Najjar', 'Nedjar'], 'نجار'),
  spelled('المصري', 4, ['al-Masri', 'Masri', 'el-Masry'], 'مصري'),
  spelled('العلي', 4, ['al-Ali', 'Alali', 'El Ali'], 'علي'),
  spelled('الزعبي', 3, ['al-Zoubi', 'Zoubi', "al-Zu'bi"], 'زعبي'),
  spelled('السيد', 3, ['al-Sayed', 'Sayed', 'Sayyid'], 'سيد'),
  spelled('درويش', 3, ['Darwish', 'Darwiche']),
  spelled('قباني', 2, ['Kabbani', 'Qabbani']),
  spelled('الحسن', 2, ['al-Hassan', 'el-Hassan'], 'حسن'),
  spelled('الحسين', 2, ['al-Hussein', 'el-Hussein'], 'حسين'),
  spelled('العمر', 2, ['al-Omar', 'el-Omar'], 'عمر'),
  spelled('حمدان', 2, ['Hamdan']),
  spelled('الحمصي', 2, ['al-Homsi', 'Homsi', 'el-Homsi'], 'حمصي'),
  spelled('مراد', 2, ['Mourad', 'Murad']),
  spelled('الشريف', 2, ['al-Sharif', 'Cherif', 'Chérif'], 'شريف'),
  spelled('الإدريسي', 1, ['El Idrissi', 'Idrissi', 'al-Idrisi'], 'إدريسي'),
  spelled('يوسف', 1, ['Youssef', 'Yusuf']),
  spelled('عبد الله', 1, ['Abdallah', 'Abdullah']),
];

export const NAME_PARTS = ['own', 'father', 'grandfather', 'family'] as const;
export type NamePart = (typeof NAME_PARTS)[number];

/** One person of the corpus: the name as registered in both scripts, and which names its parts are. */
export interface CorpusPerson {
  readonly id: string;
  readonly name: {
    readonly arabic: Readonly<Record<NamePart, string>>;
    readonly latin: Readonly<Record<NamePart, string>>;
  };
  readonly roots: Readonly<Record<NamePart, string>>;
}

/** A query and what it means: the name (root) each of its words means, and the person it looks for, if one. */
export interface CorpusQuery {
  readonly q: string;
  readonly kind: 'arabic-full' | 'latin-full' | 'latin-variant' | 'own-family' | 'single' | 'issue';
  readonly means: readonly string[];
  readonly target?: string;
  /** The target must rank at or above this: 1, or the number of people whose same parts bear the same names. */
  readonly maxRank?: number;
}

/** A query that must not bring up people who have only a name like it (حسن is not حسين). */
export interface NearMiss {
  readonly q: string;
  readonly means: string;
  readonly notMeant: string;
}

/** A query whose people must come in an order: every `first` before any `then`. */
export interface OrderingCheck {
  readonly q: string;
  readonly why: string;
  readonly first: (person: CorpusPerson) => boolean;
  readonly then: (person: CorpusPerson) => boolean;
}

/** A spelling convention the model does not cover (docs/names.md): measured, reported apart, never asserted. */
export interface Gap {
  readonly q: string;
  readonly means: readonly string[];
  readonly why: string;
}

export interface Corpus {
  readonly people: readonly CorpusPerson[];
  readonly queries: readonly CorpusQuery[];
  readonly nearMisses: readonly NearMiss[];
  readonly orderings: readonly OrderingCheck[];
  readonly gaps: readonly Gap[];
}

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function drawer(next: () => number) {
  const weighted = (list: readonly Spelled[]): Spelled => {
    let x = next() * list.reduce((sum, s) => sum + s.weight, 0);
    for (const s of list) if ((x -= s.weight) < 0) return s;
    return list[list.length - 1] as Spelled;
  };
  const one = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  /** A spelling, the commonest most often: the first half the time, the others in decreasing shares. */
  const spelling = (s: Spelled): string =>
    weighted(s.latin.map((latin, i) => ({ ...s, latin: [latin], weight: 1 / (i + 1) ** 2 }))).latin[0] as string;
  return { weighted, one, spelling };
}

type Drawn = Readonly<Record<NamePart, Spelled>>;

function personOf(id: string, parts: Drawn, spelling: (s: Spelled) => string): CorpusPerson {
  const each = (f: (s: Spelled) => string) =>
    Object.fromEntries(NAME_PARTS.map((p) => [p, f(parts[p])])) as Record<NamePart, string>;
  return {
    id,
    name: { arabic: each((s) => s.arabic), latin: each(spelling) },
    roots: each((s) => s.root),
  };
}

/**
 * Spellings the model reads loosely (docs/names.md): Mhamed, with its vowels dropped, also reads as Mahmoud. People are
 * registered with them and one query types one, but the queries looking for one person do not: they could not say
 * where that person ranks among the Mahmouds found as well.
 */
const LOOSE = new Set(['Mhamed']);

const byArabic = (arabic: string): Spelled =>
  [...MEN, ...WOMEN, ...FAMILIES].find((s) => s.arabic === arabic) as Spelled;

/** The people the issue names (Aisha Ibrahim, Ruaa, an al-Ahmad), registered with their commonest spellings. */
const NAMED: readonly { id: string; parts: Readonly<Record<NamePart, string>> }[] = [
  { id: 'aisha', parts: { own: 'عائشة', father: 'إبراهيم', grandfather: 'محمد', family: 'الشامي' } },
  { id: 'ruaa', parts: { own: 'رؤى', father: 'حسن', grandfather: 'علي', family: 'النجار' } },
  { id: 'alahmad', parts: { own: 'عمر', father: 'خالد', grandfather: 'محمد', family: 'الأحمد' } },
];

/**
 * The people: `size` of them (the named ones included), drawn with the names' weights from `seed`, each part in one
 * of its Latin spellings. With `distinct` (the corpus), no two share own, father's and family names, so a full name
 * has one right answer; without (a benchmark's filler), names repeat as freely as the draw makes them.
 */
export function corpusPeople(size: number, seed = 13, distinct = true): CorpusPerson[] {
  const next = random(seed);
  const { weighted, spelling } = drawer(next);
  const people: CorpusPerson[] = NAMED.map(({ id, parts }) =>
    personOf(
      id,
      Object.fromEntries(NAME_PARTS.map((p) => [p, byArabic(parts[p])])) as Drawn,
      (s) => s.latin[0] as string,
    ),
  );
  const seen = new Set(people.map((p) => `${p.roots.own}|${p.roots.father}|${p.roots.family}`));
  while (people.length < size) {
    const woman = next() < 0.3;
    const parts: Drawn = {
      own: weighted(woman ? WOMEN : MEN),
      father: weighted(MEN),
      grandfather: weighted(MEN),
      family: weighted(FAMILIES),
    };
    const full = `${parts.own.root}|${parts.father.root}|${parts.family.root}`;
    if ((distinct && seen.has(full)) || parts.own.root === parts.father.root) continue;
    seen.add(full);
    people.push(personOf(`p${String(people.length).padStart(5, '0')}`, parts, spelling));
  }
  return people;
}

/** Arabic as people type it: hamza seats and teh marbuta often left plain. */
const typedArabic = (text: string): string => text.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');

/** The people whose parts bear these names (one part each): the relevant answers to a query meaning them. */
export function bears(person: CorpusPerson, means: readonly string[]): boolean {
  const free = new Set<NamePart>(NAME_PARTS);
  const assign = (i: number): boolean => {
    if (i === means.length) return true;
    for (const part of [...free]) {
      if (person.roots[part] !== means[i]) continue;
      free.delete(part);
      if (assign(i + 1)) return true;
      free.add(part);
    }
    return false;
  };
  return assign(0);
}

const hasIn = (person: CorpusPerson, root: string, parts: readonly NamePart[]): boolean =>
  parts.some((p) => person.roots[p] === root);

/** The corpus: its people, and the queries, near misses, orderings and gaps to measure a search with. */
export function nameSearchCorpus(size = 400, seed = 13): Corpus {
  const people = corpusPeople(size, seed);
  const next = random(seed + 1);
  const { one } = drawer(next);
  const spellingOf = (arabic: string): Spelled => byArabic(arabic);
  /** How many people bear the target's names in the same parts: the target's rank can be no better. */
  const sameParts = (target: CorpusPerson, parts: readonly NamePart[]): number =>
    people.filter((p) => parts.every((part) => p.roots[part] === target.roots[part])).length;
  const other = (s: Spelled, registered: string): string =>
    one(s.latin.filter((l) => l !== registered && !LOOSE.has(l))) ?? registered;

  const queries: CorpusQuery[] = [];
  const targets = people.filter((_, i) => i % 5 === 0);
  for (const t of targets) {
    const full: NamePart[] = ['own', 'father', 'family'];
    const means = full.map((p) => t.roots[p]);
    const latin = (part: NamePart, variant: boolean): string => {
      const registered = t.name.latin[part];
      return variant || LOOSE.has(registered) ? other(spellingOf(t.name.arabic[part]), registered) : registered;
    };
    queries.push(
      {
        q: typedArabic(full.map((p) => t.name.arabic[p]).join(' ')),
        kind: 'arabic-full',
        means,
        target: t.id,
        maxRank: 1,
      },
      { q: full.map((p) => latin(p, false)).join(' '), kind: 'latin-full', means, target: t.id, maxRank: 1 },
      { q: full.map((p) => latin(p, true)).join(' '), kind: 'latin-variant', means, target: t.id, maxRank: 1 },
      {
        q: `${latin('own', true)} ${latin('family', true)}`,
        kind: 'own-family',
        means: [t.roots.own, t.roots.family],
        target: t.id,
        maxRank: sameParts(t, ['own', 'family']),
      },
      { q: latin('own', true), kind: 'single', means: [t.roots.own] },
    );
  }
  const aisha = people.find((p) => p.id === 'aisha') as CorpusPerson;
  const ruaa = people.find((p) => p.id === 'ruaa') as CorpusPerson;
  const issue = (q: string, target: CorpusPerson, parts: readonly NamePart[]): CorpusQuery => ({
    q,
    kind: 'issue',
    means: parts.map((p) => target.roots[p]),
    target: target.id,
    maxRank: sameParts(target, parts),
  });
  queries.push(
    issue('Aicha Brahim', aisha, ['own', 'father']),
    issue('Aicha Brahim Chami', aisha, ['own', 'father', 'family']),
    issue('Ayesha Ibrahim', aisha, ['own', 'father']),
    issue('Aicha', aisha, ['own']),
    issue('Roaa', ruaa, ['own']),
    issue('Roaa Hassan', ruaa, ['own', 'father']),
    issue('Chami', aisha, ['family']),
    { q: 'Mhamed', kind: 'single', means: ['محمد'] },
  );

  const nearMisses: NearMiss[] = [
    { q: 'حسن', means: 'حسن', notMeant: 'حسين' },
    { q: 'حسين', means: 'حسين', notMeant: 'حسن' },
    { q: 'محمد', means: 'محمد', notMeant: 'محمود' },
    { q: 'محمود', means: 'محمود', notMeant: 'محمد' },
    { q: 'سعد', means: 'سعد', notMeant: 'سعيد' },
    { q: 'سعيد', means: 'سعيد', notMeant: 'سعد' },
    { q: 'Hassan', means: 'حسن', notMeant: 'حسين' },
    { q: 'Husain', means: 'حسين', notMeant: 'حسن' },
    { q: 'Mohamed', means: 'محمد', notMeant: 'محمود' },
    { q: 'Mahmoud', means: 'محمود', notMeant: 'محمد' },
    { q: 'Saad', means: 'سعد', notMeant: 'سعيد' },
    { q: 'Saeed', means: 'سعيد', notMeant: 'سعد' },
    { q: 'Ahmad', means: 'أحمد', notMeant: 'محمد' },
  ];

  const orderings: OrderingCheck[] = [
    ...['محمد', 'Mohammad', 'Muhammad'].map((q): OrderingCheck => ({
      q,
      why: 'own name Mohammad before those whose father or grandfather is',
      first: (p) => p.roots.own === 'محمد',
      then: (p) => p.roots.own !== 'محمد' && hasIn(p, 'محمد', ['father', 'grandfather']),
    })),
    ...['Al Ahmad', 'el-Ahmad', 'الأحمد', 'Alahmad'].map((q): OrderingCheck => ({
      q,
      why: 'the family al-Ahmad before Ahmad as any other part',
      first: (p) => p.name.arabic.family === 'الأحمد',
      then: (p) => p.name.arabic.family !== 'الأحمد' && hasIn(p, 'أحمد', ['own', 'father', 'grandfather']),
    })),
    {
      q: 'Aicha',
      why: 'Aisha before anyone whose name has Ibrahim and no Aisha',
      first: (p) => p.roots.own === 'عائشة',
      then: (p) => p.roots.own !== 'عائشة' && hasIn(p, 'إبراهيم', NAME_PARTS),
    },
  ];

  const gaps: Gap[] = [
    { q: 'Osman', means: ['عثمان'], why: 'ث as s (Turkish and colloquial Othman)' },
    { q: 'Chalid', means: ['خالد'], why: 'German ch for خ' },
    { q: '7asan', means: ['حسن'], why: 'Arabizi digits (7 for ح)' },
    { q: 'Samer', means: ['سامر'], why: 'Samir (سمير) is spelled like Samer: Latin does not show which vowel is long' },
  ];
  return { people, queries, nearMisses, orderings, gaps };
}
