/**
 * Legacy code pages (legacy-encoding.ts through decode.ts): a text that is not UTF-8 is read in the single-byte
 * code page whose words read as words of one script, Western European unless another reads it better.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../functions/core/decode.ts';
import { guessCjkEncoding } from '../../functions/core/legacy-cjk.ts';
import { scoreWords } from '../../functions/core/legacy-encoding.ts';
import { encodeSingleByte as encode } from '../support/single-byte.ts';

const POLISH =
  'Rząd przyjął w czwartek projekt ustawy o ochronie środowiska. Minister powiedział, że nowe zasady wejdą w życie w przyszłym roku.';
const RUSSIAN =
  'Правительство в четверг одобрило законопроект об охране окружающей среды. Министр сказал, что новые правила вступят в силу в следующем году.';
const GREEK =
  'Η κυβέρνηση ενέκρινε την Πέμπτη το νομοσχέδιο για την προστασία του περιβάλλοντος. Ο υπουργός είπε ότι οι νέοι κανόνες θα ισχύσουν του χρόνου.';
const HEBREW =
  'הממשלה אישרה ביום חמישי את הצעת החוק להגנת הסביבה. השר אמר כי הכללים החדשים ייכנסו לתוקף בשנה הבאה.';
const ARABIC =
  'وافقت الحكومة يوم الخميس على مشروع قانون حماية البيئة. وقال الوزير إن القواعد الجديدة ستدخل حيز التنفيذ العام المقبل.';

describe('decode: legacy code pages other than Windows-1252', () => {
  it.each([
    ['Polish in Windows-1250', POLISH, 'windows-1250'],
    ['Polish in ISO-8859-2', POLISH, 'iso-8859-2'],
    ['Russian in Windows-1251', RUSSIAN, 'windows-1251'],
    ['Russian in KOI8-R', RUSSIAN, 'koi8-r'],
    ['Greek in Windows-1253', GREEK, 'windows-1253'],
    // Hebrew's letters are Windows-1251's and Windows-1253's small letters, word for word: no capital tells.
    ['Hebrew in Windows-1255', HEBREW, 'windows-1255'],
    ['Arabic in Windows-1256', ARABIC, 'windows-1256'],
    [
      'an English text quoting Russian, in Windows-1251',
      `The ministry's statement (in Russian: «${RUSSIAN.slice(0, 60)}») was published on Monday, and it says that the new rules come into force next year.`,
      'windows-1251',
    ],
  ])('reads %s', (_, text, encoding) => {
    expect(decode(encode(text, encoding))).toEqual({ ok: true, text, encoding, replacements: 0 });
  });

  it.each([
    ['French', 'L’été à Montréal: «Ça coûte 5 €», dit-elle — naïve, déçue… œuvre complète.'],
    ['German', 'Grüße aus Köln: 20 m² für 300 € – „schön“, sagt Jörg; Maß, Straße, Ölförderung.'],
    ['Spanish', '¿Qué pasó? ¡Hola! El niño comió piñata en León; año 2024, 4½ kilos, 25°C.'],
    ['English with signs', 'Don’t miss “Café Society”™ — ©2024 Example Ltd, 5×2 m, ½ price, £5 or ¥710.'],
    [
      'Icelandic',
      'Ríkisstjórnin samþykkti á fimmtudag frumvarp um umhverfisvernd. Ráðherrann sagði að nýju reglurnar tækju gildi á næsta ári.',
    ],
    [
      'Danish',
      'Regeringen godkendte torsdag lovforslaget om miljøbeskyttelse. Ministeren sagde, at de nye regler træder i kraft næste år.',
    ],
  ])('still reads %s as Windows-1252', (_, text) => {
    const result = decode(encode(text, 'windows-1252'));

    expect(result).toMatchObject({ ok: true, text });
    expect(['windows-1252', 'iso-8859-1']).toContain(result.ok ? result.encoding : null);
  });

  it('reads any Western European text as before (property)', () => {
    const lower = 'abcdefghijklmnopqrstuvwxyz';
    // The accented letters of French, German, Spanish, Italian, Portuguese, Dutch, Danish and Swedish.
    const alphabets = ['àâçéèêëîïôùûü', 'äöüß', 'áéíñóúü', 'àèéìíòóù', 'áâãàçéêíóôõú', 'éëïöü', 'æøå', 'åäö'];
    // A word as a Western language writes it: ASCII letters, at most one accented letter of its alphabet.
    const word = (accented: string) =>
      fc
        .tuple(
          fc.string({ unit: fc.constantFrom(...lower), minLength: 2, maxLength: 8 }),
          fc.option(fc.constantFrom(...accented)),
          fc.boolean(),
        )
        .map(([base, accent, capital]) => {
          let w = accent && base.length >= 2 ? `${base.slice(0, 1)}${accent}${base.slice(1)}` : base;
          if (capital) w = w[0]!.toUpperCase() + w.slice(1);
          return w;
        });
    const separator = fc.constantFrom(' ', ', ', '. ', ' – ', ' “', '” ', '’s ', ' €', '; ', '… ');
    // A text in one of the languages, with a name from another now and then.
    const text = fc
      .tuple(fc.constantFrom(...alphabets), fc.constantFrom(...alphabets))
      .chain(([own, other]) =>
        fc.array(fc.tuple(fc.oneof({ weight: 9, arbitrary: word(own) }, word(other)), separator), {
          minLength: 3,
          maxLength: 40,
        }),
      )
      .map((parts) => `${parts.map(([w, s]) => w + s).join('')}end.`);

    fc.assert(
      fc.property(text, (sample) => {
        const bytes = encode(sample, 'windows-1252');
        // Western text is mostly ASCII: a single-byte text with more than 30 % high bytes is refused (decode.ts).
        fc.pre(bytes.filter((byte) => byte >= 0x80).length <= 0.3 * bytes.length);
        // (A text without an accent is ASCII, so UTF-8.)
        const result = decode(bytes);
        return (
          result.ok &&
          result.text === sample &&
          ['windows-1252', 'iso-8859-1', 'utf-8'].includes(result.encoding)
        );
      }),
    );
  });

  it('reads Russian words in Windows-1251 and KOI8-R (property)', () => {
    const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
    const word = fc
      .tuple(fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 10 }), fc.boolean())
      .map(([w, capital]) => (capital ? w[0]!.toUpperCase() + w.slice(1) : w));
    const text = fc.array(word, { minLength: 3, maxLength: 30 }).map((words) => `${words.join(' ')}.`);

    fc.assert(
      fc.property(text, fc.constantFrom('windows-1251', 'koi8-r'), (sample, encoding) => {
        const bytes = encode(sample, encoding);
        // "яю" in Windows-1251 is FF FE, UTF-16's byte-order mark: such a file is UTF-16 (decode.ts).
        fc.pre(!(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff));
        const result = decode(bytes);
        return result.ok && result.text === sample && result.encoding === encoding;
      }),
    );
  });

  it('reads Hebrew words in Windows-1255 and Arabic words in Windows-1256 (property)', () => {
    const alphabets = {
      'windows-1255': 'אבגדהוזחטיךכלםמןנסעףפץצקרשת',
      'windows-1256': 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي',
    };
    const text = fc.constantFrom('windows-1255', 'windows-1256' as const).chain((encoding) =>
      fc
        .array(fc.string({ unit: fc.constantFrom(...alphabets[encoding]), minLength: 2, maxLength: 8 }), {
          minLength: 10,
          maxLength: 30,
        })
        .map((words) => [encoding, `${words.join(' ')}.`] as const),
    );

    fc.assert(
      fc.property(text, ([encoding, sample]) => {
        const result = decode(encode(sample, encoding));
        return result.ok && result.text === sample && result.encoding === encoding;
      }),
    );
  });

  // Small Russian letters а–ъ are Windows-1255's Hebrew letters byte for byte ("ааа" reads as "אאא" as well):
  // text without a capital is Russian by its ы, ь, э, ю or я, whose bytes Windows-1255 leaves undefined.
  it('reads small Russian letters alone as Russian still (property)', () => {
    const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
    const text = fc
      .array(fc.string({ unit: fc.constantFrom(...letters), minLength: 3, maxLength: 10 }), {
        minLength: 10,
        maxLength: 30,
      })
      .map((words) => `${words.join(' ')}.`);

    fc.assert(
      fc.property(text, (sample) => {
        const bytes = encode(sample, 'windows-1251');
        fc.pre(/[ыьэюя]/.test(sample) && !(bytes[0] === 0xff && bytes[1] === 0xfe));
        const result = decode(bytes);
        return result.ok && result.text === sample && result.encoding === 'windows-1251';
      }),
    );
  });

  it('counts a byte the code page leaves undefined as a replacement character', () => {
    const bytes = Uint8Array.from([...encode(GREEK, 'windows-1253'), 0x20, 0xff]); // FF: undefined in 1253

    const result = decode(bytes);

    expect(result).toMatchObject({ ok: true, encoding: 'windows-1253', replacements: 1 });
    expect(result.ok && result.text).toBe(`${GREEK} \ufffd`);
  });

  it('counts the words that read wrong: mixed scripts, a sign inside a word, an odd capital, all accents', () => {
    expect(scoreWords('Rz¹d przyj¹³ g³os')).toEqual({ right: 0, wrong: 3, capitalised: 0 });
    expect(scoreWords('Rząd przyjął głos')).toEqual({ right: 3, wrong: 0, capitalised: 1 });
    expect(scoreWords('Ïðàâèòåëüñòâî рТЙЧЕФ aбв')).toEqual({ right: 0, wrong: 3, capitalised: 0 });
    expect(scoreWords('“Café” à 20°C, 5 m² — don’t ¿Qué?')).toEqual({ right: 5, wrong: 0, capitalised: 3 });
    // A Hebrew sign between Latin letters mixes scripts: "X×Y" read as Windows-1255.
    expect(scoreWords('X׳Y שלום')).toEqual({ right: 1, wrong: 1, capitalised: 0 });
  });
});

/** `text` in a double-byte encoding: every character's two bytes, found by decoding every pair. */
function encodeDoubleByte(text: string, encoding: string): Uint8Array {
  const byChar = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if ([...char].length === 1 && char !== '\ufffd' && !byChar.has(char)) byChar.set(char, [lead, trail]);
    }
  return Uint8Array.from(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const bytes = byChar.get(char);
      if (!bytes) throw new Error(`${char} has no bytes in ${encoding}`);
      return bytes;
    }),
  );
}

const CHINESE =
  '政府周四批准了环境保护法草案。部长说，新规定将于明年生效。这是一个重要的决定，我们都很关心这个问题。';
const CHINESE_TRADITIONAL =
  '政府週四批准了環境保護法草案。部長說，新規定將於明年生效。這是一個重要的決定，我們都很關心這個問題。';
const JAPANESE =
  '政府は木曜日、環境保護法案を承認した。大臣は、新しい規則が来年施行されると述べた。これは重要な決定です。';
const KOREAN =
  '정부는 목요일 환경보호법 초안을 승인했다. 장관은 새로운 규정이 내년에 시행될 것이라고 말했다. 이것은 중요한 결정이다.';

describe('decode: Chinese, Japanese and Korean legacy encodings', () => {
  it.each([
    ['Chinese in GBK', CHINESE, 'gbk', 'gb18030'],
    ['Chinese in Big5', CHINESE_TRADITIONAL, 'big5', 'big5'],
    ['Japanese in Shift_JIS', JAPANESE, 'shift_jis', 'shift_jis'],
    ['Japanese in EUC-JP', JAPANESE, 'euc-jp', 'euc-jp'],
    ['Korean in EUC-KR', KOREAN, 'euc-kr', 'euc-kr'],
  ])('reads %s', (_, text, written, read) => {
    expect(decode(encodeDoubleByte(text, written))).toEqual({
      ok: true,
      text,
      encoding: read,
      replacements: 0,
    });
  });

  it('reads no encoding into bytes that are no text (mostly above 7F, at random)', () => {
    fc.assert(
      fc.property(
        fc
          .uint8Array({ minLength: 200, maxLength: 2000 })
          .map((bytes) => bytes.map((byte, i) => (i % 5 === 0 ? 0x20 + (byte % 90) : 0x80 | byte))),
        (bytes) => guessCjkEncoding(bytes) === null,
      ),
    );
  });
});
