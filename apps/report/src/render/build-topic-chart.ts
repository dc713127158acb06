import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/types.js';
import { CHART_CONFIG } from './chart-theme.js';
import { formatNumber } from './format-number.js';

/**
 * Builds the group × topic heatmap: each cell is the share of the group's text assigned to the
 * topic (its mean topic weight). Returns `null` when there are no topics.
 *
 * @param report - The report.
 */
export function buildTopicChart(report: Report): TopLevelSpec | null {
  if (report.topics.length === 0 || report.groups.length === 0) return null;
  const labels = new Map(report.topics.map((topic) => [topic.id, `T${topic.id + 1} ${topic.label}`]));
  const values = report.groups.flatMap((group) =>
    group.topics.map((entry) => ({
      group: group.name,
      topic: labels.get(entry.topic) ?? `T${entry.topic + 1}`,
      weight: entry.weight,
      text: formatNumber(entry.weight, { style: 'percent', decimals: 0 }),
    })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'Topic weight per group',
    config: CHART_CONFIG,
    data: { values },
    width: { step: 90 },
    height: { step: 34 },
    encoding: {
      x: { field: 'topic', type: 'nominal', title: 'Topic', sort: [...labels.values()], axis: { labelAngle: -30, labelLimit: 160 } },
      y: { field: 'group', type: 'nominal', title: null, sort: report.groups.map((group) => group.name) },
    },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          color: { field: 'weight', type: 'quantitative', title: 'Share', scale: { scheme: 'blues', domain: [0, 1] }, legend: { format: '.0%' } },
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          text: { field: 'text', type: 'nominal' },
          color: { condition: { test: 'datum.weight > 0.5', value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}
