/**
 * Latin spellings of Arabic names, as words: lower case, no accents or apostrophes (ʿayn and hamza are unwritten in
 * most records), compounds joined (abd al-/abdul/abdel → "abdal", abu/abou → "abu", X ad-din/al-din/ed-din →
 * "Xaddin"), and the article (al-, el-, ul, a standalone "Al", sun-letter ad-/ash-/ar-…) taken off the word it belongs
 * to and kept as a flag.
 */

export interface LatinWord {
  readonly form: string;
  readonly article: boolean;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// abd + article (al/el/ul/ol, or an assimilated ar-/ur-/as-/ad-…) + separator → "abdal", glued to the next word:
// "abd al-rahman", "abdul rahman", "abdel-rahman", "abd-el-rahman", "abdurrahman" → "abdalrahman"; "abdullah" → "abdallah".
const ABD_COMPOUND = /\babd([\s-]*[aeuo](?:l|([dnrstz])(?=[\s-]*\2)))?[\s-]*/g;
const ABU_COMPOUND = /\bab(?:u|ou|o)[\s-]+(?=[a-z])/g;
// "Nour ad-Din", "Nour al-Din", "Nour El Dine", "Salah-eddine", "Nour uddin": one name, glued.
const DIN_COMPOUND = /([a-z])[\s-]+(?:[aeu][dl][\s-]*|e?d)(din[e]?)\b/g;
const ARTICLES = new Set(['al', 'el', 'ul']);
// Sun-letter assimilation: ad-Din, ash-Shami, an-Nour, ar-Rashid: the article piece ends with the next word's consonant.
const SUN_ARTICLE = /^[ae](sh|th|dh|[dnrstz])$/;

/** Lower case, accents and apostrophes gone, compounds joined: the words, each with whether it carried the article. */
export function latinWords(text: string): LatinWord[] {
  const cleaned = stripAccents(text.toLowerCase())
    .replace(/['’ʿʾ`´‘]/g, '')
    .replace(/[^a-z\s-]/g, ' ')
    .replace(DIN_COMPOUND, '$1ad$2')
    .replace(ABD_COMPOUND, (whole: string, article: string | undefined) => (article ? 'abdal' : whole))
    .replace(ABU_COMPOUND, 'abu');
  const pieces = cleaned.split(/[\s-]+/).filter((p) => p.length > 0);
  const words: LatinWord[] = [];
  let article = false;
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    const sun = SUN_ARTICLE.exec(piece);
    if (next !== undefined && (ARTICLES.has(piece) || (sun && next.startsWith(sun[1] as string)))) {
      article = true;
      return;
    }
    if (ARTICLES.has(piece)) return; // a trailing article alone is no name
    words.push({ form: piece, article });
    article = false;
  });
  return words;
}

/**
 * The word and, when it may be an article glued to a name (Alhussein, Alali, Elmasri), that reading too: both are
 * indexed and both are looked up, so either spelling finds the other.
 */
export function latinReadings(word: LatinWord): LatinWord[] {
  const rest = word.form.slice(2);
  const glued = !word.article && /^(?:al|el)/.test(word.form) && rest.length >= 3 && /[^aeiouy]/.test(rest);
  return glued ? [word, { form: rest, article: true }] : [word];
}
