import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/types.js';
import { CHART_CONFIG } from './chart-theme.js';
import { formatInterval, formatNumber } from './format-number.js';

/** Stance scores at or beyond ± this value get the full colour (the scale is clamped). */
const FULL_COLOUR = 0.5;

/**
 * Builds the group × target stance heatmap: colour is the mean stance score (red negative, blue
 * positive, white neutral; full colour at ±0.5, the same scale in every report), and each cell
 * states the score, the number of mentions and the 95 % interval. Targets a group never mentions
 * stay empty. Groups run across and targets down when there are no more groups than targets, the
 * other way round otherwise, so the chart stays narrow. Returns `null` without any stance data.
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
  const targets = report.options.targets.filter((target) => values.some((value) => value.target === target));
  const groups = report.groups.map((group) => group.name);
  const groupsAcross = groups.length <= targets.length;
  const groupAxis = { field: 'group', type: 'nominal' as const, title: null, sort: groups, axis: { labelAngle: 0, labelLimit: 150, orient: 'top' as const } };
  const targetAxis = { field: 'target', type: 'nominal' as const, title: null, sort: targets, axis: { labelAngle: 0, labelLimit: 150, orient: 'top' as const } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'Stance score per group and target',
    config: CHART_CONFIG,
    data: { values },
    width: { step: 112 },
    height: { step: 40 },
    encoding: groupsAcross
      ? { x: groupAxis, y: { ...targetAxis, axis: { labelLimit: 150 } } }
      : { x: targetAxis, y: { ...groupAxis, axis: { labelLimit: 150 } } },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white' },
        encoding: {
          color: {
            field: 'score',
            type: 'quantitative',
            title: 'Stance',
            scale: { scheme: 'redblue', domain: [-FULL_COLOUR, FULL_COLOUR], domainMid: 0, clamp: true },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 11, lineBreak: '\n', lineHeight: 14 },
        encoding: {
          text: { field: 'label', type: 'nominal' },
          color: { condition: { test: `abs(datum.score) > ${FULL_COLOUR * 0.6}`, value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}
