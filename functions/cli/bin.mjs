#!/usr/bin/env node
// Entry point of the `copydesk` command. Runs the built bundle (dist/cli/, made by `npm ci` through the
// `prepare` script, see build.ts); rebuilds it first when a source file is newer; if it cannot be built,
// runs the TypeScript sources through tsx (slower to start, same behaviour).
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The SDK's notice that Node 20 support ends is printed on every command otherwise; Lambda runs Node 22+.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Traces point at the TypeScript sources when they are asked for.
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = new URL('../../dist/cli/main.js', import.meta.url);

/** The bundle is fresh when it exists and none of the files it was built from changed since. */
function bundleIsFresh() {
  try {
    const info = JSON.parse(readFileSync(new URL('../../dist/cli/build.json', import.meta.url), 'utf8'));
    return info.inputs.every((input) => {
      try {
        return statSync(root + input).mtimeMs <= info.builtAt;
      } catch {
        return false; // an input was removed: rebuild
      }
    });
  } catch {
    return false;
  }
}

async function loadMain() {
  if (process.env.COPYDESK_FROM_SOURCE !== '1') {
    if (bundleIsFresh()) return import(bundle.href);
    try {
      const { register } = await import('tsx/esm/api');
      const unregister = register();
      const { buildCli } = await import('./build.ts');
      await buildCli();
      await unregister();
      return import(`${bundle.href}?${Date.now()}`);
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
