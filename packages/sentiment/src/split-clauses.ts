import type { Sentence, Token } from '@diskurs/tokenizer';
import { getRuleWords, type RuleWords } from './rule-words.js';
import type { LexiconLanguage } from './types.js';

/** A clause: a token range of a sentence. */
export interface Clause {
  /** Index of the first token (inclusive). */
  start: number;
  /** Index after the last token (exclusive). */
  end: number;
  /** Index of the contrast word that opens the clause (`aber`, `but`), if any. */
  contrast?: number;
}

/** Options of {@link splitClauses}. */
export interface SplitClausesOptions {
  /** Rule-word language; default: the sentence language, `de` for `other`. */
  lang?: LexiconLanguage;
}

const BOUNDARY_PUNCT = new Set([',', ';', ':', '-', '--', '(', ')', '[', ']', '...']);

/** True when a token ends a clause by punctuation (comma, semicolon, colon, dash, bracket, ellipsis). */
export function isClausePunctuation(token: Token): boolean {
  return token.kind === 'punct' && BOUNDARY_PUNCT.has(token.norm);
}

/** True when `tokens[i]` is a contrast word opening a new clause. */
export function isContrastAt(tokens: readonly Token[], i: number, words: RuleWords, clauseStart: boolean): boolean {
  const token = tokens[i];
  if (token === undefined || token.kind !== 'word') return false;
  if (words.contrast.has(token.norm)) return true;
  if (!words.contrastAtClauseStart.has(token.norm) || !clauseStart) return false;
  // `not yet` is no contrast.
  const previous = tokens[i - 1];
  return previous === undefined || !(previous.norm === 'not' || previous.norm.endsWith("n't"));
}

/**
 * Split a sentence into clauses at clause punctuation (`,` `;` `:` dashes, brackets, `…`), before
 * contrast words (`aber`, `jedoch`, `sondern`, `allerdings`, clause-initial `doch`; `but`,
 * `however`, clause-initial `yet`) and before subordinators (`weil`, `dass`, `obwohl`, …;
 * `because`, `although`, `which`, …). Punctuation tokens belong to no clause.
 *
 * @param sentence - A tokenized sentence.
 * @param options - See {@link SplitClausesOptions}.
 * @returns Clauses in order; a sentence without words gives `[]`.
 */
export function splitClauses(sentence: Pick<Sentence, 'tokens' | 'lang'>, options: SplitClausesOptions = {}): Clause[] {
  const lang = options.lang ?? (sentence.lang === 'en' ? 'en' : 'de');
  const words = getRuleWords(lang);
  const tokens = sentence.tokens;
  const clauses: Clause[] = [];
  let current: Clause | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isClausePunctuation(token)) {
      current = undefined;
      continue;
    }
    const atStart = current === undefined;
    const contrast = isContrastAt(tokens, i, words, atStart || clauses.length === 0);
    const opens = contrast || (token.kind === 'word' && words.subordinators.has(token.norm));
    if (current === undefined || (opens && i > current.start)) {
      current = { start: i, end: i + 1 };
      if (contrast) current.contrast = i;
      clauses.push(current);
    } else {
      if (contrast && current.contrast === undefined) current.contrast = i;
      current.end = i + 1;
    }
  }
  return clauses;
}
