/**
 * Strings numbered in order of first appearance: `add` gives a string's number (0, 1, 2, … for each new
 * string), `find` gives it or -1. The plain reference, over a Map; the core uses string-index-fast.ts, which
 * numbers the same strings the same way (tests/unit/string-index.test.ts).
 */
export class StringIndex {
  private readonly numbers = new Map<string, number>();
  /** The strings in order of their numbers. */
  readonly strings: string[] = [];

  /** The number of `text`, or -1 when it was never added. */
  find(text: string): number {
    return this.numbers.get(text) ?? -1;
  }

  /** The number of `text`, which is added first when new. */
  add(text: string): number {
    const known = this.numbers.get(text);
    if (known !== undefined) return known;
    this.numbers.set(text, this.strings.length);
    this.strings.push(text);
    return this.strings.length - 1;
  }
}
