import { describe, expect, it } from 'vitest';
import { normalise } from '../../functions/core/normalise.ts';

describe('normalise', () => {
  it('turns CRLF and lone CR into LF', () => {
    const text = 'one\r\ntwo\rthree';

    const result = normalise(text);

    expect(result).toBe('one\ntwo\nthree');
  });

  it('turns NEL and LINE SEPARATOR into LF and PARAGRAPH SEPARATOR into a blank line', () => {
    const text = 'a\u0085b\u2028c\u2029d';

    const result = normalise(text);

    expect(result).toBe('a\nb\nc\n\nd');
  });

  it('turns NBSP and other Unicode spaces into ASCII spaces', () => {
    const text = 'a\u00a0b\u2009c\u202fd\u3000e';

    const result = normalise(text);

    expect(result).toBe('a b c d e');
  });

  it('removes zero-width spaces, word joiners, BOMs and soft hyphens', () => {
    const text = '\ufeffzero\u200bwidth\u2060join\u00adsoft';

    const result = normalise(text);

    expect(result).toBe('zerowidthjoinsoft');
  });

  it('keeps ZWJ and ZWNJ, which change how emoji and scripts render', () => {
    const text = 'family 👩\u200d👧 and می\u200cخواهم';

    const result = normalise(text);

    expect(result).toBe(text);
  });

  it('removes bidi controls', () => {
    const text = '\u202eabc\u202c \u200fdef\u200e \u2067x\u2069';

    const result = normalise(text);

    expect(result).toBe('abc def x');
  });

  it('removes C0 and C1 control characters but keeps tabs', () => {
    const text = 'a\u0000b\u0007c\tb\u009fd\u007f';

    const result = normalise(text);

    expect(result).toBe('abc\tbd');
  });

  it('composes to NFC', () => {
    const text = 'Cafe\u0301';

    const result = normalise(text);

    expect(result).toBe('Café');
  });

  it("keeps every line, blank and whitespace-only ones included (line numbers stay the file's)", () => {
    const text = '\n\nfirst\n\n  \n\t\n\nsecond\n\n\n';

    const result = normalise(text);

    expect(result).toBe(text);
  });

  it('leaves everything else as it is, trailing spaces and curly quotes included', () => {
    const text = 'He said “fine”  \nnext line — ok';

    const result = normalise(text);

    expect(result).toBe(text);
  });
});
