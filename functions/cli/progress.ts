/**
 * Progress of a long run: a redrawn bar with rate and ETA on a terminal; plain lines at an interval
 * otherwise (logs and CI keep a readable history, not a stream of carriage returns).
 */

export interface ProgressOptions {
  stream: NodeJS.WritableStream;
  terminal: boolean;
  total: number;
  /** What is being counted ("objects"). */
  unit: string;
  /** Plain mode: milliseconds between lines. */
  intervalMs?: number;
  now?: () => number;
}

export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawnDone = -1;
  private done = 0;
  private detail = '';
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** `done` of `total` handled so far; `detail` is appended (e.g. "sent 12, skipped 3"). */
  update(done: number, detail: string): void {
    this.done = done;
    this.detail = detail;
    const now = this.now();
    const interval = this.options.terminal ? 100 : (this.options.intervalMs ?? 5000);
    if (now - this.lastDraw < interval) return;
    this.lastDraw = now;
    this.draw();
  }

  /** The last state, always drawn, and the terminal line ended. */
  finish(): void {
    if (this.options.terminal || this.drawnDone !== this.done) this.draw();
    if (this.options.terminal) this.options.stream.write('\n');
  }

  line(): string {
    const { total, unit } = this.options;
    const elapsed = Math.max(1, this.now() - this.started) / 1000;
    const rate = this.done / elapsed;
    const remaining = total - this.done;
    const eta = rate > 0 ? formatDuration(remaining / rate) : '?';
    const percent = total === 0 ? 100 : Math.floor((this.done / total) * 100);
    const counts = `${this.done}/${total} ${unit} ${percent}%`;
    const speed = `${rate.toFixed(rate < 10 ? 1 : 0)}/s`;
    const tail = `${speed}  ETA ${eta}${this.detail ? `  ${this.detail}` : ''}`;
    if (!this.options.terminal) return `${counts}  ${tail}  elapsed ${formatDuration(elapsed)}`;
    const width = 24;
    const filled = total === 0 ? width : Math.round((this.done / total) * width);
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${counts}  ${tail}`;
  }

  private draw(): void {
    this.drawnDone = this.done;
    if (this.options.terminal) this.options.stream.write(`\r\x1b[2K${this.line()}`);
    else this.options.stream.write(`${this.line()}\n`);
  }
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
