/**
 * Builds the word lexicon the metadata stage reads (functions/core/metadata/lexicon.json) from
 * compromise's, so the handler no longer imports compromise itself: importing `compromise/two` unpacks
 * and expands its lexicon on load (~270 ms on this machine, most of the handler's cold start), while the
 * packed result (~24,600 words) loads in a few milliseconds.
 *
 * `npm run lexicon` rewrites the file; tests/unit/lexicon.test.ts fails when it differs from what the
 * pinned compromise and gender-detection-from-name give, so they cannot drift apart.
 */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise/two';
import { type PackedLexicon, withoutDiacritics } from '../../functions/core/metadata/lexicon.ts';
import { LANGUAGES } from '../../functions/core/vocabulary/index.ts';

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

const require = createRequire(import.meta.url);
const GIVEN_NAMES_PACKAGE = 'gender-detection-from-name';

/**
 * German given names (gender-detection-from-name's German list, ~2,250 names with their gender) that compromise's
 * English lexicon lacks, written as found and without their diacritics: "Jürgen", "Götz", "Henriette", "Eberhard"
 * were no names to the metadata stage, on a benchmark whose multilingual pages are 70 % German. Left out: what
 * compromise knows already (as written or without diacritics), a function word of a vocabulary language ("nada",
 * "ante"), anything but letters, and the list's names that are first of all common words of German or English
 * (a capitalised noun in German: "Job", "Meta", "Wolf", "Linde"), read off the list by hand.
 */
const COMMON_WORDS = new Set(
  'ante basil cosmo curd curie ferry heide hinz iris job kunz linde magd maxim meta musa nada ole orban rica roche rocky viet vital wolf'.split(
    ' ',
  ),
);

function germanGivenNames(known: (word: string) => boolean): { male: string[]; female: string[] } {
  const names = require(`${GIVEN_NAMES_PACKAGE}/names/de.js`) as Map<string, string>;
  const functionWords = new Set(LANGUAGES.flatMap((language) => language.stopWords));
  const male: string[] = [];
  const female: string[] = [];
  for (const [name, gender] of names) {
    if (!/^\p{Ll}{3,}$/u.test(name) || COMMON_WORDS.has(name) || functionWords.has(name)) continue;
    if (known(name) || known(withoutDiacritics(name))) continue;
    if (gender === 'male') male.push(name);
    else if (gender === 'female') female.push(name);
  }
  return { male: male.sort(), female: female.sort() };
}

/**
 * Groups the words by their tag list, in compromise's order, one separator-joined string per group; then the
 * German given names compromise lacks, under the tag lists compromise gives its own given names.
 */
export function packLexicon(): PackedLexicon {
  const { version } = nlp as unknown as { version: string };
  const lexicon = compromiseLexicon();
  const groups = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (word.includes(WORD_SEPARATOR))
      throw new Error(`lexicon word contains the separator: ${JSON.stringify(word)}`);
    const key = (Array.isArray(tags) ? tags : [tags]).join(',');
    const words = groups.get(key) ?? [];
    words.push(word);
    groups.set(key, words);
  }
  const german = germanGivenNames((word) => Object.hasOwn(lexicon, word));
  groups.set('MaleName', [...(groups.get('MaleName') ?? []), ...german.male]);
  groups.set('FemaleName', [...(groups.get('FemaleName') ?? []), ...german.female]);
  const names = require(`${GIVEN_NAMES_PACKAGE}/package.json`) as { version: string };
  return {
    source: `compromise ${version} (lexicon of compromise/two), Copyright (c) 2019 Spencer Kelly, MIT licence; German given names it lacks from ${GIVEN_NAMES_PACKAGE} ${names.version} (names/de.js), Copyright (c) 2019 Davide Violante, MIT licence`,
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
