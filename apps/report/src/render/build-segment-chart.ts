import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/types.js';
import { CHART_CONFIG } from './chart-theme.js';

/** Order and colours of segment kinds: the author's own text first (blues), then everything else. */
export const SEGMENT_ORDER: readonly string[] = [
  'title',
  'body',
  'heading',
  'list',
  'footnote',
  'quote',
  'embed',
  'comments',
  'boilerplate',
  'header',
  'markup',
];
const SEGMENT_COLOURS = ['#0b3c6e', '#1f5f99', '#4f8cc9', '#7fb0de', '#a9cbec', '#d9822b', '#f0b46b', '#8c6d9f', '#9a9a9a', '#c4c4c4', '#e3e3e3'];

/**
 * Builds the segment-size chart: per group, a bar split by segment kind (share of characters), so
 * the reader sees how much of each group's text is the author's own and how much is quotes,
 * embeds, comments or boilerplate. Returns `null` without groups.
 *
 * @param report - The report.
 */
export function buildSegmentChart(report: Report): TopLevelSpec | null {
  const values = report.groups.flatMap((group) =>
    Object.entries(group.segments)
      .filter(([, chars]) => chars > 0)
      .map(([kind, chars]) => ({ group: group.name, kind, chars, order: SEGMENT_ORDER.indexOf(kind) })),
  );
  if (values.length === 0) return null;
  const present = SEGMENT_ORDER.filter((kind) => values.some((value) => value.kind === kind));
  const extra = [...new Set(values.map((value) => value.kind))].filter((kind) => !SEGMENT_ORDER.includes(kind)).sort();
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'Share of characters per segment kind and group',
    config: CHART_CONFIG,
    data: { values },
    width: 420,
    height: { step: 24 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'group', type: 'nominal', title: null, sort: report.groups.map((group) => group.name) },
      x: { field: 'chars', type: 'quantitative', stack: 'normalize', title: 'Share of characters', axis: { format: '.0%' } },
      color: {
        field: 'kind',
        type: 'nominal',
        title: 'Segment',
        scale: {
          domain: [...present, ...extra],
          range: [...present.map((kind) => SEGMENT_COLOURS[SEGMENT_ORDER.indexOf(kind)]!), ...extra.map(() => '#555555')],
        },
      },
      order: { field: 'order', type: 'quantitative' },
    },
  };
}
