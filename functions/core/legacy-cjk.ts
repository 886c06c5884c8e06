/**
 * Which legacy multi-byte encoding a Chinese, Japanese or Korean text that is not UTF-8 (and declares none) was
 * written in. Each candidate decodes the bytes; the text with the most common characters of its script wins:
 * kana for Japanese, the most frequent Hangul syllables for Korean, the most frequent Han characters (simplified
 * and traditional) for Chinese, and CJK punctuation for all. A wrong reading of such bytes is a soup of rare
 * characters; half-width katakana, private-use, compatibility and box-drawing characters and undecodable bytes
 * count against it. decode.ts asks this only of bytes most of which are above 7F (no Western text).
 */

export const CJK_CANDIDATES = ['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr'] as const;
export type CjkEncoding = (typeof CJK_CANDIDATES)[number];

/** Bytes read to judge: a longer text is judged on its head. */
const SAMPLE_BYTES = 1 << 16;
/** The winner's characters above 7F: this share common at least, and at most this share bad. */
const MIN_COMMON_SHARE = 0.3;
const MAX_BAD_SHARE = 0.01;

/** The most frequent Han characters of Chinese text, simplified and traditional forms. */
const COMMON_HAN = new Set(
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切举规医养古试们個說國為來時會過學對後麼發還當開見經頭動長現樣將實點種聲話們間問機給幾業覺這從內體處總場師書員報張難數車應變聯權傳進運結觀爭組視濟喜離雖壞興舉規醫養試東門電產軍萬邊風戰許請愛讓認論義術結條區轉專準錢黨與買賣讀寫識極雙歷種隊導親係際網氣',
);

/** The most frequent Hangul syllables of Korean text. */
const COMMON_HANGUL = new Set(
  '이의다는에을하고가로지한서기도를어으사나리대자정일인시수아게해전적보부그것들상요제주장국과없만까면원우소오생동되라여성말내세계중거화신경관위할문조연유실개있었했드구금방공발회무분학비데물이야간미교결명반번체통당선저더치민본건불래업산음때모진식현최양영작점집차원청출친마외용또각너바강결호히름따',
);

/** Characters no text of these languages holds, or only a wrong reading of its bytes makes. */
function isBad(code: number): boolean {
  return (
    code === 0xfffd ||
    (code >= 0x80 && code < 0xa0) ||
    (code >= 0xff61 && code <= 0xff9f) || // half-width katakana
    (code >= 0xe000 && code <= 0xf8ff) || // private use
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0x3130 && code <= 0x318f) || // Hangul compatibility jamo
    (code >= 0x2500 && code <= 0x257f) // box drawing
  );
}

function isCommon(code: number, char: string): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation: 、。「」
    (code >= 0xff01 && code <= 0xff5e) || // full-width forms: ！（），：；？
    COMMON_HAN.has(char) ||
    COMMON_HANGUL.has(char)
  );
}

export interface CjkGuess {
  encoding: CjkEncoding;
  /** Characters above 7F of the sample, and how many are common or bad. */
  high: number;
  common: number;
  bad: number;
}

/**
 * The candidate whose reading holds the most common characters less three times the bad ones, or null when
 * none has MIN_COMMON_SHARE of its characters above 7F common and at most MAX_BAD_SHARE bad.
 */
export function guessCjkEncoding(bytes: Uint8Array): CjkGuess | null {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  let best: CjkGuess | null = null;
  for (const encoding of CJK_CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(sample);
    } catch {
      // A sample cut inside a character reads one byte shorter.
      if (sample === bytes) continue;
      try {
        text = new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, sample.length - 1));
      } catch {
        continue;
      }
    }
    let high = 0;
    let common = 0;
    let bad = 0;
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (code < 0x80) continue;
      high++;
      if (isBad(code)) bad++;
      else if (isCommon(code, char)) common++;
    }
    const guess = { encoding, high, common, bad };
    if (best === null || common - 3 * bad > best.common - 3 * best.bad) best = guess;
  }
  if (best === null || best.common < MIN_COMMON_SHARE * best.high || best.bad > MAX_BAD_SHARE * best.high)
    return null;
  return best;
}
