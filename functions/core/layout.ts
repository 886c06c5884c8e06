/**
 * Layout stage: the decoded text, whatever its layout, becomes the blocks the cleaner reads, with the structure
 * the layout had as hints (heading, list item, link share, table cell, code, quote; for HTML the containers
 * around each block) and, for HTML, the page's own metadata (<title>, meta tags, JSON-LD) as evidence.
 *
 * One adapter per layout (functions/core/layout/): blocks (blank lines between paragraphs), lines (one element
 * per line), markdown, HTML. detect.ts decides which from the text, the file name's extension breaking ties.
 * Nothing after this stage needs to know which layout came in.
 */
import { segment } from './layout/blocks.ts';
import { detectLayout } from './layout/detect.ts';
import { readHtml } from './layout/html.ts';
import { readLines } from './layout/lines.ts';
import { readMarkdown } from './layout/markdown.ts';
import { normalise } from './normalise.ts';
import type { Block, InputFormat, Layout, PageEvidence } from './types.ts';

export interface LayoutDocument {
  layout: Layout;
  /** What came in, for the record's `format` field: the lines layout is text. */
  format: InputFormat;
  blocks: Block[];
  /** Metadata the page states about itself (HTML only). */
  evidence: PageEvidence | null;
  /** The normalised text the blocks were read from (body-fast.ts takes a body that stands in it as a slice). */
  text: string;
}

/**
 * `name` is the object key or file name (its extension settles what the text leaves open); `known`, a layout
 * the caller knows (it skips detection: a record's body is in the blocks layout, or markdown).
 */
export function readLayout(decoded: string, name?: string | null, known?: Layout | null): LayoutDocument {
  const text = normalise(decoded);
  const layout = known ?? detectLayout(text, name);
  switch (layout) {
    case 'lines':
      return { layout, format: 'text', blocks: readLines(text), evidence: null, text };
    case 'markdown':
      return { layout, format: 'markdown', blocks: readMarkdown(text), evidence: null, text };
    case 'html': {
      const page = readHtml(text);
      return { layout, format: 'html', blocks: page.blocks, evidence: page.evidence, text };
    }
    default:
      return { layout, format: 'text', blocks: segment(text), evidence: null, text };
  }
}
