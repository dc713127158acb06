import { normalizeTerm } from './create-lexicon.js';
import type { LexiconLanguage, ParsedLexicon, SentimentWarning } from './types.js';

/** Options of {@link parseSentiws}. */
export interface ParseSentiwsOptions {
  /** Lexicon name shown as `source`. Default `'sentiws-file'`. */
  name?: string;
  /** Language. Default `'de'`. */
  lang?: LexiconLanguage;
  /** File name for warnings. Default: none. */
  file?: string;
}

/**
 * Parse the SentiWS text format: one lemma per line, `Wort|POS<TAB>score<TAB>Form1,Form2,…`
 * (the inflections column may be missing). Both SentiWS files (positive and negative) can be
 * passed concatenated. Lines that do not parse are skipped and reported as warnings.
 *
 * @param text - File content.
 * @param options - See {@link ParseSentiwsOptions}.
 * @returns The lexicon (lemmas and forms, lowercased) and warnings.
 */
export function parseSentiws(text: string, options: ParseSentiwsOptions = {}): ParsedLexicon {
  const { name = 'sentiws-file', lang = 'de', file } = options;
  const entries = new Map<string, number>();
  const warnings: SentimentWarning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    const head = fields[0]?.split('|')[0]?.trim() ?? '';
    const score = Number(fields[1]);
    if (head === '' || fields.length < 2 || !Number.isFinite(score) || score < -1 || score > 1) {
      warnings.push({
        code: 'LEXICON_LINE_SKIPPED',
        line: i + 1,
        ...(file === undefined ? {} : { file }),
        message: `not a SentiWS line (Wort|POS<TAB>score<TAB>forms): ${line.slice(0, 60)}`,
      });
      return;
    }
    const forms = [head, ...(fields[2] ?? '').split(',')];
    for (const form of forms) {
      const term = normalizeTerm(form);
      if (term !== '' && !entries.has(term)) entries.set(term, score);
    }
  });
  return { lexicon: { name, lang, entries }, warnings };
}
