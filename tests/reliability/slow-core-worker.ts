/**
 * A core worker for deadline tests: the real core, except that a document containing SLOW_MARKER makes
 * it spin forever in synchronous code, as a quadratic stage would. Only terminating the thread stops it.
 */
import { processDocument } from '../../functions/core/pipeline.ts';
import { serveCoreJobs } from '../../functions/handler/core-runner.ts';

export const SLOW_MARKER = 'SPIN-FOREVER-IN-THE-CORE';

serveCoreJobs((job) => {
  if (Buffer.from(job.bytes).includes(SLOW_MARKER)) {
    for (;;) {
      // synchronous and endless: no timer, promise or signal can interrupt this thread
    }
  }
  return processDocument(job.bytes, job.hints, job.options);
});
