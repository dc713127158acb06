/**
 * Worker-thread entry (built to dist/chart-worker.js): loads vega and vega-lite as soon as it
 * starts, then renders the chart batches it is sent to SVG and posts them back, so that the
 * main thread writes Markdown and JSON meanwhile. See `startChartWorker`.
 */
import { parentPort } from 'node:worker_threads';
import type { ChartJob } from './render/render-charts.js';
import { renderCharts } from './render/render-charts.js';

// Load the chart libraries now, while the main thread is busy with the corpus.
void import('./render/render-chart.js');

parentPort!.on('message', (jobs: ChartJob[]) => {
  renderCharts(jobs).then(
    (svgs) => parentPort!.postMessage({ svgs }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
