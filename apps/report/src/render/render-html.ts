import type { Report } from '../report/types.js';
import { buildOutline } from './build-outline.js';
import { escapeHtml } from './escape-html.js';
import type { Block, Cell, Inline } from './outline-types.js';
import type { TopLevelSpec } from 'vega-lite';
import { type ChartJob, renderCharts } from './render-charts.js';

/** The Content-Security-Policy of the report: nothing may load or run; inline styles and data: images only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; --ink: #1d232a; --muted: #5f6b76; --line: #d9dee3; --soft: #f4f6f8; --accent: #1f5f99; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header.top { background: var(--soft); border-bottom: 1px solid var(--line); padding: 1rem 1.5rem; }
header.top h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
header.top p { margin: 0; color: var(--muted); }
nav { padding: .5rem 1.5rem; border-bottom: 1px solid var(--line); position: sticky; top: 0; background: #fff; z-index: 1; }
nav a { color: var(--accent); text-decoration: none; margin-right: 1rem; white-space: nowrap; font-size: .9rem; }
main { padding: 0 1.5rem 3rem; max-width: 1400px; }
h2 { margin: 2.2rem 0 .6rem; padding-top: .4rem; border-top: 2px solid var(--line); font-size: 1.3rem; }
h3 { margin: 1.6rem 0 .5rem; font-size: 1.1rem; }
h4 { margin: 0 0 .5rem; font-size: 1rem; overflow-wrap: anywhere; }
p { margin: .5rem 0; max-width: 75rem; }
.muted { color: var(--muted); }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.side-by-side td { min-width: 12rem; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
figure.chart figcaption { font-weight: 600; margin-bottom: .3rem; }
figure.chart svg { max-width: 100%; height: auto; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem; margin: .5rem 0 1rem; }
.column { border: 1px solid var(--line); border-radius: 6px; padding: .75rem; background: #fff; min-width: 0; }
.column ul { padding-left: 1.1rem; margin: .3rem 0 .8rem; }
.column li { margin-bottom: .35rem; }
@media print { nav { display: none; } figure.chart, table, .column { break-inside: avoid; } .table-wrap, figure.chart { overflow: visible; } }
`;

function renderInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  if ('code' in inline) return `<code>${escapeHtml(inline.code)}</code>`;
  if ('strong' in inline) return `<strong>${escapeHtml(inline.strong)}</strong>`;
  return `<span class="muted">${escapeHtml(inline.muted)}</span>`;
}

const renderCell = (cell: Cell) => (Array.isArray(cell) ? cell : [cell]).map(renderInline).join('');

async function renderBlock(block: Block, charts: Map<Block, string>): Promise<string> {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}${block.id ? ` id="${escapeHtml(block.id)}"` : ''}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${block.content.map(renderInline).join('')}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${item.map(renderInline).join('')}</li>`).join('')}</ul>`;
    case 'table': {
      const cellClass = (index: number) =>
        block.align?.[index] === 'right' ? ' class="num"' : block.align?.[index] === 'nowrap' ? ' class="nowrap"' : '';
      const head = block.header.map((cell, index) => `<th scope="col"${cellClass(index)}>${renderCell(cell)}</th>`).join('');
      const body = block.rows
        .map((row) => `<tr>${row.map((cell, index) => `<td${cellClass(index)}>${renderCell(cell)}</td>`).join('')}</tr>`)
        .join('\n');
      const className = block.className ? ` class="${escapeHtml(block.className)}"` : '';
      return `<div class="table-wrap"><table${className}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
    }
    case 'chart':
      return `<figure class="chart" role="group" aria-label="${escapeHtml(block.title)}"><figcaption>${escapeHtml(block.title)}</figcaption>${charts.get(block) ?? ''}</figure>`;
    case 'columns': {
      const columns: string[] = [];
      for (const column of block.columns) {
        const inner: string[] = [];
        for (const child of column.blocks) inner.push(await renderBlock(child, charts));
        columns.push(`<section class="column"><h4>${escapeHtml(column.title)}</h4>${inner.join('\n')}</section>`);
      }
      return `<div class="columns">${columns.join('\n')}</div>`;
    }
  }
}

/** The chart blocks of an outline, in page order (inside columns too). */
function collectCharts(blocks: readonly Block[]): Extract<Block, { type: 'chart' }>[] {
  return blocks.flatMap((block) =>
    block.type === 'chart' ? [block] : block.type === 'columns' ? block.columns.flatMap((column) => collectCharts(column.blocks)) : [],
  );
}

/**
 * The Vega-Lite specs of the charts {@link renderHtml} draws for a report, in page order: what a
 * chart worker can draw ahead (`ChartWorker.prerender`) while the report is being completed.
 *
 * @param report - The report, or a draft of it (`buildReport`'s `onDraft`).
 * @returns One spec per chart.
 */
export function listChartSpecs(report: Report): TopLevelSpec[] {
  return collectCharts(buildOutline(report)).map((block) => block.spec);
}

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /**
   * Renders the page's charts, in order, to SVG. Default: `renderCharts` on this thread; the CLI
   * passes a chart worker's (the same SVG, rendered on the second core).
   */
  renderCharts?: (jobs: readonly ChartJob[]) => Promise<string[]>;
}

/**
 * Renders a report as one self-contained HTML file that works offline: inline CSS, charts as inline
 * SVG rendered in Node (Vega-Lite → Vega → SVG, see `renderChart`), no script, no web font
 * and no reference to any other resource. A strict Content-Security-Policy ({@link REPORT_CSP})
 * forbids loading or running anything even if the file is edited later. All corpus text (names,
 * authors, titles, sentences) is HTML-escaped, in the SVG as well.
 *
 * @param report - The report object.
 * @param options - See {@link RenderHtmlOptions}.
 * @returns The HTML document.
 */
export async function renderHtml(report: Report, options: RenderHtmlOptions = {}): Promise<string> {
  const outline = buildOutline(report);
  const blocks = collectCharts(outline);
  const svgs = await (options.renderCharts ?? renderCharts)(blocks.map((block, index) => ({ spec: block.spec, idPrefix: `chart${index + 1}-` })));
  const charts = new Map<Block, string>(blocks.map((block, index) => [block, svgs[index]!]));
  const [title, intro, ...rest] = outline;
  const navigation = rest
    .filter((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading' && block.level === 2 && block.id !== undefined)
    .map((block) => `<a href="#${escapeHtml(block.id!)}">${escapeHtml(block.text)}</a>`)
    .join('');
  const body: string[] = [];
  for (const block of rest) body.push(await renderBlock(block, charts));
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title?.type === 'heading' ? title.text : 'diskurs report')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="top">${title ? await renderBlock(title, charts) : ''}${intro ? await renderBlock(intro, charts) : ''}</header>`,
    `<nav aria-label="Sections">${navigation}</nav>`,
    '<main>',
    body.join('\n'),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
