import type { CentreSummary, NameParts, PersonName } from './api/types';

/** A name's parts in the order they are said and written: own, father's, grandfather's, family. */
export function nameText(parts: NameParts | null): string {
  if (!parts) return '';
  return [parts.own, parts.father, parts.grandfather, parts.family].filter((p): p is string => !!p).join(' ');
}

/**
 * The spellings of a name to show, the reader's script first: an Arabic reader sees the Arabic spelling first, an
 * English one the Latin spelling. Each is labelled with its language, so it is shown in its own direction.
 */
export function nameSpellings(
  name: PersonName,
  locale: string,
): { readonly lang: 'ar' | 'en'; readonly text: string }[] {
  const spellings = [
    { lang: 'ar' as const, text: nameText(name.arabic) },
    { lang: 'en' as const, text: nameText(name.latin) },
  ].filter((s) => s.text);
  return locale.startsWith('ar') ? spellings : spellings.reverse();
}

/** A centre's name in the reader's language (both are recorded). */
export function centreName(centre: Pick<CentreSummary, 'nameAr' | 'nameEn'>, locale: string): string {
  return locale.startsWith('ar') ? centre.nameAr : centre.nameEn;
}

/** A calendar date the services send as YYYY-MM-DD, as a Date at noon UTC: no time zone moves it to another day. */
export function dayOf(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
}

/** Of a text recorded in both languages (a donor's or a course's name), the reader's. */
export function inLanguage(ar: string, en: string, locale: string): string {
  return locale.startsWith('ar') ? ar : en;
}
