/**
 * The Arabic-to-Latin model: how each Arabic letter of a name is written in the Latin conventions Muster's records
 * use (English and French, Levantine, Gulf and Maghrebi clerks). Reading a Latin spelling back through it gives a
 * *sound shape* — consonant classes and vowel runs — that two spellings of one Arabic name share. Letters that Latin
 * spellings do not tell apart share a sound (ت/ط are both "t"); a spelling that two letters use (g: ج or ق) is read
 * both ways. Nothing here is a list of names.
 */

/** One way of writing a letter; `before`: only when one of these letters follows (French c in Youcef, ou in Oualid). */
interface Rendering {
  readonly latin: string;
  readonly before?: string;
}

interface Letter {
  readonly arabic: string;
  /** The consonant class: letters that Latin spellings cannot tell apart share one. */
  readonly sound: string;
  readonly renderings: readonly Rendering[];
}

const r = (...latin: string[]): Rendering[] => latin.map((l) => ({ latin: l }));

/** Consonants. ء and ع are written as vowels, apostrophes or not at all: they are read as part of a vowel run. */
const LETTERS: readonly Letter[] = [
  { arabic: 'ب', sound: 'b', renderings: r('b', 'p') },
  { arabic: 'ت', sound: 't', renderings: r('t') },
  { arabic: 'ث', sound: 'θ', renderings: r('th') },
  { arabic: 'ج', sound: 'j', renderings: r('j', 'dj', 'g') }, // j English, dj French, g Egyptian
  { arabic: 'ح', sound: 'h', renderings: r('h') },
  { arabic: 'خ', sound: 'x', renderings: r('kh', 'x') },
  { arabic: 'د', sound: 'd', renderings: r('d') },
  { arabic: 'ذ', sound: 'z', renderings: r('dh', 'z') },
  { arabic: 'ر', sound: 'r', renderings: r('r') },
  { arabic: 'ز', sound: 'z', renderings: r('z') },
  { arabic: 'س', sound: 's', renderings: [{ latin: 's' }, { latin: 'c', before: 'eiy' }] }, // Youcef
  { arabic: 'ش', sound: 'š', renderings: r('sh', 'ch', 'sch') }, // English, French, German
  { arabic: 'ص', sound: 's', renderings: r('s') },
  { arabic: 'ض', sound: 'd', renderings: r('d', 'dh') },
  { arabic: 'ط', sound: 't', renderings: r('t') },
  { arabic: 'ظ', sound: 'z', renderings: r('z', 'dh') },
  { arabic: 'غ', sound: 'g', renderings: r('gh') },
  { arabic: 'ف', sound: 'f', renderings: r('f', 'ph', 'v') },
  { arabic: 'ق', sound: 'k', renderings: r('q', 'k', 'g') }, // g: Gulf and Maghrebi (Belgacem)
  { arabic: 'ك', sound: 'k', renderings: r('k', 'c', 'ck') },
  { arabic: 'ل', sound: 'l', renderings: r('l') },
  { arabic: 'م', sound: 'm', renderings: r('m') },
  { arabic: 'ن', sound: 'n', renderings: r('n') },
  { arabic: 'ه', sound: 'h', renderings: r('h') },
  { arabic: 'و', sound: 'w', renderings: [{ latin: 'w' }, { latin: 'ou', before: 'aei' }] }, // Oualid
  { arabic: 'ي', sound: 'y', renderings: r('y') },
];

/** Latin spellings → the consonant sounds they can stand for (several: the word is read each way). */
const GRAPHEMES: ReadonlyMap<string, readonly { sound: string; before: string | null }[]> = (() => {
  const map = new Map<string, { sound: string; before: string | null }[]>();
  for (const letter of LETTERS) {
    for (const { latin, before = null } of letter.renderings) {
      const sounds = map.get(latin) ?? [];
      if (!sounds.some((s) => s.sound === letter.sound && s.before === before))
        sounds.push({ sound: letter.sound, before });
      map.set(latin, sounds);
    }
  }
  return map;
})();
const LONGEST = Math.max(...[...GRAPHEMES.keys()].map((g) => g.length));
/** Digraphs that may also be their two letters: s-h in Ishaq, d-h in Adham, t-h in Fathi. */
const SPLITTABLE = new Set(['sh', 'dh', 'th']);

const isVowel = (ch: string | undefined): boolean => ch !== undefined && 'aeiouy'.includes(ch);

/**
 * A vowel run as one canonical value. Long vowels and diphthongs are written many ways (ou/oo/o/u for و, ee/ie/i/y
 * for ي, ai/ay/ei/ey/ae for ـَي or ـَئ); "e" is any short vowel (Ahmed, Khaled, Youssef), so a run of only "e"s, like
 * an unwritten vowel, is "*": anything.
 */
function vowelRun(run: string): string {
  const folded = run
    .replace(/y/g, 'i')
    .replace(/e(?=i)/g, 'a') // ei as ai: Hussein/Husain, Zeinab/Zainab
    .replace(/ou|oo|o/g, 'u')
    .replace(/ee|ie/g, 'i')
    .replace(/a[ei]/g, 'ai') // Raed/Raid, Saeed/Said
    .replace(/(.)\1+/g, '$1');
  const withoutE = folded.replace(/e/g, ''); // an e beside another vowel adds nothing
  return withoutE === '' ? '*' : withoutE;
}

/** A spelling read through the model: its consonant classes, and the vowel run before, and after, each. */
export interface SoundShape {
  readonly consonants: string;
  /** runs[0] before the first consonant ("0": none), runs[i] after consonant i; "*" matches any run. */
  readonly runs: readonly string[];
}

const MAX_READINGS = 4;

interface Reading {
  readonly consonants: readonly string[];
  readonly runs: readonly string[];
}

function addVowel(p: Reading, letters: string): Reading {
  return { consonants: p.consonants, runs: [...p.runs.slice(0, -1), `${p.runs.at(-1) ?? ''}${letters}`] };
}

function addConsonant(p: Reading, sound: string): Reading {
  if (p.consonants.at(-1) === sound && p.runs.at(-1) === '') return p; // doubled: one consonant (Hassan, Mohammad)
  return { consonants: [...p.consonants, sound], runs: [...p.runs, ''] };
}

/** The ways to read the letters at i: each the reading extended and how many letters it took. */
function stepsAt(word: string, i: number, p: Reading): { next: Reading; length: number }[] {
  const ch = word[i] as string;
  const consonantY = ch === 'y' && i === 0 && isVowel(word[1]); // y begins a word as ي; elsewhere it is a vowel
  const steps: { next: Reading; length: number }[] = [];
  if (isVowel(ch) && !consonantY) steps.push({ next: addVowel(p, ch), length: 1 });
  if (ch === 'y' && !consonantY) return steps;
  for (let len = Math.min(LONGEST, word.length - i); len >= 1; len--) {
    const latin = word.slice(i, i + len);
    const after = word[i + len];
    for (const { sound, before } of GRAPHEMES.get(latin) ?? []) {
      if (before === null || (after !== undefined && before.includes(after))) {
        steps.push({ next: addConsonant(p, sound), length: len });
      }
    }
    if (steps.some((s) => s.length === len && len > 1) && !SPLITTABLE.has(latin)) break;
  }
  return steps;
}

/**
 * Every reading of a Latin word form (lower case a–z) through the model, at most four, the most usual first. Rules of
 * the model, not of names: a doubled consonant is one; a final h after a vowel is the silent ending of ة
 * (Fatimah/Fatima, -eh/-a); y begins a word as ي and is a vowel elsewhere (Maryam/Mariam); Arabic words never begin
 * with two consonants, so a Latin word that does has lost a vowel somewhere before the second (Maghrebi Brahim for
 * Ibrahim, Mhamed for Mohamed).
 */
export function soundShapes(form: string): SoundShape[] {
  const word = form.replace(/([aeiouy])h$/, '$1');
  const done: Reading[] = [];
  const walk = (i: number, p: Reading): void => {
    if (done.length >= MAX_READINGS) return;
    if (i >= word.length) {
      done.push(p);
      return;
    }
    for (const { next, length } of stepsAt(word, i, p)) walk(i + length, next);
  };
  walk(0, { consonants: [], runs: [''] });
  const shapes = done.map(finish);
  return shapes.filter((s, n) => shapes.findIndex((o) => sameShape(o, s)) === n);
}

const sameShape = (a: SoundShape, b: SoundShape): boolean =>
  a.consonants === b.consonants && a.runs.join('|') === b.runs.join('|');

function finish({ consonants, runs }: Reading): SoundShape {
  const [lead = '', ...rest] = runs;
  // Two consonants at the start: a vowel was dropped before the second, wherever it was.
  const cluster = lead === '' && consonants.length >= 2 && (rest[0] ?? '') === '';
  return {
    consonants: consonants.join(''),
    runs: [cluster ? '*' : lead === '' ? '0' : vowelRun(lead), ...rest.map(vowelRun)],
  };
}
