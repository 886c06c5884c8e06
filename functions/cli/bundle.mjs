// Where the built CLI lives and whether it is up to date (plain JavaScript: bin.mjs reads it before
// anything can compile TypeScript). build.ts writes the bundle and its build.json.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's folder, relative to the repository. */
export const BUNDLE_DIR = join('dist', 'cli');

/**
 * True when `root`'s bundle exists and none of the files it was built from (build.json's `inputs`,
 * relative to `root`) changed, or disappeared, since `builtAt`.
 */
export function bundleIsFresh(root) {
  let info;
  try {
    info = JSON.parse(readFileSync(join(root, BUNDLE_DIR, 'build.json'), 'utf8'));
    statSync(join(root, BUNDLE_DIR, 'main.js'));
  } catch {
    return false;
  }
  return info.inputs.every((input) => {
    try {
      return statSync(join(root, input)).mtimeMs <= info.builtAt;
    } catch {
      return false;
    }
  });
}
