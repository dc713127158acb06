import type { Report } from '../report/types.js';
import { buildOutline } from './build-outline.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Block, Cell, Inline } from './outline-types.js';

function renderCode(text: string, inTable: boolean): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat;
  return `${fence}${inTable ? padded.replace(/\|/g, '\\|') : padded}${fence}`;
}

function renderInline(inline: Inline, inTable = false): string {
  if (typeof inline === 'string') return escapeMarkdown(inline);
  if ('code' in inline) return renderCode(inline.code, inTable);
  if ('strong' in inline) {
    // CommonMark emphasis may not start or end with a space: keep surrounding spaces outside.
    const [, before = '', content = '', after = ''] = /^(\s*)(.*?)(\s*)$/s.exec(inline.strong) ?? [];
    return content === '' ? inline.strong : `${before}**${escapeMarkdown(content)}**${after}`;
  }
  return escapeMarkdown(inline.muted);
}

function renderCell(cell: Cell): string {
  const pieces = Array.isArray(cell) ? cell : [cell];
  return pieces.map((piece) => renderInline(piece, true)).join('');
}

function renderBlock(block: Block, depth: number): string[] {
  switch (block.type) {
    case 'heading':
      return [`${'#'.repeat(Math.min(6, block.level + depth))} ${escapeMarkdown(block.text)}`, ''];
    case 'paragraph':
      return [block.content.map((inline) => renderInline(inline)).join(''), ''];
    case 'list':
      return [...block.items.map((item) => `- ${item.map((inline) => renderInline(inline)).join('')}`), ''];
    case 'table': {
      const align = (index: number) => (block.align?.[index] === 'right' ? '---:' : '---');
      const row = (cells: Cell[]) => `| ${cells.map((cell) => renderCell(cell) || ' ').join(' | ')} |`;
      return [row(block.header), `| ${block.header.map((_, index) => align(index)).join(' | ')} |`, ...block.rows.map(row), ''];
    }
    case 'chart':
      // Charts are in report.html; every chart's figures are also in a table next to it.
      return [];
    case 'columns':
      return block.columns.flatMap((column) => [
        `${'#'.repeat(Math.min(6, 4 + depth))} ${escapeMarkdown(column.title)}`,
        '',
        ...column.blocks.flatMap((inner) => renderBlock(inner, depth)),
      ]);
  }
}

/**
 * Renders a report as Markdown (CommonMark with GFM tables), readable in any Markdown viewer:
 * the same sections and figures as the HTML report, with tables instead of charts. All corpus text
 * is escaped (no raw HTML, links or emphasis can come from the corpus); numbers are formatted for
 * readers (fixed decimals, `−` for minus).
 *
 * @param report - The report object.
 * @returns The Markdown text, ending with one newline.
 */
export function renderMarkdown(report: Report): string {
  const lines = buildOutline(report).flatMap((block) => renderBlock(block, 0));
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
