import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../test/fixtures/sample-report.js';
import { buildSentimentChart } from './build-sentiment-chart.js';
import { buildStanceChart } from './build-stance-chart.js';
import { type ChartCache, prerenderCharts, renderCharts } from './render-charts.js';

describe('prerenderCharts and renderCharts', () => {
  const report = createSampleReport();
  const specs = [buildSentimentChart(report)!, buildStanceChart(report)!];
  const jobs = specs.map((spec, index) => ({ spec, idPrefix: `chart${index + 1}-` }));

  it('draws charts ahead into a cache, and a page then takes them with its own ids, byte for byte', async () => {
    const cache: ChartCache = new Map();
    await prerenderCharts(specs, cache);
    expect(cache.size).toBe(2);
    expect(await renderCharts(jobs, cache)).toEqual(await renderCharts(jobs));
  });

  it('takes a chart from the cache instead of drawing it again', async () => {
    const cache: ChartCache = new Map([[JSON.stringify(specs[0]), '<svg id="ahead-0"><use href="#ahead-0"/></svg>']]);
    const [first, second] = await renderCharts(jobs, cache);
    expect(first).toBe('<svg id="chart1-0"><use href="#chart1-0"/></svg>');
    expect(second).toMatch(/^<svg/);
  });

  it('leaves out a chart that cannot be drawn ahead; the page reports it', async () => {
    const broken = { data: { url: 'https://example.org/data.csv' }, mark: 'bar' } as never;
    const cache: ChartCache = new Map();
    await prerenderCharts([broken, specs[0]!], cache);
    expect([...cache.keys()]).toEqual([JSON.stringify(specs[0])]);
    await expect(renderCharts([{ spec: broken, idPrefix: 'x-' }], cache)).rejects.toThrow(/refused/);
  });
});
