import { parse } from 'yaml';
import { normalizeTerm } from './create-lexicon.js';
import { SentimentError } from './sentiment-error.js';
import type { LexiconLanguage, ParsedLexicon, SentimentWarning } from './types.js';

/** Options of {@link parseDictionaryYaml}. */
export interface ParseDictionaryYamlOptions {
  /** Lexicon name shown as `source`. Default `'dictionary'`. */
  name?: string;
  /** Language. Default `'de'`. */
  lang?: LexiconLanguage;
  /** Score given to each positive term (negative terms get its negative). Default 0.5. */
  weight?: number;
  /** File name for warnings and errors. Default: none. */
  file?: string;
}

const SIGN: Readonly<Record<string, number>> = {
  positive: 1,
  pos: 1,
  negative: -1,
  neg: -1,
  neg_positive: -1,
  neg_negative: 1,
  negated_positive: -1,
  negated_negative: 1,
};

/**
 * Parse a quanteda-style dictionary exported to YAML: keys `positive` and `negative` (also `pos`,
 * `neg`) with lists of terms, and the negated forms `neg_positive` (e.g. `nicht gut`, scored
 * negative) and `neg_negative` (e.g. `nicht schlecht`, scored positive), as in the Lexicoder
 * Sentiment Dictionary. Keys may be nested one level (`sentiment: { positive: [...] }`). Terms
 * ending in `*` match any ending. Other keys are reported as warnings.
 *
 * @param text - YAML text.
 * @param options - See {@link ParseDictionaryYamlOptions}.
 * @returns The lexicon and warnings.
 * @throws {SentimentError} `LEXICON_PARSE_FAILED` when the text is not YAML or not a mapping.
 */
export function parseDictionaryYaml(text: string, options: ParseDictionaryYamlOptions = {}): ParsedLexicon {
  const { name = 'dictionary', lang = 'de', weight = 0.5, file } = options;
  let data: unknown;
  try {
    data = parse(text);
  } catch (cause) {
    const line = (cause as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new SentimentError('LEXICON_PARSE_FAILED', 'not a YAML dictionary', {
      ...(file === undefined ? {} : { file }),
      ...(line === undefined ? {} : { line }),
      cause,
    });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new SentimentError('LEXICON_PARSE_FAILED', 'a YAML dictionary must be a mapping of keys to term lists', {
      ...(file === undefined ? {} : { file }),
    });
  }
  const warnings: SentimentWarning[] = [];
  const entries = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const visit = (mapping: Record<string, unknown>, path: string, depth: number): void => {
    for (const [key, value] of Object.entries(mapping)) {
      const sign = SIGN[key.toLowerCase()];
      const where = path === '' ? key : `${path}.${key}`;
      if (sign === undefined) {
        if (depth === 0 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
          visit(value as Record<string, unknown>, where, depth + 1);
        } else {
          warnings.push({
            code: 'DICTIONARY_KEY_IGNORED',
            ...(file === undefined ? {} : { file }),
            message: `key "${where}" is not positive, negative, neg_positive or neg_negative`,
          });
        }
        continue;
      }
      const terms = Array.isArray(value) ? value : [value];
      for (const item of terms) {
        if (typeof item !== 'string') continue;
        const term = normalizeTerm(item);
        if (term === '') continue;
        if (term.endsWith('*') && !term.includes(' ')) {
          const prefix = term.slice(0, -1);
          if (prefix !== '' && !prefixes.has(prefix)) prefixes.set(prefix, sign * weight);
        } else if (!entries.has(term.replace(/\*$/, ''))) {
          entries.set(term.replace(/\*$/, ''), sign * weight);
        }
      }
    }
  };
  visit(data as Record<string, unknown>, '', 0);
  return { lexicon: { name, lang, entries, ...(prefixes.size > 0 ? { prefixes } : {}) }, warnings };
}
