/**
 * Layout stage: the decoded text, whatever its layout, becomes the blocks the cleaner reads, with the structure
 * the layout had as hints (heading, list item, link share, table cell, code, quote; for HTML the containers
 * around each block) and the page's own metadata as evidence: for HTML its <title>, meta tags and JSON-LD, for
 * a text its front matter (layout/front-matter.ts), which becomes the page's first block, removed as metadata.
 *
 * One adapter per layout (functions/core/layout/): blocks (blank lines between paragraphs), lines (one element
 * per line), markdown, HTML. detect.ts decides which from the text, the file name's extension breaking ties.
 * Nothing after this stage needs to know which layout came in. A JSON upload (layout/json.ts) is a wrapper around
 * one of them: its content field is read in its own layout, its other fields are evidence as front matter's are.
 * So is a web archive's record or an HTTP response (layout/envelope.ts): the page after its headers is read as
 * any upload is, the URL the record names is evidence; an RSS or Atom feed of one item (layout/feed.ts): the item's
 * content is the page, its fields evidence; an extractor's XML (layout/extractor-xml.ts: trafilatura's XML or TEI):
 * its text is the page, its fields evidence; and a page saved as MHTML (layout/mhtml.ts): its HTML part is the page,
 * the snapshot's URL evidence.
 *
 * A plain text first loses what a text dump draws that is no text, rules across the page and marks for images
 * without alt text (layout/drawn-marks.ts). Its blocks then lose what the tool that wrote the text added, in this
 * order: a page a tag stripper ran into one line is split at its runs of spaces (layout/space-runs.ts); a text browser's list of link targets is
 * found (layout/link-numbers.ts) before a hard-wrapped text's lines are joined and its elements split apart
 * (layout/unwrap.ts); a tool's indentation is dropped (layout/indent.ts), then the browser's link numbers and a
 * converter's link targets in brackets (layout/bracketed-links.ts).
 */
import { segment } from './layout/blocks.ts';
import { withoutBracketedLinks } from './layout/bracketed-links.ts';
import { detectLayout } from './layout/detect.ts';
import { withoutImageMarks, withoutRuleLines } from './layout/drawn-marks.ts';
import { readEnvelope } from './layout/envelope.ts';
import { readExtractorXml } from './layout/extractor-xml.ts';
import { readFeed } from './layout/feed.ts';
import { type FrontMatter, readFrontMatter } from './layout/front-matter.ts';
import { readHtml } from './layout/html.ts';
import { withoutToolIndent } from './layout/indent.ts';
import { readJson } from './layout/json.ts';
import { readLines } from './layout/lines.ts';
import { markLinkTargets, withoutLinkNumbers } from './layout/link-numbers.ts';
import { readMarkdown } from './layout/markdown.ts';
import { readMhtml } from './layout/mhtml.ts';
import { withSpaceRunsSplit } from './layout/space-runs.ts';
import { unwrapBlocks, wrapWidth } from './layout/unwrap.ts';
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
  /**
   * Why the upload has no page to read, when it is JSON that holds none or several (no blocks then): the core
   * rejects it with this reason.
   */
  refusal?: { reason: 'no-text' | 'several-documents'; detail: string };
}

/**
 * `name` is the object key or file name (its extension settles what the text leaves open); `known`, a layout
 * the caller knows (it skips detection: a record's body is in the blocks layout, or markdown).
 */
export function readLayout(decoded: string, name?: string | null, known?: Layout | null): LayoutDocument {
  const normalised = normalise(decoded);
  // A layout the caller knows is in no envelope; otherwise a WARC record or an HTTP response holds the page.
  const envelope = known ? null : readEnvelope(normalised);
  if (envelope === null) return readUnenveloped(normalised, name, known);
  if (envelope.kind === 'several')
    return refused(
      normalised,
      'several-documents',
      `a WARC file of ${envelope.count} records: upload one record per file`,
    );
  if (envelope.kind === 'no-page') return refused(normalised, 'no-text', `${envelope.what} holds no page`);
  const page = readUnenveloped(emptiedBefore(normalised, envelope.contentStart), name, null);
  return page.refusal ? page : withUrl(page, envelope.url);
}

/** The page with the URL its envelope names (a WARC record's, an MHTML snapshot's) as its own statement. */
function withUrl(page: LayoutDocument, url: string | null): LayoutDocument {
  if (url === null) return page;
  const declared: PageEvidence = { title: null, lang: null, canonicalUrl: url, meta: [], jsonLd: [] };
  return { ...page, evidence: withDeclared(declared, page.evidence) };
}

/** A text in no envelope: a page saved as MHTML, a JSON upload, a feed, else a page in its layout. */
function readUnenveloped(normalised: string, name?: string | null, known?: Layout | null): LayoutDocument {
  // A layout the caller knows is never a wrapper (MHTML, JSON, a feed): the text is read in it.
  if (known) return readNormalised(normalised, name, known);
  const mhtml = readMhtml(normalised);
  if (mhtml?.kind === 'no-page') return refused(normalised, 'no-text', `${mhtml.what} holds no page`);
  if (mhtml?.kind === 'page') return withUrl(readNormalised(normalise(mhtml.html), null, 'html'), mhtml.url);
  // A text that is one JSON object is a scraper's wrapper.
  const json = readJson(normalised);
  if (json === null) return readXmlOrPage(normalised, name);
  if (json.kind === 'several')
    return refused(
      normalised,
      'several-documents',
      `JSON with ${json.count} objects: upload one page per file`,
    );
  if (json.kind === 'no-content')
    return refused(
      normalised,
      'no-text',
      `a JSON object with no content field (its keys: ${json.keys.slice(0, 12).join(', ') || 'none'}; read are html, markdown, text, content, body, articleBody and kin)`,
    );
  // A field of no telling name ("content") that opens with a tag holds HTML (a WordPress post's fragment).
  const content = normalise(json.content);
  const layout = json.layout ?? (/^\s*</u.test(content) ? detectLayout(content, 'content.html') : null);
  return readWrapped(content, layout, json.evidence);
}

/**
 * An extractor's XML (its text read as the HTML it stands for, its fields as evidence), an RSS or Atom feed of one
 * item (its content read as HTML or text, its fields as evidence), else a page.
 */
function readXmlOrPage(normalised: string, name?: string | null): LayoutDocument {
  const exported = readExtractorXml(normalised);
  if (exported?.kind === 'no-page') return refused(normalised, 'no-text', exported.what);
  if (exported?.kind === 'page') return readWrapped(normalise(exported.html), 'html', exported.evidence);
  const feed = readFeed(normalised);
  if (feed === null) return readNormalised(normalised, name, null);
  if (feed.kind === 'several')
    return refused(
      normalised,
      'several-documents',
      `a feed of ${feed.count} items: upload one item per file`,
    );
  if (feed.kind === 'no-page') return refused(normalised, 'no-text', `${feed.what} holds no page`);
  const content = normalise(feed.content);
  return readWrapped(content, feed.layout ?? detectLayout(content, null), feed.evidence);
}

/** A wrapper's content (a JSON item's, a feed item's) read in its layout, the wrapper's fields before its own. */
function readWrapped(content: string, layout: Layout | null, declared: PageEvidence): LayoutDocument {
  const page = readNormalised(content, null, layout);
  return { ...page, evidence: withDeclared(declared, page.evidence) };
}

/** The wrapper's own fields first (a JSON item's, a WARC record's URL), then what its content states. */
function withDeclared(declared: PageEvidence, own: PageEvidence | null): PageEvidence {
  if (own === null) return declared;
  return {
    title: own.title,
    lang: declared.lang ?? own.lang,
    canonicalUrl: declared.canonicalUrl ?? own.canonicalUrl,
    meta: [...declared.meta, ...own.meta],
    jsonLd: own.jsonLd,
    ...(own.declaredIn ? { declaredIn: own.declaredIn } : {}),
  };
}

/** A blank line between two lines. */
const BLANK_LINE = /\n[ \t]*\n/;

function refused(text: string, reason: 'no-text' | 'several-documents', detail: string): LayoutDocument {
  return { layout: 'blocks', format: 'text', blocks: [], evidence: null, text, refusal: { reason, detail } };
}

function readNormalised(normalised: string, name?: string | null, known?: Layout | null): LayoutDocument {
  const front = known === 'html' ? null : readFrontMatter(normalised);
  // The text below the front matter: every block keeps its line.
  const text = front === null ? normalised : emptiedBefore(normalised, front.end);
  const detected = known ?? detectLayout(text, name);
  if (detected === 'html') {
    const page = readHtml(normalised);
    return {
      layout: detected,
      format: 'html',
      blocks: page.blocks,
      evidence: page.evidence,
      text: normalised,
    };
  }
  // Plain text: a rule drawn across the page (lynx's "_____" for <hr>, "-----", "* * *") separates, as a blank line
  // does (markdown's rules and setext underlines are its syntax); a text browser's mark for an image without alt
  // text is no text ("[blog.png] 10 Tips …" was a title).
  const plain = detected === 'markdown' ? text : withoutImageMarks(withoutRuleLines(text));
  // A hard-wrapped text with blank lines between its paragraphs is in blocks whatever its menus' lines suggest
  // (a text browser's dump: one element a line, wrapped paragraphs between blank lines).
  // Its width is read without a text browser's list of link targets at the end (lines of long URLs no wrapper
  // breaks: 54 of multi's 298 elinks dumps read as lines, their paragraphs never joined).
  const asBlocks = !known && detected === 'lines' && BLANK_LINE.test(plain) ? segment(plain) : null;
  const asBlocksLinks = asBlocks === null ? null : markLinkTargets(normalised, asBlocks);
  const asBlocksWidth = asBlocksLinks === null ? null : wrapWidth(plain, asBlocksLinks.blocks);
  const layout = asBlocksWidth !== null ? 'blocks' : detected;
  const format: InputFormat = layout === 'markdown' ? 'markdown' : 'text';
  const read =
    layout === 'markdown'
      ? readMarkdown(text)
      : withSpaceRunsSplit(layout === 'lines' ? readLines(plain) : (asBlocks ?? segment(plain)));
  // A text browser's list of link targets is found before the lines are joined, its numbers dropped after. The
  // blocks the width was measured on keep their list and width.
  const links =
    read === asBlocks && asBlocksLinks !== null ? asBlocksLinks : markLinkTargets(normalised, read);
  const width = read === asBlocks ? asBlocksWidth : wrapWidth(plain, links.blocks);
  const unwrapped = width === null ? links.blocks : unwrapBlocks(links.blocks, width);
  const dedented = withoutLinkNumbers(withoutToolIndent(unwrapped), links.last);
  // A converter's link targets in brackets (html-to-text) are dropped where plain text holds them.
  const blocks = layout === 'markdown' ? dedented : withoutBracketedLinks(dedented, text);
  if (front === null) return { layout, format, blocks, evidence: null, text };
  return {
    layout,
    format,
    blocks: withFrontMatter(front, blocks),
    evidence: front.evidence,
    text,
  };
}

/**
 * The text with its lines before `end` left empty, their line ends kept (front matter, an envelope's headers):
 * the lines after keep their numbers in the file.
 */
function emptiedBefore(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\n]+/g, '') + text.slice(end);
}

/** The front matter as the page's first block, the layout's blocks after it. */
function withFrontMatter(front: FrontMatter, blocks: Block[]): Block[] {
  const first: Block = { index: 0, text: front.text, line: front.firstLine, hints: { frontMatter: true } };
  return [first, ...blocks.map((block) => ({ ...block, index: block.index + 1 }))];
}
