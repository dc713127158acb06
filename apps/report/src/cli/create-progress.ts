import cliProgress from 'cli-progress';
import type { OutputStream } from './cli-context';

/** Progress of a run, shown on stderr. */
export interface Progress {
  /**
   * Starts a stage (`reading`, `tokenizing`, `keywords`, …). `total` is the number of units the
   * stage will process, when known (default: unknown, a counter instead of a bar); `unit` names
   * them (default `documents`; throughput is shown for documents).
   */
  stage(name: string, total?: number, unit?: string): void;
  /** Counts processed units (default 1) and characters (default 0) for the throughput figure. */
  advance(units?: number, characters?: number): void;
  /** Sets the number of units done in the current stage. */
  update(units: number): void;
  /** Removes the progress display. Safe to call more than once. */
  stop(): void;
}

/** Options of {@link createProgress}. */
export interface CreateProgressOptions {
  /** Where progress goes (stderr). */
  stream: OutputStream;
  /** `--quiet` given. Default: false. */
  quiet?: boolean;
}

const SILENT: Progress = { stage() {}, advance() {}, update() {}, stop() {} };
const BAR_SIZE = 24;

function formatRate(perSecond: number, unit: string): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)} M${unit}/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k${unit}/s`;
  return `${perSecond < 10 ? perSecond.toFixed(1) : Math.round(perSecond)} ${unit}/s`;
}

/**
 * Creates a progress display through cli-progress: stage, units done (of total when known, as a
 * bar) and throughput (documents/s and characters/s). It is only shown when `stream` is a terminal
 * and not `quiet`; otherwise the returned object does nothing, so output to files, pipes and CI
 * logs stays clean. The display is cleared when stopped.
 */
export function createProgress(options: CreateProgressOptions): Progress {
  if (options.quiet || !options.stream.isTTY) return SILENT;
  let stageName = '';
  let unit = 'documents';
  let total = 0;
  let done = 0;
  let characters = 0;
  let startedAt = performance.now();
  const bar = new cliProgress.SingleBar({
    stream: options.stream,
    hideCursor: true,
    clearOnComplete: true,
    fps: 8,
    format: () => {
      const seconds = Math.max((performance.now() - startedAt) / 1000, 1e-3);
      let text = `diskurs ${stageName.padEnd(10)}`;
      if (total > 0) {
        const filled = Math.round(Math.min(done / total, 1) * BAR_SIZE);
        text += ` ${'█'.repeat(filled)}${'░'.repeat(BAR_SIZE - filled)} ${done}/${total} ${unit}`;
      } else if (done > 0) {
        text += ` ${done} ${unit}`;
      }
      if (unit === 'documents' && done > 0) {
        text += ` · ${formatRate(done / seconds, 'doc')}`;
        if (characters > 0) text += ` · ${formatRate(characters / seconds, 'char')}`;
      }
      return `${text} · ${seconds.toFixed(1)} s`;
    },
  });
  let started = false;
  return {
    stage(name, stageTotal, stageUnit = 'documents') {
      stageName = name;
      unit = stageUnit;
      total = stageTotal ?? 0;
      done = 0;
      characters = 0;
      startedAt = performance.now();
      if (!started) {
        bar.start(1, 0);
        started = true;
      } else {
        bar.update(0);
      }
    },
    advance(units = 1, chars = 0) {
      done += units;
      characters += chars;
      if (started) bar.update(0);
    },
    update(units) {
      done = units;
      if (started) bar.update(0);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
