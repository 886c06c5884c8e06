/**
 * An extractor's XML (layout/extractor-xml.ts): trafilatura's `--xml` (a `doc` whose attributes state the page's
 * fields, its text in `main`) and `--xml-tei` (the fields in a TEI header, the text in `div type="entry"`) give the
 * record of their text (headings, list items, tables and line breaks as the HTML they stand for), their fields the
 * extractor's statement about the page; the comments are removed; any other XML is read as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExtractorXml } from '../../functions/core/layout/extractor-xml.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { processDocument, processText } from '../../functions/core/pipeline.ts';

const TITLE = 'Council approves new harbour wall';
const PARAGRAPHS = [
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.',
  '“This is the most important decision we have made in a decade,” said Tom Whitaker, the council’s chair.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter.',
];
const COMMENT = 'Finally! Great news for everyone who lives down by the harbour.';
const TEXT = `    <head rend="h2">Work starts in May</head>
    <p>${PARAGRAPHS[0]}</p>
    <p>${PARAGRAPHS[1]}</p>
    <list rend="ul">
      <item>Cost: 42 million pounds</item>
      <item>Length: 310 metres</item>
    </list>
    <p>${PARAGRAPHS[2]} See the <ref target="https://harbourtimes.example/plan">plan</ref>.<lb/>Updates will follow.</p>`;

/** trafilatura's `--xml` of the page (its attribute order, its two-space indentation). */
const trafilaturaXml = (
  attributes: string,
  text = TEXT,
) => `<doc sitename="The Harbour Times" title="${TITLE}" author="Jane Doe; John Roe" ${attributes}hostname="harbourtimes.example" description="The council voted for a new wall." categories="Local" tags="" fingerprint="f1e2d3" id="" license="" comments="" raw_text="" source="" source-hostname="" excerpt="">
  <main>
${text}
  </main>
  <comments>
    <p>${COMMENT}</p>
  </comments>
</doc>
`;
const XML = trafilaturaXml('date="2024-03-12" url="https://www.harbourtimes.example/news/harbour-wall" ');

/**
 * The TEI header's title statement, which trafilatura writes twice: in the file's description and in the source's
 * (`biblFull`); the authors are read once. Its four lines keep the file's line numbers.
 */
const TITLE_STMT = `<titleStmt>
        <title type="main">${TITLE}</title>
        <author>Jane Doe; John Roe</author>
      </titleStmt>`;

/** trafilatura's `--xml-tei` of the same page. */
const TEI = `<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      ${TITLE_STMT}
      <publicationStmt>
        <publisher>The Harbour Times</publisher>
        <availability>
          <p>CC BY 4.0</p>
        </availability>
      </publicationStmt>
      <notesStmt>
        <note type="fingerprint">f1e2d3</note>
      </notesStmt>
      <sourceDesc>
        <bibl>${TITLE}, Jane Doe; John Roe. The Harbour Times, 2024-03-12.</bibl>
        <bibl type="sitename">The Harbour Times</bibl>
        <biblFull>
          ${TITLE_STMT}
          <publicationStmt>
            <publisher>The Harbour Times</publisher>
            <ptr type="URL" target="https://www.harbourtimes.example/news/harbour-wall"/>
            <date>2024-03-12</date>
          </publicationStmt>
        </biblFull>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <abstract>
        <p>The council voted for a new wall.</p>
      </abstract>
      <creation>
        <date type="download">2024-05-20T10:00:00</date>
      </creation>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <div type="entry">
${TEXT}
      </div>
      <div type="comments">
        <p>${COMMENT}</p>
      </div>
    </body>
  </text>
</TEI>
`;

const BODY = [
  'Work starts in May',
  PARAGRAPHS[0],
  PARAGRAPHS[1],
  'Cost: 42 million pounds',
  'Length: 310 metres',
  `${PARAGRAPHS[2]} See the plan.\nUpdates will follow.`,
].join('\n\n');

describe.each([
  ['trafilatura XML', XML],
  ['TEI', TEI],
])('%s', (_, upload) => {
  it('the text is the body: its heading kept, its list items apart, its line break kept', () => {
    const record = processText(upload, { name: 'page.xml' });
    expect(record.status).toBe('clean');
    expect(record.format).toBe('html');
    expect(record.body).toBe(BODY);
  });

  it('the fields are the extractor’s statement about the page', () => {
    const record = processText(upload, { name: 'page.xml' });
    expect(record.title).toBe(TITLE);
    expect(record.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(record.provenance.authors?.evidence).toBe('extractor');
    // The publication date, not the day the page was downloaded (TEI's creation date).
    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.provenance.publishedAt?.evidence).toBe('extractor');
    expect(record.site).toBe('harbourtimes.example');
    expect(record.quotes.map((quote) => quote.speaker)).toEqual(['Tom Whitaker']);
  });

  it('the title stands above the text as the page showed it, at the text’s line', () => {
    const record = processText(upload, { name: 'page.xml' });
    const lines = upload.split('\n');
    const textLine = lines.findIndex((line) => /<main>|<div type="entry">/u.test(line)) + 1;
    expect(record.provenance.title).toMatchObject({ evidence: 'heading+extractor', line: textLine });
  });

  it('the comments are no part of the body, and the audit keeps them at their line', () => {
    const record = processText(upload, { name: 'page.xml' });
    expect(record.body).not.toContain('Finally!');
    const removed = record.removed.find((item) => item.text === COMMENT);
    expect(removed?.line).toBe(upload.split('\n').findIndex((line) => line.includes(COMMENT)) + 1);
  });
});

describe('reading an extractor’s XML', () => {
  it('states the fields as evidence, each as the extractor’s', () => {
    const read = readExtractorXml(TEI);
    expect(read?.kind).toBe('page');
    if (read?.kind !== 'page') return;
    expect(read.evidence.canonicalUrl).toBe('https://www.harbourtimes.example/news/harbour-wall');
    expect(read.evidence.meta).toEqual([
      { key: 'og:title', value: TITLE, declaredIn: 'extractor' },
      { key: 'author', value: 'Jane Doe', declaredIn: 'extractor' },
      { key: 'author', value: 'John Roe', declaredIn: 'extractor' },
      { key: 'og:site_name', value: 'The Harbour Times', declaredIn: 'extractor' },
      { key: 'article:published_time', value: '2024-03-12', declaredIn: 'extractor' },
      { key: 'description', value: 'The council voted for a new wall.', declaredIn: 'extractor' },
    ]);
  });

  it('writes the text as the HTML it stands for, one output line per input line', () => {
    const read = readExtractorXml(XML);
    if (read?.kind !== 'page') throw new Error('not read');
    expect(read.html).toContain('<h2>Work starts in May</h2>');
    expect(read.html).toContain('<ul>\n      <li>Cost: 42 million pounds</li>');
    expect(read.html).toContain('<a href="https://harbourtimes.example/plan">plan</a>.<br>Updates');
    expect(read.html.split('\n').length).toBe(XML.split('\n').length);
  });

  it('a heading’s level, an ordered list and a table’s head cells', () => {
    const read = readExtractorXml(
      trafilaturaXml(
        '',
        '<head rend="h3">Costs</head><list rend="ol"><item>One</item></list><table><row><cell role="head">Year</cell><cell>2024</cell></row></table>',
      ),
    );
    if (read?.kind !== 'page') throw new Error('not read');
    expect(read.html).toContain(
      '<h3>Costs</h3><ol><li>One</li></ol><table><tr><th>Year</th><td>2024</td></tr></table>',
    );
  });

  it('closes what a broken file leaves open, and escapes the text it writes', () => {
    const read = readExtractorXml(
      trafilaturaXml('', '<p>Fish &amp; chips &lt;3 <hi rend="#b">fresh</p><list><item>cod</list>'),
    );
    if (read?.kind !== 'page') throw new Error('not read');
    expect(read.html).toContain('<p>Fish &amp; chips &lt;3 <span>fresh</span></p><ul><li>cod</li></ul>');
  });

  it('TEI of several divisions (sections) and a name in parts: the title once above the text, the name’s words apart', () => {
    const tei = `<TEI><teiHeader><fileDesc><titleStmt><title>${TITLE}</title><author><persName><forename>Jane</forename><surname>Doe</surname></persName></author></titleStmt></fileDesc></teiHeader><text><body><div><head>Why</head><p>${PARAGRAPHS[0]}</p></div><div><head>How</head><p>${PARAGRAPHS[2]}</p></div></body></text></TEI>`;
    const read = readExtractorXml(tei);
    if (read?.kind !== 'page') throw new Error('not read');
    expect(read.html.match(/<h1>/g)).toHaveLength(1);
    expect(read.evidence.meta).toContainEqual({ key: 'author', value: 'Jane Doe', declaredIn: 'extractor' });
    const record = processText(tei, { name: 'paper.xml' });
    expect(record.title).toBe(TITLE);
    expect(record.body).toBe(['Why', PARAGRAPHS[0], 'How', PARAGRAPHS[2]].join('\n\n'));
  });

  it('any other XML is read in its own layout', () => {
    expect(readExtractorXml('<doc><title>Notes</title><para>Some text.</para></doc>')).toBeNull();
    expect(readExtractorXml('<document><main><p>Text.</p></main></document>')).toBeNull();
    expect(readExtractorXml('<p>An <doc> in a paragraph.</p>')).toBeNull();
  });

  it('a file with no text is refused with a reason, not read as a page', () => {
    const empty = trafilaturaXml('', '');
    expect(readExtractorXml(empty.replace(COMMENT, ''))).toEqual({
      kind: 'no-page',
      what: "an extractor's XML with no text",
    });
    const layout = readLayout(TEI.replace(/<div type="entry">[\s\S]*?<\/div>/u, '').replace(COMMENT, ''));
    expect(layout.refusal).toEqual({ reason: 'no-text', detail: 'a TEI document with no text' });
    const record = processDocument(Buffer.from(empty.replace(COMMENT, '')), { name: 'page.xml' });
    expect(record).toMatchObject({ status: 'rejected', reason: 'no-text' });
  });
});

describe('an extractor’s XML loses nothing (property)', () => {
  it('leaves every piece of its text in the body, the audit or the title, whatever its elements and characters', () => {
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,10}$/),
      fc.constantFrom(
        '&',
        '<',
        '>',
        'x<y',
        '<b>',
        '&amp;',
        '"',
        "'",
        '2024',
        'By',
        'Share',
        'Follow',
        'us',
        '©',
        '—',
      ),
    );
    const piece = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));
    // Each piece in an element of the text: a paragraph, a heading, a list item, a quote, a table cell.
    const element = fc.tuple(fc.constantFrom('p', 'head', 'item', 'quote', 'cell'), piece);
    const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const markup = ([name, text]: [string, string]) => {
      if (name === 'head') return `<head rend="h2">${xmlText(text)}</head>`;
      if (name === 'item') return `<list rend="ul"><item>${xmlText(text)}</item></list>`;
      if (name === 'cell') return `<table><row><cell>${xmlText(text)}</cell></row></table>`;
      return `<${name}>${xmlText(text)}</${name}>`;
    };
    const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();

    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 12 }), fc.boolean(), (elements, tei) => {
        const text = elements.map(markup).join('\n');
        const upload = tei
          ? `<TEI><teiHeader><fileDesc><titleStmt><title>${TITLE}</title></titleStmt></fileDesc></teiHeader><text><body><div type="entry">\n${text}\n</div></body></text></TEI>`
          : `<doc title="${TITLE}">\n<main>\n${text}\n</main>\n</doc>`;
        const record = processDocument(Buffer.from(upload), { name: 'page.xml' });
        if (record.status !== 'clean') return elements.every(([, piece]) => !/[\p{L}\p{N}]/u.test(piece));
        const kept = spaces(record.body);
        const audit = spaces(record.removed.map((item) => item.text).join('\n'));
        return elements.every(([, piece]) => {
          const want = spaces(piece);
          return kept.includes(want) || audit.includes(want) || record.title === want;
        });
      }),
      { numRuns: 200 },
    );
  });
});
