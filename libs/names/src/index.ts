export { normaliseArabic, arabicTokens, hasArabicLetters, withoutArabicArticle } from './arabic';
export { latinWords, latinReadings } from './latin';
export type { LatinWord } from './latin';
export { soundShapes } from './transliteration';
export type { SoundShape } from './transliteration';
export type { HitFlags, MatchLevel, NameField, NamePartsLike, NameWord, PersonNameLike, QueryKey } from './name-search';
export {
  HIT_BITS,
  NAME_FIELDS,
  hitSlot,
  noHits,
  nameIndexKeys,
  nameTokens,
  nameWords,
  queryKeys,
  hitScorer,
  scoreName,
  storedKeys,
} from './name-search';
