/**
 * Writes functions/core/metadata/language-dict.json: the n-gram dictionary of tinyld's light build (the
 * package's `detect` from 'tinyld/light'), which metadata/language-fast.ts reads to give the same answer as
 * tinyld without its per-word allocations. tinyld does not export its dictionary, so this reads it from the
 * installed bundle: `npm run tinyld-dict` after upgrading tinyld (tests/unit/metadata-language.test.ts fails
 * while the file and the installed package differ).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const TINYLD_DICT_FILE = fileURLToPath(
  new URL('../../functions/core/metadata/language-dict.json', import.meta.url),
);

interface RawDict {
  uniques: Record<string, string | number>;
  multiples: Record<string, string>;
}

/** The file's text as generated from the installed tinyld. */
export async function tinyldDictText(): Promise<string> {
  const require = createRequire(import.meta.url);
  const bundlePath = require.resolve('tinyld/light').replace(/\.js$/, '.mjs');
  const packageFile = bundlePath.replace(/dist[\\/][^\\/]+$/, 'package.json');
  const version = (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version;
  const source = readFileSync(bundlePath, 'utf8');
  // The bundle keeps the dictionary in `f` and the languages of the light build, in order, in `h`.
  if (!source.includes('export{M as cleanString')) throw new Error(`${bundlePath}: unexpected tinyld bundle`);
  const patched = source.replace('export{', 'export{f as __dict,h as __languages,');
  const module = (await import(`data:text/javascript,${encodeURIComponent(patched)}`)) as {
    __dict: RawDict;
    __languages: string[];
    toISO2: (language: string) => string;
  };
  const dict = module.__dict;
  const file = {
    source: `tinyld ${version} (light build's dictionary), Copyright (c) Komodo, MIT licence`,
    regenerate: 'npm run tinyld-dict',
    /** ISO 639-3 codes of the light build in tinyld's order; a packed language index i names languages[i - 1]. */
    languages: module.__languages,
    /** Their ISO 639-1 codes as tinyld's toISO2 gives them (the core reads them here: its bundle has no tinyld). */
    codes: module.__languages.map((language) => module.toISO2(language)),
    /** gram → language index in base 36: a gram only one language uses. */
    uniques: Object.fromEntries(Object.entries(dict.uniques).map(([gram, index]) => [gram, String(index)])),
    /** gram → packed: three characters per language, its index (base 36) then its weight (base 36). */
    multiples: dict.multiples,
  };
  // One top-level key a line, each value compact: the file ships beside the Lambda bundle, where the indented
  // form cost 30 KB of the size budget (bench:coldstart).
  const lines = Object.entries(file).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TINYLD_DICT_FILE, await tinyldDictText());
  console.log(`wrote ${TINYLD_DICT_FILE}`);
}
