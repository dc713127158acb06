/**
 * Node-only helpers of @diskurs/sentiment: read user lexicons and target files from disk.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDictionaryYaml } from './parse-dictionary-yaml.js';
import { parseScoreTable } from './parse-score-table.js';
import { parseSentiws } from './parse-sentiws.js';
import { parseTargets, type Target } from './parse-targets.js';
import { SentimentError } from './sentiment-error.js';
import type { LexiconLanguage, ParsedLexicon } from './types.js';

/** Format of a lexicon file. */
export type LexiconFormat = 'sentiws' | 'table' | 'yaml';

/** Options of {@link readLexicon}. */
export interface ReadLexiconOptions {
  /**
   * File format. Default: from the extension — `.yml`/`.yaml` → `yaml` (quanteda-style
   * dictionary), `.csv`/`.tsv` → `table` (`term,score`), anything else → `sentiws`.
   */
  format?: LexiconFormat;
  /** Lexicon name shown as `source`. Default: the file path. */
  name?: string;
  /** Language of the terms. Default `'de'`. */
  lang?: LexiconLanguage;
  /** Score of each term for `yaml` dictionaries. Default 0.5. */
  weight?: number;
  /** Divisor of the scores of `table` files. Default: as in `parseScoreTable` (1, or the largest |score| above 1). */
  scale?: number;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new SentimentError('LEXICON_LOAD_FAILED', `cannot read ${path}`, { file: path, cause });
  }
}

/** The format {@link readLexicon} assumes for a path. */
export function detectLexiconFormat(path: string): LexiconFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.yml' || extension === '.yaml') return 'yaml';
  if (extension === '.csv' || extension === '.tsv') return 'table';
  return 'sentiws';
}

/**
 * Read a user lexicon file: SentiWS text format, a CSV/TSV of `term,score`, or a quanteda-style
 * YAML dictionary. Pass the result's `lexicon` to `loadLexicons({ lexicons: [...] })`.
 *
 * @param path - File path.
 * @param options - See {@link ReadLexiconOptions}.
 * @returns The lexicon and the warnings (skipped lines with `file` and `line`).
 * @throws {SentimentError} `LEXICON_LOAD_FAILED` when the file cannot be read,
 *   `LEXICON_PARSE_FAILED` for an invalid YAML dictionary.
 */
export async function readLexicon(path: string, options: ReadLexiconOptions = {}): Promise<ParsedLexicon> {
  const text = await readText(path);
  const format = options.format ?? detectLexiconFormat(path);
  const common = { name: options.name ?? path, lang: options.lang ?? 'de', file: path } as const;
  if (format === 'yaml') {
    return parseDictionaryYaml(text, { ...common, ...(options.weight === undefined ? {} : { weight: options.weight }) });
  }
  if (format === 'table') {
    return parseScoreTable(text, { ...common, ...(options.scale === undefined ? {} : { scale: options.scale }) });
  }
  return parseSentiws(text, common);
}

/**
 * Read a targets file (DESIGN.md §5).
 *
 * @param path - Path of the JSON file.
 * @returns The targets.
 * @throws {SentimentError} `TARGETS_PARSE_FAILED` when the file cannot be read or is invalid.
 */
export async function readTargets(path: string): Promise<Target[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new SentimentError('TARGETS_PARSE_FAILED', `cannot read ${path}`, { file: path, cause });
  }
  return parseTargets(text, { file: path });
}
