/**
 * Builds the word lexicon the metadata stage reads (functions/core/metadata/lexicon.json) from
 * compromise's, so the handler no longer imports compromise itself: importing `compromise/two` unpacks
 * and expands its lexicon on load (~270 ms on this machine, most of the handler's cold start), while the
 * packed result (~24,600 words) loads in a few milliseconds.
 *
 * `npm run lexicon` rewrites the file; tests/unit/lexicon.test.ts fails when it differs from what the
 * pinned compromise gives, so the two cannot drift apart.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise/two';
import type { PackedLexicon } from '../../functions/core/metadata/lexicon.ts';

/** Separates the words of one tag group (no lexicon word contains a line break). */
const WORD_SEPARATOR = '\n';

export const LEXICON_FILE = fileURLToPath(
  new URL('../../functions/core/metadata/lexicon.json', import.meta.url),
);

type CompromiseLexicon = Record<string, string | string[]>;

/** compromise's expanded lexicon (after compromise/two's plugins have added inflected forms). */
function compromiseLexicon(): CompromiseLexicon {
  return (nlp as unknown as { world(): { model: { one: { lexicon: CompromiseLexicon } } } }).world().model.one
    .lexicon;
}

/** Groups the words by their tag list, in compromise's order, one separator-joined string per group. */
export function packLexicon(): PackedLexicon {
  const { version } = nlp as unknown as { version: string };
  const groups = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(compromiseLexicon())) {
    if (word.includes(WORD_SEPARATOR))
      throw new Error(`lexicon word contains the separator: ${JSON.stringify(word)}`);
    const key = (Array.isArray(tags) ? tags : [tags]).join(',');
    const words = groups.get(key) ?? [];
    words.push(word);
    groups.set(key, words);
  }
  return {
    source: `compromise ${version} (lexicon of compromise/two), Copyright (c) 2019 Spencer Kelly, MIT licence`,
    regenerate: 'npm run lexicon',
    separator: WORD_SEPARATOR,
    tags: Object.fromEntries([...groups].map(([key, words]) => [key, words.join(WORD_SEPARATOR)])),
  };
}

/** The file's text: stable key order (compromise's), two-space JSON, final newline. */
export function lexiconFileText(packed: PackedLexicon): string {
  return `${JSON.stringify(packed, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const packed = packLexicon();
  await writeFile(LEXICON_FILE, lexiconFileText(packed));
  const words = Object.values(packed.tags).reduce(
    (sum, joined) => sum + joined.split(WORD_SEPARATOR).length,
    0,
  );
  console.log(`wrote ${LEXICON_FILE}: ${words} words in ${Object.keys(packed.tags).length} tag groups`);
}
