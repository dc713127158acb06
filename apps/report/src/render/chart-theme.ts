import type { Config } from 'vega-lite';

/** Shared look of the report's charts: system sans-serif (no web fonts), quiet axes, no frame. */
export const CHART_CONFIG: Config = {
  font: 'sans-serif',
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 220, domainColor: '#888', tickColor: '#888' },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 220 },
  title: { fontSize: 13, anchor: 'start' },
};
