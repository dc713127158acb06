import { SentimentError } from './sentiment-error.js';
import type { Lexicon, LexiconLanguage } from './types.js';

/** Options of {@link createLexicon}. */
export interface CreateLexiconOptions {
  /** Name shown as `source` in contributions. Default `'custom'`. */
  name?: string;
  /** Language of the terms. Default `'de'`. */
  lang?: LexiconLanguage;
  /**
   * What to do when a term occurs twice: keep the `first` score, the `last`, or the one with the
   * larger magnitude (`strongest`). Default `'first'`.
   */
  duplicates?: 'first' | 'last' | 'strongest';
}

/** Lowercase a term and collapse its inner whitespace to single spaces. */
export function normalizeTerm(term: string): string {
  return term
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Build a {@link Lexicon} from `[term, score]` pairs or a plain object. Terms are lowercased (the
 * lookup is case-insensitive) and may be phrases of several words separated by spaces.
 *
 * @param entries - Terms and their scores in [-1, 1].
 * @param options - Name, language and duplicate handling; see {@link CreateLexiconOptions}.
 * @returns The lexicon.
 * @throws {SentimentError} `LEXICON_PARSE_FAILED` when a score is not a finite number in [-1, 1].
 */
export function createLexicon(
  entries: Iterable<readonly [string, number]> | Readonly<Record<string, number>>,
  options: CreateLexiconOptions = {},
): Lexicon {
  const { name = 'custom', lang = 'de', duplicates = 'first' } = options;
  const map = new Map<string, number>();
  const pairs: Iterable<readonly [string, number]> =
    Symbol.iterator in entries
      ? (entries as Iterable<readonly [string, number]>)
      : Object.entries(entries as Record<string, number>);
  for (const [rawTerm, score] of pairs) {
    if (typeof score !== 'number' || !Number.isFinite(score) || score < -1 || score > 1) {
      throw new SentimentError(
        'LEXICON_PARSE_FAILED',
        `lexicon "${name}": score of "${rawTerm}" must be a number in [-1, 1], got ${String(score)}`,
      );
    }
    const term = normalizeTerm(rawTerm);
    if (term === '') continue;
    const previous = map.get(term);
    if (
      previous === undefined ||
      duplicates === 'last' ||
      (duplicates === 'strongest' && Math.abs(score) > Math.abs(previous))
    ) {
      map.set(term, score);
    }
  }
  return { name, lang, entries: map };
}
