/**
 * The facts the author readers ask of every line of a page, found once per page. The rule readers
 * (author-rules-fast.ts), the generic reader and the features (authors.ts) each went over the page's lines with
 * the same tests: split, trim, "may a label open it", "does a byline follow a date on it" (hasTrailingByline ran
 * two to three times per line: issue 14). They now read one record per line.
 */
import type { Block } from '../types.ts';
import type { LabelPatterns } from './labels.ts';

/** One line of a block, with what the author readers ask of it. */
export interface LineFacts {
  /** The line as written (a piece of `block.text.split('\n')`). */
  raw: string;
  /** The line without the white space around it. */
  text: string;
  /** 1-based input line. */
  number: number;
  /**
   * labels.mayOpenLabel(text), found on first ask (null until then): only then can `byline`, `authorLabel` or
   * `labelOnly` match the line. (Both facts wait for a reader to ask: prose lines are too long for any.)
   */
  mayLabel: boolean | null;
  /** labels.hasTrailingByline(text), found on first ask (null until then). */
  trailing: boolean | null;
}

/** The lines of a page's blocks, split and read on first ask. `labels` are the page's (labelPatterns). */
export class PageLines {
  private readonly byBlock = new Map<number, LineFacts[]>();

  constructor(
    private readonly blocks: readonly Block[],
    readonly labels: LabelPatterns,
  ) {}

  /** The lines of block `index` ([] for a block the page does not have). */
  of(index: number): LineFacts[] {
    let lines = this.byBlock.get(index);
    if (lines === undefined) {
      const block = this.blocks[index];
      lines = block ? block.text.split('\n').map((raw, k) => this.read(raw, block.line + k)) : [];
      this.byBlock.set(index, lines);
    }
    return lines;
  }

  /** Whether a label may open the line: labels.mayOpenLabel. */
  mayLabel(line: LineFacts): boolean {
    line.mayLabel ??= this.labels.mayOpenLabel(line.text);
    return line.mayLabel;
  }

  /** Whether a byline follows a date on the line ("October 11, 2023 by Jane Roe"): labels.hasTrailingByline. */
  trailing(line: LineFacts): boolean {
    line.trailing ??= this.labels.hasTrailingByline(line.text);
    return line.trailing;
  }

  /** The line opens with a byline word or an author label, or a byline follows a date on it. */
  labelled(line: LineFacts): boolean {
    const { byline, authorLabel } = this.labels;
    return (
      (this.mayLabel(line) && (byline.test(line.text) || authorLabel.test(line.text))) || this.trailing(line)
    );
  }

  private read(raw: string, number: number): LineFacts {
    return { raw, text: raw.trim(), number, mayLabel: null, trailing: null };
  }
}
