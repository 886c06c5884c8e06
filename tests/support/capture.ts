import { Writable } from 'node:stream';
import { vi } from 'vitest';

/** A writable stream that keeps what a command printed, for the CLI tests. */
export function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

/**
 * Keeps what is written to process.stderr (a command's notes and errors) instead of printing it, until an
 * `afterEach` calls `vi.restoreAllMocks()`; the getter returns what was written so far.
 */
export function captureStderr(): () => string {
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    text += String(chunk);
    return true;
  });
  return () => text;
}
