import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { centreName, dayOf, nameSpellings, nameText } from './format';
import { directionOf, localeOf } from './i18n/messages';

const aisha = {
  arabic: { own: 'عائشة', father: 'محمد', grandfather: null, family: 'الشامي' },
  latin: { own: 'Aicha', father: 'Mohamed', grandfather: null, family: 'al-Shami' },
};

describe('formatting for Arabic and English readers', () => {
  it('writes a name’s parts in order, leaving out those not recorded', () => {
    expect(nameText(aisha.arabic)).toBe('عائشة محمد الشامي');
    expect(nameText(null)).toBe('');
  });

  it('shows the reader’s script first, each spelling labelled with its language', () => {
    expect(nameSpellings(aisha, 'ar-u-ca-gregory-nu-latn')).toEqual([
      { lang: 'ar', text: 'عائشة محمد الشامي' },
      { lang: 'en', text: 'Aicha Mohamed al-Shami' },
    ]);
    expect(nameSpellings(aisha, 'en-u-ca-gregory-nu-latn').map((s) => s.lang)).toEqual(['en', 'ar']);
    expect(nameSpellings({ arabic: null, latin: aisha.latin }, 'ar')).toEqual([
      { lang: 'en', text: 'Aicha Mohamed al-Shami' },
    ]);
  });

  it('names a centre in the reader’s language', () => {
    const centre = { nameAr: 'مركز حلب', nameEn: 'Aleppo centre' };
    expect(centreName(centre, 'ar-u-nu-arab')).toBe('مركز حلب');
    expect(centreName(centre, 'en')).toBe('Aleppo centre');
  });

  it('lays Arabic out right to left and English left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });

  it('writes numbers and dates in the digits chosen, in either language, on the Gregorian calendar', () => {
    const format = (language: 'ar' | 'en', digits: 'latn' | 'arab') => {
      const intl = createIntl({ locale: localeOf(language, digits) });
      return {
        number: intl.formatNumber(1234),
        date: intl.formatDate(dayOf('2024-12-08'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      };
    };
    expect(format('ar', 'arab')).toEqual({ number: '١٬٢٣٤', date: '٨ ديسمبر ٢٠٢٤' });
    expect(format('ar', 'latn')).toEqual({ number: '1,234', date: '8 ديسمبر 2024' });
    expect(format('en', 'latn')).toEqual({ number: '1,234', date: 'December 8, 2024' });
    expect(format('en', 'arab').number).toBe('١٬٢٣٤');
  });

  it('keeps a calendar date on its day whatever the reader’s time zone', () => {
    expect(dayOf('2024-12-08').toISOString()).toBe('2024-12-08T12:00:00.000Z');
    expect(dayOf('2024-12-08T00:00:00Z').toISOString()).toBe('2024-12-08T12:00:00.000Z');
  });
});
