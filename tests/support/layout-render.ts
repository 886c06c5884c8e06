/**
 * The bench's layouts for a split that has no layouts/ folder (multi), rendered as the bench made the others.
 *
 * Markdown: a page as a markdown scrape writes it, as the bench's layouts/*-markdown were made: turndown over the page's
 * <body> with script, style, noscript, template, svg and iframe dropped (headings `#`, list items `*`, fenced
 * code). The bench has that layout for dev and check only; bench:quality renders multi's pages so, to check that
 * the markdown layout holds on pages in other languages (rendered so, 345 of DEV's 370 pages are the bench's
 * dev-markdown byte for byte but for the ends).
 */
import TurndownService from 'turndown';

const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '*', codeBlockStyle: 'fenced' });
service.remove(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);

export function markdownOf(html: string): string {
  const body = /<body[\s\S]*<\/body>/i.exec(html)?.[0];
  // The body's own tag becomes a div: turndown renders the element it is given, and a body outside a document
  // would lose its children to the parser.
  return service.turndown(body ? `<div${body.slice(5, -7)}</div>` : html);
}

/** A page laid out one element per line (layouts/*-lines): its blocks' blank lines dropped. */
export function linesOf(blocks: string): string {
  return blocks.replace(/\n\s*\n+/g, '\n');
}
