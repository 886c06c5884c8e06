/** The region's start: a lead sentence above the first paragraph stays in the article, in German too. */
import { describe, expect, it } from 'vitest';
import { applyModel, classify } from '../../functions/core/cleaning/classify.ts';
import { findRegion } from '../../functions/core/cleaning/region.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { normalise } from '../../functions/core/normalise.ts';
import { processText } from '../../functions/core/pipeline.ts';

/** A short German article: its lede's content words are nouns and names, every one capitalised. */
const GERMAN = [
  'Stadtrat beschließt neuen Verkehrsplan',
  'Die Oberbürgermeisterin von Leipzig, Katja Hoffmann, stellte am Dienstag den neuen Verkehrsplan im Stadtrat vor.',
  '„Wir wollen eine ruhigere und sicherere Stadt für alle“, sagte die Oberbürgermeisterin vor den Stadträten.',
  'Die Opposition kritisierte den Plan. „Das ist ein teurer Fehler“, sagte Stefan Keller, Fraktionschef der CDU.',
  '© 2024 Stadtzeitung',
];

function regionStart(blocks: string[]): string {
  const units = classify(segment(normalise(blocks.join('\n\n'))));
  applyModel(units);
  return units[findRegion(units).start]!.block.text;
}

describe('the lead sentence at the region start', () => {
  it('keeps a German lede dense in function words though most of its content words are capitalised', () => {
    expect(regionStart(GERMAN)).toBe(GERMAN[1]);
    expect(processText(GERMAN.join('\n\n'), { name: 'artikel.txt' }).body.startsWith(GERMAN[1]!)).toBe(true);
  });

  it('still leaves a title-cased tagline above the article to the title search', () => {
    const blocks = ['Home', 'The Best Bike Paths In The City Of Leipzig Today.', ...GERMAN.slice(2)];
    expect(regionStart(blocks)).toBe(GERMAN[2]);
  });
});
