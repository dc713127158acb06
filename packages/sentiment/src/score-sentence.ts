import {
  getGermanDictionary,
  isStopword,
  type Sentence,
  splitCompound as tokenizerSplitCompound,
} from '@diskurs/tokenizer';
import { findQuotations } from './find-quotations.js';
import { DEFAULT_THRESHOLD, labelScore, roundScore } from './label-score.js';
import { type LookupContext, lookupToken } from './lookup-token.js';
import { getRuleWords, isNegator } from './rule-words.js';
import { isClausePunctuation, splitClauses } from './split-clauses.js';
import type { Contribution, ContributionRule, LexiconLanguage, Lexicons, SentenceSentiment } from './types.js';

/** Options of {@link scoreSentence}. */
export interface ScoreSentenceOptions {
  /** Label threshold: score ≥ t positive, ≤ -t negative. Default 0.05. */
  threshold?: number;
  /** A negated term's weight is multiplied by `-negation`. Default 0.75 ("not good" is weaker than "bad"). */
  negation?: number;
  /** Weight factor for terms before the last contrast word (`aber`, `but`). Default 0.5. */
  contrastBefore?: number;
  /** Weight factor for terms after the last contrast word. Default 1.5. */
  contrastAfter?: number;
  /** Amplification per `!` in the sentence (at most 3 count). Default 0.1. */
  exclamation?: number;
  /** Look words the sentence language lacks up in the other language's lexicon. Default `true`. */
  fallback?: boolean;
  /**
   * Compound splitting for German words the lexicon lacks: `true` uses the tokenizer's
   * `splitCompound` when its German dictionary is loaded (it is after `analyze` or
   * `createAnalyzer` with lemmas), `false` turns it off, or pass your own splitter. Default `true`.
   */
  compounds?: boolean | ((word: string) => string[]);
  /** Lexicon language for sentences whose language is `other`. Default `'de'`. */
  defaultLanguage?: LexiconLanguage;
  /** The sentence starts inside a quotation opened in an earlier sentence. Default `false`. */
  insideQuotation?: boolean;
}

interface Hit {
  index: number;
  last: number;
  term: string;
  match: string;
  base: number;
  weight: number;
  source: string;
  rules: ContributionRule[];
  scope: number;
}

const isStopwordGuard = (norm: string, lang: LexiconLanguage): boolean => isStopword(norm, lang);

function resolveSplitter(option: ScoreSentenceOptions['compounds']): ((word: string) => string[]) | undefined {
  if (option === false) return undefined;
  if (typeof option === 'function') return option;
  // The tokenizer's splitter needs its German dictionary (loaded by `createAnalyzer`/`analyze`).
  if (getGermanDictionary() === null) return undefined;
  return splitCached;
}

const compoundCache = new Map<string, string[]>();

function splitCached(word: string): string[] {
  let parts = compoundCache.get(word);
  if (parts === undefined) {
    parts = tokenizerSplitCompound(word);
    if (compoundCache.size >= 50_000) compoundCache.clear();
    compoundCache.set(word, parts);
  }
  return parts;
}

function addRule(hit: Hit, rule: ContributionRule, factor: number): void {
  hit.weight *= factor;
  hit.rules.push(rule);
}

/**
 * Score one sentence with the lexicons and the rules:
 *
 * - lexicon lookup of every word by `norm`, then `lemma`, then German compound head, then the
 *   other language's lexicon (mixed sentences); multiword entries (`bad luck`) first;
 * - negation (`nicht`, `kein*`, `nie`, `niemals`, `nichts`, `niemand`, `ohne`, `weder … noch`;
 *   `not`, `no`, `never`, `n't`, `without`, `nobody`, …) flips the first term after it within its
 *   scope, which ends with the clause or at the next `und`/`and` (two negations cancel); a German negator with nothing after it negates the
 *   earliest term before it in its clause, usually the finite verb (`Ich mag den Krieg nicht`);
 *   a negation with nothing in its clause carries into a following `dass` clause (`Ich glaube
 *   nicht, dass …`; verbs of opinion like `glauben`, `think` are never scored themselves);
 * - intensifiers and diminishers (`sehr` 1.5, `äußerst` 1.8, `etwas` 0.6, `very` 1.5, `slightly`
 *   0.5, …) multiply the next term within 3 tokens; minimisers (`kaum`, `wenig`, `barely`,
 *   `hardly`) multiply it by -0.3, as they deny more than soften (`wenig erfreulich`);
 * - contrast: with terms on both sides of the last contrast word, those before weigh 0.5, after 1.5;
 * - exclamation: the sum grows by 10% per `!` (3 at most).
 *
 * The score is `tanh(Σ weights)`, so it lies in (-1, 1) and every contribution is visible.
 *
 * @param sentence - A sentence from `@diskurs/tokenizer`'s `analyze`.
 * @param lexicons - From `loadLexicons` or `createLexicons`.
 * @param options - See {@link ScoreSentenceOptions}.
 * @returns The sentence sentiment.
 */
export function scoreSentence(
  sentence: Sentence,
  lexicons: Lexicons,
  options: ScoreSentenceOptions = {},
): SentenceSentiment {
  const {
    threshold = DEFAULT_THRESHOLD,
    negation = 0.75,
    contrastBefore = 0.5,
    contrastAfter = 1.5,
    exclamation = 0.1,
    fallback = true,
    defaultLanguage = 'de',
    insideQuotation = false,
  } = options;
  const lang: LexiconLanguage =
    sentence.lang === 'en' ? 'en' : sentence.lang === 'de' ? 'de' : defaultLanguage;
  const words = getRuleWords(lang);
  const tokens = sentence.tokens;
  const offset = sentence.start;

  // Quotation marks.
  const quotations = findQuotations(sentence.text, { open: insideQuotation });
  const inQuote = (start: number): boolean => {
    const at = start - offset;
    for (const [a, b] of quotations.ranges) if (at >= a && at < b) return true;
    return false;
  };
  let wordCount = 0;
  let quotedWords = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    wordCount++;
    if (inQuote(token.start)) quotedWords++;
  }
  const quoted = sentence.segment === 'quote' || (wordCount > 0 && quotedWords * 2 > wordCount);

  // Clauses and negation scopes.
  const n = tokens.length;
  const clauses = splitClauses(sentence, { lang });
  const clauseOf = new Int32Array(n).fill(-1);
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    for (let i = clause.start; i < clause.end; i++) clauseOf[i] = c;
  }
  const scopeOf = new Int32Array(n);
  const isRuleWord = new Uint8Array(n);
  const negatorAt = new Uint8Array(n);
  let pairedOpen: string | undefined;
  let scope = 0;
  let previousClause = -2;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    if (clauseOf[i] !== previousClause) {
      scope++;
      previousClause = clauseOf[i]!;
    }
    if (token.kind !== 'word') {
      scopeOf[i] = scope;
      continue;
    }
    const norm = token.norm;
    if (words.coordinators.has(norm)) {
      scope++;
      isRuleWord[i] = 1;
    }
    // `noch` after `weder`, `nor` after `neither`: a new scope, negated again.
    const second = words.pairedNegators.get(norm);
    if (second !== undefined) pairedOpen = second;
    const paired = pairedOpen !== undefined && norm === pairedOpen;
    if (paired) {
      scope++;
      pairedOpen = undefined;
    }
    scopeOf[i] = scope;
    if (paired || isNegator(norm, words)) {
      const next = tokens[i + 1];
      if (!paired && next !== undefined && words.negationExceptions.has(`${norm} ${next.norm}`)) {
        // `no doubt`, `kein Wunder`, `nicht nur`: neither word is scored, nothing is negated.
        isRuleWord[i] = 1;
        isRuleWord[i + 1] = 1;
      } else {
        negatorAt[i] = 1;
        isRuleWord[i] = 1;
      }
    } else if (
      words.modifiers.has(norm) ||
      words.contrast.has(norm) ||
      words.contrastAtClauseStart.has(norm) ||
      words.raisingVerbs.has(norm)
    ) {
      isRuleWord[i] = 1;
    }
  }

  // Lexicon hits.
  const context: LookupContext = {
    lang,
    fallback,
    splitCompound: resolveSplitter(options.compounds),
    sentenceInitial: true,
    isStopword: isStopwordGuard,
  };
  const maxPhrase = lexicons.maxPhraseLength[lang];
  const phraseStarts = lexicons.phraseStarts[lang];
  const index = lexicons[lang];
  const hits: Hit[] = [];
  let seenWord = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const sentenceInitial = !seenWord;
    seenWord = true;
    let matched = false;
    const longest = phraseStarts.has(token.norm) ? Math.min(maxPhrase, n - i) : 0;
    for (let length = longest; length >= 2 && !matched; length--) {
      let key = token.norm;
      let ok = true;
      for (let k = 1; k < length; k++) {
        const next = tokens[i + k]!;
        if (next.kind !== 'word') {
          ok = false;
          break;
        }
        key += ` ${next.norm}`;
      }
      if (!ok) continue;
      const hit = index.get(key);
      if (hit === undefined) continue;
      const last = i + length - 1;
      hits.push({
        index: i,
        last,
        term: sentence.text.slice(token.start - offset, tokens[last]!.end - offset),
        match: key,
        base: hit.score,
        weight: hit.score,
        source: hit.source,
        rules: ['lexicon'],
        scope: scopeOf[i]!,
      });
      // A phrase with its own negation (`nicht gut` in a user dictionary) is not negated again.
      for (let k = i; k <= last; k++) negatorAt[k] = 0;
      i = last;
      matched = true;
    }
    if (matched || isRuleWord[i]) continue;
    context.sentenceInitial = sentenceInitial;
    const found = lookupToken(token, lexicons, context);
    if (found === undefined) continue;
    hits.push({
      index: i,
      last: i,
      term: token.text,
      match: found.match,
      base: found.score,
      weight: found.score,
      source: found.source,
      rules: [found.rule],
      scope: scopeOf[i]!,
    });
  }

  // Negation.
  const negated = new Array<number>(hits.length).fill(0);
  for (let k = 0; k < tokens.length; k++) {
    if (!negatorAt[k]) continue;
    const s = scopeOf[k]!;
    // The first term after the negator in its scope: `cannot allow … terrorism` negates `allow`.
    const following = hits.findIndex((hit) => hit.scope === s && hit.index > k);
    if (following >= 0) {
      negated[following]! += 1;
      continue;
    }
    if (lang === 'de') {
      // German verb-second clauses put the negation after the finite verb, which comes early in
      // the clause: `Das überzeugt nicht`, `Ich mag diesen Krieg nicht` (mag, not Krieg).
      const earliest = hits.findIndex((hit) => hit.scope === s && hit.last < k);
      if (earliest >= 0) {
        negated[earliest]! += 1;
        continue;
      }
    }
    // Raised negation: `Ich glaube nicht, dass das gut ist`.
    let j = k + 1;
    while (j < tokens.length && scopeOf[j] === s) j++;
    while (j < tokens.length && isClausePunctuation(tokens[j]!)) j++;
    const opener = tokens[j];
    if (opener !== undefined && words.complementizers.has(opener.norm)) {
      const raised = scopeOf[j]!;
      const first = hits.findIndex((hit) => hit.scope === raised);
      if (first >= 0) negated[first]! += 1;
    }
  }
  hits.forEach((hit, h) => {
    if (negated[h]! % 2 === 1) addRule(hit, 'negated', -negation);
  });

  // Intensifiers and diminishers.
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') continue;
    let factor = words.modifiers.get(token.norm);
    if (factor === undefined) continue;
    const previous = tokens[k - 1];
    // `ein wenig enttäuschend` softens, `wenig erfreulich` denies.
    if (factor < 0 && previous !== undefined && (previous.norm === 'ein' || previous.norm === 'a')) factor = 0.6;
    // `nicht sehr gut`, `not very good`: the negation alone decides.
    if (factor > 1 && previous !== undefined && negatorAt[k - 1]) continue;
    const target = hits.find((hit) => hit.index > k && hit.index <= k + 3 && hit.scope === scopeOf[k]);
    if (target === undefined) continue;
    addRule(target, factor > 1 ? 'intensified' : 'diminished', factor);
  }

  // Contrast: the last contrast word with terms on both sides.
  let contrastAt = -1;
  for (const clause of clauses) {
    if (clause.contrast === undefined) continue;
    const at = clause.contrast;
    if (hits.some((hit) => hit.index < at) && hits.some((hit) => hit.index > at)) contrastAt = at;
  }
  if (contrastAt >= 0) {
    for (const hit of hits) addRule(hit, 'contrast', hit.index < contrastAt ? contrastBefore : contrastAfter);
  }

  // Quotation marks inside an own-voice sentence: marked, not re-weighted.
  if (!quoted) {
    for (const hit of hits) if (inQuote(tokens[hit.index]!.start)) hit.rules.push('quoted');
  }

  const contributions: Contribution[] = hits.map((hit) => {
    const changing = hit.rules.filter((rule) => rule !== 'quoted');
    return {
      term: hit.term,
      weight: roundScore(hit.weight),
      rule: changing[changing.length - 1] ?? 'lexicon',
      rules: hit.rules,
      base: hit.base,
      source: hit.source,
      index: hit.index,
      match: hit.match,
    };
  });
  let sum = 0;
  for (const contribution of contributions) sum += contribution.weight;

  // Exclamation.
  const marks = Math.min(3, (sentence.text.match(/!/g) ?? []).length);
  if (marks > 0 && sum !== 0 && exclamation !== 0) {
    const extra = roundScore(sum * exclamation * marks);
    contributions.push({
      term: '!'.repeat(marks),
      weight: extra,
      rule: 'exclamation',
      rules: ['exclamation'],
      base: roundScore(sum),
      source: 'rules',
      index: -1,
      match: '!',
    });
    sum += extra;
  }

  const score = roundScore(Math.tanh(sum));
  return {
    text: sentence.text,
    lang: sentence.lang,
    line: sentence.line,
    segment: sentence.segment,
    score,
    label: labelScore(score, threshold),
    quoted,
    contributions,
  };
}
