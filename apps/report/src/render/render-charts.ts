import type { TopLevelSpec } from 'vega-lite';

/** One chart to render: its Vega-Lite spec and the prefix of its SVG element ids. */
export interface ChartJob {
  spec: TopLevelSpec;
  idPrefix: string;
}

/** Charts drawn ahead (see {@link prerenderCharts}): SVG by spec (as JSON), ids under a neutral prefix. */
export type ChartCache = Map<string, string>;

/** Prefix of the ids of a chart drawn ahead, before it takes its page's. */
const AHEAD = 'ahead-';

/**
 * Draws charts ahead of the page that will show them (for example while the rest of the report is
 * still being computed) into `cache`; {@link renderCharts} then takes them from there. A chart
 * that fails here is left out (and fails again, and is reported, when the page asks for it).
 *
 * @param specs - Vega-Lite specs with inline data.
 * @param cache - Where the SVGs go.
 */
export async function prerenderCharts(specs: readonly TopLevelSpec[], cache: ChartCache): Promise<void> {
  const { renderChart } = await import('./render-chart.js');
  for (const spec of specs) {
    const key = JSON.stringify(spec);
    if (cache.has(key)) continue;
    try {
      cache.set(key, await renderChart(spec, { idPrefix: AHEAD }));
    } catch {
      // drawn again, and its error reported, when the page asks for it
    }
  }
}

/**
 * Renders charts to SVG one after the other with `renderChart` (so the output never depends on
 * timing), or takes them from `cache` when they were drawn ahead (the same bytes). The chart
 * libraries are loaded on first use, so that a thread that leaves its charts to a worker never
 * loads them.
 *
 * @param jobs - The charts, in page order.
 * @param cache - Charts drawn ahead by {@link prerenderCharts}. Default: none.
 * @returns One SVG per job, in the same order.
 */
export async function renderCharts(jobs: readonly ChartJob[], cache?: ChartCache): Promise<string[]> {
  const { renderChart, renumberIds } = await import('./render-chart.js');
  const svgs: string[] = [];
  for (const job of jobs) {
    const ahead = cache?.get(JSON.stringify(job.spec));
    svgs.push(ahead === undefined ? await renderChart(job.spec, { idPrefix: job.idPrefix }) : renumberIds(ahead, job.idPrefix));
  }
  return svgs;
}
