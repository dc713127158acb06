import type { Language, Sentence } from '@diskurs/tokenizer';
import { termOf } from './count-terms.js';
import { isCountedWord } from './is-counted-word.js';
import { OWN_TEXT_SEGMENTS, type TermUnit } from './types.js';

/** A word as phrase extraction sees it. */
export interface PhraseWord {
  /** The term the word counts as (lemma by default). */
  key: string;
  /** The token text. */
  text: string;
  /** True for content words; false for stopwords (which may only sit inside a phrase). */
  content: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** All letters upper-case and at least two of them (`NATO`, `USA`). */
  acronym: boolean;
  /** First word of its sentence (German capitalises it whatever it is). */
  initial: boolean;
}

/** The words of one sentence, cut into chunks at punctuation, numbers and other non-words. */
export interface PhraseSentence {
  /** Index of the sentence among the collected ones. */
  index: number;
  lang: Language;
  /** Runs of consecutive words; phrases never cross a chunk edge. */
  chunks: PhraseWord[][];
}

/** Options of {@link collectWords}. */
export interface CollectWordsOptions {
  /** Key words by lemma or by lowercased surface form. Default `'lemma'`. */
  unit?: TermUnit;
  /** Segment kinds to use. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
}

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Prepares sentences for keyphrase, collocation and entity extraction: words with their key,
 * casing and stopword status, cut into chunks at everything that is not a word.
 *
 * @param sentences Tokenizer sentences (of one document or a whole group).
 * @param options See {@link CollectWordsOptions}.
 * @returns The sentences of the selected segments, chunked.
 */
export function collectWords(sentences: readonly Sentence[], options: CollectWordsOptions = {}): PhraseSentence[] {
  const unit = options.unit ?? 'lemma';
  const kinds = new Set(options.segments ?? OWN_TEXT_SEGMENTS);
  const result: PhraseSentence[] = [];
  for (const sentence of sentences) {
    if (!kinds.has(sentence.segment)) continue;
    const chunks: PhraseWord[][] = [];
    let chunk: PhraseWord[] = [];
    let first = true;
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') {
        if (chunk.length > 0) chunks.push(chunk);
        chunk = [];
        continue;
      }
      chunk.push({
        key: termOf(token, unit),
        text: token.text,
        content: isCountedWord(token, sentence.lang),
        capitalised: UPPER.test(token.text),
        acronym: token.text.length >= 2 && !LOWER.test(token.text) && UPPER.test(token.text),
        initial: first,
      });
      first = false;
    }
    if (chunk.length > 0) chunks.push(chunk);
    if (chunks.length > 0) result.push({ index: result.length, lang: sentence.lang, chunks });
  }
  return result;
}
