import { PersonName } from '../../../identity';
import {
  hasArabicLetters,
  latinKey,
  nameSearchKeys,
  nameSearchTokens,
  nameTokens,
  withoutLatinArticle,
} from '@muster/names';

const MIN_PREFIX = 2;

function prefixes(key: string): string[] {
  const out = [key];
  for (let n = MIN_PREFIX; n < key.length; n++) out.push(key.slice(0, n));
  return out;
}

/** What the index stores for a name (before hashing): every search key, and its prefixes for partly typed names. */
export function indexKeysOfName(name: PersonName): string[] {
  return [...new Set(nameSearchKeys(nameSearchTokens(name)).flatMap(prefixes))];
}

/** The keys a query looks up: each token's search keys, and for Latin tokens the key of a prefix being typed. */
export function queryKeysOf(query: string): string[] {
  const keys = nameTokens(query).flatMap((token) => {
    const own = nameSearchKeys([token]);
    if (hasArabicLetters(token)) return own;
    const bare = withoutLatinArticle(token);
    return [...own, latinKey(token, true), ...(bare ? [latinKey(bare, true)] : [])];
  });
  return [...new Set(keys.filter((k) => k.length > 0))];
}
