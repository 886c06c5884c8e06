import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Says which tests were skipped because a program they need is missing (tests/support/tools.ts).
    globalSetup: ['tests/support/tool-notice.ts'],
    // One fast-check seed for every property (tests/support/fast-check-seed.ts): the suite is deterministic.
    // The temporary folders a test file made are removed when it ends (tests/support/temp-dirs.ts).
    setupFiles: ['tests/support/fast-check-seed.ts', 'tests/support/temp-dirs-cleanup.ts'],
    // Generous: the suite must pass on a busy 2-core machine. Tests stay small; speed is measured by
    // the benchmarks (npm run bench:*), never by a timed test.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The SDK's notice that Node 20 support ends is noise here; Lambda runs Node 22+.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
