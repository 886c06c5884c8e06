import { describe, expect, it } from 'vitest';
import { clean } from '../../functions/core/clean.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { arePiecesOfLines, SPACE_RUNS, withSpaceRunsSplit } from '../../functions/core/layout/space-runs.ts';
import type { DateResult, DateSignals } from '../../functions/core/metadata/dates.ts';
import { extractMetadata } from '../../functions/core/metadata/index.ts';
import { rankPublished } from '../../functions/core/metadata/provenance.ts';
import { normalise } from '../../functions/core/normalise.ts';
import type { PageEvidence } from '../../functions/core/types.ts';
import { article, NOW, PROSE, pageEvidence } from './metadata-helpers.ts';

const P2 =
  'Teachers said the idea came from parents who spent hours each week rowing their children to classes on the mainland during the winter storms.';
const P3 =
  'The barge cost two million euros and was paid for by the regional government and a local shipping company, officials said on Thursday.';

/** The metadata of a page given as paragraphs (one blank line between them), with optional HTML evidence. */
function metadataOf(paragraphs: string[], evidence: PageEvidence | null = null, url: string | null = null) {
  const cleaned = clean(segment(normalise(paragraphs.join('\n\n'))));
  const body = cleaned.body.map((block) => block.text).join('\n\n');
  return extractMetadata(cleaned, body, { url }, { now: NOW, evidence });
}

const PAGE = [
  'Home',
  'World',
  'Harbour city opens its first floating school',
  'By Maria Keller',
  'March 14, 2024',
  PROSE,
  P2,
  P3,
];

describe('provenance: where each field came from', () => {
  it('points each field at its input line and says what it rested on', () => {
    // Act
    const { provenance } = metadataOf(PAGE);
    // Assess: paragraphs are two lines apart (one blank line between).
    expect(provenance.title).toMatchObject({ line: 5, evidence: 'headline' });
    expect(provenance.authors).toMatchObject({ line: 7, evidence: 'byline' });
    expect(provenance.publishedAt).toMatchObject({ line: 9, evidence: 'dateline-byline' });
    expect(provenance.updatedAt).toBeNull();
  });

  it('gives every value a confidence between 0 and 1', () => {
    const { provenance } = metadataOf(PAGE);

    for (const field of [provenance.title, provenance.authors, provenance.publishedAt]) {
      expect(field?.confidence).toBeGreaterThan(0);
      expect(field?.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is null for a field the page does not state', () => {
    const metadata = metadataOf(['Home', 'Harbour city opens its first floating school', PROSE, P2, P3]);

    expect(metadata.authors).toEqual([]);
    expect(metadata.provenance.authors).toBeNull();
    expect(metadata.provenance.site).toBeNull();
  });
});

describe('provenance: a page whose elements a scraper joined with single spaces', () => {
  // The layout cuts such a page into pieces of its one line (layout/space-runs.ts): its headline, byline and date
  // are pieces cut by a guess, and the same evidence is worth less there (provenance.ts FLAT).
  const MENU = 'HOME ABOUT US NEWS SPORT WEATHER TRAVEL CULTURE CONTACT US';
  const FOOTER = 'Privacy Policy Terms Of Use Cookie Settings Accessibility Careers Advertise With Us';
  const ELEMENTS = [MENU, ...PAGE.slice(2), PROSE.replace('council', 'board'), P2, P3, FOOTER];
  const recordOf = (separator: string) => {
    const text = ELEMENTS.join(separator);
    const cleaned = clean(withSpaceRunsSplit(segment(normalise(text))));
    const body = cleaned.body.map((block) => block.text).join('\n\n');
    return {
      text,
      flat: arePiecesOfLines(cleaned.blocks),
      metadata: extractMetadata(cleaned, body, {}, { now: NOW }),
    };
  };

  it('reads the same byline with less confidence than on lines of their own, and the date with no more', () => {
    // Act
    const flat = recordOf(' ');
    const lines = recordOf('\n\n');
    // Assess
    expect(flat.text.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    expect([flat.flat, lines.flat]).toEqual([true, false]);
    expect(flat.metadata.authors).toEqual(['Maria Keller']);
    expect(flat.metadata.publishedAt).toBe(lines.metadata.publishedAt);
    expect(lines.metadata.authors).toEqual(['Maria Keller']);
    expect(flat.metadata.provenance.authors!.confidence).toBeLessThan(
      lines.metadata.provenance.authors!.confidence,
    );
    // The dates' re-scaling is flat (on such pages the model barely tells a right date from a wrong one): a date the
    // model doubts keeps its own confidence, never more than on lines.
    expect(flat.metadata.provenance.publishedAt!.confidence).toBeLessThanOrEqual(
      lines.metadata.provenance.publishedAt!.confidence,
    );
    // Fitted on flat renderings of DEV and multi so that 0.8 and above holds on them: no flat value is that sure.
    expect(flat.metadata.provenance.authors!.confidence).toBeLessThan(0.8);
    expect(flat.metadata.provenance.publishedAt!.confidence).toBeLessThan(0.8);
  });
});

describe('provenance: the HTML evidence ranked with the text', () => {
  it('is surer of a headline the page also declares in its JSON-LD', () => {
    // Prepare
    const evidence = pageEvidence({
      jsonLd: [article({ headline: 'Harbour city opens its first floating school' })],
    });
    // Act
    const alone = metadataOf(PAGE).provenance.title;
    const agreed = metadataOf(PAGE, evidence).provenance.title;
    // Assess
    expect(agreed?.evidence).toBe('headline+json-ld');
    expect(agreed?.confidence).toBeGreaterThanOrEqual(alone?.confidence ?? 1);
  });

  it('takes the authors the JSON-LD declares when the text names nobody, with the line that names them', () => {
    // Prepare
    const page = ['Home', 'Harbour city opens its first floating school', PROSE, P2, P3, 'Maria Keller'];
    const evidence = pageEvidence({ jsonLd: [article({ authors: ['Maria Keller'] })] });
    // Act
    const metadata = metadataOf(page, evidence);
    // Assess
    expect(metadata.authors).toEqual(['Maria Keller']);
    expect(metadata.provenance.authors).toMatchObject({ evidence: 'json-ld', line: 11 });
  });

  it("never takes the site's own name from a meta author", () => {
    const page = ['Home', 'Harbour city opens its first floating school', PROSE, P2, P3];
    const evidence = pageEvidence({
      meta: [
        { key: 'og:site_name', value: 'Riverside Herald' },
        { key: 'author', value: 'Riverside Herald' },
      ],
    });

    expect(metadataOf(page, evidence).authors).toEqual([]);
  });

  it('takes the publication date the page declares, and the URL path date when nothing else states one', () => {
    // Prepare
    const page = ['Home', 'Harbour city opens its first floating school', PROSE, P2, P3];
    const declared = pageEvidence({
      meta: [{ key: 'article:published_time', value: '2024-03-14T08:00:00Z' }],
    });
    // Act
    const fromMeta = metadataOf(page, declared);
    const fromUrl = metadataOf(page, null, 'https://herald.example/2024/03/15/school');
    // Assess
    expect(fromMeta.publishedAt).toBe('2024-03-14');
    expect(fromMeta.provenance.publishedAt).toMatchObject({ evidence: 'meta', line: null });
    expect(fromUrl.publishedAt).toBe('2024-03-15');
    expect(fromUrl.provenance.publishedAt).toMatchObject({ evidence: 'url-path', line: null });
  });

  it('lets a doubtful text date give way to a different date the HTML declares, never a sure one', () => {
    // Prepare
    const textDate = (probability: number): DateResult & { signals: DateSignals } => ({
      publishedAt: '2024-03-14',
      updatedAt: null,
      block: 2,
      updatedBlock: null,
      evidence: 'dateline-header',
      refused: new Map(),
      signals: {
        publishedLine: 5,
        updatedLine: null,
        score: 4,
        rivalScore: 0,
        distinct: 1,
        repeats: 1,
        labelled: false,
        nearTitle: 1,
        nearByline: 0,
        probability,
      },
    });
    const html = { value: '2024-03-12', source: 'json-ld' as const };
    const page = { hasAuthors: false, hasDate: true, titleProbability: 0.9 };
    // Act
    const doubtful = rankPublished(textDate(0.7), html, null, page);
    const sure = rankPublished(textDate(0.9), html, null, page);
    const alone = rankPublished(textDate(0.7), null, null, page);
    // Assess
    expect(doubtful).toMatchObject({ value: '2024-03-12', evidence: 'json-ld' });
    expect(sure).toMatchObject({ value: '2024-03-14', evidence: 'dateline-header' });
    expect(alone?.value).toBe('2024-03-14');
  });

  it('names the site from the source URL, else from the canonical URL', () => {
    const page = ['Home', 'Harbour city opens its first floating school', PROSE, P2, P3];
    const evidence = pageEvidence({ canonicalUrl: 'https://www.herald.example/news/school' });

    expect(metadataOf(page, null, 'https://news.example.org/a').provenance.site).toMatchObject({
      evidence: 'url',
      line: null,
    });
    expect(metadataOf(page, evidence).site).toBe('herald.example');
    expect(metadataOf(page, evidence).provenance.site?.evidence).toBe('canonical-url');
  });
});
