/**
 * A page as a naive text dump writes it with one line per text node (BeautifulSoup's `get_text("\n")`): every
 * inline element on a line of its own. The bench has no such layout; bench:quality renders it from each page's
 * HTML to check that the lines layout holds on it.
 */
import { Tokenizer } from 'htmlparser2';

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'iframe']);

export function textDump(html: string): string {
  const lines: string[] = [];
  let skipped = 0;
  let current = '';
  const endLine = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        endLine();
        if (NOT_TEXT.has(html.slice(start, end).toLowerCase())) skipped++;
      },
      onclosetag(start, end) {
        endLine();
        if (NOT_TEXT.has(html.slice(start, end).toLowerCase())) skipped = Math.max(0, skipped - 1);
      },
      ontext(start, end) {
        if (skipped === 0) current += html.slice(start, end);
      },
      ontextentity(codepoint) {
        if (skipped === 0) current += String.fromCodePoint(codepoint);
      },
      onend: endLine,
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onopentagend: ignore,
      onprocessinginstruction: ignore,
      onselfclosingtag: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return `${lines.join('\n')}\n`;
}
