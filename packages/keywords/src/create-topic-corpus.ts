import type { Sentence, Token } from '@diskurs/tokenizer';
import { termOf } from './count-terms.js';
import { isCountedWord } from './is-counted-word.js';
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
 * @param documents Documents with tokenizer sentences.
 * @param options See {@link CreateTopicCorpusOptions}.
 * @returns The topic corpus.
 */
export function createTopicCorpus(
  documents: readonly KeywordDocument[],
  options: CreateTopicCorpusOptions = {},
): TopicCorpus {
  const split = options.split ?? 'auto';
  if (split !== 'auto' && split !== 'documents' && split !== 'paragraphs') {
    throw new KeywordsError(`split must be auto, documents or paragraphs, got ${String(split)}`, {
      code: 'invalid-option',
    });
  }
  const byParagraph = split === 'paragraphs' || (split === 'auto' && documents.length < 100);
  const minTokens = options.minTokens ?? 30;
  const maxTokens = options.maxTokens ?? 150;
  const unit = options.unit ?? 'lemma';
  const kinds = new Set(options.segments ?? OWN_TEXT_SEGMENTS);
  const filter = options.filter ?? ((token: Token, sentence: Sentence) => isCountedWord(token, sentence.lang));

  interface Draft {
    name: string;
    source: string;
    line: number;
    terms: string[];
  }
  const drafts: Draft[] = [];
  for (const document of documents) {
    const own: Draft[] = [];
    let current: Draft | undefined;
    let previousEnd = -1;
    for (const sentence of document.sentences) {
      if (!kinds.has(sentence.segment)) continue;
      const paragraphBreak = previousEnd >= 0 && sentence.line > previousEnd + 1;
      previousEnd = sentence.line + countNewlines(sentence.text);
      if (
        current === undefined ||
        (byParagraph &&
          ((paragraphBreak && current.terms.length >= minTokens) || current.terms.length >= maxTokens))
      ) {
        current = { name: document.name, source: document.name, line: sentence.line, terms: [] };
        own.push(current);
      }
      for (const token of sentence.tokens) if (filter(token, sentence)) current.terms.push(termOf(token, unit));
    }
    // A short tail joins the previous pseudo-document.
    const last = own[own.length - 1];
    const beforeLast = own[own.length - 2];
    if (last !== undefined && beforeLast !== undefined && last.terms.length < minTokens) {
      beforeLast.terms.push(...last.terms);
      own.pop();
    }
    if (own.length > 1) {
      own.forEach((draft, index) => {
        draft.name = `${document.name}#${index + 1}`;
      });
    }
    drafts.push(...own);
  }

  const totals = new Map<string, number>();
  const frequencies = new Map<string, number>();
  for (const draft of drafts) {
    for (const term of draft.terms) totals.set(term, (totals.get(term) ?? 0) + 1);
    for (const term of new Set(draft.terms)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  const minCount = options.minCount ?? 2;
  const maxShare = options.maxDocumentShare ?? 0.5;
  const limit = drafts.length >= 10 ? maxShare * drafts.length : Number.POSITIVE_INFINITY;
  const ids = new Map<string, number>();
  const terms: string[] = [];
  for (const draft of drafts) {
    for (const term of draft.terms) {
      if (ids.has(term) || (totals.get(term) ?? 0) < minCount || (frequencies.get(term) ?? 0) > limit) continue;
      ids.set(term, terms.length);
      terms.push(term);
    }
  }
  const counts = new Int32Array(terms.length);
  const result: TopicDocument[] = [];
  for (const draft of drafts) {
    const tokens: number[] = [];
    for (const term of draft.terms) {
      const id = ids.get(term);
      if (id !== undefined) {
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
