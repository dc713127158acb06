import { normalizeTerm } from './create-lexicon.js';
import type { LexiconLanguage, ParsedLexicon, SentimentWarning } from './types.js';

/** Options of {@link parseScoreTable}. */
export interface ParseScoreTableOptions {
  /** Lexicon name shown as `source`. Default `'table'`. */
  name?: string;
  /** Language. Default `'de'`. */
  lang?: LexiconLanguage;
  /** Field delimiter. Default: tab if the first data line has one, else `;` if it has one, else `,`. */
  delimiter?: string;
  /**
   * Divide every score by this number. Default: 1 when all scores lie in [-1, 1], else the largest
   * absolute score (so an AFINN-style -5..5 table becomes -1..1).
   */
  scale?: number;
  /** File name for warnings. Default: none. */
  file?: string;
}

function splitFields(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (line.startsWith(delimiter, i)) {
      fields.push(field);
      field = '';
      i += delimiter.length - 1;
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/**
 * Parse a CSV or TSV of `term,score` (first two columns; more are ignored). A first line whose
 * score is not a number is taken as a header. Terms may be phrases (`nicht gut`) and may end in
 * `*` (prefix wildcard). Lines that do not parse are skipped and reported as warnings.
 *
 * @param text - File content.
 * @param options - See {@link ParseScoreTableOptions}.
 * @returns The lexicon and warnings.
 */
export function parseScoreTable(text: string, options: ParseScoreTableOptions = {}): ParsedLexicon {
  const { name = 'table', lang = 'de', file } = options;
  const warnings: SentimentWarning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const firstData = lines.find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '';
  const delimiter =
    options.delimiter ?? (firstData.includes('\t') ? '\t' : firstData.includes(';') ? ';' : ',');
  const rows: Array<{ term: string; score: number }> = [];
  let seenData = false;
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = splitFields(raw, delimiter);
    const term = (fields[0] ?? '').trim();
    const scoreText = (fields[1] ?? '').trim().replace(',', '.');
    const score = scoreText === '' ? Number.NaN : Number(scoreText);
    const first = !seenData;
    seenData = true;
    if (term === '' || !Number.isFinite(score)) {
      if (first) return; // header
      warnings.push({
        code: 'LEXICON_LINE_SKIPPED',
        line: i + 1,
        ...(file === undefined ? {} : { file }),
        message: `expected term${delimiter === '\t' ? '<TAB>' : delimiter}score: ${raw.slice(0, 60)}`,
      });
      return;
    }
    rows.push({ term, score });
  });
  const largest = rows.reduce((max, row) => Math.max(max, Math.abs(row.score)), 0);
  const scale = options.scale ?? Math.max(largest, 1);
  const entries = new Map<string, number>();
  const prefixes = new Map<string, number>();
  for (const row of rows) {
    const term = normalizeTerm(row.term);
    const score = Math.max(-1, Math.min(1, row.score / scale));
    if (term.endsWith('*') && !term.includes(' ')) {
      const prefix = term.slice(0, -1);
      if (prefix !== '' && !prefixes.has(prefix)) prefixes.set(prefix, score);
    } else if (!entries.has(term)) entries.set(term, score);
  }
  return { lexicon: { name, lang, entries, ...(prefixes.size > 0 ? { prefixes } : {}) }, warnings };
}
