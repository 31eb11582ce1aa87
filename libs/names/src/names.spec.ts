import {
  arabicTokens,
  latinKey,
  latinTokens,
  nameSearchKeys,
  nameSearchTokens,
  nameTokens,
  normaliseArabic,
  rankCandidates,
  scoreName,
  tokenMatchScore,
} from './index';

describe('Arabic normalisation', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إبراهيم', 'ابراهيم'],
    ['آمنة', 'امنه'],
    ['ٱلله', 'الله'],
    ['فاطمة', 'فاطمه'],
    ['مصطفى', 'مصطفي'],
    ['مؤمن', 'مومن'],
    ['هانئ', 'هاني'],
    ['عائشة', 'عايشه'],
    ['مُحَمَّد', 'محمد'], // harakat and shadda
    ['محمـــد', 'محمد'], // tatweel
    ['كتابًا', 'كتابا'], // tanween
    ['رحمٰن', 'رحمن'], // superscript alef
    ['عبدُ اللهِ', 'عبد الله'],
    ['ﻻ', 'لا'], // presentation form ligature
    ['یوسف', 'يوسف'], // Farsi yeh
  ])('%s → %s', (input, expected) => {
    expect(normaliseArabic(input)).toBe(expected);
  });

  it('reads a name typed in presentation forms as Arabic, not as an empty Latin word', () => {
    expect(nameTokens('ﻣﺤﻤﺪ')).toEqual(nameTokens('محمد'));
    expect(nameTokens('ﻣﺤﻤﺪ')).toEqual(['محمد']);
  });

  it('joins the compounds written with and without a space', () => {
    expect(arabicTokens(normaliseArabic('عبد الله'))).toEqual(['عبدالله']);
    expect(arabicTokens(normaliseArabic('عبدالله'))).toEqual(['عبدالله']);
    expect(arabicTokens(normaliseArabic('محمد عبد الرحمن الحسين'))).toEqual(['محمد', 'عبدالرحمن', 'الحسين']);
    expect(arabicTokens(normaliseArabic('أبو بكر'))).toEqual(['ابوبكر']);
  });
});

describe('Latin transliteration folding', () => {
  it('ignores case, accents and apostrophes', () => {
    expect(latinTokens("  ÉMILE Sa'id ")).toEqual(['emile', 'said']);
  });

  it.each([
    ['Mohammad', 'Muhammad', 'Mohamed', 'Mohammed', 'Mohamad'],
    ['Ahmad', 'Ahmed'],
    ['Hussein', 'Husain', 'Hussain', 'Husayn', 'Hossein'],
    ['Yusuf', 'Youssef', 'Yousef', 'Yusef'],
    ['Khalid', 'Khaled'],
    ['Mustafa', 'Moustafa', 'Mostafa'],
    ['Fatima', 'Fatimah', 'Fatma'],
    ['Qasim', 'Kassem', 'Qassem'],
    ['Omar', 'Umar'],
    ['Walid', 'Waleed'],
    ['Hamdi', 'Hamdy'],
  ])('%s and its variants share one key and match each other', (...spellings) => {
    const forms = spellings.map((s) => latinTokens(s)[0] as string);
    expect(new Set(forms.map((f) => latinKey(f))).size).toBe(1);
    for (const a of forms) for (const b of forms) expect(tokenMatchScore(a, b)).toBeGreaterThanOrEqual(0.85);
  });

  it('folds the forms of Abd al- into one', () => {
    const forms = [
      'Abd al-Rahman',
      'Abdul Rahman',
      'Abdel-Rahman',
      'Abd-el-Rahman',
      'Abdelrahman',
      'Abdulrahman',
      'Abd ar-Rahman',
      'Abdurrahman',
    ].map((s) => latinTokens(s));
    for (const f of forms) expect(f).toEqual(['abdalrahman']);
    const allah = ['Abdullah', 'Abdallah', 'Abd Allah', 'Abdulla'].map((s) => latinKey(latinTokens(s)[0] as string));
    expect(new Set(allah).size).toBe(1);
  });

  it('drops the article: al-, el-, standalone al, sun-letter ad-/ash-', () => {
    expect(latinTokens('Mohammed Al-Hussein')).toEqual(['mohammed', 'hussein']);
    expect(latinTokens('Omar el-Masri')).toEqual(['omar', 'masri']);
    expect(latinTokens('Khaled al Ali')).toEqual(['khaled', 'ali']);
    expect(latinTokens('Nour ad-Din ash-Shami')).toEqual(['nour', 'din', 'shami']);
    expect(latinTokens('Abu Bakr')).toEqual(['abubakr']);
    expect(latinTokens('Abou-Bakr Habib')).toEqual(['abubakr', 'habib']);
    expect(latinTokens('Rabo Ali')).toEqual(['rabo', 'ali']);
  });

  it('keeps different names apart', () => {
    expect(tokenMatchScore('muhammad', 'mahmoud')).toBe(0); // same skeleton, different vowels
    expect(tokenMatchScore('husain', 'hassan')).toBe(0);
    expect(tokenMatchScore('hasan', 'hassan')).toBe(0.85);
    expect(latinKey('ahmad')).not.toBe(latinKey('mahmud'));
    expect(latinKey('yasir')).not.toBe(latinKey('yusuf'));
    expect(latinKey('abdalrahman')).not.toBe(latinKey('abdallah'));
  });

  it('leaves names that merely start with abd alone', () => {
    expect(latinTokens('Abdo')).toEqual(['abdo']);
  });
});

describe('search tokens and keys', () => {
  const name = {
    arabic: { own: 'أحمد', father: 'عبد الله', grandfather: 'محمود', family: 'الحسين' },
    latin: { own: 'Ahmed', father: 'Abdullah', grandfather: 'Mahmoud', family: 'Al-Hussein' },
  };

  it('tokenises every part in both scripts, normalised and unique', () => {
    expect(nameSearchTokens(name)).toEqual([
      'احمد',
      'عبدالله',
      'محمود',
      'الحسين',
      'ahmed',
      'abdallah',
      'mahmoud',
      'hussein',
    ]);
    expect(nameSearchTokens({ latin: { own: 'Ali', father: null, family: 'Ali' } })).toEqual(['ali']);
  });

  it('derives index keys shared by other spellings', () => {
    const keys = nameSearchKeys(nameSearchTokens(name));
    expect(keys).toEqual(expect.arrayContaining(['احمد', 'حسين', 'ahmd', 'hsn', 'abdl', 'mhmd']));
    for (const spelling of ['Ahmad', 'Husain', 'Abdallah']) {
      expect(keys).toContain(nameSearchKeys(nameTokens(spelling))[0]);
    }
  });
});

describe('matching and ranking', () => {
  it('finds أحمد when typed احمد', () => {
    expect(scoreName('احمد', nameSearchTokens('أحمد'))).toBeGreaterThan(0.9);
  });

  it('finds "Mohammed Al-Hussein" by "muhammad husain"', () => {
    expect(scoreName('muhammad husain', nameSearchTokens('Mohammed Al-Hussein'))).toBeGreaterThan(0.8);
  });

  it('matches عبد الله with عبدالله either way', () => {
    expect(scoreName('عبدالله', nameSearchTokens('عبد الله'))).toBe(1);
    expect(scoreName('عبد الله', nameSearchTokens('عبدالله'))).toBe(1);
  });

  it('matches with or without the Arabic article', () => {
    expect(tokenMatchScore('حسين', 'الحسين')).toBe(0.95);
    expect(tokenMatchScore('الحسين', 'حسين')).toBe(0.95);
  });

  it('matches prefixes typed so far, in either script', () => {
    expect(tokenMatchScore('muh', 'muhammad')).toBeGreaterThan(0.6);
    expect(tokenMatchScore('moh', 'muhammad')).toBeGreaterThan(0.5); // key prefix: m-h, o ~ u
    expect(tokenMatchScore('mah', 'muhammad')).toBe(0);
    expect(tokenMatchScore('عبدال', 'عبدالله')).toBeGreaterThan(0.6);
    expect(tokenMatchScore('m', 'muhammad')).toBe(0);
  });

  it('does not match across scripts or unrelated names', () => {
    expect(tokenMatchScore('ahmad', 'احمد')).toBe(0);
    expect(scoreName('khaled', nameSearchTokens('Ahmed Mahmoud'))).toBe(0);
  });

  it('accepts name parts in any order, and needs every query part to match', () => {
    const tokens = nameSearchTokens('Yusuf Ahmad Al-Khatib');
    expect(scoreName('khatib youssef', tokens)).toBeGreaterThan(0.7);
    expect(scoreName('youssef nasser', tokens)).toBe(0);
  });

  it('uses each candidate part once', () => {
    expect(scoreName('ahmad ahmad', nameSearchTokens('Ahmad Khaled'))).toBe(0);
    expect(scoreName('ahmad ahmad', nameSearchTokens('Ahmad Ahmed'))).toBeGreaterThan(0.8);
  });

  it('ranks the best spelling match first and breaks ties by input order', () => {
    const people = [
      { id: 'm-1', tokens: nameSearchTokens({ latin: { own: 'Mahmoud', father: 'Hassan', family: 'Al-Ali' } }) },
      { id: 'm-2', tokens: nameSearchTokens({ latin: { own: 'Mohammed', father: 'Ahmad', family: 'Al-Hussein' } }) },
      { id: 'm-3', tokens: nameSearchTokens({ latin: { own: 'Muhammad', father: 'Husain', family: 'Al-Hussein' } }) },
      { id: 'm-4', tokens: nameSearchTokens({ arabic: { own: 'محمد', father: 'أحمد', family: 'الحسين' } }) },
      { id: 'm-5', tokens: nameSearchTokens({ latin: { own: 'Mohamed', family: 'Hussein' } }) },
    ];
    const ranked = rankCandidates('muhammad husain', people);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['m-3', 'm-5', 'm-2']);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 1);

    expect(rankCandidates('محمد احمد', people).map((r) => r.candidate.id)).toEqual(['m-4']);
    expect(rankCandidates('mohamed', people, { limit: 2 }).map((r) => r.candidate.id)).toEqual(['m-5', 'm-2']);
    expect(rankCandidates('', people)).toEqual([]);
  });
});
