import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/types.js';
import { CHART_CONFIG } from './chart-theme.js';
import { formatInterval, formatNumber } from './format-number.js';

/**
 * Builds the group × target stance heatmap: colour is the mean stance score (red negative, blue
 * positive, white neutral), and each cell states the score, the number of mentions and the 95 %
 * interval. Targets a group never mentions stay empty. Returns `null` without any stance data.
 *
 * @param report - The report.
 */
export function buildStanceChart(report: Report): TopLevelSpec | null {
  const values = report.groups.flatMap((group) =>
    group.stance.map((stance) => ({
      group: group.name,
      target: stance.target,
      score: stance.score,
      label: `${formatNumber(stance.score, { style: 'signed' })} (n=${stance.mentions})\n${formatInterval(stance.ci)}`,
    })),
  );
  if (values.length === 0) return null;
  const extent = Math.max(0.2, ...values.map((value) => Math.abs(value.score)));
  const targets = report.options.targets.filter((target) => values.some((value) => value.target === target));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'Stance score per group and target',
    config: CHART_CONFIG,
    data: { values },
    width: { step: 110 },
    height: { step: 46 },
    encoding: {
      x: { field: 'target', type: 'nominal', title: 'Target', sort: targets, axis: { orient: 'top', labelAngle: 0 } },
      y: { field: 'group', type: 'nominal', title: null, sort: report.groups.map((group) => group.name) },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white' },
        encoding: {
          color: {
            field: 'score',
            type: 'quantitative',
            title: 'Stance',
            scale: { scheme: 'redblue', domain: [-extent, extent], domainMid: 0 },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 10, lineBreak: '\n', lineHeight: 13 },
        encoding: {
          text: { field: 'label', type: 'nominal' },
          color: { condition: { test: `abs(datum.score) > ${extent * 0.6}`, value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}
