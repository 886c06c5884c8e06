/**
 * Reusable typed arrays for the per-call tables of the cleaning stage. A typed array of more than 64 bytes
 * gets its own off-heap buffer, which costs about a microsecond to allocate: a dozen such tables per page
 * were a tenth of the time of a 1 KB page. Each use site owns one scratch; the stage is synchronous and no
 * use site is re-entered while its view is alive.
 */
export class Int32Scratch {
  private buffer = new Int32Array(1024);

  /** A view of `n` elements, each set to `value`. */
  take(n: number, value = 0): Int32Array {
    if (this.buffer.length < n) this.buffer = new Int32Array(Math.max(n, 2 * this.buffer.length));
    return this.buffer.subarray(0, n).fill(value);
  }
}

export class Float64Scratch {
  private buffer = new Float64Array(256);

  /** A view of `n` elements, each set to `value`. */
  take(n: number, value = 0): Float64Array {
    if (this.buffer.length < n) this.buffer = new Float64Array(Math.max(n, 2 * this.buffer.length));
    return this.buffer.subarray(0, n).fill(value);
  }
}
