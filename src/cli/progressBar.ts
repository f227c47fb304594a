// A one-line progress bar with rate and ETA, drawn on stderr only when stderr is a terminal.
const COLOR = !process.env.NO_COLOR;

export interface Progress {
  tick(done: number, failed: number): void;
  finish(): void;
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.round(seconds)}s`;
}

export function createProgress(total: number | undefined, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick: () => {}, finish: () => {} };
  const started = Date.now();
  let last = 0;
  const draw = (done: number, failed: number) => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = done / Math.max(elapsed, 0.001);
    const width = 30;
    const share = total ? Math.min(done / total, 1) : 0;
    const bar = total ? `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ` : '';
    const eta = total ? ` ETA ${formatSeconds((total - done) / rate)}` : '';
    const failures = failed ? (COLOR ? ` \u001b[33m${failed} failed\u001b[0m` : ` ${failed} failed`) : '';
    stream.write(`\r${bar}${done}${total ? `/${total}` : ''} articles ${rate.toFixed(1)}/s${eta}${failures}\u001b[K`);
  };
  return {
    tick(done, failed) {
      if (Date.now() - last < 100 && done !== total) return;
      last = Date.now();
      draw(done, failed);
    },
    finish() {
      stream.write('\n');
    },
  };
}
