/**
 * The bench's metrics in TypeScript, for scripts that score many settings in one process (train-hints.ts).
 * They follow ../shared/bench/score.py (bag of words) and snippets.py; the printed figures of record come from
 * those Python scorers, never from here.
 */

/** Lower-cased word tokens: letters, digits and "_" (Python's Unicode \w). */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Bag-of-words F1 of a predicted body against the gold body (multiset overlap of tokens). */
export function bagOfWordsF1(gold: string, predicted: string): number {
  const goldTokens = tokens(gold);
  const predictedTokens = tokens(predicted);
  if (goldTokens.length === 0 && predictedTokens.length === 0) return 1;
  if (goldTokens.length === 0 || predictedTokens.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of goldTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of predictedTokens) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / predictedTokens.length;
  const recall = overlap / goldTokens.length;
  return (2 * precision * recall) / (precision + recall);
}

const squashSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** trafilatura's snippet counts: "with" snippets present (tp) or absent (fn), "without" snippets present (fp). */
export function snippetCounts(
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
  body: string,
): { tp: number; fp: number; fn: number } {
  const text = squashSpaces(body);
  let tp = 0;
  let fp = 0;
  for (const snippet of withSnippets) if (text.includes(squashSpaces(snippet))) tp++;
  for (const snippet of withoutSnippets) if (text.includes(squashSpaces(snippet))) fp++;
  return { tp, fp, fn: withSnippets.length - tp };
}
