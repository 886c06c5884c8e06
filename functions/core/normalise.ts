/**
 * Normalisation stage: a fixed, documented set of character-level changes (see the README, "Normalisation policy").
 * Everything else in the text is left exactly as it was. One pass per rule, each linear in the input.
 *
 * - CRLF, CR, NEL (U+0085) and LINE SEPARATOR (U+2028) become "\n"; PARAGRAPH SEPARATOR (U+2029) becomes "\n\n".
 * - NBSP and the other Unicode space separators become an ASCII space (a space is what they render as).
 * - Zero-width space, word joiner, BOM and soft hyphen are removed (invisible, they only split words).
 *   ZWJ and ZWNJ are KEPT: they change how emoji and Indic/Persian scripts render.
 * - Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) are removed: invisible, and overrides
 *   can make text read differently from its bytes.
 * - Other C0/C1 control characters (except tab and newline) are removed. Tabs are kept.
 * - Unicode NFC.
 *
 * Lines are not joined, split or dropped (but for U+2029): a block's line number is the uploaded file's, and the
 * layout stage reads blank and whitespace-only lines as block boundaries.
 */
import { isWideSpace } from './whitespace.ts';

// The replacements (one scan, ALL_SPECIAL below):
// - line breaks: CRLF, CR, NEL, LINE SEPARATOR -> "\n"; PARAGRAPH SEPARATOR -> "\n\n";
// - Unicode spaces [\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000] -> " ";
// - removed: zero-width space, word joiner, BOM/ZWNBSP, soft hyphen [\u200b\u2060\ufeff\u00ad]; bidi controls
//   [\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]; C0 minus tab and newline, DEL and C1
//   [\u0000-\u0008\u000b-\u001f\u007f-\u009f].

// Any character one of the replacements above would change (one scan decides whether they run at all).
const ANY_SPECIAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u00a0\u00ad\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]/;

/**
 * The six replacements above in one scan: their character sets are disjoint (NEL is a line break, first in
 * the alternation as in the chain) and no replacement produces a character a later one would change, so one
 * pass gives what the chain of passes gave.
 */
const ALL_SPECIAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
  /\r\n|[\r\u0085\u2028\u2029\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function replacement(match: string): string {
  if (match.length === 2) return '\n';
  const c = match.charCodeAt(0);
  if (c === 0x0d || c === 0x85 || c === 0x2028) return '\n';
  if (c === 0x2029) return '\n\n';
  // The other Unicode spaces (the JS white space beyond ASCII) become one plain space; BOM/ZWNBSP is removed.
  if (c !== 0xfeff && isWideSpace(c)) return ' ';
  return '';
}

export function normalise(text: string): string {
  if (!ANY_SPECIAL.test(text)) return text.normalize('NFC');
  return text.replace(ALL_SPECIAL, replacement).normalize('NFC');
}
