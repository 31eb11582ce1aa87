import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import { localeOf } from './messages';

const SOURCE = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') && !name.endsWith('.spec.tsx') ? [path] : [];
  });
}

/** Each `{name, plural, …}` argument's categories, in order of appearance. */
function pluralCategories(message: string): string[][] {
  return [...message.matchAll(/\{\w+, plural,((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/(=\d+|zero|one|two|few|many|other) \{/g)].map((c) => c[1] as string),
  );
}

/** A value for every argument any message takes: a message with another argument fails to format. */
const EVERY_VALUE = {
  count: 3,
  name: 'x',
  from: 1,
  to: 2,
  total: 3,
  date: 'd',
  version: 1,
  kind: 'k',
  message: 'm',
  code: 'c',
  ready: 1,
  limited: 2,
  notReady: 0,
  serviceable: 1,
  held: 2,
  open: 11,
  centre: 'c',
  events: 4,
  services: 2,
  ranks: 'r',
  roles: 'r',
  number: 2,
  unit: 'u',
  status: 's',
  role: 'r',
  km: 120_170,
  reading: '120,170 km',
  corrected: '12,050 km',
  previous: '120,050 km',
  reason: 'r',
  item: 'i',
  items: 'i, j',
  n: 2,
  work: 'w',
  cost: '$1.00',
  paidBy: 'p',
  description: 'd',
  holder: 'h',
  litres: 40,
  enrolled: 2,
  capacity: 30,
  score: 82,
  mark: 60,
  inStock: 0,
  quantity: 1,
  present: 2,
  absent: 1,
  arrived: 1,
  withdrawn: 0,
};

describe('the message catalogues', () => {
  it('have the same keys in Arabic and English: none missing, none extra', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('hold every message id the code uses (ids built at run time are listed by their prefix)', () => {
    const used = sources(SOURCE).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1] as string),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((id) => !(id in en))).toEqual([]);
  });

  it('parse as ICU messages and format in both languages', () => {
    for (const [language, messages] of [
      ['ar', ar],
      ['en', en],
    ] as const) {
      const problems: string[] = [];
      const intl = createIntl({
        locale: localeOf(language, 'latn'),
        messages,
        onError: (e) => problems.push(e.message),
      });
      for (const id of Object.keys(messages)) {
        intl.formatMessage({ id }, EVERY_VALUE);
      }
      expect(problems).toEqual([]);
    }
  });

  it('give Arabic its six plural forms and English its two wherever a count is worded', () => {
    for (const [id, message] of Object.entries(ar)) {
      for (const categories of pluralCategories(message)) {
        expect({ id, categories: categories.filter((c) => !c.startsWith('=')) }).toEqual({
          id,
          categories: ['zero', 'one', 'two', 'few', 'many', 'other'],
        });
      }
    }
    for (const [id, message] of Object.entries(en)) {
      for (const categories of pluralCategories(message)) {
        expect({ id, has: ['one', 'other'].every((c) => categories.includes(c)) }).toEqual({ id, has: true });
      }
    }
  });

  it('word Arabic counts by their plural category', () => {
    const intl = createIntl({ locale: localeOf('ar', 'arab'), messages: ar });
    const members = (count: number) => intl.formatMessage({ id: 'members.count' }, { count });
    expect(members(1)).toBe('متطوّع واحد');
    expect(members(2)).toBe('متطوّعان');
    expect(members(3)).toBe('٣ متطوّعين');
    expect(members(11)).toBe('١١ متطوّعًا');
    expect(members(100)).toBe('١٠٠ متطوّع');
  });
});
