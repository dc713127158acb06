import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/types.js';
import { CHART_CONFIG } from './chart-theme.js';

/**
 * Builds the sentiment chart: per group, the mean sentence score in the author's own voice and in
 * quoted sentences, each with its 95 % bootstrap interval as a bar, and a rule at 0. Voices without
 * sentences are left out. Returns `null` when no group has scored sentences.
 *
 * @param report - The report.
 */
export function buildSentimentChart(report: Report): TopLevelSpec | null {
  const values = report.groups.flatMap((group) =>
    (
      [
        ['own voice', group.sentiment.own],
        ['quoted', group.sentiment.quoted],
      ] as const
    )
      .filter(([, summary]) => summary.n > 0)
      .map(([voice, summary]) => ({ group: group.name, voice, mean: summary.mean, low: summary.ci[0], high: summary.ci[1] })),
  );
  if (values.length === 0) return null;
  const extent = Math.min(1, Math.max(0.25, ...values.flatMap((value) => [Math.abs(value.low), Math.abs(value.high)])) * 1.1);
  const scale = { domain: [-extent, extent] };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'Mean sentiment per group, own voice and quoted, with 95% intervals',
    config: CHART_CONFIG,
    width: 420,
    height: { step: 20 },
    layer: [
      {
        data: { values },
        encoding: {
          y: { field: 'group', type: 'nominal', title: null, sort: report.groups.map((group) => group.name) },
          yOffset: { field: 'voice', type: 'nominal', sort: ['own voice', 'quoted'] },
          color: {
            field: 'voice',
            type: 'nominal',
            title: 'Voice',
            scale: { domain: ['own voice', 'quoted'], range: ['#1f5f99', '#d9822b'] },
          },
        },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 2 },
            encoding: { x: { field: 'low', type: 'quantitative', title: 'Mean sentence sentiment', scale }, x2: { field: 'high' } },
          },
          { mark: { type: 'point', filled: true, size: 60 }, encoding: { x: { field: 'mean', type: 'quantitative', scale } } },
        ],
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: '#888', strokeDash: [3, 3] },
        encoding: { x: { field: 'zero', type: 'quantitative', scale } },
      },
    ],
  };
}
