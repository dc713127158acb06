import type { Sentence, Token } from '@diskurs/tokenizer';
import { CONTRAST, CONTRAST_AT_CLAUSE_START, classifyRuleWord, SUBORDINATOR } from './classify-rule-word.js';
import { getRuleWords } from './rule-words.js';
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

/**
 * Mark the clause of every token: the core of {@link splitClauses}, shared with `scoreSentence`,
 * writing into arrays instead of building clause objects.
 *
 * @param tokens - The sentence tokens.
 * @param flags - Per token, its `classifyRuleWord` flags in the rule-word language (read for word tokens only).
 * @param clauseOf - Receives per token its clause number, -1 for clause punctuation.
 * @param clauseContrast - Receives per clause the index of the contrast word that opens it, -1 for none.
 * @returns The number of clauses.
 */
export function markClauses(
  tokens: readonly Token[],
  flags: ArrayLike<number>,
  clauseOf: Int32Array,
  clauseContrast: Int32Array,
): number {
  let count = 0;
  let current = -1;
  let currentStart = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isClausePunctuation(token)) {
      clauseOf[i] = -1;
      current = -1;
      continue;
    }
    const atStart = current < 0;
    let contrast = false;
    let opens = false;
    if (token.kind === 'word') {
      const flag = flags[i]!;
      if (flag & CONTRAST) contrast = true;
      else if (flag & CONTRAST_AT_CLAUSE_START && (atStart || count === 0)) {
        // `not yet` is no contrast.
        const previous = tokens[i - 1];
        contrast = previous === undefined || !(previous.norm === 'not' || previous.norm.endsWith("n't"));
      }
      opens = contrast || (flag & SUBORDINATOR) !== 0;
    }
    if (current < 0 || (opens && i > currentStart)) {
      current = count++;
      currentStart = i;
      clauseContrast[current] = contrast ? i : -1;
    } else if (contrast && clauseContrast[current]! < 0) {
      clauseContrast[current] = i;
    }
    clauseOf[i] = current;
  }
  return count;
}

function createScratch(size: number) {
  return { flags: new Uint16Array(size), clauseOf: new Int32Array(size), clauseContrast: new Int32Array(size) };
}

let scratch = createScratch(256);

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
  const n = tokens.length;
  // Working arrays shared across calls (nothing in here calls out, so no call can overlap another).
  if (scratch.flags.length < n) scratch = createScratch(Math.max(n, scratch.flags.length * 2));
  const { flags, clauseOf, clauseContrast } = scratch;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    flags[i] = token.kind === 'word' ? classifyRuleWord(token.norm, words) : 0;
  }
  markClauses(tokens, flags, clauseOf, clauseContrast);
  const clauses: Clause[] = [];
  for (let i = 0; i < n; i++) {
    const c = clauseOf[i]!;
    if (c < 0) continue;
    const clause = clauses[c];
    if (clause !== undefined) {
      clause.end = i + 1;
      continue;
    }
    const created: Clause = { start: i, end: i + 1 };
    if (clauseContrast[c]! >= 0) created.contrast = clauseContrast[c]!;
    clauses.push(created);
  }
  return clauses;
}
