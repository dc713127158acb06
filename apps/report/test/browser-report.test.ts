import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render/render-html.js';
import type { Report } from '../src/report/types.js';
import { buildCorpusReport } from './fixtures/build-corpus-report.js';

/** The seeds' report: the golden report.json, which report-golden.test.ts keeps equal to a fresh build. */
const seedsReport = (): Report => JSON.parse(readFileSync(new URL('./golden/seeds-report.json', import.meta.url), 'utf8'));

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// In CI a missing browser is a failure (`.ci/run` installs it), elsewhere the test is skipped.
const run = available || process.env.CI === 'true' ? describe : describe.skip;

interface Visit {
  page: Page;
  consoleErrors: string[];
  outsideRequests: string[];
  dialogs: string[];
}

run('report.html in headless Chromium', () => {
  let directory: string;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (see .ci/run)`);
    directory = mkdtempSync(join(tmpdir(), 'diskurs-browser-'));
    context = await chromium.launchPersistentContext(join(directory, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (directory && process.env.KEEP_SCREENSHOTS !== '1') rmSync(directory, { recursive: true, force: true });
  }, 60_000);

  async function visit(html: string, name: string): Promise<Visit> {
    const file = join(directory, `${name}.html`);
    writeFileSync(file, html);
    const page = await context.newPage();
    const visit: Visit = { page, consoleErrors: [], outsideRequests: [], dialogs: [] };
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') visit.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => visit.consoleErrors.push(error.message));
    page.on('dialog', (dialog) => {
      visit.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      visit.outsideRequests.push(url);
      return route.abort();
    });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return visit;
  }

  it('shows the seeds’ report with its charts, without console errors or outside requests', async () => {
    const { page, consoleErrors, outsideRequests } = await visit(await renderHtml(seedsReport()), 'seeds');
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(await page.title()).toBe('diskurs report');
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBeGreaterThanOrEqual(4);
    // Every chart is laid out with a real size and drawn marks.
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(50);
      expect(await chart.locator('path, rect, text').count()).toBeGreaterThan(5);
    }
    for (const heading of ['Corpus overview', 'Distinctive terms', 'Topics', 'Sentiment', 'Stance toward targets', 'Style', 'Similarity of groups', 'Methods']) {
      await expect(page.getByRole('heading', { name: heading, exact: true }).count()).resolves.toBe(1);
    }
    const screenshot = join(directory, 'seeds-report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot)).toBe(true);
    console.log(`screenshot: ${screenshot}`);
  });

  it('renders markup in names, authors, titles and text as text and runs nothing', async () => {
    const report = await buildCorpusReport('apps/report/test/fixtures/hostile/corpus.txt', { lemmas: 'none' });
    const { page, consoleErrors, outsideRequests, dialogs } = await visit(await renderHtml(report), 'hostile');
    expect(dialogs).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.title()).toBe('diskurs report');
    // Evaluated in the page (a string: the test is type-checked without the DOM library).
    const counts = await page.evaluate(`({
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img').length,
      frames: document.querySelectorAll('iframe, object, embed').length,
      styles: document.querySelectorAll('style').length,
      handlers: [...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
      links: [...document.querySelectorAll('a')].map((link) => link.getAttribute('href')).filter((href) => !href?.startsWith('#')).length,
      hidden: getComputedStyle(document.body).display,
    })`);
    expect(counts).toEqual({ scripts: 0, images: 0, frames: 0, styles: 1, handlers: 0, links: 0, hidden: 'block' });
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain("<script>alert('name')</script>");
    expect(text).toContain("<img src=x onerror=alert('author')>");
    expect(text).toContain('Mallory </title><script>alert(4)</script>');
    // Text inside the SVG charts is text too.
    const chartText = await page.locator('figure.chart svg').allTextContents();
    expect(chartText.join(' ')).toContain('onerror=alert');
    await page.screenshot({ path: join(directory, 'hostile-report.png'), fullPage: true });
  });
});
