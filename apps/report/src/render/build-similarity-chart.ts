import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/types.js';
import { CHART_CONFIG } from './chart-theme.js';
import { formatNumber } from './format-number.js';

/**
 * Builds the similarity chart: two group × group heatmaps side by side, cosine similarity of the
 * term profiles (darker = more alike) and Burrows' Delta on frequent words (darker = more
 * different). With more than 12 groups the cells shrink and drop their numbers (the tables carry
 * them). Returns `null` for fewer than two groups.
 *
 * @param report - The report.
 */
export function buildSimilarityChart(report: Report): TopLevelSpec | null {
  const groups = report.similarity.groups;
  if (groups.length < 2) return null;
  const cells = (matrix: number[][], measure: string) =>
    groups.flatMap((row, rowIndex) =>
      groups.map((column, columnIndex) => {
        const value = matrix[rowIndex]?.[columnIndex] ?? 0;
        return { row, column, value, measure, text: formatNumber(value) };
      }),
    );
  const maxDelta = Math.max(0.01, ...report.similarity.delta.flat());
  const compact = groups.length > 12;
  // Cosine colours start at the lowest off-diagonal value (rounded down to 0.1) for contrast.
  const offDiagonal = report.similarity.matrix.flatMap((row, rowIndex) => row.filter((_, columnIndex) => columnIndex !== rowIndex));
  const minCosine = Math.max(0, Math.floor(Math.min(1, ...offDiagonal) * 10) / 10);
  const panel = (measure: string, title: string, scheme: string, domain: [number, number], dark: number) => ({
    title,
    data: { values: cells(measure === 'cosine' ? report.similarity.matrix : report.similarity.delta, measure) },
    width: { step: compact ? 14 : 70 },
    height: { step: compact ? 14 : 34 },
    encoding: {
      x: { field: 'column', type: 'nominal' as const, title: null, sort: groups, axis: { labelAngle: compact ? -90 : -30, labelLimit: 140 } },
      y: { field: 'row', type: 'nominal' as const, title: null, sort: groups, axis: { labelLimit: 180 } },
    },
    layer: [
      {
        mark: { type: 'rect' as const, stroke: 'white' },
        encoding: { color: { field: 'value', type: 'quantitative' as const, title, scale: { scheme, domain } } },
      },
      ...(compact
        ? []
        : [
            {
              mark: { type: 'text' as const, fontSize: 11 },
              encoding: {
                text: { field: 'text', type: 'nominal' as const },
                color: { condition: { test: `datum.value > ${dark}`, value: 'white' }, value: 'black' },
              },
            },
          ]),
    ],
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'Similarity of groups: cosine and Burrows Delta',
    config: CHART_CONFIG,
    resolve: { scale: { color: 'independent' } },
    hconcat: [
      panel('cosine', 'Cosine similarity', 'greens', [Math.min(minCosine, 0.9), 1], 0.6 + 0.4 * Math.min(minCosine, 0.9)),
      panel('delta', "Burrows' Delta", 'oranges', [0, maxDelta], maxDelta * 0.6),
    ],
  };
}
