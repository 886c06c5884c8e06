/**
 * vitest set-up file: the temporary folders a test file made (tests/support/temp-dirs.ts) are removed once its
 * tests and hooks have run (set-up hooks are registered first, so this after-all hook runs last).
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.ts';

afterAll(removeTempDirs);
