export { normaliseArabic, arabicTokens, hasArabicLetters, withoutArabicArticle } from './arabic';
export { latinTokens, latinKey, withoutLatinArticle } from './latin';
export type { NamePartsLike, PersonNameLike, RankedCandidate } from './name-search';
export {
  nameTokens,
  nameSearchTokens,
  nameSearchKeys,
  tokenMatchScore,
  scoreName,
  rankCandidates,
} from './name-search';
