import {
  getGermanDictionary,
  isStopword,
  mayContainKey,
  type Sentence,
  signKey,
  splitCompound as tokenizerSplitCompound,
} from '@diskurs/tokenizer';
import { findQuotations } from './find-quotations.js';
import { DEFAULT_THRESHOLD, labelScore, roundScore } from './label-score.js';
import { getLexiconFilters } from './get-lexicon-filters.js';
import { type LookupContext, lookupTokenWith } from './lookup-token.js';
import {
  CONTRAST,
  CONTRAST_AT_CLAUSE_START,
  COORDINATOR,
  classifyWithTable,
  getRuleWordTable,
  MODIFIER,
  NEGATOR,
  PAIRED_NEGATOR,
  RAISING_VERB,
} from './classify-rule-word.js';
import { getRuleWords } from './rule-words.js';
import { isClausePunctuation, markClauses } from './split-clauses.js';
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

/** Per-token and per-hit working arrays, reused across calls (grown as needed). */
interface Scratch {
  flags: Uint16Array;
  signatures: Int32Array;
  clauseOf: Int32Array;
  clauseContrast: Int32Array;
  scopeOf: Int32Array;
  isRuleWord: Uint8Array;
  negatorAt: Uint8Array;
  hitScope: Int32Array;
  hitLast: Int32Array;
  negated: Int32Array;
}

function createScratch(size: number): Scratch {
  return {
    flags: new Uint16Array(size),
    signatures: new Int32Array(size),
    clauseOf: new Int32Array(size),
    clauseContrast: new Int32Array(size),
    scopeOf: new Int32Array(size),
    isRuleWord: new Uint8Array(size + 1),
    negatorAt: new Uint8Array(size),
    hitScope: new Int32Array(size),
    hitLast: new Int32Array(size),
    negated: new Int32Array(size),
  };
}

let shared = createScratch(256);
let sharedInUse = false;

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

function addRule(contribution: Contribution, rule: ContributionRule, factor: number): void {
  contribution.weight *= factor;
  contribution.rules.push(rule);
}

function countExclamationMarks(text: string): number {
  let marks = 0;
  for (let at = text.indexOf('!'); at >= 0; at = text.indexOf('!', at + 1)) marks++;
  return marks;
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
  const { ranges } = findQuotations(sentence.text, { open: options.insideQuotation ?? false });
  return scoreSentenceWithQuotations(sentence, lexicons, options, ranges);
}

/**
 * {@link scoreSentence} with the sentence's quoted ranges already found (`selectQuotedSentences`
 * keeps them); `options.insideQuotation` is then not read.
 *
 * @param sentence - A sentence from `@diskurs/tokenizer`'s `analyze`.
 * @param lexicons - From `loadLexicons` or `createLexicons`.
 * @param options - See {@link ScoreSentenceOptions}.
 * @param ranges - `findQuotations(sentence.text, { open: insideQuotation }).ranges`.
 * @param signatures - If given (at least as long as the sentence's tokens), receives `signKey(norm)`
 *   of every word token, for `matchTargetsWith`.
 * @returns The sentence sentiment.
 */
export function scoreSentenceWithQuotations(
  sentence: Sentence,
  lexicons: Lexicons,
  options: ScoreSentenceOptions,
  ranges: ReadonlyArray<readonly [number, number]>,
  signatures?: Int32Array,
): SentenceSentiment {
  const n = sentence.tokens.length;
  // Working arrays: the shared ones unless a re-entrant call (a custom splitter scoring) holds them.
  if (sharedInUse) return scoreWith(createScratch(n), sentence, lexicons, options, ranges, signatures);
  if (shared.flags.length < n) shared = createScratch(Math.max(n, shared.flags.length * 2));
  sharedInUse = true;
  try {
    return scoreWith(shared, sentence, lexicons, options, ranges, signatures);
  } finally {
    sharedInUse = false;
  }
}

function scoreWith(
  scratch: Scratch,
  sentence: Sentence,
  lexicons: Lexicons,
  options: ScoreSentenceOptions,
  ranges: ReadonlyArray<readonly [number, number]>,
  outSignatures: Int32Array | undefined,
): SentenceSentiment {
  const {
    threshold = DEFAULT_THRESHOLD,
    negation = 0.75,
    contrastBefore = 0.5,
    contrastAfter = 1.5,
    exclamation = 0.1,
    fallback = true,
    defaultLanguage = 'de',
  } = options;
  const lang: LexiconLanguage =
    sentence.lang === 'en' ? 'en' : sentence.lang === 'de' ? 'de' : defaultLanguage;
  const words = getRuleWords(lang);
  const tokens = sentence.tokens;
  const offset = sentence.start;
  const n = tokens.length;
  const signatures = outSignatures ?? scratch.signatures;
  const { flags, clauseOf, clauseContrast, scopeOf, isRuleWord, negatorAt, hitScope, hitLast, negated } = scratch;

  // Quotation marks.
  const inQuote = (start: number): boolean => {
    const at = start - offset;
    for (const [a, b] of ranges) if (at >= a && at < b) return true;
    return false;
  };
  let quoted = sentence.segment === 'quote';
  if (!quoted && ranges.length > 0) {
    let wordCount = 0;
    let quotedWords = 0;
    for (const token of tokens) {
      if (token.kind !== 'word') continue;
      wordCount++;
      if (inQuote(token.start)) quotedWords++;
    }
    quoted = wordCount > 0 && quotedWords * 2 > wordCount;
  }

  // Rule words, clauses and negation scopes.
  const ruleWords = getRuleWordTable(words);
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') {
      flags[i] = 0;
      continue;
    }
    const signature = signKey(token.norm);
    signatures[i] = signature;
    flags[i] = classifyWithTable(ruleWords, token.norm, signature);
  }
  const clauseCount = markClauses(tokens, flags, clauseOf, clauseContrast);
  isRuleWord.fill(0, 0, n + 1);
  negatorAt.fill(0, 0, n);
  let pairedOpen: string | undefined;
  let negators = 0;
  let modifiers = 0;
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
    const flag = flags[i]!;
    if (flag & COORDINATOR) {
      scope++;
      isRuleWord[i] = 1;
    }
    // `noch` after `weder`, `nor` after `neither`: a new scope, negated again.
    if (flag & PAIRED_NEGATOR) {
      const second = words.pairedNegators.get(norm);
      if (second !== undefined) pairedOpen = second;
    }
    const paired = pairedOpen !== undefined && norm === pairedOpen;
    if (paired) {
      scope++;
      pairedOpen = undefined;
    }
    scopeOf[i] = scope;
    if (paired || flag & NEGATOR) {
      const next = tokens[i + 1];
      if (!paired && next !== undefined && words.negationExceptions.has(`${norm} ${next.norm}`)) {
        // `no doubt`, `kein Wunder`, `nicht nur`: neither word is scored, nothing is negated.
        isRuleWord[i] = 1;
        isRuleWord[i + 1] = 1;
      } else {
        negatorAt[i] = 1;
        isRuleWord[i] = 1;
        negators++;
      }
    } else if (flag & (MODIFIER | CONTRAST | CONTRAST_AT_CLAUSE_START | RAISING_VERB)) {
      isRuleWord[i] = 1;
    }
    if (flag & MODIFIER) modifiers++;
  }

  // Lexicon hits, in token order (so their scopes never decrease).
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
  const filters = getLexiconFilters(lexicons);
  const phraseFilter = filters.phraseStarts[lang];
  const contributions: Contribution[] = [];
  let seenWord = false;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const sentenceInitial = !seenWord;
    seenWord = true;
    let matched = false;
    const longest =
      mayContainKey(phraseFilter, signatures[i]!) && phraseStarts.has(token.norm) ? Math.min(maxPhrase, n - i) : 0;
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
      hitScope[contributions.length] = scopeOf[i]!;
      hitLast[contributions.length] = last;
      contributions.push({
        term: sentence.text.slice(token.start - offset, tokens[last]!.end - offset),
        weight: hit.score,
        rule: 'lexicon',
        rules: ['lexicon'],
        base: hit.score,
        source: hit.source,
        index: i,
        match: key,
      });
      // A phrase with its own negation (`nicht gut` in a user dictionary) is not negated again.
      for (let k = i; k <= last; k++) negatorAt[k] = 0;
      i = last;
      matched = true;
    }
    if (matched || isRuleWord[i]) continue;
    context.sentenceInitial = sentenceInitial;
    const found = lookupTokenWith(token, lexicons, context, filters, signatures[i]!);
    if (found === undefined) continue;
    hitScope[contributions.length] = scopeOf[i]!;
    hitLast[contributions.length] = i;
    contributions.push({
      term: token.text,
      weight: found.score,
      rule: found.rule,
      rules: [found.rule],
      base: found.score,
      source: found.source,
      index: i,
      match: found.match,
    });
  }
  const hitCount = contributions.length;

  // Negation.
  negated.fill(0, 0, hitCount);
  for (let k = 0; negators > 0 && hitCount > 0 && k < n; k++) {
    if (!negatorAt[k]) continue;
    const s = scopeOf[k]!;
    // The first term after the negator in its scope: `cannot allow … terrorism` negates `allow`.
    let following = -1;
    for (let h = 0; h < hitCount; h++) {
      if (hitScope[h] === s && contributions[h]!.index > k) {
        following = h;
        break;
      }
    }
    if (following >= 0) {
      negated[following]! += 1;
      continue;
    }
    if (lang === 'de') {
      // German verb-second clauses put the negation after the finite verb, which comes early in
      // the clause: `Das überzeugt nicht`, `Ich mag diesen Krieg nicht` (mag, not Krieg).
      let earliest = -1;
      for (let h = 0; h < hitCount; h++) {
        if (hitScope[h] === s && hitLast[h]! < k) {
          earliest = h;
          break;
        }
      }
      if (earliest >= 0) {
        negated[earliest]! += 1;
        continue;
      }
    }
    // Raised negation: `Ich glaube nicht, dass das gut ist`.
    let j = k + 1;
    while (j < n && scopeOf[j] === s) j++;
    while (j < n && isClausePunctuation(tokens[j]!)) j++;
    const opener = tokens[j];
    if (opener !== undefined && words.complementizers.has(opener.norm)) {
      const raised = scopeOf[j]!;
      for (let h = 0; h < hitCount; h++) {
        if (hitScope[h] === raised) {
          negated[h]! += 1;
          break;
        }
      }
    }
  }
  for (let h = 0; negators > 0 && h < hitCount; h++) {
    if (negated[h]! % 2 === 1) addRule(contributions[h]!, 'negated', -negation);
  }

  // Intensifiers and diminishers.
  for (let k = 0; modifiers > 0 && hitCount > 0 && k < n; k++) {
    if (!(flags[k]! & MODIFIER)) continue;
    const token = tokens[k]!;
    if (token.kind !== 'word') continue;
    let factor = words.modifiers.get(token.norm);
    if (factor === undefined) continue;
    const previous = tokens[k - 1];
    // `ein wenig enttäuschend` softens, `wenig erfreulich` denies.
    if (factor < 0 && previous !== undefined && (previous.norm === 'ein' || previous.norm === 'a')) factor = 0.6;
    // `nicht sehr gut`, `not very good`: the negation alone decides.
    if (factor > 1 && previous !== undefined && negatorAt[k - 1]) continue;
    for (let h = 0; h < hitCount; h++) {
      const target = contributions[h]!;
      if (target.index > k && target.index <= k + 3 && hitScope[h] === scopeOf[k]) {
        addRule(target, factor > 1 ? 'intensified' : 'diminished', factor);
        break;
      }
    }
  }

  // Contrast: the last contrast word with terms on both sides.
  if (hitCount > 0) {
    const first = contributions[0]!.index;
    const last = contributions[hitCount - 1]!.index;
    let contrastAt = -1;
    for (let c = 0; c < clauseCount; c++) {
      const at = clauseContrast[c]!;
      if (at >= 0 && first < at && last > at) contrastAt = at;
    }
    if (contrastAt >= 0) {
      for (const contribution of contributions) {
        addRule(contribution, 'contrast', contribution.index < contrastAt ? contrastBefore : contrastAfter);
      }
    }
  }

  // Quotation marks inside an own-voice sentence: marked, not re-weighted.
  if (!quoted && ranges.length > 0) {
    for (const contribution of contributions) if (inQuote(tokens[contribution.index]!.start)) contribution.rules.push('quoted');
  }

  // The rule shown is the last one that changed the weight (`quoted` only marks).
  let sum = 0;
  for (const contribution of contributions) {
    const rules = contribution.rules;
    const lastRule = rules[rules.length - 1]!;
    contribution.rule = lastRule === 'quoted' ? (rules[rules.length - 2] ?? 'lexicon') : lastRule;
    contribution.weight = roundScore(contribution.weight);
    sum += contribution.weight;
  }

  // Exclamation.
  const marks = Math.min(3, countExclamationMarks(sentence.text));
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
