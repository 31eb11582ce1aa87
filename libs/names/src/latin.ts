/**
 * Latin transliterations of Arabic names vary by country, era and clerk. Two levels of folding:
 * - the *form*: lower case, no accents or apostrophes, compounds joined (abd al-/abdul/abdel → "abdal"),
 *   articles (al-, el-, ad-, ash-…) removed;
 * - the *key*: the consonant skeleton of the form (vowel spelling ignored, doubled letters single, q → k, final h
 *   after a vowel dropped), so Mohammad/Muhammad/Mohamed/Mohammed all give "mhmd", Yusuf/Youssef/Yousef "ysf",
 *   Hussein/Husain/Hussain/Husayn "hsn". A leading vowel is kept as "a" (Ahmad/Ahmed → "ahmd", Omar/Umar → "amr").
 */

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// abd + article (al/el/ul/ol, or an assimilated ar-/ur-/as-/ad-…) + separator → "abdal", glued to the next word:
// "abd al-rahman", "abdul rahman", "abdel-rahman", "abd-el-rahman", "abdurrahman" → "abdalrahman"; "abdullah" → "abdallah".
const ABD_COMPOUND = /\babd([\s-]*[aeuo](?:l|([dnrstz])(?=[\s-]*\2)))?[\s-]*/g;
const ABU_COMPOUND = /\bab(?:u|ou|o)[\s-]+(?=[a-z])/g;
// Articles: al-/el- (optionally unhyphenated before a separate word), and sun-letter assimilations ad-din, ash-sham.
const ARTICLE_PREFIX = /^(?:[ae]l-|[ae](sh|th|dh|[dnrstz])-(?=\1))/;
const STANDALONE_ARTICLES = new Set(['al', 'el', 'ul']);

/** Lower case, accents and apostrophes gone, compounds joined, articles removed: a list of word forms. */
export function latinTokens(text: string): string[] {
  const cleaned = stripAccents(text.toLowerCase())
    .replace(/['’ʿʾ`´‘]/g, '')
    .replace(/[^a-z\s-]/g, ' ')
    .replace(ABD_COMPOUND, (whole: string, article: string | undefined) => (article ? 'abdal' : whole))
    .replace(ABU_COMPOUND, 'abu');
  return cleaned
    .split(/\s+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 0 && !STANDALONE_ARTICLES.has(w))
    .map((w) => w.replace(ARTICLE_PREFIX, ''))
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length > 0 && !STANDALONE_ARTICLES.has(w));
}

const VOWEL = /[aeiou]/;

/** One consonant of a name's skeleton and the (canonical) vowels written after it. */
export interface LatinSlot {
  readonly consonant: string;
  readonly vowels: string;
}

function canonicalVowels(group: string): string {
  return group
    .replace(/ou|oo|o/g, 'u')
    .replace(/ee|ie|y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A latin form as consonant slots, each with the vowels written after it. A leading vowel becomes the slot "a".
 * `partial` (for a prefix being typed): keep a final h, which in a whole word is usually a silent ending.
 */
export function latinShape(form: string, partial = false): LatinSlot[] {
  let f = form
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/(.)\1+/g, '$1');
  if (!partial) f = f.replace(/([aeiou])h$/, '$1'); // Fatimah → fatima, Abdallah → abdala
  const slots: { consonant: string; vowels: string }[] = [];
  for (let i = 0; i < f.length; i++) {
    const ch = f[i] as string;
    const isVowel = VOWEL.test(ch) || (ch === 'y' && i > 0 && !VOWEL.test(f[i + 1] ?? '')); // y as a vowel: Husayn, Hamdy
    if (!isVowel) slots.push({ consonant: ch, vowels: '' });
    else if (slots.length === 0) slots.push({ consonant: 'a', vowels: ch });
    else (slots[slots.length - 1] as { vowels: string }).vowels += ch;
  }
  return slots.map((s) => ({ consonant: s.consonant, vowels: canonicalVowels(s.vowels) }));
}

/**
 * The consonant skeleton of a latin form: the transliteration-independent index key. Coarse on purpose
 * (Mahmoud and Muhammad share "mhmd"): use it to find candidates, and `tokenMatchScore` to tell them apart.
 */
export function latinKey(form: string, partial = false): string {
  return latinShape(form, partial)
    .map((s) => s.consonant)
    .join('');
}

/**
 * Whether two spellings' vowels can be the same name, slot by slot over the shorter one: a missing vowel matches
 * anything (Fatma/Fatima), "e" matches anything (Youssef/Yusuf, Ahmed/Ahmad, Khaled/Khalid), otherwise the first
 * vowels must agree (o ~ u, ee ~ i): Muhammad/Mohammed agree; Muhammad/Mahmoud and Husain/Hassan do not.
 */
export function latinVowelsAgree(a: readonly LatinSlot[], b: readonly LatinSlot[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = (a[i] as LatinSlot).vowels[0];
    const y = (b[i] as LatinSlot).vowels[0];
    if (x === undefined || y === undefined || x === 'e' || y === 'e') continue;
    if (x !== y) return false;
  }
  return true;
}

/** The latin form without an unhyphenated article ("alhussein" → "hussein"), or null. */
export function withoutLatinArticle(form: string): string | null {
  return /^(?:al|el)[^aeiou]/.test(form) && form.length >= 7 ? form.slice(2) : null;
}
