/**
 * Arabic-script normalisation for search. Folds the spellings people type interchangeably so that the same name,
 * typed with or without hamza, diacritics or tatweel, yields the same form.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g; // harakat, tanween, shadda, sukun, superscript alef, Quranic marks
const TATWEEL = /\u0640/g;

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0672': '\u0627', // ٲ → ا
  '\u0673': '\u0627', // ٳ → ا
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u06CC': '\u064A', // Farsi yeh ی → ي
  '\u06A9': '\u0643', // keheh ک → ك
};

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

/** Whether the text holds an Arabic-script letter, presentation forms (e.g. 'ﻣﺤﻤﺪ') included. */
export function hasArabicLetters(text: string): boolean {
  return ARABIC_LETTER.test(text.normalize('NFKC'));
}

/** Folds one Arabic-script string: presentation forms, alef/hamza forms, teh marbuta, alef maksura, diacritics, tatweel. */
export function normaliseArabic(text: string): string {
  return text
    .normalize('NFKC') // presentation forms and ligatures (e.g. ﻻ, ﷲ) to plain letters
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[\u0622-\u0673\u06A9\u06CC]/g, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(/[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF0-9\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ABD = 'عبد';
const ABU = 'ابو';
const DIN = 'الدين';

/**
 * Splits normalised Arabic text into name tokens, joining the compound names that are written both ways:
 * "عبد الله" and "عبدالله" both give "عبدالله"; "ابو بكر" gives "ابوبكر"; "نور الدين" gives "نورالدين".
 */
export function arabicTokens(normalised: string): string[] {
  const words = normalised.split(' ').filter((w) => w.length > 0);
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if ((w === ABD || w === ABU || next === DIN) && next !== undefined) {
      tokens.push(w + next);
      i++;
    } else {
      tokens.push(w);
    }
  }
  return tokens;
}

/** The token without a leading definite article ("الحسين" → "حسين"), or null when it has none to strip. */
export function withoutArabicArticle(token: string): string | null {
  return token.startsWith('ال') && token.length >= 5 ? token.slice(2) : null;
}
