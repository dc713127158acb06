import type { Language, Sentence } from '@diskurs/tokenizer';
import { isCountedWord } from './is-counted-word.js';
import { OWN_TEXT_SEGMENTS } from './types.js';

/** Word flag: a content word (see `isCountedWord`); otherwise a stopword. */
export const CONTENT = 1;
/** Word flag: starts with an upper-case letter. */
export const CAPITALISED = 2;
/** Word flag: all letters upper-case and at least two characters (`NATO`, `USA`). */
export const ACRONYM = 4;
/** Word flag: first word of its sentence. */
export const INITIAL = 8;
/** Word flag: first word of a chunk (after a sentence start or a token that is not a word). */
export const CHUNK_START = 16;

/**
 * Interned strings shared by word indexes: every distinct token text, norm and lemma gets one
 * integer id, and what depends only on a string (its casing, whether a norm is a content word in
 * a language) is worked out once per id.
 */
export interface WordStrings {
  /** Id → string. */
  readonly strings: string[];
  /** String → id. */
  readonly ids: Map<string, number>;
  /** Per id: casing flags of the string as a token text (`CAPITALISED`, `ACRONYM`), −1 until known. */
  readonly shapes: number[];
  /** Per id: for languages de/en/other at bits 2l (known) and 2l+1 (content word) of the string as a norm. */
  readonly contents: number[];
}

/**
 * The words of a group of documents as integer ids: the `word` tokens of the selected sentences
 * in text order, each with its text, norm and lemma (lemma falling back to norm) as string ids and
 * its flags. Keyphrases, collocations, entities and term counts read this instead of the tokens.
 */
export interface WordIndex {
  /** The string table the ids point into. */
  readonly strings: WordStrings;
  /** Per word: string id of the token text. */
  readonly texts: Int32Array;
  /** Per word: string id of the norm (the surface key). */
  readonly norms: Int32Array;
  /** Per word: string id of the lemma, or of the norm when there is none (the lemma key). */
  readonly lemmas: Int32Array;
  /** Per word: `CONTENT`, `CAPITALISED`, `ACRONYM`, `INITIAL`, `CHUNK_START`. */
  readonly flags: Uint8Array;
  /** Sentences with at least one word: their first word (length: sentences + 1, the last entry is the word count). */
  readonly sentenceStarts: Int32Array;
  /** Language of each such sentence. */
  readonly sentenceLangs: Language[];
  /** Index of each such sentence's document. */
  readonly sentenceDocuments: Int32Array;
  /** Document names, in input order. */
  readonly documents: string[];
  /** Per document: word-like tokens (all but punctuation and symbols) in the selected sentences. */
  readonly documentTokens: Int32Array;
}

/** Options of {@link indexWords}. */
export interface IndexWordsOptions {
  /** Segment kinds to use. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
  /** A string table to share ids with other indexes. Default: a new one. */
  strings?: WordStrings;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LANGUAGE_BITS: Record<Language, number> = { de: 0, en: 2, other: 4 };

/**
 * Creates an empty string table for {@link indexWords}.
 *
 * @returns The table.
 */
export function createWordStrings(): WordStrings {
  return { strings: [], ids: new Map(), shapes: [], contents: [] };
}

/**
 * Indexes the words of documents once, as integer ids with per-word flags, so that keyphrases,
 * collocations, entities and term counts need not look at the tokens again.
 *
 * @param documents Documents (name and tokenizer sentences), in order.
 * @param options See {@link IndexWordsOptions}.
 * @returns The index.
 */
export function indexWords(
  documents: readonly { name: string; sentences: readonly Sentence[] }[],
  options: IndexWordsOptions = {},
): WordIndex {
  const kinds = new Set(options.segments ?? OWN_TEXT_SEGMENTS);
  const table = options.strings ?? createWordStrings();
  const { strings, ids, shapes, contents } = table;
  const intern = (value: string): number => {
    let id = ids.get(value);
    if (id === undefined) {
      id = strings.length;
      strings.push(value);
      ids.set(value, id);
      shapes.push(-1);
      contents.push(0);
    }
    return id;
  };
  let capacity = 1024;
  let texts = new Int32Array(capacity);
  let norms = new Int32Array(capacity);
  let lemmas = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let size = 0;
  const sentenceStarts: number[] = [];
  const sentenceLangs: Language[] = [];
  const sentenceDocuments: number[] = [];
  const documentTokens = new Int32Array(documents.length);
  const grow = () => {
    capacity *= 2;
    const copy = <T extends Int32Array | Uint8Array>(array: T, next: T): T => {
      next.set(array);
      return next;
    };
    texts = copy(texts, new Int32Array(capacity));
    norms = copy(norms, new Int32Array(capacity));
    lemmas = copy(lemmas, new Int32Array(capacity));
    flags = copy(flags, new Uint8Array(capacity));
  };

  documents.forEach((document, documentIndex) => {
    let tokens = 0;
    for (const sentence of document.sentences) {
      if (!kinds.has(sentence.segment)) continue;
      const lang = sentence.lang;
      const bit = LANGUAGE_BITS[lang] ?? 4;
      const start = size;
      let chunkStart = CHUNK_START;
      for (const token of sentence.tokens) {
        const kind = token.kind;
        if (kind !== 'punct' && kind !== 'symbol') tokens++;
        if (kind !== 'word') {
          chunkStart = CHUNK_START;
          continue;
        }
        if (size === capacity) grow();
        const text = token.text;
        const norm = token.norm;
        const lemma = token.lemma ?? norm;
        const textId = intern(text);
        const normId = norm === text ? textId : intern(norm);
        const lemmaId = lemma === norm ? normId : intern(lemma);
        let shape = shapes[textId]!;
        if (shape < 0) {
          const upper = UPPER.test(text);
          shape = (upper ? CAPITALISED : 0) | (upper && text.length >= 2 && !LOWER.test(text) ? ACRONYM : 0);
          shapes[textId] = shape;
        }
        let content = contents[normId]!;
        if ((content & (1 << bit)) === 0) {
          content |= (1 << bit) | (isCountedWord(token, lang) ? 1 << (bit + 1) : 0);
          contents[normId] = content;
        }
        texts[size] = textId;
        norms[size] = normId;
        lemmas[size] = lemmaId;
        flags[size] = shape | chunkStart | (size === start ? INITIAL : 0) | ((content >> (bit + 1)) & 1 ? CONTENT : 0);
        chunkStart = 0;
        size++;
      }
      if (size > start) {
        sentenceStarts.push(start);
        sentenceLangs.push(lang);
        sentenceDocuments.push(documentIndex);
      }
    }
    documentTokens[documentIndex] = tokens;
  });
  sentenceStarts.push(size);
  return {
    strings: table,
    texts: texts.slice(0, size),
    norms: norms.slice(0, size),
    lemmas: lemmas.slice(0, size),
    flags: flags.slice(0, size),
    sentenceStarts: Int32Array.from(sentenceStarts),
    sentenceLangs,
    sentenceDocuments: Int32Array.from(sentenceDocuments),
    documents: documents.map((document) => document.name),
    documentTokens,
  };
}

/**
 * Tells a {@link WordIndex} from an array of sentences.
 *
 * @param input Sentences or an index.
 * @returns True for an index.
 */
export function isWordIndex(input: readonly Sentence[] | WordIndex): input is WordIndex {
  return !Array.isArray(input);
}
