import type { TopLevelSpec } from 'vega-lite';

/** One chart to render: its Vega-Lite spec and the prefix of its SVG element ids. */
export interface ChartJob {
  spec: TopLevelSpec;
  idPrefix: string;
}

/**
 * Renders charts to SVG one after the other with `renderChart` (so the output never depends on
 * timing). The chart libraries are loaded on first use, so that a thread that leaves its charts
 * to a worker never loads them.
 *
 * @param jobs - The charts, in page order.
 * @returns One SVG per job, in the same order.
 */
export async function renderCharts(jobs: readonly ChartJob[]): Promise<string[]> {
  const { renderChart } = await import('./render-chart.js');
  const svgs: string[] = [];
  for (const job of jobs) svgs.push(await renderChart(job.spec, { idPrefix: job.idPrefix }));
  return svgs;
}
