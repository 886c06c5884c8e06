import { describe, expect, it } from 'vitest';
import { extractAuthors } from '../../functions/core/metadata/authors.ts';
import { cleanedFrom, NOW, PROSE } from './metadata-helpers.ts';

const authorsOf = (paragraphs: string[]) => extractAuthors(cleanedFrom(paragraphs), 0, NOW).authors;

describe('authors', () => {
  it('takes the name from a "By" byline under the headline', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'By Jane Roe', PROSE];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Jane Roe']);
  });

  it('reads a name glued to "By" by the scraper', () => {
    expect(authorsOf(['Council passes budget', 'ByNina Pineda', PROSE])).toEqual(['Nina Pineda']);
  });

  it('splits several authors joined by "and" and commas', () => {
    expect(authorsOf(['Council passes budget', 'By Jane Roe, John Doe and Maria Garcia', PROSE])).toEqual([
      'Jane Roe',
      'John Doe',
      'Maria Garcia',
    ]);
  });

  it('stops at the date and separator after the name', () => {
    expect(authorsOf(['Council passes budget', 'by Karina Cohen | May 19, 2024', PROSE])).toEqual([
      'Karina Cohen',
    ]);
  });

  it('drops a job title after the name', () => {
    expect(authorsOf(['Council passes budget', 'Written by: Sean Peek, Senior Analyst', PROSE])).toEqual([
      'Sean Peek',
    ]);
  });

  it('takes the name from the block after a lone "Written by" label', () => {
    expect(authorsOf(['Council passes budget', 'Written by', 'Laura Smith', PROSE])).toEqual(['Laura Smith']);
  });

  it('never takes a job title as a name', () => {
    expect(authorsOf(['Council passes budget', 'By Senior Reporter', PROSE])).toEqual([]);
  });

  it('never takes a wire agency as a name', () => {
    expect(authorsOf(['Council passes budget', 'By Reuters', PROSE])).toEqual([]);
  });

  it('ignores a "Shop by" menu line made of common words', () => {
    expect(authorsOf(['Council passes budget', 'By Use Case', PROSE])).toEqual([]);
  });

  it('ignores "Photo by" credits', () => {
    expect(authorsOf(['Council passes budget', PROSE, 'Photo by Mark Jones', PROSE])).toEqual([]);
  });

  it('never takes an author from a related-articles list', () => {
    // Prepare
    const paragraphs = [
      'Council passes budget',
      PROSE,
      'Related Articles',
      'Town hall repairs begin',
      'By Peter Walsh',
      'Library reopens',
      'By Susan Clark',
    ];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual([]);
  });

  it('never takes an author from a comment thread', () => {
    const paragraphs = [
      'Council passes budget',
      PROSE,
      PROSE,
      '3 Comments',
      'Michael Brown',
      'March 3, 2024',
      'Great article!',
    ];
    expect(authorsOf(paragraphs)).toEqual([]);
  });

  it('never takes a quoted person as the author', () => {
    const paragraphs = ['Council passes budget', `“We are pleased,” said Mayor Linda Hart. ${PROSE}`];
    expect(authorsOf(paragraphs)).toEqual([]);
  });

  it('takes a name line over a bio and keeps the bio', () => {
    // Prepare
    const bio =
      'Surja, a dedicated blog writer and explorer of diverse topics, holds a degree in Science and writes daily.';
    const cleaned = cleanedFrom(['Council passes budget', PROSE, 'Surja', bio]);
    // Act
    const result = extractAuthors(cleaned, 0, NOW);
    // Assess
    expect(result).toMatchObject({ authors: ['Surja'], authorBio: bio });
  });

  it('does not take a bio sentence itself as the author', () => {
    const bio =
      'Jane Roe is a staff writer who covers local government and has reported on the council for ten years.';
    expect(authorsOf(['Council passes budget', PROSE, bio])).toEqual([]);
  });

  it('takes a bare name line that sits beside the date', () => {
    expect(authorsOf(['Council passes budget', 'Trevor Jackins', 'August 25, 2025', PROSE])).toEqual([
      'Trevor Jackins',
    ]);
  });

  it('ignores a capitalised heading beside a date', () => {
    expect(authorsOf(['Council passes budget', 'Industry Insights', 'August 25, 2025', PROSE])).toEqual([]);
  });

  it('takes a "— Name" signature at the end of the body', () => {
    expect(authorsOf(['Council passes budget', PROSE, '— Laura Smith'])).toEqual(['Laura Smith']);
  });
});
