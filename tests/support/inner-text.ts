/**
 * A page as a headless browser's `document.body.innerText` writes it (Puppeteer's and Playwright's
 * `page.innerText('body')`, Selenium's `.text`), after the HTML standard's "rendered text collection steps",
 * with each element's default display (no style sheet is read, so hidden menus and banners stay in, as in the
 * bench's own text): a block element's text on lines of its own, a paragraph with a blank line above and below
 * it, a line break for `<br>`, a table's cells joined by tabs and its rows by line breaks, white space collapsed
 * as CSS collapses it (kept in `<pre>`), inline elements glued as rendered ("SubscribeSign In"), and nothing of
 * what no browser renders (scripts, styles, `<template>`, `<head>`, elements with the `hidden` attribute, images'
 * alt text). The bench has no such layout: bench:quality renders it from each page's HTML (`--layouts
 * innertext`) to check that the detector reads its mix of blank lines and line breaks.
 */
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, SKIPPED } from '../../functions/core/layout/html.ts';

/** Table cells: a tab after each, not a line (the core's HTML reader makes each cell a block). */
const CELLS = new Set(['td', 'th']);
/** Elements whose white space is kept as written. */
const PREFORMATTED = new Set(['pre', 'listing', 'xmp']);

/** A run of required line breaks (their count) or rendered text. */
type Item = string | number;

export function innerText(html: string): string {
  const items: Item[] = [];
  /** How deep inside a non-rendered element, and inside preformatted ones, the parser is. */
  let hidden = 0;
  let pre = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // What the core's HTML reader skips (scripts, styles, <head>, media) no browser renders as text either.
        if (hidden > 0 || SKIPPED.has(name) || 'hidden' in attributes) {
          hidden++;
          return;
        }
        if (name === 'br') items.push('\n');
        else if (name === 'p') items.push(2);
        else if (!CELLS.has(name) && BLOCK_ELEMENTS.has(name)) items.push(1);
        if (PREFORMATTED.has(name)) pre++;
      },
      onclosetag(name) {
        if (hidden > 0) {
          hidden--;
          return;
        }
        if (name === 'p') items.push(2);
        else if (CELLS.has(name)) items.push('\t');
        else if (BLOCK_ELEMENTS.has(name)) items.push(1);
        if (PREFORMATTED.has(name)) pre = Math.max(0, pre - 1);
      },
      ontext(text) {
        if (hidden > 0) return;
        items.push(pre > 0 ? text.replace(/\r\n?/g, '\n') : text.replace(/[ \t\n\r\f]+/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return joinItems(items);
}

/**
 * The items as text: a run of required line breaks becomes as many line breaks as the largest of them (none at
 * the text's start or end), and, as CSS lays a line out, a space at a line's start or end, or after another
 * space, is not rendered; a table row's last tab goes with it. The text is kept as its pieces, so that trimming
 * a line's end reads its last pieces only (on the joined text, each trim read the whole page: 40,000 elements
 * took 22 s).
 */
function joinItems(items: Item[]): string {
  const parts: string[] = [];
  let pending = 0;
  const lastChar = () => parts[parts.length - 1]?.at(-1);
  /** A space here would not be rendered: the text's start, a line's start, or after another space. */
  const atLineStart = () => parts.length === 0 || lastChar() === '\n' || lastChar() === ' ';
  const trimEnd = () => {
    while (parts.length > 0) {
      const trimmed = parts.pop()!.replace(/[ \t]+$/, '');
      if (trimmed !== '') {
        parts.push(trimmed);
        return;
      }
    }
  };
  for (const item of items) {
    if (typeof item === 'number') {
      pending = Math.max(pending, item);
      continue;
    }
    // White space alone between blocks is not rendered: it neither ends the pending breaks nor starts a line.
    if (item.trim() === '' && item !== '\n' && (pending > 0 || atLineStart())) continue;
    if (pending > 0 && parts.length > 0) {
      trimEnd();
      parts.push('\n'.repeat(pending));
    }
    pending = 0;
    if (item === '\n') {
      trimEnd();
      parts.push('\n');
      continue;
    }
    const text = atLineStart() ? item.replace(/^ +/, '') : item;
    if (text !== '') parts.push(text);
  }
  trimEnd();
  return `${parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/^\n+/, '')}\n`;
}
