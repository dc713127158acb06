import type { Sentence, Token } from '@diskurs/tokenizer';
import { termOf } from './count-terms.js';
import { isCountedWord } from './is-counted-word.js';
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

/**
 * Display forms for lowercased terms, from how their words are written: a term keeps the
 * casing its words most often have inside sentences (`deepseek` → `DeepSeek`, `nato` → `NATO`,
 * `zoll` → `Zoll` from `Zölle`, `steigen` stays). When the tokenizer fell back to a stem
 * (`ukrain`), the most frequent written form (`Ukraine`) is the label.
 *
 * @param documents Documents with tokenizer sentences.
 * @param options See {@link CollectTermLabelsOptions}.
 * @returns Term → label (terms never seen map to nothing; use the term itself).
 */
export function collectTermLabels(
  documents: readonly KeywordDocument[],
  options: CollectTermLabelsOptions = {},
): Map<string, string> {
  const unit = options.unit ?? 'lemma';
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
