/**
 * A browser's innerText (tests/support/inner-text.ts renders it as the HTML standard says, with each element's
 * default display): a blank line around each paragraph and one line break between any other elements. The
 * detector reads such a text as one element per line (layout/detect.ts BLOCKS_GAP_SHARE), so that its menus,
 * headline, byline and date are lines of their own and not one block.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../functions/core/layout/detect.ts';
import { processText } from '../../functions/core/pipeline.ts';
import { innerText } from '../support/inner-text.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter and would need constant repair.',
  'Local businesses welcomed the decision, though some worried about the noise of construction during the summer season and the loss of parking.',
  'Work is expected to begin in the spring and to take about eighteen months, during which a temporary barrier will protect the harbour front.',
];

/** A news page around the given paragraphs: menus, headline, byline, date, share links, a related list, a footer. */
const pageOf = (
  paragraphs: readonly string[],
) => `<!doctype html><html><head><title>Council approves new harbour wall | Town Gazette</title>
<script>var tracking = 1;</script><style>.menu { display: flex }</style></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/travel">Travel</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/video">Video</a></li><li><a href="/podcasts">Podcasts</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="search"><button>Search</button><span hidden>Close search</span></div></header>
<main><article><h1>Council approves new harbour wall</h1>
<div class="byline">By <a href="/authors/jane-doe">Jane Doe</a></div><div class="date"><time>12 March 2024</time></div>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<div class="share"><a>Share on Facebook</a><a>Share on X</a></div></article>
<aside><h3>Most read</h3><ul><li><a>Ferry timetable changes for the winter</a></li><li><a>New bakery opens on the high street</a></li>
<li><a>School football team wins the county cup</a></li></ul></aside></main>
<footer><ul><li>About us</li><li>Contact</li><li>Privacy policy</li><li>Terms of use</li><li>Cookie settings</li>
<li>Careers</li><li>Advertise</li><li>Newsletters</li></ul>
<p>© 2024 Town Gazette</p></footer></body></html>`;
const PAGE = pageOf(PARAGRAPHS);

/** The record of a render of pageOf(paragraphs): read as lines, its headline, byline, date and paragraphs found. */
function expectArticle(rendered: string, paragraphs: readonly string[]): void {
  const record = processText(rendered, { name: 'page.txt' });

  expect(detectLayout(rendered)).toBe('lines');
  expect(record.title).toBe('Council approves new harbour wall');
  expect(record.authors).toEqual(['Jane Doe']);
  expect(record.publishedAt).toBe('2024-03-12');
  expect(record.body.split('\n\n')).toEqual(paragraphs);
}

describe('innerText rendering (tests/support/inner-text.ts)', () => {
  it('writes a blank line around a paragraph, one break between other elements, nothing not rendered', () => {
    const text = innerText(
      '<body><div>Home</div><div>News<br>Sport</div><p>One <b>bold</b>  word.</p><h2>Next</h2>' +
        '<script>x()</script><div hidden>Hidden</div><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>' +
        '<pre>line 1\n  line 2</pre></body>',
    );

    expect(text).toBe('Home\nNews\nSport\n\nOne bold word.\n\nNext\na\tb\nc\nline 1\n  line 2\n');
  });
});

describe('a page as innerText', () => {
  it('reads as one element per line: the headline, byline and date are found, the menus removed', () => {
    const rendered = innerText(PAGE);
    // The menu's items and the headline share a "block" between blank lines: one break between elements.
    expect(rendered).toContain(
      'Weather\nSearch\nCouncil approves new harbour wall\nBy Jane Doe\n12 March 2024',
    );

    expectArticle(rendered, PARAGRAPHS);
  });
});

describe('a long article as innerText', () => {
  it('reads as one element per line though its paragraphs make most breaks gaps', () => {
    // Forty paragraphs: a blank line around each makes over three fifths of the breaks gaps (layout/detect.ts
    // HEAD_LINES): the menu, headline, byline and date above them are one element a line all the same.
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) => `${PARAGRAPHS[i % 4]!.slice(0, -1)}, said report ${i + 1}.`,
    );

    expectArticle(innerText(pageOf(paragraphs)), paragraphs);
  });
});
