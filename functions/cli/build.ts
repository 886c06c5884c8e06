/**
 * Builds the `copydesk` command into dist/cli/ with esbuild: one ESM bundle split at each command's
 * dynamic import, so starting the CLI loads a few files instead of compiling TypeScript (tsx) and
 * resolving hundreds of modules. Run by `npm ci`/`npm install` (the `prepare` script) and by bin.mjs
 * whenever a source file is newer than the build. Build output is never committed (dist/ is ignored).
 *
 * dist/cli/build.json lists the project files the bundle was made from; bin.mjs compares their
 * modification times with the build's to know when to rebuild.
 */
import { copyFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The bundle's folder (BUNDLE_DIR of bundle.mjs, which bin.mjs reads). */
export const CLI_DIST = join(REPO_ROOT, 'dist', 'cli');
export const BUILD_INFO = 'build.json';

/**
 * Data files the core reads beside its code (`new URL(name, import.meta.url)`): copied next to the
 * chunks, as the handler's bundle does (HANDLER_ASSETS in infra/constructs/bundling.ts).
 */
const CORE_ASSETS = [
  { source: 'functions/core/metadata/lexicon.json', name: 'lexicon.json' },
  { source: 'functions/core/metadata/language-dict.json', name: 'language-dict.json' },
];

export interface BuildInfo {
  builtAt: number;
  /** Project files (relative to the repository) the bundle contains, plus the installed-packages stamp. */
  inputs: string[];
}

/**
 * Builds into a fresh folder, then swaps it in as `outDir` (default dist/cli), so a CLI starting
 * meanwhile never sees half a build.
 */
export async function buildCli(outDir: string = CLI_DIST): Promise<BuildInfo> {
  const next = `${outDir}-next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const result = await build({
    // clean-worker: the worker thread of `clean --jobs` (clean-pool.ts loads ./clean-worker.js beside it).
    entryPoints: {
      main: join(REPO_ROOT, 'functions/cli/main.ts'),
      'clean-worker': join(REPO_ROOT, 'functions/cli/clean-worker.ts'),
    },
    outdir: next,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Keeps /\p{…}/u literals as literals: esbuild rewrites them into `new RegExp(…)` for any Node target,
    // which inside a function builds a regex on every call (infra/constructs/bundling.ts, HANDLER_BUNDLE).
    supported: { 'regexp-unicode-property-escapes': true },
    mainFields: ['module', 'main'],
    // Bundled CommonJS dependencies call `require` for Node built-ins; an ESM bundle has none.
    banner: {
      js: "import { createRequire as __cdCreateRequire } from 'node:module';const require = __cdCreateRequire(import.meta.url);",
    },
    // Loaded only with --verbose (bin.mjs), so traces point at the TypeScript sources.
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  for (const asset of CORE_ASSETS) copyFileSync(join(REPO_ROOT, asset.source), join(next, asset.name));
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => relative(REPO_ROOT, join(process.cwd(), input)))
    .filter((input) => !input.startsWith('node_modules/') && !input.startsWith('..'));
  // npm rewrites this file on every install: a dependency change means a rebuild.
  inputs.push('node_modules/.package-lock.json', ...CORE_ASSETS.map((asset) => asset.source));
  const info: BuildInfo = { builtAt: Date.now(), inputs: [...new Set(inputs)].sort() };
  writeFileSync(join(next, BUILD_INFO), `${JSON.stringify(info, null, 2)}\n`);

  const old = `${outDir}-old-${process.pid}`;
  try {
    renameSync(outDir, old);
  } catch {
    // no earlier build
  }
  try {
    renameSync(next, outDir);
  } catch {
    rmSync(next, { recursive: true, force: true }); // another build won the race: keep that one
  }
  rmSync(old, { recursive: true, force: true });
  return info;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const info = await buildCli();
  console.log(
    `copydesk CLI built into ${relative(process.cwd(), CLI_DIST) || '.'}/ from ${info.inputs.length} files in ` +
      `${Math.round(performance.now() - started)} ms`,
  );
}
