import { describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';

/** An article page in `lang`, its dateline under the headline. */
function page(lang: string, dateline: string): Buffer {
  const paragraph =
    'Городской совет утвердил план строительства нового моста через реку. Работы начнутся весной, ' +
    'а открыть движение планируют через два года. Жители давно просили о второй переправе.';
  return Buffer.from(
    `<!doctype html><html lang="${lang}"><head><title>Новый мост</title></head><body>` +
      '<nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>' +
      `<article><h1>Совет утвердил новый мост</h1><p>${dateline}</p>` +
      `<p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`,
  );
}

describe("processDocument: an HTML page's lang attribute as it comes", () => {
  it.each(['x-default', '*', 'en_US', 'ru_RU', '', 'english', 'ru RU'])(
    'cleans a page whose lang is "%s" (a malformed tag breaks no reader)',
    (lang) => {
      const record = processDocument(page(lang, '15 августа 2016'), { name: 'page.html' });
      expect(record.status).toBe('clean');
    },
  );

  it("reads a date in the page's language when the vocabulary has no module for it", () => {
    const record = processDocument(page('ru', '15 августа 2016'), { name: 'page.html' });
    expect(record.status).toBe('clean');
    expect(record.status === 'clean' ? record.publishedAt?.slice(0, 10) : null).toBe('2016-08-15');
  });

  /** A German article page in `lang`, too short for the language detector: the tag is all it has. */
  function germanPage(lang: string, dateline: string): Buffer {
    const paragraph =
      'Der Stadtrat hat den Bau einer neuen Brücke über den Fluss beschlossen. Die Arbeiten beginnen im ' +
      'Frühjahr, der Verkehr soll in zwei Jahren fließen.';
    return Buffer.from(
      `<!doctype html><html lang="${lang}"><head><title>Neue Brücke</title></head><body>` +
        '<nav><a href="/">Start</a></nav>' +
        `<article><h1>Stadtrat beschließt neue Brücke</h1><p>${dateline}</p>` +
        `<p>${paragraph}</p><p>${paragraph}</p></article></body></html>`,
    );
  }

  it.each(['de', 'de-DE', 'de_DE', ' DE '])(
    'reads "%s" as German: the record says "de", dates read day first',
    (lang) => {
      const record = processDocument(germanPage(lang, 'Von Anna Berg, 03/04/2024'), { name: 'page.html' });
      expect(record.status).toBe('clean');
      if (record.status !== 'clean') return;
      expect(record.language).toBe('de');
      expect(record.publishedAt?.slice(0, 10)).toBe('2024-04-03');
      expect(record.authors).toEqual(['Anna Berg']);
    },
  );

  /** A German note whose whole page, chrome included, is too short for the detector. */
  function germanNote(lang: string): Buffer {
    return Buffer.from(
      `<!doctype html><html lang="${lang}"><head><title>Brücke</title></head><body>` +
        '<article><h1>Neue Brücke</h1><p>Von Anna Berg</p>' +
        '<p>Der Stadtrat hat den Bau einer neuen Brücke beschlossen. Die Arbeiten beginnen im Frühjahr.</p>' +
        '</article></body></html>',
    );
  }

  it.each(['x-default', '*', 'deutsch'])('gives no language for "%s", which names none', (lang) => {
    const record = processDocument(germanNote(lang), { name: 'page.html' });
    expect(record.status).toBe('clean');
    expect(record.status === 'clean' ? record.language : 'unread').toBeNull();
    // The same note tagged "de" is German: the tag is all it has.
    const tagged = processDocument(germanNote('de'), { name: 'page.html' });
    expect(tagged.status === 'clean' ? tagged.language : 'unread').toBe('de');
  });

  it('reads a short page with a tag that names no language from its whole text, chrome included', () => {
    const record = processDocument(germanPage('x-default', 'Von Anna Berg'), { name: 'page.html' });
    expect(record.status === 'clean' ? record.language : 'unread').toBe('de');
  });
});
