import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { cleanString, detect } from 'tinyld/light';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../functions/core/metadata/language.ts';
import {
  cleanChunkText,
  detectFast,
  detectLanguageFast,
  foldNamesFast,
  hasLetters,
  hasLettersPlain,
  longestChunksFast,
  longestChunksPlain,
} from '../../functions/core/metadata/language-fast.ts';
import {
  DICTIONARY_NOISE,
  detectionSample,
  foldNames,
  ONE_LANGUAGE_LETTERS,
} from '../../functions/core/metadata/language-sample.ts';
import { processDocument } from '../../functions/core/pipeline.ts';
import { TINYLD_DICT_FILE, tinyldDictText } from '../support/tinyld-dict-source.ts';
import { PROSE } from './metadata-helpers.ts';

const GERMAN =
  'Der Stadtrat hat nach einer langen Debatte über Straßenreparaturen, die Finanzierung der Schulen und die Zukunft der Bibliothek den neuen Haushalt beschlossen. Die Bibliothek ist seit dem Hochwasser im Frühjahr geschlossen.';

describe('language', () => {
  it('detects English prose', () => {
    expect(detectLanguage(`${PROSE} ${PROSE}`)).toBe('en');
    expect(detectLanguageFast(`${PROSE} ${PROSE}`)).toBe('en');
  });

  it('detects German prose', () => {
    expect(detectLanguage(`${GERMAN} ${GERMAN}`)).toBe('de');
    expect(detectLanguageFast(`${GERMAN} ${GERMAN}`)).toBe('de');
  });

  it("takes no symbol of tinyld's dictionary for a language's letter ('|' Hindi, '‘' German)", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Price Range | Up to size ${i}`).join('\n');
    const english = `${PROSE}\n${rows}\n${PROSE}`;
    expect(detect(english)).toBe('hi');
    expect(detectLanguage(english)).toBe('en');
    expect(detectLanguageFast(english)).toBe('en');
    const quoted = `${PROSE} ‘It went well’, she said. ${PROSE}`.replaceAll('.', ' ‘ok’ ');
    expect(detectLanguage(quoted)).toBe('en');
  });

  it('is null for a text too short to tell', () => {
    expect(detectLanguage('Hello world')).toBeNull();
    expect(detectLanguageFast('Hello world')).toBeNull();
  });

  it('tells a short Chinese, Japanese or Korean body by its script: a character counts as three letters', () => {
    const chinese =
      '北京市政府周二发布新一轮城市更新计划，计划在未来五年内改造老旧小区三百个，新增公共绿地两千公顷。市发展改革委负责人表示，这项计划将重点改善居民的居住条件，并推动社区服务设施的建设。';
    const japanese =
      '東京都は火曜日、今後5年間で老朽化した住宅団地300カ所を改修し、公共の緑地を2000ヘクタール増やす計画を発表した。都の担当者は、住民の生活環境の改善に重点を置くと述べた。';
    const korean =
      '서울시는 화요일 앞으로 오 년 동안 낡은 주택 단지 삼백 곳을 고치고 공원을 늘리는 새로운 도시 재생 계획을 발표했다. 시 관계자는 주민의 생활 환경을 개선하는 데 중점을 둔다고 말했다.';

    expect(detectLanguage(chinese)).toBe('zh');
    expect(detectLanguageFast(chinese)).toBe('zh');
    expect(detectLanguage(japanese)).toBe('ja');
    expect(detectLanguage(korean)).toBe('ko');
    expect(detectLanguage('北京市政府周二发布新一轮城市更新计划。')).toBeNull();
  });

  it("reads a body too short to tell with its title: a brief's record has its language", () => {
    // Prepare: a French brief whose body alone has under MIN_LETTERS letters.
    const title = 'La perte des terres fertiles menace les éléphants de la région';
    const body =
      'Les agriculteurs de la région constatent depuis plusieurs années que les éléphants quittent la forêt pour les champs, faute de nourriture. Les autorités locales promettent une aide rapide aux familles.';
    const text = `${title}\n\n${body}\n\nPartager sur Facebook`;

    // Act
    const record = processDocument(Buffer.from(text), { name: 'brief.txt' });

    // Assess
    expect(detectLanguageFast(body)).toBeNull();
    expect(record.status === 'clean' && record.title).toBe(title);
    expect(record.status === 'clean' && record.language).toBe('fr');
  });

  it('reads a page whose body and title are too short to tell with its chrome, when it declares no language', () => {
    // Prepare: a German note of two sentences under a German site's menus and notices.
    const chrome = [
      'Startseite',
      'Über uns',
      'Kontakt',
      'Impressum',
      'Datenschutzerklärung',
      'Diese Website verwendet Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen.',
    ];
    const body = 'Die Sternwarte bleibt am Freitag geschlossen. Die nächste Führung findet am Samstag statt.';
    const footer =
      'Alle Rechte vorbehalten. Diese Seite wird von ehrenamtlichen Mitgliedern des Vereins betreut.';
    const text = [...chrome, 'Sternwarte geschlossen', body, footer].join('\n\n');

    // Act
    const record = processDocument(Buffer.from(text), { name: 'note.txt' });

    // Assess: the body and its title alone tell nothing; the page does.
    expect(detectLanguageFast(`Sternwarte geschlossen\n\n${body}`)).toBeNull();
    expect(record.status === 'clean' && record.body).toContain('Die Sternwarte bleibt');
    expect(record.status === 'clean' && record.language).toBe('de');
  });

  it("reads a short article's title and body from half the letters before its chrome, whose names mislead", () => {
    // "Hendrik" and "Meyer" hold grams tinyld's dictionary lists as unique to Norwegian and Turkish: a chunk holding
    // one counts wholly for that language, and the byline's chunk decided the whole page.
    const text = [
      'Lokales',
      'Stadtfest lockt 20.000 Besucher an',
      '12.03.2025 - 18:45 Uhr',
      'Von unserem Redakteur Jan-Hendrik Meyer',
      'Bei strahlendem Sonnenschein haben am Wochenende rund 20.000 Menschen das Stadtfest besucht. Der Veranstalter zog eine positive Bilanz. „So voll war es noch nie“, freute sich Organisatorin Katrin Weber.',
    ].join('\n\n');
    expect(detectLanguageFast(text)).toBe('no');
    const record = processDocument(Buffer.from(text), { name: 'brief.txt' });
    expect(record.status === 'clean' && record.language).toBe('de');
    expect(record.status === 'clean' && record.authors).toEqual(['Jan-Hendrik Meyer']);
  });
});

describe("DICTIONARY_NOISE: the symbols the dictionary marks as one language's", () => {
  it("is the dictionary's unique grams of one punctuation or symbol character, outside the scripts it belongs to", () => {
    const dict = JSON.parse(readFileSync(TINYLD_DICT_FILE, 'utf8')) as { uniques: Record<string, string> };
    const derived = new Set<string>();
    for (const gram of Object.keys(dict.uniques)) {
      const characters = [...gram.replace(/[\s\u202f]/gu, '')];
      const distinct = new Set(characters);
      if (distinct.size !== 1) continue;
      const character = characters[0]!;
      const point = character.codePointAt(0)!;
      // Punctuation or a symbol of the Latin, Greek and general blocks; not Hebrew's, Arabic's, Devanagari's
      // or CJK's own punctuation (U+0590-U+1FFF, U+3000-U+FDFF), which stands in their text.
      const ownScript = (point >= 0x0590 && point < 0x2000) || (point >= 0x3000 && point < 0xfe00);
      if (/[\p{P}\p{S}]/u.test(character) && !ownScript) derived.add(character);
    }
    const listed = new Set(DICTIONARY_NOISE.source.slice(1, -1));
    expect([...derived].sort()).toEqual([...listed].sort());
  });
});

describe("ONE_LANGUAGE_LETTERS: the Latin letters the dictionary marks as one language's", () => {
  it("is the dictionary's unique grams of one Latin letter, in both cases", () => {
    const dict = JSON.parse(readFileSync(TINYLD_DICT_FILE, 'utf8')) as { uniques: Record<string, string> };
    const derived = new Set<string>();
    for (const gram of Object.keys(dict.uniques))
      if ([...gram].length === 1 && /\p{Script=Latin}/u.test(gram)) {
        derived.add(gram);
        // Its capital, where it has one of its own (dotless "ı"'s is the ASCII "I").
        const capital = gram.toUpperCase();
        if (capital !== gram && capital.charCodeAt(0) > 0x7f) derived.add(capital);
      }
    expect([...derived].sort()).toEqual([...ONE_LANGUAGE_LETTERS].sort());
  });

  it("reads a name's letter of another language as no vote for that language (a Turkish name on a German page)", () => {
    // Prepare: a German report naming a politician with a Turkish-only letter in four of its sentences.
    const body = [
      'Die Abgeordnete Aydan Özoğuz ist zur stellvertretenden Präsidentin des Parlaments gewählt worden, sie erhielt eine deutliche Mehrheit.',
      'Özoğuz gehört dem Parlament seit vielen Jahren an und war zuvor Beauftragte der Regierung für Integration.',
      'Nach der Wahl dankte Özoğuz den Kolleginnen und Kollegen aller Fraktionen für das Vertrauen.',
      'Die Fraktion hatte Özoğuz bereits im Herbst für das Amt vorgeschlagen.',
    ].join('\n\n');

    // Act
    const language = detectLanguageFast(body);

    // Assess: read as written, tinyld counts the four chunks with the name as Turkish.
    expect(detect(body)).toBe('tr');
    expect(detectionSample(body)).toContain('Özoguz');
    expect(language).toBe('de');
    expect(detectLanguage(body)).toBe('de');
  });

  it("reads a name's marked letters as no vote for a language (Czech names on a German page)", () => {
    // Prepare: a German report naming Czech politicians and composers; tinyld lists the gram "ák" as Hungarian's.
    const body =
      'Der tschechische Regierungschef Petr Fiala hat am Montag in Prag mit dem Bundeskanzler über die Energiepolitik gesprochen. Auch Präsident Petr Pavel, Außenminister Jan Lipavský und die Abgeordnete Věra Řeháková nahmen an den Gesprächen teil. Themen waren die Unterstützung der Ukraine und die Lage an der Grenze zwischen Sachsen und Böhmen. Am Abend besuchten die Gäste ein Konzert der Tschechischen Philharmonie, die Werke von Dvořák und Janáček spielte.';

    // Act
    const sample = detectionSample(body);

    // Assess: with only the one-language letters folded ("Aussenminister"), the chunk holding "Dvořák" outweighed the
    // German ones and the page was Hungarian; now the names are read without their marks, German's umlauts kept.
    expect(detect(body.replace('Außen', 'Aussen'))).toBe('hu');
    expect(sample).toContain('Dvorak und Janacek');
    expect(sample).toContain('Unterstützung');
    expect(detectLanguage(body)).toBe('de');
    expect(detectLanguageFast(body)).toBe('de');
  });

  it("cleans a chunk as tinyld's cleanString does (the core's bundle carries no tinyld)", () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      'İ',
      'ß',
      '’',
      "'",
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      '1',
      '９',
      '.',
      ',',
      '/',
      '\\',
      '+',
      '[',
      ']',
      '…',
      '„',
      '“',
      '”',
      '"',
      '_',
      '–',
      '—',
      '~',
      '(',
      '|',
      '。',
      '！',
      '¿',
      'Ж',
      '漢',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(cleanChunkText(text)).toBe(cleanString(text));
      }),
    );
  });

  it('folds as the plain pattern does, in the fast scan (foldNamesFast equals foldNames)', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      'ł',
      'Ł',
      'ß',
      'ğ',
      'Ö',
      'ñ',
      'É',
      'ı',
      'á',
      'Ř',
      'ä',
      'Ä',
      'ỹ',
      ' ',
      '-',
      '.',
      '\u0301',
      '𝐀',
      '\ud835',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(foldNamesFast(text)).toBe(foldNames(text));
      }),
    );
  });

  it("keeps the letters of a page's own lower-case words (a Polish page stays Polish)", () => {
    const body =
      'Wałęsa odwiedził Gdańsk i Łódź. Spotkanie odbyło się w Łodzi, gdzie Wałęsa mówił o historii, a mieszkańcy przyszli tłumnie. Prezydent miasta podziękował mu za wizytę i zaprosił go ponownie w przyszłym roku, kiedy odbędą się uroczyste obchody rocznicy strajku.';
    expect(detectionSample(body)).toContain('przyszłym');
    expect(detectLanguageFast(body)).toBe('pl');
  });
});

describe('language-fast: tinyld computed with less work', () => {
  it("reads the installed tinyld's dictionary (npm run tinyld-dict after an upgrade)", async () => {
    expect(readFileSync(TINYLD_DICT_FILE, 'utf8')).toBe(await tinyldDictText());
  });

  // Words of the languages tinyld's light build knows, with accents, scripts and the characters its cleaning
  // and splitting treat specially (punctuation, digits, full-width digits, spaces, quotes, combining marks).
  const WORDS = [
    'the',
    'and',
    'of',
    'council',
    'library',
    'der',
    'die',
    'und',
    'Straße',
    'über',
    'le',
    'la',
    'été',
    'français',
    'el',
    'niño',
    'año',
    'são',
    'não',
    'il',
    'perché',
    'het',
    'een',
    'och',
    'är',
    'på',
    'ja',
    'että',
    'és',
    'hogy',
    'și',
    'în',
    'и',
    'не',
    'что',
    'się',
    'że',
    've',
    'bir',
    'için',
    'של',
    'את',
    'في',
    'من',
    'και',
    'το',
    'です',
    'ます',
    '的',
    '是',
    '我们',
    '한국어',
    '있다',
    'ภาษา',
    'และ',
    'আমি',
    'है',
    'और',
    'e\u0301te\u0301',
    'İstanbul',
    'naïve',
    'x',
    'A',
    '',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    ',',
    '.',
    '!',
    '?',
    '"',
    '(',
    ')',
    '«',
    '»',
    '’',
    "'",
    '-',
    '—',
    '…',
    '12',
    '２０２４',
    '#',
    '&',
    '/',
    '*',
    '。',
    '、',
    '「',
    '」',
    '\ud800',
    '𝑥',
  ];
  const texts = fc.oneof(
    fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((words) => words.join(' ')),
    fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((words) => words.join('')),
    fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme-composite', maxLength: 8 })), {
        maxLength: 60,
      })
      .map((words) => words.join(' ')),
    fc.string({ unit: 'grapheme-composite', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );

  it("gives tinyld's detect for any text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(detectFast(text)).toBe(detect(text));
      }),
      { numRuns: 600 },
    );
  });

  it("ranks tinyld's chunks as tinyld does: many chunks of equal lengths, 'İ' lengthening a chunk when cleaned", () => {
    const chunk = fc
      .array(fc.constantFrom('the', 'und', 'été', 'İİ', 'İstanbul', 'x', 'ab', '12', '  ', 'să', 'это'), {
        maxLength: 6,
      })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(chunk, fc.constantFrom(', ', '. ', '!', '?', ';', '"', '(', ')', '…', '\n')), {
          maxLength: 40,
        }),
        (parts) => {
          const text = parts.map(([words, separator]) => words + separator).join('');
          expect(detectFast(text)).toBe(detect(text));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('finds the same longest chunks as a plain split, clean and stable sort: separator runs, kept separators', () => {
    const part = fc.constantFrom(
      'the cat',
      'und',
      'İİ',
      'İstanbul',
      'x',
      '',
      ' ',
      'été',
      '(',
      '((',
      '{',
      '《》',
      '⋯',
      ',,',
      '. ',
      '\\',
      '[',
      '"',
      '!?',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(longestChunksFast(text)).toEqual(longestChunksPlain(text));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(longestChunksFast(text)).toEqual(longestChunksPlain(text));
      }),
      { numRuns: 300 },
    );
  });

  it('counts letters as language.ts letterWeight does: pairs, lone surrogates, marks, digits and wide letters', () => {
    const unit = fc.constantFrom(
      'a',
      'É',
      'ß',
      '1',
      ' ',
      '\u0301',
      '𝑥',
      '😀',
      '\ud800',
      '\udc00',
      'あ',
      '中',
      '한',
      '𠀀',
      'İ',
      '-',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(30), (units, wanted) => {
        const text = units.join('');
        expect(hasLetters(text, wanted)).toBe(hasLettersPlain(text, wanted));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(60), (text, wanted) => {
        expect(hasLetters(text, wanted)).toBe(hasLettersPlain(text, wanted));
      }),
      { numRuns: 300 },
    );
  });

  it("counts a chunk of 'İ' by its cleaned length (twice its own) when ranking the chunks", () => {
    // Seven chunks of six characters, then one of four that cleans to eight: tinyld reads the last one.
    const text = `${'abcdef. '.repeat(7)}İİİİ.`;
    expect(detectFast(text)).toBe(detect(text));
    const turkish = `${'evler. '.repeat(7)}İİİİ. ${'the cat. '.repeat(3)}`;
    expect(detectFast(turkish)).toBe(detect(turkish));
  });

  it('detectLanguageFast equals the plain detectLanguage on long texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS, PROSE, GERMAN), { minLength: 20, maxLength: 400 }),
        (words) => {
          const text = words.join(' ');
          expect(detectLanguageFast(text)).toBe(detectLanguage(text));
        },
      ),
      { numRuns: 100 },
    );
  });
});
