/**
 * Worker-thread entry (built to dist/chart-worker.js): loads vega and vega-lite as soon as it
 * starts, draws the charts it is sent ahead (`{ prerender: specs }`, no answer) and renders the
 * chart batches it is sent (`ChartJob[]`) to SVG — from what it drew ahead where it can — and posts
 * them back, so that the main thread writes Markdown and JSON meanwhile. Messages are handled one
 * after the other. See `startChartWorker`.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { type ChartCache, type ChartJob, prerenderCharts, renderCharts } from './render/render-charts.js';

// Load the chart libraries now, while the main thread is busy with the corpus.
void import('./render/render-chart.js');

const cache: ChartCache = new Map();
let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', (message: ChartJob[] | { prerender: TopLevelSpec[] }) => {
  // Each step settles, whatever happens in it: a batch is always answered, never left behind a failure.
  queue = queue.then(() => {
    if (!Array.isArray(message)) return prerenderCharts(message.prerender, cache).catch(() => {});
    return renderCharts(message, cache).then(
      (svgs) => parentPort!.postMessage({ svgs }),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
});
