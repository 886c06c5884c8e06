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
 * - Lines holding only spaces/tabs become empty; runs of blank lines become one blank line; leading and
 *   trailing blank lines go.
 */

const LINE_BREAKS = /\r\n|[\r\u0085\u2028]/g;
const PARAGRAPH_SEPARATOR = /\u2029/g;
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width space, word joiner, BOM/ZWNBSP, soft hyphen.
const INVISIBLES = /[\u200b\u2060\ufeff\u00ad]/g;
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
// C0 minus tab (09) and newline (0a); DEL and C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const BLANK_LINE = /^[ \t]+$/gm;
const BLANK_RUN = /\n{3,}/g;

// Any character one of the replacements above would change (one scan decides whether they run at all).
const ANY_SPECIAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u00a0\u00ad\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]/;

export function normalise(text: string): string {
  const replaced = !ANY_SPECIAL.test(text)
    ? text.normalize('NFC')
    : text
        .replace(LINE_BREAKS, '\n')
        .replace(PARAGRAPH_SEPARATOR, '\n\n')
        .replace(UNICODE_SPACES, ' ')
        .replace(INVISIBLES, '')
        .replace(BIDI_CONTROLS, '')
        .replace(CONTROLS, '')
        .normalize('NFC');
  // Lines of spaces/tabs become empty (after the replacements no other whitespace is left), runs of blank
  // lines become one, leading and trailing blank lines go. Linear: `^` only matches at line starts.
  const collapsed = replaced.replace(BLANK_LINE, '').replace(BLANK_RUN, '\n\n');
  let start = 0;
  let end = collapsed.length;
  while (start < end && collapsed.charCodeAt(start) === 10) start++;
  while (end > start && collapsed.charCodeAt(end - 1) === 10) end--;
  return start === 0 && end === collapsed.length ? collapsed : collapsed.slice(start, end);
}
