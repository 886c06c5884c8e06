/**
 * Whole-core adversarial inputs for `npm run bench:speed`: each family makes a text of about `n` characters
 * in one shape that once made a stage super-linear (issue 14: distinct short lines, repeated and distinct
 * bylines, comment threads, numbered topic lines, date lines) or that a review of the stages suggested
 * (one long line, headings, quotes, capitalised names, tiny blocks, credit and source lines, links).
 */
import { gzipSync } from 'node:zlib';

export const wholeFamilies: Record<string, (n: number) => string | Uint8Array> = {
  'distinct short lines': (n) => lines(n, (i) => `line ${String(i).padStart(8, '0')} xyz`.slice(0, 18)),
  'repeated byline lines': (n) => `Title of the story\n\n${lines(n, () => 'By John Smith')}`,
  'distinct bylines': (n) => `Title of the story\n\n${lines(n, (i) => `By ${name(i)} ${name(i * 7 + 3)}`)}`,
  'comment thread': (n) =>
    `Title of the story\n\nThe article body is here and it says things.\n\n${blocks(n, (i) => `${name(i)} says:\nMarch ${(i % 28) + 1}, 2024 at 10:${String(i % 60).padStart(2, '0')} am\nI think comment ${i} is right about this.\nReply`)}`,
  'topic number lines': (n) => lines(n, (i) => `Topic number ${i}`),
  'date lines': (n) => lines(n, (i) => `Published ${(i % 28) + 1} March ${1990 + (i % 30)}`),
  'one long line': (n) => words(n, (i) => `word${i % 997}`, ' '),
  'many headings': (n) => blocks(n, (i) => `Heading Number ${name(i)}\n\nShort text under heading ${i}.`),
  'many quotes': (n) =>
    blocks(n, (i) => `“This is quote ${i} about ${name(i)},” said ${name(i)} ${name(i + 1)}. He added more.`),
  'capitalised names': (n) => words(n, (i) => `${name(i)} ${name(i * 3 + 1)}`, ', '),
  'long paragraphs': (n) =>
    blocks(
      n,
      (i) =>
        `The ${name(i)} committee met on Tuesday to discuss the budget for ${1990 + (i % 30)}. It agreed on several points and adjourned.`,
    ),
  'tiny blocks': (n) => blocks(n, (i) => `w${i}`),
  'source lines': (n) => lines(n, (i) => `Source: ${name(i)} News Agency`),
  'photo credits': (n) => lines(n, (i) => `Photo: ${name(i)} ${name(i + 5)}/Reuters`),
  'links and urls': (n) => lines(n, (i) => `See https://example.com/${name(i)}/${i} for more`),
  'one block of bylines': (n) =>
    `Title of the story\n\nThe first paragraph of the article, long enough to be prose for the cleaner.\n\n${lines(n, (i) => `By ${name(i)} ${name(i * 7 + 3)}`)}\n\nThe last paragraph of the article, long enough to be prose as well.`,
  'bylines between paragraphs': (n) =>
    `Title of the story\n\n${blocks(n, (i) => `By ${name(i)} ${name(i * 5 + 1)}\n\nThe ${name(i)} committee met on Tuesday to discuss the budget for the coming year, and it agreed on several points.`)}`,
  'prose blocks opening with a byline': (n) =>
    `Title of the story\n\n${blocks(n, (i) => `By ${name(i)} ${name(i * 5 + 1)}\nThe ${name(i)} committee met on Tuesday to discuss the budget for the coming year, and it agreed on several points before it adjourned for the day.`)}`,
  'html paragraphs': (n) =>
    `<!doctype html><html><body><h1>Title</h1>${gen(n - 60, (i) => `<p>Paragraph ${i} by <a href="/${i}">${name(i)}</a>.</p>`, '\n')}</body></html>`,
  // Minified: no newline after the head, where the line count of each paragraph searched to the page's end.
  'minified html': (n) =>
    `<!doctype html><html><body>${gen(n - 40, (i) => `<h2>${name(i)}</h2><p>Paragraph ${i}.</p>`, '')}</body></html>`,
  'markdown list of links': (n) =>
    `# Title\n\n${lines(n, (i) => `* [${name(i)} ${i}](https://example.com/${i})`)}`,
  // Reference-style links (html2text, pandoc): every link's label looked up in the definitions at the end.
  'markdown reference links': (n) => {
    const count = Math.ceil(n / 80);
    const definitions = Array.from({ length: count }, (_, i) => `   [${i + 1}]: https://example.com/${i}`);
    return `# Title\n\n${lines(n - 30 * count, (i) => `* [${name(i)} story][${(i % count) + 1}] and [${name(i)}]`)}\n\n${definitions.join('\n')}`;
  },
  // Pandoc's markdown (markdown-extras.ts): fenced divs, attributes wrapped over lines, bracketed spans, paragraphs
  // wrapped at 72 whose soft breaks are joined.
  "pandoc's markdown": (n) =>
    blocks(
      n,
      (i) =>
        `::: {.post .entry-${i}}\n## Story ${name(i)} {#story-${i} .entry-title}\n\n[By]{.by} [${name(i)}\n${name(i + 3)}](/a/${i}){.author\n.vcard} wrote that the committee met on Tuesday\nto discuss the budget for ${1990 + (i % 30)}.\n:::`,
    ),
  // Markdown with raw HTML (pandoc -t gfm): block tags alone on their lines, inline tags and comments masked.
  'markdown with raw HTML': (n) =>
    blocks(
      n,
      (i) =>
        `<div class="post-${i}">\n\nThe <span class="x">${name(i)}</span> committee met<!-- c --> on Tuesday.\n\n</div>`,
    ),
  // Marks that open and never close (a quote in attributes, a comment, a tag), in a text whose tags are raw HTML:
  // every search for their end is bounded or remembered.
  'unclosed markdown marks': (n) =>
    `::: page\n${lines(n - 10, (i) => `[w${i}](/u){.a "open <!-- <span title="x ${name(i)}`)}`,
  // html2text's defaults: inline links wrapped with the text, a destination broken after its hyphens, a title on
  // the line after it and over two; and links whose titles never close (each read at most MAX_TITLE_LINES lines).
  'wrapped inline links': (n) =>
    blocks(
      n,
      (i) =>
        `By [${name(i)} ${name(i + 1)}](https://example.com/author/${name(i)}-\n${name(i + 1)}-${i}/ "Posts by\n${name(i)}") | [Share](/s/${i}) the\ncommittee met on Tuesday.`,
    ),
  'unclosed link titles': (n) => lines(n, (i) => `[${name(i)}](/a/${i} "title of ${name(i)} with no end`),
  // Markdown whose spans hold none of its inline syntax: the search for the next "[", "*" or "`" ran to the end
  // of the text from every span (11.5 s at 1 MB; "key: value" lines past the front matter's reach in a .md file
  // were another such text).
  'markdown without inline markup': (n) =>
    blocks(n, (i) => `## Section ${name(i)}\n\n- The ${name(i)} committee met on Tuesday.\n- It adjourned.`),
  // A rule, then "key: value" lines with no closing rule: the front-matter reader's longest read.
  'key-value lines under a rule': (n) => `---\n${lines(n - 4, (i) => `key${i}: value ${name(i)}`)}`,
  // Chinese: words without spaces, read by Intl.Segmenter in pieces (keywords-segmented.ts); once with no break.
  'Chinese prose': (n) =>
    blocks(n, (i) => `政府周四批准了第${i}号环境保护法草案。部长说，新规定将于明年生效。`),
  'Chinese without a break': (n) => gen(n, (i) => `政府批准环境保护法草案${i % 10}部长说新规定明年生效`, ''),
  // Not UTF-8: the legacy code pages' reader decodes and judges every candidate (legacy-encoding.ts).
  'Windows-1251 text': (n) =>
    windows1251(blocks(n, (i) => `Комитет ${cyrillic(i)} обсудил бюджет на ${1990 + (i % 30)} год.`)),
  // A gzip upload: the decompress stage inflates it before every other stage (decompress.ts); n is the text's size.
  'gzipped prose': (n) =>
    gzipSync(
      blocks(n, (i) => `The council met ${name(i)} on day ${i} and agreed the plan for the river path.`),
    ),
  // A scraper's JSON item: the JSON reader parses it and reads its text field in its own layout (json.ts).
  'JSON item': (n) =>
    JSON.stringify({
      url: 'https://example.com/story',
      title: 'Title of the story',
      author: 'Jane Doe',
      text: blocks(
        n - 100,
        (i) => `The council met ${name(i)} on day ${i} and agreed the plan for the river path.`,
      ),
    }),
  // Hard-wrapped prose, one paragraph of it, with words broken at hyphens: the unwrap joins every line (unwrap.ts).
  'one hard-wrapped paragraph': (n) => hardWrapped(n, 72),
  // A text its tool indented: every prose line set off by white space, dropped from every block (indent.ts).
  'indented prose': (n) =>
    blocks(
      n,
      (i) => `${' '.repeat(2 + (i % 9))}The ${name(i)} committee met on Tuesday and agreed on the plan.`,
    ),
  // A page glued into one line by a tag stripper, no white space between its elements (space-runs.ts).
  'elements glued into one line': (n) =>
    gen(n, (i) => `Home${name(i)}News2024Story number ${i} went on.The council met on Tuesday`, ''),
  // A page joined into one line by single spaces (get_text(" ", strip=True)): menu runs, headings and sentences
  // (space-runs.ts flatPieces).
  'elements joined by single spaces': (n) =>
    gen(
      n,
      (i) =>
        `HOME NEWS SPORT WORLD Business Travel Culture Opinion Video Story ${i} Headline ${name(i)} March 3, 2024 The council met on Tuesday and agreed.`,
      ' ',
    ),
  // The same with no sentence in it: menus, headings, bylines and dates only, all read as heads (flatPieces).
  'single-spaced elements, no sentence': (n) =>
    gen(
      n,
      (i) =>
        `HOME NEWS SPORT WORLD Business Travel Culture Opinion Related Articles Story ${i} Headline ${name(i)} By Jane Roe March 3, 2024 Leave a Reply`,
      ' ',
    ),
  // The same with dates inside one long sentence of prose that never ends (flatPieces reads what follows each date).
  'single-spaced prose with dates, no full stop': (n) =>
    gen(
      n,
      (i) =>
        i % 50 === 0
          ? 'HOME NEWS SPORT WORLD BUSINESS TRAVEL CULTURE OPINION VIDEO'
          : `the council met on March ${1 + (i % 28)}, 2024 and agreed on it`,
      ' ',
    ),
  // Sentence-case headlines, each with a name, a date, a share count and a byline in capitals, in one sentence
  // that never ends: every date and byline a head mark (space-runs.ts headMarks), read after the head and after
  // each other.
  'single-spaced headlines, names and dates, no full stop': (n) =>
    gen(
      n,
      (i) =>
        `Why the town waited so long for wall ${i} Jane Roe March ${1 + (i % 28)}, 2024 4 Share By Anna Berg`,
      ' ',
    ),
  // A page run into one line by a tag stripper, its elements apart by runs of spaces (space-runs.ts).
  'elements run into one line': (n) =>
    words(n, (i) => `The ${name(i)} committee met on Tuesday and agreed on the plan.`, '     '),
  // A text browser's dump: a link number before every link's text, the numbered targets at the end
  // (link-numbers.ts); n counts both.
  'link-numbered dump': (n) => {
    const count = Math.ceil(n / 100);
    const targets = Array.from(
      { length: count },
      (_, i) => `${String(i + 1).padStart(4)}. https://example.com/${i}`,
    );
    const text = lines(n - 30 * count, (i) => `The [${(i % count) + 1}]${name(i)} committee met on Tuesday.`);
    return `${text}\n\nReferences\n\n${targets.join('\n')}`;
  },
  // A converter's text with a link target after every few words and headings in capitals (bracketed-links.ts), and
  // a paragraph with a target and a run of spaces a quarter of the text long (a first version trimmed its lines
  // with a pattern: 34 s for 200,000 spaces).
  'bracketed link targets': (n) =>
    `The committee [/a] met.${' '.repeat(Math.floor(n / 4))}It agreed.\nOn Tuesday.\n\n${lines(
      Math.ceil((3 * n) / 4),
      (i) =>
        i % 7 === 0
          ? `\n${name(i).toUpperCase()} COMMITTEE\n`
          : `The ${name(i)} committee [https://example.com/${i}] met on Tuesday [/news/${i}].`,
    )}`,
  // A table an extractor wrote, one row a block, its rows between bars: one run of rows read as a table
  // (classify.ts keepTableRows, isPipeTable), each row's cells counted twice.
  'table rows between bars': (n) =>
    blocks(n, (i) => `| ${name(i)} ${i} | ${i % 97}.5 m | £${i}m | Approved on ${1 + (i % 28)} May |`),
  // The same rows as the lines of one block under a paragraph: the block's lines read as a table (isPipeTable).
  'table rows in one block': (n) =>
    `The committee met on Tuesday and agreed on the plan for the new bridge.\n\n${lines(
      n,
      (i) => `${name(i)} ${i} | ${i % 97}.5 m | £${i}m | Approved on ${1 + (i % 28)} May`,
    )}`,
  // JSON of many objects and no page: the reader looks through two levels of wrappers for one (json.ts).
  'JSON without a page': (n) => {
    const entries = Array.from(
      { length: Math.floor(n / 64) },
      (_, i) => `"k${i}": {"id": ${i}, "title": "${name(i)}", "items": [{"id": ${i}}]}`,
    );
    return `{${entries.join(',')}}`;
  },
  // A whole WARC file: the envelope reader counts its records (rejected several-documents, envelope.ts).
  'WARC records': (n) =>
    gen(
      n,
      (i) =>
        `WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/${i}\r\n\r\nStory ${name(i)}.\r\n`,
      '\r\n',
    ),
  // JSON Lines: the reader tells several objects from one by their lines (rejected several-documents).
  'JSON Lines': (n) => lines(n, (i) => JSON.stringify({ title: name(i), text: `Story ${i}.` })),
  // A whole RSS feed: the feed reader counts its items (rejected several-documents, feed.ts).
  'RSS feed of many items': (n) =>
    `<rss><channel><title>News</title>${gen(
      n,
      (i) =>
        `<item><title>${name(i)}</title><pubDate>Tue, 12 Mar 2024</pubDate><description><![CDATA[<p>Story ${i}.</p>]]></description></item>`,
      '\n',
    )}</channel></rss>`,
  // A saved page of many parts before its HTML part: the MHTML reader walks the boundaries once (mhtml.ts).
  'MHTML of many parts': (n) =>
    `From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary="B"\n\n${gen(
      n,
      (i) =>
        `--B\nContent-Type: image/png\nContent-Location: https://example.com/${i}.png\n\niVBORw0KGgo${i}`,
      '\n',
    )}\n--B\nContent-Type: text/html\n\n<p>Story.</p>\n--B--\n`,
  // A long page in quoted-printable, every line broken with "=" and every "=" escaped (mhtml.ts).
  'MHTML of a long page': (n) =>
    `From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary="B"\n\n--B\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n${gen(
      n,
      (i) =>
        `<p class=3D"x">${name(i)} went to the harbour, and the council met on the wa=\nll =E2=80=94 again.</p>`,
      '\n',
    )}\n--B--\n`,
  // trafilatura's XML of a long text: the extractor's reader writes its elements as HTML (extractor-xml.ts).
  'extractor XML of a long text': (n) =>
    `<doc title="Story" author="Jane Doe; John Roe" date="2024-03-12">\n  <main>\n${gen(
      n,
      (i) =>
        i % 5 === 0
          ? `    <head rend="h2">${name(i)}</head>`
          : `    <p>${name(i)} went to the harbour, and the council met <hi rend="#i">on the wall</hi>.<lb/>Again.</p>`,
      '\n',
    )}\n  </main>\n</doc>\n`,
  // A TEI file whose elements are never closed: every end tag is searched for among the open ones, a bounded walk.
  'TEI of unclosed elements': (n) =>
    `<TEI><teiHeader><titleStmt><title>Story</title></titleStmt></teiHeader><text><body><div type="entry">${gen(
      n,
      (i) => `<p><list><item><hi>${name(i)} went to the harbour.</row></cell>`,
      '\n',
    )}</div></body></text></TEI>`,
  // Headlines glued to a label over paragraphs of camel-cased names: the title search's glued parts
  // (cleaning/title.ts glueParts) and its count of the page's camel-cased words.
  'glued headlines over camel-cased names': (n) =>
    gen(
      n,
      (i) =>
        `Local News${name(i)} backs the bridge number ${i}\n\nHubSpot and LinkedIn said ${name(i)}Corp will pay for it, the council said.`,
      '\n\n',
    ),
  // One word of humps ("aBaB…"): a camel-cased word as long as the page.
  'one camel-cased word': (n) => 'aB'.repeat(Math.ceil(n / 2)).slice(0, n),
  // One item whose content is a long page, escaped as feeds write HTML (read as the item's page, feed.ts).
  'RSS item of a long page': (n) =>
    `<rss><channel><item><title>Story</title><description>${gen(
      n,
      (i) => `&lt;p&gt;${name(i)} went to the harbour, and the council met on the wall.&lt;/p&gt;`,
      '\n',
    )}</description></item></channel></rss>`,
};

const CYRILLIC_SMALL = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** A capitalised Cyrillic word for each i. */
function cyrillic(i: number): string {
  const word = [...String(i)].map((digit) => CYRILLIC_SMALL[Number(digit) + 10]!).join('');
  return `${word[0]!.toUpperCase()}${word.slice(1)}`;
}

/** Text of ASCII and the Russian alphabet (without ё) in Windows-1251: А–Я C0–DF, а–я E0–FF. */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`${char} is not in the family's alphabet`);
  });
}
function name(i: number): string {
  const syl = [
    'Al',
    'Bo',
    'Ca',
    'De',
    'El',
    'Fa',
    'Gu',
    'Ha',
    'Ir',
    'Jo',
    'Ka',
    'Lu',
    'Ma',
    'Ne',
    'Ol',
    'Pe',
  ];
  let s = '';
  let v = i + 17;
  do {
    s += syl[v % 16];
    v = Math.floor(v / 16);
  } while (v > 0);
  return s.charAt(0) + s.slice(1).toLowerCase();
}
function lines(n: number, f: (i: number) => string): string {
  return gen(n, f, '\n');
}
function blocks(n: number, f: (i: number) => string): string {
  return gen(n, f, '\n\n');
}
function words(n: number, f: (i: number) => string, sep: string): string {
  return gen(n, f, sep);
}
function gen(n: number, f: (i: number) => string, sep: string): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const p = f(i);
    parts.push(p);
    len += p.length + sep.length;
  }
  return parts.join(sep).slice(0, n);
}

/**
 * One paragraph of about n characters wrapped greedily at `width`, as a mail client writes it; every fourth line
 * ends with a word broken at a hyphen ("end-" over "ing").
 */
function hardWrapped(n: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  for (let i = 0; length < n; i++) {
    const word = i % 3 === 0 ? name(i).toLowerCase() : i % 3 === 1 ? 'council' : 'harbour';
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else if (lines.length % 4 === 3 && line.length + 5 <= width) {
      lines.push(`${line} end-`);
      length += line.length + 6;
      line = `ing ${word}`;
    } else {
      lines.push(line);
      length += line.length + 1;
      line = word;
    }
  }
  return [...lines, line].join('\n');
}
