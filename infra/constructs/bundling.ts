/**
 * How the handler is bundled, in one place: the stack's NodejsFunction and the cold-start benchmark
 * (tests/bench/cold-start.ts) both derive their esbuild options from HANDLER_BUNDLE, so the bundle that
 * is measured is the bundle that is deployed.
 */
import { copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Charset, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The handler module and its export (written in functions/handler/). */
export const HANDLER_ENTRY = fileURLToPath(new URL('../../functions/handler/handler.ts', import.meta.url));
export const HANDLER_EXPORT = 'handler';

/**
 * The core's worker thread (functions/handler/core-worker.ts) has a bundle of its own beside index.mjs: the worker
 * loads the core alone, not the handler with the AWS SDK (functions/handler/core-runner.ts finds it by this name).
 */
export const CORE_WORKER_ENTRY = fileURLToPath(
  new URL('../../functions/handler/core-worker.ts', import.meta.url),
);
export const CORE_WORKER_FILE = 'core-worker.mjs';

/** esbuild's `supported` override that keeps /\p{…}/u literals as literals (see HANDLER_BUNDLE.supported). */
export const UNICODE_REGEX_LITERALS = { 'regexp-unicode-property-escapes': true } as const;

export const HANDLER_BUNDLE = {
  /** Matches the Lambda runtime chosen in cleaner-function.ts (Node.js 24). */
  target: 'node24',
  /**
   * Every Node target makes esbuild rewrite a regex literal with a Unicode property escape (/\p{Lu}/u) into
   * `new RegExp(…)` where it stands, so one inside a function built a regex object on every call (~32 places
   * in the core, many per word or per character). Node has had these escapes since 10: keep the literals.
   */
  supported: UNICODE_REGEX_LITERALS,
  format: 'esm',
  minify: true,
  /**
   * Non-ASCII characters as they are (UTF-8), not as \uXXXX escapes: the vocabulary's phrases, month names and
   * function words in Cyrillic, Arabic, Devanagari, Thai and Han took six bytes a character (the worker is 11 %
   * smaller so; Node reads every module as UTF-8).
   */
  charset: 'utf8',
  /** Source maps so stack traces in the logs point at TypeScript lines; no sources inside, smaller asset. */
  sourcemap: true,
  sourcesContent: false,
  /** Prefer packages' ESM builds: better tree shaking (the AWS SDK and Powertools ship both). */
  mainFields: ['module', 'main'],
  /**
   * Bundled CommonJS dependencies still call `require` for Node built-ins; an ESM bundle has no `require`,
   * so give it one. The alias avoids clashing with names in the bundle.
   */
  banner:
    "import { createRequire as __cdCreateRequire } from 'node:module';const require = __cdCreateRequire(import.meta.url);",
  /**
   * Nothing is external: the AWS SDK is bundled (pinned, tree-shaken) rather than taken from the runtime,
   * so what runs in Lambda is the version tested here.
   */
  external: [] as string[],
} as const;

/**
 * Data files the handler reads at run time beside its bundle (by `new URL(name, import.meta.url)`, which
 * resolves next to index.mjs once bundled): copied into the asset after esbuild runs.
 */
export const HANDLER_ASSETS = [
  { source: 'functions/core/metadata/lexicon.json', name: 'lexicon.json' },
  { source: 'functions/core/metadata/language-dict.json', name: 'language-dict.json' },
] as const;

/** Copies HANDLER_ASSETS into a built bundle's directory (the benchmark's build; the stack uses a hook). */
export function copyHandlerAssets(outDir: string): void {
  for (const asset of HANDLER_ASSETS) copyFileSync(join(REPO_ROOT, asset.source), join(outDir, asset.name));
}

/** The bundle's options in NodejsFunction's vocabulary. */
export function cdkBundlingOptions(): BundlingOptions {
  return {
    target: HANDLER_BUNDLE.target,
    format: OutputFormat.ESM,
    minify: HANDLER_BUNDLE.minify,
    charset: Charset.UTF8,
    sourceMap: HANDLER_BUNDLE.sourcemap,
    // Linked (a sourceMappingURL comment in the bundle), not EXTERNAL: without the comment Node never finds
    // the map and --enable-source-maps maps nothing.
    sourceMapMode: SourceMapMode.DEFAULT,
    sourcesContent: HANDLER_BUNDLE.sourcesContent,
    mainFields: [...HANDLER_BUNDLE.mainFields],
    banner: HANDLER_BUNDLE.banner,
    externalModules: [...HANDLER_BUNDLE.external],
    esbuildArgs: supportedCliArgs(),
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) => [
        ...HANDLER_ASSETS.map((asset) => `cp "${inputDir}/${asset.source}" "${outputDir}/${asset.name}"`),
        // The worker's bundle, with the handler's options, as NodejsFunction runs esbuild for the handler.
        `cd "${inputDir}" && npx --no-install esbuild ${workerCliArgs(
          `${inputDir}/${relative(REPO_ROOT, CORE_WORKER_ENTRY)}`,
          `${outputDir}/${CORE_WORKER_FILE}`,
        )
          .map(shellQuote)
          .join(' ')}`,
      ],
    },
  };
}

/** The esbuild CLI's arguments for the worker's bundle: esbuildOptions's, for CORE_WORKER_ENTRY. */
export function workerCliArgs(entry: string, outfile: string): string[] {
  return [
    '--bundle',
    entry,
    `--outfile=${outfile}`,
    '--platform=node',
    `--target=${HANDLER_BUNDLE.target}`,
    `--format=${HANDLER_BUNDLE.format}`,
    ...(HANDLER_BUNDLE.minify ? ['--minify'] : []),
    `--charset=${HANDLER_BUNDLE.charset}`,
    ...(HANDLER_BUNDLE.sourcemap ? ['--sourcemap'] : []),
    `--sources-content=${HANDLER_BUNDLE.sourcesContent}`,
    `--main-fields=${HANDLER_BUNDLE.mainFields.join(',')}`,
    `--banner:js=${HANDLER_BUNDLE.banner}`,
    ...HANDLER_BUNDLE.external.map((name) => `--external:${name}`),
    ...Object.entries(supportedCliArgs()).map(([flag, value]) => `${flag}=${value}`),
    '--log-level=warning',
  ];
}

/** HANDLER_BUNDLE.supported as esbuild CLI flags (`--supported:NAME=true`). */
function supportedCliArgs(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(HANDLER_BUNDLE.supported).map(([feature, on]) => [`--supported:${feature}`, String(on)]),
  );
}

function shellQuote(arg: string): string {
  return `"${arg.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * The same options in esbuild's vocabulary, as NodejsFunction passes them to the esbuild CLI; `entry` the
 * worker's (CORE_WORKER_ENTRY) for its bundle.
 */
export function esbuildOptions(outfile: string, entry: string = HANDLER_ENTRY): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: HANDLER_BUNDLE.target,
    format: HANDLER_BUNDLE.format,
    minify: HANDLER_BUNDLE.minify,
    charset: HANDLER_BUNDLE.charset,
    sourcemap: HANDLER_BUNDLE.sourcemap,
    sourcesContent: HANDLER_BUNDLE.sourcesContent,
    mainFields: [...HANDLER_BUNDLE.mainFields],
    banner: { js: HANDLER_BUNDLE.banner },
    external: [...HANDLER_BUNDLE.external],
    supported: { ...HANDLER_BUNDLE.supported },
    metafile: true,
    logLevel: 'warning',
  };
}
