/**
 * The author stage's inputs for each page of a corpus, as analyseMetadata prepares them: the page cleaned, its
 * body's language, the reader view and zones around its headline. Shared by authors-ab.ts and authors-profile.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBody } from '../../functions/core/body.ts';
import { clean } from '../../functions/core/clean.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { detectLanguageFast } from '../../functions/core/metadata/language-fast.ts';
import { blockZones, readerView } from '../../functions/core/metadata/zones.ts';

export function authorInputs(corpus: string) {
  return readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const cleaned = clean(readLayout(readFileSync(join(corpus, name), 'utf8')).blocks);
      const language = detectLanguageFast(renderBody(cleaned.body, 'text'));
      const anchor = cleaned.titleBlock;
      return {
        name,
        near: readerView(cleaned, anchor),
        anchor,
        language,
        zones: blockZones(cleaned, anchor),
      };
    });
}
