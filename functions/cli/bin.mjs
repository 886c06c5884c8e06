#!/usr/bin/env node
// Entry point of the `copydesk` command. Runs the built bundle (dist/cli/, made by `npm ci` through the
// `prepare` script, see build.ts); rebuilds it first when a source file is newer; if it cannot be built,
// runs the TypeScript sources through tsx (slower to start, same behaviour).
import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { BUNDLE_DIR, bundleIsFresh } from './bundle.mjs';

// The SDK's notice that Node 20 support ends is printed on every command otherwise; Lambda runs Node 22+.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ||= 'true';
// Traces point at the TypeScript sources when they are asked for.
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);

// A CLI process is short: most of its CPU is V8's optimising compiler building the core's large functions,
// again each time a page shows them a new shape (~40% of a pass over DEV). A smaller inlining budget makes
// each build cheaper: whole-process CPU over DEV -10 to -13%, steady state ~3% slower (measured, issue 14).
// Set before the bundle is loaded, so every function of the core is compiled under it; output unchanged.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');

// Node 22.1+ keeps the bundle's compiled bytecode on disk (os.tmpdir()/node-compile-cache) for the next
// start, and for the worker threads of `clean --jobs`; Node 20 has no such cache (a no-op there).
module.enableCompileCache?.();

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = pathToFileURL(`${root}${BUNDLE_DIR}/main.js`).href;

async function loadMain() {
  if (process.env.COPYDESK_FROM_SOURCE !== '1') {
    if (bundleIsFresh(root)) return import(bundle);
    try {
      const { register } = await import('tsx/esm/api');
      const unregister = register();
      const { buildCli } = await import('./build.ts');
      await buildCli();
      await unregister();
      return import(bundle);
    } catch (error) {
      process.stderr.write(
        `copydesk: could not build the CLI bundle (${error.message}); running from source\n`,
      );
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(`${root}functions/cli/main.ts`).href);
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
