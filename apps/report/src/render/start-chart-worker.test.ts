import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, builtCliDirectory } from '../../test/fixtures/cli/run-built-cli';
import { createSampleReport } from '../../test/fixtures/sample-report.js';
import { listChartSpecs, renderHtml } from './render-html.js';
import { type ChartWorker, startChartWorker } from './start-chart-worker.js';

let worker: ChartWorker;

// The worker starts from the build this file makes (not from one an earlier run left behind).
beforeAll(() => {
  buildCli('chart-worker');
  worker = startChartWorker(pathToFileURL(`${builtCliDirectory('chart-worker')}/chart-worker.js`));
}, 60_000);

describe('startChartWorker', () => {
  afterAll(() => worker.close());

  it('renders the HTML report byte for byte as this thread does, batch after batch', async () => {
    expect(existsSync(`${builtCliDirectory('chart-worker')}/chart-worker.js`)).toBe(true);
    const here = await renderHtml(createSampleReport());
    expect(here).toContain('<svg');
    expect(await renderHtml(createSampleReport(), { renderCharts: worker.renderCharts })).toBe(here);
    expect(await renderHtml(createSampleReport(), { renderCharts: worker.renderCharts })).toBe(here);
  });

  it('draws charts ahead and then gives the same bytes, also for a chart the draft did not have', async () => {
    const report = createSampleReport();
    const here = await renderHtml(report);
    const ahead = startChartWorker(pathToFileURL(`${builtCliDirectory('chart-worker')}/chart-worker.js`));
    // a draft without topics: its charts are drawn ahead, the topic chart only when the page asks
    const draft = { ...report, topics: [] };
    expect(listChartSpecs(draft).length).toBe(listChartSpecs(report).length - 1);
    ahead.prerender(listChartSpecs(draft));
    ahead.prerender([{ data: { url: 'https://example.org/data.csv' }, mark: 'bar' } as never]);
    expect(await renderHtml(report, { renderCharts: ahead.renderCharts })).toBe(here);
    await ahead.close();
  });

  it('reports a chart that fails and refuses work once closed', async () => {
    const broken = [{ spec: { data: { url: 'https://example.org/data.csv' }, mark: 'bar' } as never, idPrefix: 'x-' }];
    await expect(worker.renderCharts(broken)).rejects.toThrow(/refused|load/);
    const closing = startChartWorker(pathToFileURL(`${builtCliDirectory('chart-worker')}/chart-worker.js`));
    await closing.close();
    await expect(closing.renderCharts([])).rejects.toThrow(/closed/);
  });

  it('renders on this thread when there is no worker script', async () => {
    const local = startChartWorker(pathToFileURL(`${builtCliDirectory('chart-worker')}/no-such-worker.js`));
    expect(await renderHtml(createSampleReport(), { renderCharts: local.renderCharts })).toBe(await renderHtml(createSampleReport()));
    await local.close();
  });
});
