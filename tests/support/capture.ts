import { Writable } from 'node:stream';

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
