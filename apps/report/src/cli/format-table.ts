import { styleText } from './style-text';

/** A column of {@link formatTable}. */
export interface TableColumn {
  /** Header text. */
  header: string;
  /** Alignment. Default: `left`. */
  align?: 'left' | 'right';
  /** Longer cells are cut and end in `…`. Default: no limit. */
  maxWidth?: number;
}

/** Options of {@link formatTable}. */
export interface FormatTableOptions {
  /** Bold header line. Default: false. */
  color?: boolean;
}

function fit(text: string, maxWidth: number | undefined): string {
  const flat = text.replace(/\s+/g, ' ');
  if (maxWidth === undefined || [...flat].length <= maxWidth) return flat;
  return `${[...flat].slice(0, Math.max(maxWidth - 1, 0)).join('')}…`;
}

/**
 * Formats rows as a compact plain-text table: a header, a rule, one line per row, columns
 * separated by two spaces, whitespace inside cells collapsed. Ends with a newline.
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: FormatTableOptions = {}): string {
  const cells = rows.map((row) => columns.map((column, index) => fit(row[index] ?? '', column.maxWidth)));
  const widths = columns.map((column, index) =>
    Math.max([...column.header].length, ...cells.map((row) => [...(row[index] ?? '')].length)),
  );
  const pad = (text: string, index: number) => {
    const width = widths[index] ?? 0;
    const padding = ' '.repeat(Math.max(width - [...text].length, 0));
    return columns[index]?.align === 'right' ? padding + text : text + padding;
  };
  const line = (row: readonly string[]) => row.map(pad).join('  ').trimEnd();
  const header = styleText('bold', line(columns.map((column) => column.header)), options.color ?? false);
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return `${[header, rule, ...cells.map(line)].join('\n')}\n`;
}
