import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { type ChartJob, renderCharts } from './render-charts.js';

/** A chart renderer on a worker thread (or on this one, see {@link startChartWorker}). */
export interface ChartWorker {
  /** Renders charts to SVG, exactly as `renderCharts` does; one batch at a time. */
  renderCharts: (jobs: readonly ChartJob[]) => Promise<string[]>;
  /**
   * Draws charts ahead, while the rest of the report is being computed, so that `renderCharts`
   * finds them drawn (the same SVG bytes). No answer; does nothing on this thread.
   */
  prerender: (specs: readonly TopLevelSpec[]) => void;
  /** Stops the worker (safe to call more than once). */
  close: () => Promise<void>;
}

/**
 * Starts a worker thread that loads the chart libraries at once (while this thread reads and
 * analyses the corpus) and renders charts when asked, so that the HTML's charts are drawn on the
 * second core while this thread writes the other formats. When the worker script is not there
 * (running from source, as in tests) the charts are rendered on this thread.
 *
 * @param workerUrl - The worker script. Default: `chart-worker.js` beside this module (dist/).
 */
export function startChartWorker(workerUrl = new URL('./chart-worker.js', import.meta.url)): ChartWorker {
  if (!existsSync(fileURLToPath(workerUrl))) return { renderCharts, prerender: () => {}, close: async () => {} };
  const worker = new Worker(workerUrl);
  let failure: Error | undefined;
  let pending: { resolve: (svgs: string[]) => void; reject: (error: Error) => void } | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    pending?.reject(error);
    pending = undefined;
  };
  worker.on('message', (message: { svgs?: string[]; error?: string }) => {
    const current = pending;
    pending = undefined;
    if (message.svgs !== undefined) current?.resolve(message.svgs);
    else current?.reject(new Error(message.error ?? 'chart worker failed'));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the chart worker stopped (exit code ${code})`)));
  return {
    renderCharts: (jobs) =>
      new Promise((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        if (pending !== undefined) return reject(new Error('the chart worker renders one batch at a time'));
        pending = { resolve, reject };
        worker.postMessage(jobs);
      }),
    prerender: (specs) => {
      if (failure === undefined) worker.postMessage({ prerender: specs });
    },
    close: async () => {
      failure ??= new Error('the chart worker was closed');
      await worker.terminate();
    },
  };
}
