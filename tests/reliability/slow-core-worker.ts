/**
 * A core worker for deadline and memory tests: the real core, except that a document containing SLOW_MARKER
 * makes it spin forever in synchronous code, as a quadratic stage would (only terminating the thread stops
 * it), and one containing HUNGRY_MARKER keeps allocating until the worker's heap runs out.
 */
import { processDocument } from '../../functions/core/pipeline.ts';
import { serveCoreJobs } from '../../functions/handler/core-worker.ts';

export const SLOW_MARKER = 'SPIN-FOREVER-IN-THE-CORE';
export const HUNGRY_MARKER = 'ALLOCATE-UNTIL-THE-HEAP-RUNS-OUT';

serveCoreJobs((job) => {
  if (Buffer.from(job.bytes).includes(SLOW_MARKER)) {
    for (;;) {
      // synchronous and endless: no timer, promise or signal can interrupt this thread
    }
  }
  if (Buffer.from(job.bytes).includes(HUNGRY_MARKER)) {
    const held: string[][] = [];
    for (;;) held.push(Array.from({ length: 10_000 }, (_, i) => `block ${held.length} ${i}`));
  }
  return processDocument(job.bytes, job.hints, job.options);
});
