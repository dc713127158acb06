import type { Sentence, Token } from '@diskurs/tokenizer';
import { createVocabulary, type Vocabulary } from './create-vocabulary.js';
import { CHUNK_START, CONTENT, isWordIndex, type WordIndex, type WordStrings } from './index-words.js';
import { isCountedWord } from './is-counted-word.js';
import { KeywordsError } from './keywords-error.js';
import { type KeywordDocument, OWN_TEXT_SEGMENTS, type TermUnit } from './types.js';

/** Options of {@link countTerms}. */
export interface CountTermsOptions {
  /** Count lemmas (falling back to `norm`) or lowercased surface forms. Default `'lemma'`. */
  unit?: TermUnit;
  /**
   * N-gram lengths to count: a length or an inclusive `[min, max]` range within 1–3. Default `1`.
   * N-grams are runs of consecutive counted words: they never cross a sentence boundary, a
   * stopword, a number or punctuation.
   */
  ngrams?: number | readonly [number, number];
  /** Segment kinds whose sentences are counted. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
  /** Which tokens are counted words. Default: content words of the sentence's language. */
  filter?: (token: Token, sentence: Sentence) => boolean;
  /** A vocabulary to share ids with other tables. Default: a new one. */
  vocabulary?: Vocabulary;
}

/** Sparse term counts of one document: parallel arrays sorted by term id. */
export interface DocumentTerms {
  /** Document name. */
  name: string;
  /** Word-like tokens (all but punctuation and symbols) in the counted sentences. */
  tokens: number;
  /** Counted term occurrences (the sum of `counts`). */
  total: number;
  /** Term ids, ascending. */
  ids: Int32Array;
  /** Count of each term in `ids`. */
  counts: Int32Array;
}

/** Term counts over a vocabulary, the input of keyness. */
export interface TermCounts {
  /** The vocabulary that maps ids to terms. */
  vocabulary: Vocabulary;
  /** Count per term id; ids beyond the array's length count 0. */
  counts: ArrayLike<number>;
  /** Counted term occurrences (the denominator of relative frequencies). */
  total: number;
}

/** The result of {@link countTerms}: corpus-level and per-document counts. */
export interface TermTable extends TermCounts {
  counts: Int32Array;
  /** Number of documents containing each term id. */
  documentFrequencies: Int32Array;
  /** Word-like tokens (all but punctuation and symbols) in the counted sentences. */
  tokens: number;
  /** Per-document sparse counts, in input order. */
  documents: DocumentTerms[];
}

/** Per vocabulary: the vocabulary id of each string id of the last word index counted into it. */
const KNOWN_IDS = new WeakMap<Vocabulary, { strings: WordStrings; ids: Int32Array }>();

/**
 * Returns the term a token counts as.
 *
 * @param token A token.
 * @param unit `'lemma'` (lemma, falling back to `norm`) or `'surface'` (`norm`). Default `'lemma'`.
 * @returns The term.
 */
export function termOf(token: Token, unit: TermUnit = 'lemma'): string {
  return unit === 'lemma' ? (token.lemma ?? token.norm) : token.norm;
}

/**
 * Resolves an `ngrams` option to an inclusive range.
 *
 * @param ngrams A length or range. Default `1`.
 * @returns `[min, max]`.
 */
export function resolveNgramRange(ngrams: number | readonly [number, number] = 1): [number, number] {
  const [min, max] = typeof ngrams === 'number' ? [ngrams, ngrams] : ngrams;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max > 3 || min > max) {
    throw new KeywordsError(`ngrams must be a length or range within 1–3, got ${String(ngrams)}`, {
      code: 'invalid-option',
    });
  }
  return [min, max];
}

/**
 * Counts terms (lemmas by default; n-grams on request) per document and over all documents,
 * with document frequencies, using integer ids and typed arrays.
 *
 * @param input Documents with tokenizer sentences, or their {@link WordIndex} (`options.segments`
 *   then does not apply, and `options.filter` may not be given).
 * @param options See {@link CountTermsOptions}.
 * @returns The term table.
 */
export function countTerms(input: readonly KeywordDocument[] | WordIndex, options: CountTermsOptions = {}): TermTable {
  const unit = options.unit ?? 'lemma';
  const [minimum, maximum] = resolveNgramRange(options.ngrams);
  const vocabulary = options.vocabulary ?? createVocabulary();

  // Plain arrays of small integers grow cheaply and stay fast; typed arrays are made at the end.
  const ids = vocabulary.ids;
  const terms = vocabulary.terms;
  const scratch: number[] = new Array<number>(terms.length).fill(0);
  const totals: number[] = new Array<number>(terms.length).fill(0);
  const frequencies: number[] = new Array<number>(terms.length).fill(0);
  const touched: number[] = [];
  const results: DocumentTerms[] = [];
  let tokens = 0;
  let total = 0;
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = terms.length;
      terms.push(key);
      ids.set(key, id);
      scratch.push(0);
      totals.push(0);
      frequencies.push(0);
    }
    return id;
  };
  const incrementId = (id: number): void => {
    if (scratch[id] === 0) touched.push(id);
    scratch[id]!++;
  };
  const finishDocument = (name: string, documentTokens: number): void => {
    const documentIds = Int32Array.from(touched).sort();
    const counts = new Int32Array(documentIds.length);
    let documentTotal = 0;
    for (let i = 0; i < documentIds.length; i++) {
      const id = documentIds[i]!;
      const value = scratch[id]!;
      counts[i] = value;
      documentTotal += value;
      totals[id]! += value;
      frequencies[id]!++;
      scratch[id] = 0;
    }
    touched.length = 0;
    results.push({ name, tokens: documentTokens, total: documentTotal, ids: documentIds, counts });
    tokens += documentTokens;
    total += documentTotal;
  };

  if (!isWordIndex(input)) {
    const filter = options.filter ?? ((token: Token, sentence: Sentence) => isCountedWord(token, sentence.lang));
    countTokens(input, filter, options.segments ?? OWN_TEXT_SEGMENTS, unit, minimum, maximum, idOf, incrementId, finishDocument);
  } else {
    if (options.filter !== undefined) {
      throw new KeywordsError('countTerms takes a filter only with documents, not with a word index', { code: 'invalid-option' });
    }
    const index = input;
    const keys = unit === 'lemma' ? index.lemmas : index.norms;
    const { flags, sentenceStarts, documentStarts } = index;
    const strings = index.strings.strings;
    // String id → vocabulary id (−1: not looked up yet), kept with the vocabulary for the next table of the same index.
    let known = KNOWN_IDS.get(vocabulary);
    if (known === undefined || known.strings !== index.strings || known.ids.length < strings.length) {
      const ids = new Int32Array(strings.length).fill(-1);
      if (known !== undefined && known.strings === index.strings) ids.set(known.ids);
      known = { strings: index.strings, ids };
      KNOWN_IDS.set(vocabulary, known);
    }
    const knownIds = known.ids;
    for (let d = 0; d < index.documents.length; d++) {
      for (let s = documentStarts[d]!; s < documentStarts[d + 1]!; s++) {
        // The current run of counted words starts at `runStart`: runs end at other words and at non-words.
        let runStart = sentenceStarts[s]!;
        for (let w = runStart; w < sentenceStarts[s + 1]!; w++) {
          const flag = flags[w]!;
          if ((flag & CHUNK_START) !== 0) runStart = w;
          if ((flag & CONTENT) === 0) {
            runStart = w + 1;
            continue;
          }
          if (minimum === 1) {
            const key = keys[w]!;
            let id = knownIds[key]!;
            if (id < 0) knownIds[key] = id = idOf(strings[key]!);
            incrementId(id);
          }
          for (let n = Math.max(2, minimum); n <= maximum && n <= w + 1 - runStart; n++) {
            let term = strings[keys[w - n + 1]!]!;
            for (let i = w - n + 2; i <= w; i++) term += ` ${strings[keys[i]!]!}`;
            incrementId(idOf(term));
          }
        }
      }
      finishDocument(index.documents[d]!, index.documentTokens[d]!);
    }
  }

  const size = terms.length;
  const counts = new Int32Array(size);
  const documentFrequencies = new Int32Array(size);
  for (let id = 0; id < totals.length && id < size; id++) {
    counts[id] = totals[id]!;
    documentFrequencies[id] = frequencies[id]!;
  }
  return { vocabulary, counts, documentFrequencies, total, tokens, documents: results };
}

/** Counts the tokens a filter lets through, n-grams as runs of them. */
function countTokens(
  documents: readonly KeywordDocument[],
  filter: (token: Token, sentence: Sentence) => boolean,
  segments: readonly string[],
  unit: TermUnit,
  minimum: number,
  maximum: number,
  idOf: (key: string) => number,
  incrementId: (id: number) => void,
  finishDocument: (name: string, tokens: number) => void,
): void {
  const kinds = new Set(segments);
  // Terms of the current sentence; the current run of counted words starts at `runStart`.
  const run: string[] = [];
  for (const document of documents) {
    let documentTokens = 0;
    for (const sentence of document.sentences) {
      if (!kinds.has(sentence.segment)) continue;
      let runStart = 0;
      let end = 0;
      for (const token of sentence.tokens) {
        const kind = token.kind;
        if (kind !== 'punct' && kind !== 'symbol') documentTokens++;
        if (!filter(token, sentence)) {
          runStart = end;
          continue;
        }
        const term = unit === 'lemma' ? (token.lemma ?? token.norm) : token.norm;
        if (minimum === 1) incrementId(idOf(term));
        if (maximum > 1) {
          run[end++] = term;
          for (let n = Math.max(2, minimum); n <= maximum && n <= end - runStart; n++) {
            incrementId(idOf(run.slice(end - n, end).join(' ')));
          }
        }
      }
    }
    finishDocument(document.name, documentTokens);
  }
}
