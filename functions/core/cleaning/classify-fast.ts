/**
 * classify.ts's `looksLikeCode` with a table: the same verdict on every text (tests/unit/classify-fast.test.ts).
 *
 * Why: the reference tests each of a block's first 1,000 characters against fourteen code symbols one by one,
 * every block of twelve words or more (10 MB of DEV pages: ~50 ms of a cold worker's cleaning stage). A character
 * below 128 is looked up once in a 128-byte table (every code symbol is ASCII); any other is no symbol.
 */
import { SETTINGS } from './settings.ts';

/** 1 at the code of each code symbol: { } ; = < > [ ] ( ) & | $ \\ (classify.ts's `isCodeSymbol`). */
const CODE_SYMBOL = new Uint8Array(128);
for (const symbol of '{};=<>[]()&|$\\') CODE_SYMBOL[symbol.charCodeAt(0)] = 1;

/** A block whose first 1,000 characters hold code symbols at a rate prose never has. */
export function looksLikeCodeFast(text: string): boolean {
  const end = Math.min(text.length, 1000);
  let symbols = 0;
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) symbols += CODE_SYMBOL[c]!;
  }
  return symbols >= SETTINGS.codeSymbolShare * end;
}
