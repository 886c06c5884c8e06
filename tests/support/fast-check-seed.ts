/**
 * vitest set-up file: every fast-check property runs from one fixed seed, so a run of the suite is
 * deterministic (a property that fails fails every time). FC_SEED=<n> explores other inputs; a test that
 * passes its own seed keeps it.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? '20261202');
fc.configureGlobal({ seed });
