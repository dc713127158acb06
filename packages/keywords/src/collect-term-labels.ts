import type { Sentence, Token } from '@diskurs/tokenizer';
import { termOf } from './count-terms.js';
import { CAPITALISED, CONTENT, INITIAL, isWordIndex, STEMMED, type WordIndex } from './index-words.js';
import { IntPairMap } from './int-pair-map.js';
import { isCountedWord } from './is-counted-word.js';
import { KeywordsError } from './keywords-error.js';
import { type KeywordDocument, OWN_TEXT_SEGMENTS, type TermUnit } from './types.js';

/** Options of {@link collectTermLabels}. */
export interface CollectTermLabelsOptions {
  /** The unit terms were counted in. Default `'lemma'`. */
  unit?: TermUnit;
  /** Segment kinds to use. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
  /** Which tokens count. Default: content words of the sentence's language. */
  filter?: (token: Token, sentence: Sentence) => boolean;
}

/** Labels already collected from a word index, per unit. */
const LABELS = new WeakMap<WordIndex, Map<TermUnit, ReadonlyMap<string, string>>>();

/**
 * Display forms for lowercased terms, from how their words are written: a term keeps the
 * casing its words most often have inside sentences (`deepseek` → `DeepSeek`, `nato` → `NATO`,
 * `zoll` → `Zoll` from `Zölle`, `steigen` stays). When the tokenizer fell back to a stem
 * (`ukrain`), the most frequent written form (`Ukraine`) is the label.
 *
 * @param input Documents with tokenizer sentences, or their {@link WordIndex} (`options.segments`
 *   then does not apply, and `options.filter` may not be given).
 * @param options See {@link CollectTermLabelsOptions}.
 * @returns Term → label (terms never seen map to nothing; use the term itself).
 */
export function collectTermLabels(
  input: readonly KeywordDocument[] | WordIndex,
  options: CollectTermLabelsOptions = {},
): Map<string, string> {
  const unit = options.unit ?? 'lemma';
  if (isWordIndex(input)) {
    if (options.filter !== undefined) {
      throw new KeywordsError('collectTermLabels takes a filter only with documents, not with a word index', {
        code: 'invalid-option',
      });
    }
    // The labels of an index are asked for more than once (topic corpus, keywords): compute them once.
    let byUnit = LABELS.get(input);
    if (byUnit === undefined) LABELS.set(input, (byUnit = new Map()));
    let labels = byUnit.get(unit);
    if (labels === undefined) byUnit.set(unit, (labels = collectIndexedLabels(input, unit)));
    return new Map(labels);
  }
  const documents = input;
  const kinds = new Set(options.segments ?? OWN_TEXT_SEGMENTS);
  const filter = options.filter ?? ((token: Token, sentence: Sentence) => isCountedWord(token, sentence.lang));
  const weights = new Map<string, Map<string, number>>();
  for (const document of documents) {
    for (const sentence of document.sentences) {
      if (!kinds.has(sentence.segment)) continue;
      let initial = true;
      for (const token of sentence.tokens) {
        if (token.kind !== 'word') continue;
        const first = initial;
        initial = false;
        if (!filter(token, sentence)) continue;
        const term = termOf(token, unit);
        let variant: string;
        if (token.text.toLowerCase() === term) variant = token.text;
        // A stem standing in for a lemma (`ukrain`) is no word: show the word as written.
        else if (unit === 'lemma' && token.lemma === token.stem && token.lemma !== token.norm) variant = `\u0000${token.text}`;
        else if (/^\p{Lu}/u.test(token.text)) variant = capitalise(term);
        else variant = term;
        let variants = weights.get(term);
        if (variants === undefined) weights.set(term, (variants = new Map()));
        // A sentence-initial capital says nothing about the word.
        variants.set(variant, (variants.get(variant) ?? 0) + (first ? 1 : 3));
      }
    }
  }
  return chooseLabels(weights);
}

/** `collectTermLabels` over the content words of an index. */
function collectIndexedLabels(index: WordIndex, unit: TermUnit): Map<string, string> {
  const keys = unit === 'lemma' ? index.lemmas : index.norms;
  const { flags, texts } = index;
  const strings = index.strings.strings;
  // Variants as codes: 4·text id + 0 (as written) or + 1 (a stem's word as written), 4·term id + 2
  // (capitalised) or + 3 (the term); per term the variants in order of first sight.
  const slots = new IntPairMap(1 << 14);
  const codes: number[] = [];
  const variantWeights: number[] = [];
  const next: number[] = [];
  const firstVariant = new Int32Array(strings.length).fill(-1);
  const lastVariant = new Int32Array(strings.length);
  const order: number[] = [];
  const lastTerms = new Int32Array(strings.length).fill(-1);
  const lastVariants = new Int32Array(strings.length);
  // Per text id: the id of its lower-case form (−2: not in the table, −1: not looked up yet).
  const lowered = new Int32Array(strings.length).fill(-1);
  for (let w = 0; w < keys.length; w++) {
    const flag = flags[w]!;
    if ((flag & CONTENT) === 0) continue;
    const term = keys[w]!;
    const text = texts[w]!;
    let code: number;
    if (lowered[text] === -1) lowered[text] = index.strings.ids.get(strings[text]!.toLowerCase()) ?? -2;
    if (lowered[text] === term) code = 4 * text;
    else if (unit === 'lemma' && (flag & STEMMED) !== 0) code = 4 * text + 1;
    else if ((flag & CAPITALISED) !== 0) code = 4 * term + 2;
    else code = 4 * term + 3;
    // The same text with the same term gives the same variant again: reuse its slot without a lookup.
    const variant = lastTerms[text] === term && codes[lastVariants[text]!] === code ? lastVariants[text]! : slots.getOrInsert(term, code, codes.length);
    lastTerms[text] = term;
    lastVariants[text] = variant;
    if (variant === codes.length) {
      codes.push(code);
      variantWeights.push(0);
      next.push(-1);
      if (firstVariant[term]! < 0) {
        firstVariant[term] = variant;
        order.push(term);
      } else next[lastVariant[term]!] = variant;
      lastVariant[term] = variant;
    }
    // A sentence-initial capital says nothing about the word.
    variantWeights[variant]! += (flag & INITIAL) !== 0 ? 1 : 3;
  }
  const weights = new Map<string, Map<string, number>>();
  for (const term of order) {
    const variants = new Map<string, number>();
    for (let variant = firstVariant[term]!; variant >= 0; variant = next[variant]!) {
      const code = codes[variant]!;
      const id = code >> 2;
      const kind = code & 3;
      const text = kind === 0 ? strings[id]! : kind === 1 ? `\u0000${strings[id]!}` : kind === 2 ? capitalise(strings[id]!) : strings[id]!;
      variants.set(text, (variants.get(text) ?? 0) + variantWeights[variant]!);
    }
    weights.set(strings[term]!, variants);
  }
  return chooseLabels(weights);
}

/** The label of each term: its most weighted variant (ties by code-unit order). */
function chooseLabels(weights: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [term, variants] of weights) {
    let best = term;
    let bestWeight = -1;
    // Surface forms of stems count only when the term itself is never written.
    const written = [...variants.keys()].some((variant) => !variant.startsWith('\u0000'));
    for (const [variant, weight] of variants) {
      if (written && variant.startsWith('\u0000')) continue;
      if (weight > bestWeight || (weight === bestWeight && variant < best)) {
        best = variant;
        bestWeight = weight;
      }
    }
    labels.set(term, best.startsWith('\u0000') ? best.slice(1) : best);
  }
  return labels;
}

function capitalise(term: string): string {
  const first = term.charAt(0).toUpperCase();
  return first.length === 1 ? first + term.slice(1) : term;
}
