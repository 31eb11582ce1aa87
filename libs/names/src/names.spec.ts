import {
  arabicTokens,
  latinWords,
  nameIndexKeys,
  nameWords,
  normaliseArabic,
  queryKeys,
  scoreName,
  soundShapes,
  storedKeys,
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
    expect(nameWords('ﻣﺤﻤﺪ')).toEqual(nameWords('محمد'));
    expect(nameWords('ﻣﺤﻤﺪ')).toEqual([{ script: 'arabic', form: 'محمد', article: false }]);
  });

  it('joins the compounds written with and without a space', () => {
    expect(arabicTokens(normaliseArabic('عبد الله'))).toEqual(['عبدالله']);
    expect(arabicTokens(normaliseArabic('عبدالله'))).toEqual(['عبدالله']);
    expect(arabicTokens(normaliseArabic('محمد عبد الرحمن الحسين'))).toEqual(['محمد', 'عبدالرحمن', 'الحسين']);
    expect(arabicTokens(normaliseArabic('أبو بكر'))).toEqual(['ابوبكر']);
    expect(arabicTokens(normaliseArabic('نور الدين'))).toEqual(['نورالدين']);
  });

  it('keeps the article as a flag of the word', () => {
    expect(nameWords('الحسين')).toEqual([{ script: 'arabic', form: 'حسين', article: true }]);
    expect(nameWords('الله')).toEqual([{ script: 'arabic', form: 'الله', article: false }]); // too short to be one
  });
});

const forms = (text: string): string[] => latinWords(text).map((w) => w.form);
/** Whether two spellings of one part are the same name: each as the other's whole query. */
const same = (a: string, b: string): boolean => scoreName(a, { latin: { own: b } }) > 0;

describe('Latin spellings through the Arabic-to-Latin model', () => {
  it('ignores case, accents and apostrophes', () => {
    expect(forms("  ÉMILE Sa'id ")).toEqual(['emile', 'said']);
  });

  it.each([
    ['Mohammad', 'Muhammad', 'Mohamed', 'Mohammed', 'Mohamad', 'Mhamed'],
    ['Ahmad', 'Ahmed'],
    ['Hussein', 'Husain', 'Hussain', 'Husayn', 'Hossein'],
    ['Yusuf', 'Youssef', 'Yousef', 'Yusef', 'Youcef'],
    ['Khalid', 'Khaled'],
    ['Mustafa', 'Moustafa', 'Mostafa'],
    ['Fatima', 'Fatimah', 'Fatma', 'Fatmeh'],
    ['Qasim', 'Kassem', 'Qassem', 'Gassem'],
    ['Omar', 'Umar'],
    ['Walid', 'Waleed', 'Oualid'],
    ['Hamdi', 'Hamdy'],
    ['Aisha', 'Aicha', 'Ayesha', 'Aysha', 'Aïcha', 'Aishah'],
    ['Ibrahim', 'Brahim', 'Ebrahim'],
    ['Shami', 'Chami'],
    ['Ruaa', 'Roaa', 'Rua', 'Roua'],
    ['Darwish', 'Darwiche'],
    ['Hisham', 'Hichem'],
    ['Jamal', 'Djamal', 'Gamal'],
    ['Said', 'Saeed', 'Saïd'],
    ['Maryam', 'Mariam'],
    ['Zainab', 'Zeinab', 'Zaynab'],
    ['Nour al-Din', 'Nour ad-Din', 'Noureddine', 'Nour El Dine'],
  ])('%s and its variants match each other', (...spellings) => {
    for (const a of spellings) for (const b of spellings) expect([a, b, same(a, b)]).toEqual([a, b, true]);
  });

  it('folds the forms of Abd al- into one', () => {
    const spellings = [
      'Abd al-Rahman',
      'Abdul Rahman',
      'Abdel-Rahman',
      'Abd-el-Rahman',
      'Abdelrahman',
      'Abdulrahman',
      'Abd ar-Rahman',
      'Abdurrahman',
    ];
    for (const s of spellings) expect(forms(s)).toEqual(['abdalrahman']);
    for (const a of ['Abdullah', 'Abdallah', 'Abd Allah', 'Abdulla']) expect(same(a, 'Abdullah')).toBe(true);
  });

  it('takes the article off the word and keeps it: al-, el-, standalone al, sun-letter ad-/ash-', () => {
    expect(latinWords('Mohammed Al-Hussein')).toEqual([
      { form: 'mohammed', article: false },
      { form: 'hussein', article: true },
    ]);
    expect(forms('Omar el-Masri')).toEqual(['omar', 'masri']);
    expect(latinWords('Khaled al Ali')[1]).toEqual({ form: 'ali', article: true });
    expect(latinWords('Nour ad-Din ash-Shami')).toEqual([
      { form: 'nouraddin', article: false },
      { form: 'shami', article: true },
    ]);
    expect(forms('Abu Bakr')).toEqual(['abubakr']);
    expect(forms('Abou-Bakr Habib')).toEqual(['abubakr', 'habib']);
    expect(forms('Rabo Ali')).toEqual(['rabo', 'ali']);
    expect(forms('Abdo')).toEqual(['abdo']);
  });

  it('keeps different names apart', () => {
    expect(same('muhammad', 'mahmoud')).toBe(false);
    expect(same('mohamed', 'mahmoud')).toBe(false);
    expect(same('husain', 'hassan')).toBe(false);
    expect(same('hasan', 'hassan')).toBe(true);
    expect(same('ahmad', 'mahmud')).toBe(false);
    expect(same('ahmad', 'hamad')).toBe(false);
    expect(same('yasir', 'yusuf')).toBe(false);
    expect(same('abdalrahman', 'abdallah')).toBe(false);
    expect(same('saad', 'saeed')).toBe(false);
    expect(same('ali', 'alaa')).toBe(false);
    expect(same('khalid', 'khalil')).toBe(false);
  });

  it('reads a word each way the model allows, and no more than four', () => {
    expect(soundShapes('mohammad')).toEqual([{ consonants: 'mhmd', runs: ['0', 'u', 'a', 'a', '*'] }]);
    expect(soundShapes('brahim')[0]?.runs[0]).toBe('*'); // a lost first vowel: anything
    expect(soundShapes('ishaq').map((s) => s.consonants)).toEqual(['šk', 'shk']); // sh, and s-h
    expect(soundShapes('shadhdhaj').length).toBeLessThanOrEqual(4);
  });
});

describe('index keys', () => {
  const name = {
    arabic: { own: 'أحمد', father: 'عبد الله', grandfather: 'محمود', family: 'الحسين' },
    latin: { own: 'Ahmed', father: 'Abdullah', grandfather: 'Mahmoud', family: 'Al-Hussein' },
  };

  it('keys every part by its field, both scripts, with no prefixes of words', () => {
    // A part whose Arabic shows the article carries it in Latin too.
    expect(nameIndexKeys({ arabic: { family: 'المصري' }, latin: { family: 'Masri' } })).toContainEqual({
      field: 'family',
      key: 't:msr',
    });
    const keys = nameIndexKeys(name);
    expect(keys).toEqual(
      expect.arrayContaining([
        { field: 'own', key: 'x:احمد' },
        { field: 'own', key: 'x:ahmed' },
        { field: 'family', key: 'x:حسين' },
        { field: 'family', key: 't:حسين' },
        { field: 'family', key: 't:hsn' }, // the part carries the article, whichever script shows it
        { field: 'family', key: 'x:hussein' },
      ]),
    );
    expect(keys.filter((k) => k.key.startsWith('x:')).map((k) => k.key)).not.toContain('x:ahm');
    expect(nameIndexKeys({ latin: { own: 'Ali', family: 'Ali' } }).filter((k) => k.key === 'x:ali')).toEqual([
      { field: 'own', key: 'x:ali' },
      { field: 'family', key: 'x:ali' },
    ]);
  });

  it('looks up, for a query word, keys that the stored keys of its other spellings hold', () => {
    const stored = new Set(nameWords('Husain').flatMap((w) => storedKeys(w)));
    const asked = queryKeys(nameWords('Hossein'));
    expect(asked.every((k) => k.word === 0)).toBe(true);
    expect(asked.filter((k) => stored.has(k.key)).map((k) => k.level)).toEqual(['variant']);
  });
});

describe('matching and ranking', () => {
  const person = (own: string, father: string, grandfather: string, family: string) => ({
    latin: { own, father, grandfather, family },
  });

  it('finds أحمد when typed احمد, with or without the article', () => {
    expect(scoreName('احمد', { arabic: { own: 'أحمد' } })).toBeGreaterThan(0.9);
    expect(scoreName('حسين', { arabic: { own: 'علي', family: 'الحسين' } })).toBeGreaterThan(0);
    expect(scoreName('الحسين', { arabic: { own: 'حسين' } })).toBeGreaterThan(0);
  });

  it('finds "Mohammed Al-Hussein" by "muhammad husain", and عبد الله as عبدالله', () => {
    expect(scoreName('muhammad husain', { latin: { own: 'Mohammed', family: 'Al-Hussein' } })).toBeGreaterThan(0.7);
    expect(scoreName('عبدالله', { arabic: { own: 'عبد الله' } })).toBe(
      scoreName('عبد الله', { arabic: { own: 'عبدالله' } }),
    );
  });

  it('does not match across scripts or unrelated names, and needs every query word', () => {
    expect(scoreName('ahmad', { arabic: { own: 'احمد' } })).toBe(0);
    expect(scoreName('khaled', { latin: { own: 'Ahmed', father: 'Mahmoud' } })).toBe(0);
    expect(scoreName('youssef nasser', person('Yusuf', 'Ahmad', 'Ali', 'Al-Khatib'))).toBe(0);
    expect(scoreName('khatib youssef', person('Yusuf', 'Ahmad', 'Ali', 'Al-Khatib'))).toBeGreaterThan(0.7);
  });

  it('uses each part once', () => {
    expect(scoreName('ahmad ahmad', { latin: { own: 'Ahmad', father: 'Khaled' } })).toBe(0);
    expect(scoreName('ahmad ahmad', { latin: { own: 'Ahmad', father: 'Ahmed' } })).toBeGreaterThan(0.8);
  });

  it('ranks the own name before the family, father and grandfather, and the same spelling before another', () => {
    const own = scoreName('Mohammad', person('Mohammad', 'Ali', 'Omar', 'Halabi'));
    const ownVariant = scoreName('Mohammad', person('Mohamed', 'Ali', 'Omar', 'Halabi'));
    const father = scoreName('Mohammad', person('Ali', 'Mohammad', 'Omar', 'Halabi'));
    const grandfather = scoreName('Mohammad', person('Ali', 'Omar', 'Mohammad', 'Halabi'));
    expect(own).toBeGreaterThan(ownVariant);
    expect(ownVariant).toBeGreaterThan(father);
    expect(father).toBeGreaterThan(grandfather);
    expect(grandfather).toBeGreaterThan(0);
  });

  it('gives the article its meaning: "Al Ahmad" is the family al-Ahmad before the own name Ahmad', () => {
    const family = person('Omar', 'Ali', 'Hasan', 'al-Ahmad');
    const own = person('Ahmad', 'Ali', 'Hasan', 'Halabi');
    for (const q of ['Al Ahmad', 'el-Ahmad', 'Al-Ahmed', 'Alahmad']) {
      expect([q, scoreName(q, family) > scoreName(q, own)]).toEqual([q, true]);
    }
    expect(scoreName('Ahmad', own)).toBeGreaterThan(scoreName('Ahmad', family));
    expect(scoreName('الأحمد', { arabic: { own: 'عمر', family: 'الأحمد' } })).toBeGreaterThan(
      scoreName('الأحمد', { arabic: { own: 'أحمد', family: 'الحلبي' } }),
    );
  });

  it('prefers the query in the name order', () => {
    expect(scoreName('Mohammad Ahmad', person('Mohammad', 'Ahmad', 'Ali', 'Halabi'))).toBeGreaterThan(
      scoreName('Mohammad Ahmad', person('Ahmad', 'Mohammad', 'Ali', 'Halabi')),
    );
  });

  it('finds Aisha Ibrahim by "Aicha Brahim", and not Ibrahim by "Aicha"', () => {
    const aisha = { arabic: { own: 'عائشة', father: 'إبراهيم' }, latin: { own: 'Aisha', father: 'Ibrahim' } };
    expect(scoreName('Aicha Brahim', aisha)).toBeGreaterThan(0.7);
    expect(scoreName('Aicha', { latin: { own: 'Ibrahim', father: 'Mohammad', family: 'al-Ahmad' } })).toBe(0);
  });
});
