/** Reports corpus progress on a terminal. */
export interface ProgressBar {
  /** Shows that `done` documents are finished. */
  readonly update: (done: number) => void;
  /** Clears the bar. */
  readonly finish: () => void;
}

const BAR_WIDTH = 24;
// Redrawing at most ten times a second keeps a fast corpus from spending its time on the terminal.
const REDRAW_INTERVAL_MS = 100;

function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

/** One line of progress: a bar when the total is known, documents done, docs/s and the ETA. */
export function formatProgress(done: number, total: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const speed = `${rate.toFixed(1)} docs/s`;
  if (total === undefined || total <= 0) return `${done} documents  ${speed}`;
  const filled = Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH));
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const eta = rate > 0 ? formatDuration(Math.max(0, total - done) / rate) : '?';
  return `${bar} ${done}/${total} documents  ${speed}  ETA ${eta}`;
}

/** A progress bar on `stream` when it is a terminal; nothing at all when it is piped or redirected. */
export function createProgressBar(stream: NodeJS.WritableStream & { readonly isTTY?: boolean }, total: number | undefined, now = Date.now): ProgressBar {
  if (stream.isTTY !== true) return { update: () => undefined, finish: () => undefined };
  const started = now();
  let drawn = 0;
  return {
    update: (done) => {
      const time = now();
      if (time - drawn < REDRAW_INTERVAL_MS && done !== total) return;
      drawn = time;
      stream.write(`\r${formatProgress(done, total, time - started)}\u001b[K`);
    },
    finish: () => {
      if (drawn > 0) stream.write('\r\u001b[K');
    },
  };
}
