import cliProgress from "cli-progress";

export interface ProgressBar {
  update(done: number, total: number, current: string): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent when piped or when JSON is asked for. */
export function progressBar(enabled: boolean, label: string): ProgressBar {
  if (!enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {value}/{total} {current}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, current) {
      if (!started) {
        bar.start(total, 0, { current: "" });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { current: current.length > 40 ? `…${current.slice(-39)}` : current });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
