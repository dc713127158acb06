import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../test/fixtures/sample-report.js';
import { buildSegmentChart } from './build-segment-chart.js';
import { buildSentimentChart } from './build-sentiment-chart.js';
import { buildSimilarityChart } from './build-similarity-chart.js';
import { buildStanceChart } from './build-stance-chart.js';
import { buildTopicChart } from './build-topic-chart.js';
import { renderChart, renumberIds } from './render-chart.js';

describe('renderChart', () => {
  it('renders every chart of a report to SVG with corpus text escaped', async () => {
    const report = createSampleReport();
    const specs = [buildTopicChart, buildStanceChart, buildSentimentChart, buildSimilarityChart, buildSegmentChart].map(
      (build) => build(report),
    );
    for (const spec of specs) {
      expect(spec).not.toBeNull();
      const svg = await renderChart(spec!);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/<img/i);
    }
    const stance = await renderChart(buildStanceChart(report)!);
    expect(stance).toContain('−0.30 (n=12)');
    expect(stance).toContain('[−0.50, −0.10]');
    expect(stance).toContain('Anna &lt;script&gt;');
  });

  it('renames element ids in order of appearance, the same from an SVG renamed before', async () => {
    const spec = buildSimilarityChart(createSampleReport())!;
    const svg = await renderChart(spec, { idPrefix: 'first-' });
    expect(svg).toMatch(/id="first-0"/);
    expect(svg).not.toMatch(/id="(?!first-)/);
    expect(renumberIds(svg, 'chart4-')).toBe(await renderChart(spec, { idPrefix: 'chart4-' }));
    expect(renumberIds('<svg><path d="M0"/></svg>', 'x-')).toBe('<svg><path d="M0"/></svg>');
  });

  it('refuses to load data from anywhere', async () => {
    await expect(
      renderChart({ data: { url: 'https://example.org/data.json' }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } }),
    ).rejects.toThrow(/refused/);
  });

  it('gives no chart for empty data', () => {
    const report = createSampleReport();
    report.topics = [];
    report.groups = report.groups.map((group) => ({ ...group, stance: [] }));
    report.similarity = { groups: ['x'], matrix: [[1]], delta: [[0]], deltaWords: 0 };
    expect(buildTopicChart(report)).toBeNull();
    expect(buildStanceChart(report)).toBeNull();
    expect(buildSimilarityChart(report)).toBeNull();
  });
});
