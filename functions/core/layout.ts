/**
 * Layout stage: the decoded text, whatever its layout, becomes the blocks the cleaner reads, with the structure
 * the layout had as hints (heading, list item, link share, table cell, code, quote; for HTML the containers
 * around each block) and the page's own metadata as evidence: for HTML its <title>, meta tags and JSON-LD, for
 * a text its front matter (layout/front-matter.ts), which becomes the page's first block, removed as metadata.
 *
 * One adapter per layout (functions/core/layout/): blocks (blank lines between paragraphs), lines (one element
 * per line), markdown, HTML. detect.ts decides which from the text, the file name's extension breaking ties.
 * Nothing after this stage needs to know which layout came in.
 */
import { segment } from './layout/blocks.ts';
import { detectLayout } from './layout/detect.ts';
import { type FrontMatter, readFrontMatter } from './layout/front-matter.ts';
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
  /** Metadata the page states about itself: its HTML head, or the front matter above a text. */
  evidence: PageEvidence | null;
  /** The normalised text the blocks were read from (body-fast.ts takes a body that stands in it as a slice). */
  text: string;
}

/**
 * `name` is the object key or file name (its extension settles what the text leaves open); `known`, a layout
 * the caller knows (it skips detection: a record's body is in the blocks layout, or markdown).
 */
export function readLayout(decoded: string, name?: string | null, known?: Layout | null): LayoutDocument {
  const normalised = normalise(decoded);
  const front = known === 'html' ? null : readFrontMatter(normalised);
  // The text below the front matter, its lines left empty (their line ends kept): every block keeps its line.
  const text =
    front === null
      ? normalised
      : normalised.slice(0, front.end).replace(/[^\n]+/g, '') + normalised.slice(front.end);
  const layout = known ?? detectLayout(text, name);
  if (layout === 'html') {
    const page = readHtml(normalised);
    return { layout, format: 'html', blocks: page.blocks, evidence: page.evidence, text: normalised };
  }
  const format: InputFormat = layout === 'markdown' ? 'markdown' : 'text';
  const blocks =
    layout === 'lines' ? readLines(text) : layout === 'markdown' ? readMarkdown(text) : segment(text);
  if (front === null) return { layout, format, blocks, evidence: null, text };
  return {
    layout,
    format,
    blocks: withFrontMatter(front, blocks),
    evidence: front.evidence,
    text,
  };
}

/** The front matter as the page's first block, the layout's blocks after it. */
function withFrontMatter(front: FrontMatter, blocks: Block[]): Block[] {
  const first: Block = { index: 0, text: front.text, line: front.firstLine, hints: { frontMatter: true } };
  return [first, ...blocks.map((block) => ({ ...block, index: block.index + 1 }))];
}
