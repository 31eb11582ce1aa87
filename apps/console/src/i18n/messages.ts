import ar from './ar.json';
import en from './en.json';

export type Language = 'ar' | 'en';
/** The numbering system digits are written in: Latin (0123) or Arabic-Indic (٠١٢٣), whatever the language. */
export type Digits = 'latn' | 'arab';
/** English is the reference catalogue: a key is a message id when English has it, and Arabic must have the same. */
export type MessageId = keyof typeof en;

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageId, string>>>> = { ar, en };

export const directionOf = (language: Language): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/**
 * The BCP 47 locale the formatters use: the Gregorian calendar in both languages (the organisation's records are
 * dated in it) and the chosen digits, as Unicode extensions — Intl then formats numbers, dates and plurals alike.
 */
export const localeOf = (language: Language, digits: Digits): string => `${language}-u-ca-gregory-nu-${digits}`;

/** A message id built from a code the services send (`error.<CODE>`, `fuelFlag.<RULE>`…), when the catalogues word it. */
export function knownId(id: string): MessageId | null {
  return id in CATALOGUES.en ? (id as MessageId) : null;
}
