import type { CorpusDocument, ParseWarning } from '@diskurs/parser';
import { OWN_TEXT_KINDS } from '@diskurs/parser';
import { formatTable } from './format-table';
import { formatWarningList } from './format-warning';
import { styleText } from './style-text';

/** Options of {@link formatCorpusSummary}. */
export interface FormatCorpusSummaryOptions {
  /** Bold headings. Default: false. */
  color?: boolean;
}

const integer = new Intl.NumberFormat('en-US');
const SEPARATE_KINDS = ['quote', 'embed', 'comments', 'boilerplate'] as const;

/**
 * A compact human-readable summary of a parsed corpus: totals (documents, authors, date range,
 * characters), one table row per document (author, date, title, language, `file:line`, characters
 * of own text and of quotes, embeds, comments and boilerplate), and the warnings with `file:line`.
 */
export function formatCorpusSummary(
  documents: readonly CorpusDocument[],
  warnings: readonly ParseWarning[],
  options: FormatCorpusSummaryOptions = {},
): string {
  const color = options.color ?? false;
  const own = new Set<string>(OWN_TEXT_KINDS);
  const authors = new Set(documents.flatMap((document) => (document.author === null ? [] : [document.author])));
  const anonymous = documents.filter((document) => document.author === null).length;
  const dates = documents
    .map((document) => document.date)
    .filter((date): date is string => date !== null)
    .sort();
  const characters = documents.reduce((sum, document) => sum + document.text.length, 0);
  const parts = [
    `${integer.format(documents.length)} document${documents.length === 1 ? '' : 's'}`,
    `${authors.size} author${authors.size === 1 ? '' : 's'}${anonymous > 0 ? ` (+${anonymous} document${anonymous === 1 ? '' : 's'} without author)` : ''}`,
  ];
  if (dates.length > 0) parts.push(dates[0] === dates.at(-1) ? `${dates[0]}` : `${dates[0]} … ${dates.at(-1)}`);
  parts.push(`${integer.format(characters)} characters`);
  let text = `${styleText('bold', parts.join(' · '), color)}\n\n`;
  if (documents.length > 0) {
    const rows = documents.map((document) => {
      const sizes: Record<string, number> = {};
      for (const segment of document.segments) {
        const key = own.has(segment.kind) ? 'own' : segment.kind;
        sizes[key] = (sizes[key] ?? 0) + segment.end - segment.start;
      }
      return [
        document.name,
        document.author ?? 'unknown',
        document.date ?? '',
        document.title ?? '',
        document.lang ?? '',
        `${document.source.path}:${document.source.line}`,
        integer.format(sizes.own ?? 0),
        ...SEPARATE_KINDS.map((kind) => (sizes[kind] ? integer.format(sizes[kind]) : '')),
      ];
    });
    text += formatTable(
      [
        { header: 'document', maxWidth: 28 },
        { header: 'author', maxWidth: 22 },
        { header: 'date' },
        { header: 'title', maxWidth: 32 },
        { header: 'lang' },
        { header: 'source', maxWidth: 32 },
        { header: 'own text', align: 'right' },
        ...SEPARATE_KINDS.map((kind) => ({ header: kind, align: 'right' as const })),
      ],
      rows,
      { color },
    );
  }
  return text + formatWarningList(warnings, color);
}
