/**
 * The bench's layouts for a split that has no layouts/ folder (multi), rendered as the bench made the others.
 *
 * Markdown: a page as a markdown scrape writes it, as the bench's layouts/*-markdown were made: turndown over the page's
 * <body> with script, style, noscript, template, svg and iframe dropped (headings `#`, list items `*`, fenced
 * code). The bench has that layout for dev and check only; bench:quality renders multi's pages so, to check that
 * the markdown layout holds on pages in other languages (rendered so, 345 of DEV's 370 pages are the bench's
 * dev-markdown byte for byte but for the ends).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
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

/**
 * A page as a reader service writes it (Jina Reader, r.jina.ai): Mozilla Readability's article through turndown,
 * under the service's header of what it read from the page ("Title: …", "URL Source: …", "Published Time: …",
 * "Markdown Content:"). Readability leaves the page's headline out of the article where it repeats the title, so the
 * text is the body alone. Null when Readability finds no article.
 */
export function readerOf(html: string): string | null {
  const { document } = parseHTML(html);
  const url = document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
  const article = new Readability(document).parse();
  if (!article?.content) return null;
  const header = [`Title: ${article.title ?? ''}`, '', `URL Source: ${url}`, ''];
  if (article.publishedTime) header.push(`Published Time: ${article.publishedTime}`, '');
  return `${header.join('\n')}\nMarkdown Content:\n${service.turndown(article.content)}`;
}
