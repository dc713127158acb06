import type { Sentence, Token } from '@diskurs/tokenizer';
import { termOf } from './count-terms.js';
import { addTerm, createVocabulary } from './create-vocabulary.js';
import { CONTENT, indexWords, isWordIndex, type WordIndex } from './index-words.js';
import { KeywordsError } from './keywords-error.js';
import { type KeywordDocument, OWN_TEXT_SEGMENTS, type TermUnit } from './types.js';

/** One (pseudo-)document of a topic corpus. */
export interface TopicDocument {
  /** Name of the pseudo-document (`source#n` when split). */
  name: string;
  /** Name of the document it comes from. */
  source: string;
  /** 1-based line in the source document where it starts. */
  line: number;
  /** Term ids in text order. */
  tokens: Int32Array;
}

/** Bags of words prepared for topic modelling. */
export interface TopicCorpus {
  /** Id → term. */
  terms: string[];
  /** Occurrences of each term id in the corpus. */
  counts: Int32Array;
  /** The (pseudo-)documents. */
  documents: TopicDocument[];
}

/** Options of {@link createTopicCorpus}. */
export interface CreateTopicCorpusOptions {
  /**
   * What a topic-model document is: whole documents, paragraphs (merged to at least `minTokens`
   * and cut into sentence windows of about `maxTokens`), or `'auto'`: paragraphs when there are
   * fewer than 100 documents. Default `'auto'`.
   */
  split?: 'auto' | 'documents' | 'paragraphs';
  /** Minimum counted tokens of a pseudo-document (smaller paragraphs are merged). Default `30`. */
  minTokens?: number;
  /** Pseudo-documents are cut at the next sentence end after this many tokens. Default `150`. */
  maxTokens?: number;
  /** Drop terms occurring fewer times in the corpus. Default `2`. */
  minCount?: number;
  /** Drop terms occurring in more than this share of the (pseudo-)documents (when there are at least 10). Default `0.5`. */
  maxDocumentShare?: number;
  /** Count lemmas or surface forms. Default `'lemma'`. */
  unit?: TermUnit;
  /** Segment kinds to use. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
  /** Which tokens count. Default: content words of the sentence's language. */
  filter?: (token: Token, sentence: Sentence) => boolean;
}

/**
 * Turns documents into the bags of words a topic model samples: content-word lemmas as ids,
 * rare and ubiquitous terms removed, and—when documents are few—paragraphs or sentence
 * windows as pseudo-documents (a paragraph ends where a blank line separates two sentences).
 *
 * @param input Documents with tokenizer sentences, or their {@link WordIndex} (`options.segments`
 *   then does not apply, and `options.filter` may not be given).
 * @param options See {@link CreateTopicCorpusOptions}.
 * @returns The topic corpus.
 */
export function createTopicCorpus(
  input: readonly KeywordDocument[] | WordIndex,
  options: CreateTopicCorpusOptions = {},
): TopicCorpus {
  const split = options.split ?? 'auto';
  if (split !== 'auto' && split !== 'documents' && split !== 'paragraphs') {
    throw new KeywordsError(`split must be auto, documents or paragraphs, got ${String(split)}`, {
      code: 'invalid-option',
    });
  }
  const documentCount = isWordIndex(input) ? input.documents.length : input.length;
  const byParagraph = split === 'paragraphs' || (split === 'auto' && documentCount < 100);
  const minTokens = options.minTokens ?? 30;
  const maxTokens = options.maxTokens ?? 150;
  const unit = options.unit ?? 'lemma';

  // Terms as ids: string ids of the index, or of a table made here when a filter picks the tokens.
  interface Draft {
    name: string;
    source: string;
    line: number;
    terms: number[];
  }
  const drafts: Draft[] = [];
  let strings: readonly string[];
  /** Cuts a document into drafts; `addTerms(sentence, draft)` appends the terms of its `sentence`-th selected sentence. */
  const addDocument = (name: string, sentences: readonly Sentence[], addTerms: (sentence: number, terms: number[]) => void) => {
    const own: Draft[] = [];
    let current: Draft | undefined;
    let previousEnd = -1;
    sentences.forEach((sentence, number) => {
      const paragraphBreak = previousEnd >= 0 && sentence.line > previousEnd + 1;
      previousEnd = sentence.line + countNewlines(sentence.text);
      if (
        current === undefined ||
        (byParagraph &&
          ((paragraphBreak && current.terms.length >= minTokens) || current.terms.length >= maxTokens))
      ) {
        current = { name, source: name, line: sentence.line, terms: [] };
        own.push(current);
      }
      addTerms(number, current.terms);
    });
    // A short tail joins the previous pseudo-document.
    const last = own[own.length - 1];
    const beforeLast = own[own.length - 2];
    if (last !== undefined && beforeLast !== undefined && last.terms.length < minTokens) {
      beforeLast.terms.push(...last.terms);
      own.pop();
    }
    if (own.length > 1) {
      own.forEach((draft, index) => {
        draft.name = `${name}#${index + 1}`;
      });
    }
    drafts.push(...own);
  };

  if (isWordIndex(input) || options.filter === undefined) {
    if (isWordIndex(input) && options.filter !== undefined) {
      throw new KeywordsError('createTopicCorpus takes a filter only with documents, not with a word index', {
        code: 'invalid-option',
      });
    }
    const index = isWordIndex(input) ? input : indexWords(input, options.segments ? { segments: options.segments } : {});
    const keys = unit === 'lemma' ? index.lemmas : index.norms;
    const { flags, sentenceStarts, documentStarts } = index;
    strings = index.strings.strings;
    for (let d = 0; d < index.documents.length; d++) {
      const first = documentStarts[d]!;
      addDocument(index.documents[d]!, index.sentences.slice(first, documentStarts[d + 1]!), (number, terms) => {
        for (let w = sentenceStarts[first + number]!; w < sentenceStarts[first + number + 1]!; w++) {
          if ((flags[w]! & CONTENT) !== 0) terms.push(keys[w]!);
        }
      });
    }
  } else {
    const filter = options.filter;
    const kinds = new Set(options.segments ?? OWN_TEXT_SEGMENTS);
    const table = createVocabulary();
    strings = table.terms;
    for (const document of input) {
      const sentences = document.sentences.filter((sentence) => kinds.has(sentence.segment));
      addDocument(document.name, sentences, (number, terms) => {
        const sentence = sentences[number]!;
        for (const token of sentence.tokens) if (filter(token, sentence)) terms.push(addTerm(table, termOf(token, unit)));
      });
    }
  }

  const size = strings.length;
  const totals = new Int32Array(size);
  const frequencies = new Int32Array(size);
  const seenIn = new Int32Array(size).fill(-1);
  drafts.forEach((draft, number) => {
    for (const term of draft.terms) {
      totals[term]!++;
      if (seenIn[term] !== number) {
        seenIn[term] = number;
        frequencies[term]!++;
      }
    }
  });
  const minCount = options.minCount ?? 2;
  const maxShare = options.maxDocumentShare ?? 0.5;
  const limit = drafts.length >= 10 ? maxShare * drafts.length : Number.POSITIVE_INFINITY;
  // Kept terms get ids in order of first occurrence; −1: dropped, −2: not decided yet.
  const ids = new Int32Array(size).fill(-2);
  const terms: string[] = [];
  for (const draft of drafts) {
    for (const term of draft.terms) {
      if (ids[term] !== -2) continue;
      if (totals[term]! < minCount || frequencies[term]! > limit) ids[term] = -1;
      else {
        ids[term] = terms.length;
        terms.push(strings[term]!);
      }
    }
  }
  const counts = new Int32Array(terms.length);
  const result: TopicDocument[] = [];
  for (const draft of drafts) {
    const tokens: number[] = [];
    for (const term of draft.terms) {
      const id = ids[term]!;
      if (id >= 0) {
        tokens.push(id);
        counts[id]!++;
      }
    }
    result.push({ name: draft.name, source: draft.source, line: draft.line, tokens: Int32Array.from(tokens) });
  }
  return { terms, counts, documents: result };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
