/**
 * A page as a naive text dump writes it with one line per text node (BeautifulSoup's `get_text("\n")`): every
 * inline element on a line of its own. The bench has no such layout; bench:quality renders it from each page's
 * HTML to check that the lines layout holds on it.
 */
import { Tokenizer } from 'htmlparser2';

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'iframe']);
/** Foreign content: inside it an element's slash closes it ("<title/>"). */
const FOREIGN = new Set(['svg', 'math']);

export function textDump(html: string): string {
  const lines: string[] = [];
  let skipped = 0;
  let current = '';
  // Inside inline SVG or MathML, "<title/>" is a foreign element closed by its slash, not the start of HTML's raw
  // text <title> (which would swallow the rest of the page); BeautifulSoup reads it so too.
  let foreign = 0;
  let opening = '';
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
        const name = html.slice(start, end).toLowerCase();
        opening = name;
        if (NOT_TEXT.has(name)) skipped++;
        if (FOREIGN.has(name)) foreign++;
      },
      onselfclosingtag() {
        // "<svg/>", or "<title/>" inside one: a foreign element closed by its slash has no end tag to wait for
        // (in HTML proper, "<script/>" still opens a script).
        if (foreign === 0) return;
        if (NOT_TEXT.has(opening)) skipped = Math.max(0, skipped - 1);
        if (FOREIGN.has(opening)) foreign--;
      },
      onclosetag(start, end) {
        endLine();
        const name = html.slice(start, end).toLowerCase();
        if (NOT_TEXT.has(name)) skipped = Math.max(0, skipped - 1);
        if (FOREIGN.has(name)) foreign = Math.max(0, foreign - 1);
      },
      isInForeignContext: () => foreign > 0,
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
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return `${lines.join('\n')}\n`;
}
