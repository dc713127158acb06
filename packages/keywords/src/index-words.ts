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
/** Word flag: a text of one character. */
export const SHORT = 64;
/** Word flag: the lemma is the stem standing in for a lemma (`lemma === stem`, and `lemma !== norm`; also both absent). */
export const STEMMED = 32;

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
  /** Per id: flags of the string as a token text (`CAPITALISED`, `ACRONYM`, `SHORT`), −1 until known. */
  readonly shapes: number[];
  /** Per id: for languages de/en/other at bits 2l (known) and 2l+1 (content word) of the string as a norm. */
  readonly contents: number[];
  /** Per id: the norm id last seen for the string as a token text (−1: none yet). */
  readonly norms: number[];
  /** Per id: the lemma id last seen for the string as a norm (−1: none yet). */
  readonly lemmas: number[];
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
  /**
   * Per word: bit flags 1 content word (see `isCountedWord`), 2 capitalised, 4 acronym (all letters
   * upper-case, at least two characters), 8 first word of its sentence, 16 first word of a chunk
   * (after the sentence start or a token that is not a word), 32 lemma is a stem standing in for a
   * lemma (`lemma === stem !== norm`), 64 a text of one character.
   */
  readonly flags: Uint8Array;
  /** The sentences of the selected segments (also those without words), in order. */
  readonly sentences: readonly Sentence[];
  /** Per sentence: its first word (length: sentences + 1, the last entry is the word count). */
  readonly sentenceStarts: Int32Array;
  /** Language of each sentence. */
  readonly sentenceLangs: Language[];
  /** Per document: its first sentence (length: documents + 1). */
  readonly documentStarts: Int32Array;
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
  return { strings: [], ids: new Map(), shapes: [], contents: [], norms: [], lemmas: [] };
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
  const normsOf = table.norms;
  const lemmasOf = table.lemmas;
  const intern = (value: string): number => {
    let id = ids.get(value);
    if (id === undefined) {
      id = strings.length;
      strings.push(value);
      ids.set(value, id);
      shapes.push(-1);
      contents.push(0);
      normsOf.push(-1);
      lemmasOf.push(-1);
    }
    return id;
  };
  // The selected sentences, and an upper bound of the words: their tokens.
  const selected: Sentence[] = [];
  const documentStarts = new Int32Array(documents.length + 1);
  let capacity = 0;
  for (let d = 0; d < documents.length; d++) {
    documentStarts[d] = selected.length;
    for (const sentence of documents[d]!.sentences) {
      if (!kinds.has(sentence.segment)) continue;
      selected.push(sentence);
      capacity += sentence.tokens.length;
    }
  }
  documentStarts[documents.length] = selected.length;
  const texts = new Int32Array(capacity);
  const norms = new Int32Array(capacity);
  const lemmas = new Int32Array(capacity);
  const flags = new Uint8Array(capacity);
  const sentenceStarts = new Int32Array(selected.length + 1);
  const sentenceLangs: Language[] = new Array<Language>(selected.length);
  const documentTokens = new Int32Array(documents.length);
  let size = 0;
  for (let d = 0; d < documents.length; d++) {
    let tokens = 0;
    for (let s = documentStarts[d]!; s < documentStarts[d + 1]!; s++) {
      const sentence = selected[s]!;
      sentenceStarts[s] = size;
      const lang = sentence.lang;
      sentenceLangs[s] = lang;
      const bit = LANGUAGE_BITS[lang] ?? 4;
      const start = size;
      let chunkStart = CHUNK_START;
      const sentenceTokens = sentence.tokens;
      for (let t = 0; t < sentenceTokens.length; t++) {
        const token = sentenceTokens[t]!;
        const kind = token.kind;
        if (kind !== 'word') {
          if (kind !== 'punct' && kind !== 'symbol') tokens++;
          chunkStart = CHUNK_START;
          continue;
        }
        tokens++;
        const text = token.text;
        const norm = token.norm;
        const lemma = token.lemma ?? norm;
        // A text has one norm, and a norm mostly one lemma: check the last one seen before looking up.
        const textId = intern(text);
        let normId = normsOf[textId]!;
        if (normId < 0 || strings[normId] !== norm) normsOf[textId] = normId = norm === text ? textId : intern(norm);
        let lemmaId = lemmasOf[normId]!;
        if (lemmaId < 0 || strings[lemmaId] !== lemma) lemmasOf[normId] = lemmaId = lemma === norm ? normId : intern(lemma);
        let shape = shapes[textId]!;
        if (shape < 0) {
          const upper = UPPER.test(text);
          shape =
            (upper ? CAPITALISED : 0) |
            (upper && text.length >= 2 && !LOWER.test(text) ? ACRONYM : 0) |
            (text.length < 2 ? SHORT : 0);
          shapes[textId] = shape;
        }
        let content = contents[normId]!;
        if ((content & (1 << bit)) === 0) {
          content |= (1 << bit) | (isCountedWord(token, lang) ? 1 << (bit + 1) : 0);
          contents[normId] = content;
        }
        const stemmed =
          lemmaId !== normId ? token.lemma === token.stem : token.lemma === undefined && token.stem === undefined;
        texts[size] = textId;
        norms[size] = normId;
        lemmas[size] = lemmaId;
        flags[size] =
          shape |
          chunkStart |
          (size === start ? INITIAL : 0) |
          ((content >> (bit + 1)) & 1 ? CONTENT : 0) |
          (stemmed ? STEMMED : 0);
        chunkStart = 0;
        size++;
      }
    }
    documentTokens[d] = tokens;
  }
  sentenceStarts[selected.length] = size;
  return {
    strings: table,
    texts: texts.subarray(0, size),
    norms: norms.subarray(0, size),
    lemmas: lemmas.subarray(0, size),
    flags: flags.subarray(0, size),
    sentences: selected,
    sentenceStarts,
    sentenceLangs,
    documentStarts,
    documents: documents.map((document) => document.name),
    documentTokens,
  };
}

/**
 * Tells a {@link WordIndex} from an array (of sentences or documents).
 *
 * @param input An array or an index.
 * @returns True for an index.
 */
export function isWordIndex<T>(input: readonly T[] | WordIndex): input is WordIndex {
  return !Array.isArray(input);
}

/**
 * The index to read: `input` itself when it is a {@link WordIndex}, otherwise the index of these
 * sentences as one document (words of the `segments` kinds only).
 *
 * @param input Sentences or an index.
 * @param segments Segment kinds to index. Default: title, body, heading, list, footnote.
 * @returns A word index.
 */
export function toWordIndex(input: readonly Sentence[] | WordIndex, segments?: readonly string[]): WordIndex {
  return isWordIndex(input) ? input : indexWords([{ name: '', sentences: input }], segments ? { segments } : {});
}

/**
 * The part of an index that covers documents `from … to − 1`, sharing its arrays (no copy of the
 * words).
 *
 * @param index A word index.
 * @param from First document.
 * @param to End document (exclusive).
 * @returns The index of those documents.
 */
export function sliceWordIndex(index: WordIndex, from: number, to: number): WordIndex {
  const firstSentence = index.documentStarts[from]!;
  const endSentence = index.documentStarts[to]!;
  const firstWord = index.sentenceStarts[firstSentence]!;
  const endWord = index.sentenceStarts[endSentence]!;
  return {
    strings: index.strings,
    texts: index.texts.subarray(firstWord, endWord),
    norms: index.norms.subarray(firstWord, endWord),
    lemmas: index.lemmas.subarray(firstWord, endWord),
    flags: index.flags.subarray(firstWord, endWord),
    sentences: index.sentences.slice(firstSentence, endSentence),
    sentenceStarts: index.sentenceStarts.slice(firstSentence, endSentence + 1).map((start) => start - firstWord),
    sentenceLangs: index.sentenceLangs.slice(firstSentence, endSentence),
    documentStarts: index.documentStarts.slice(from, to + 1).map((start) => start - firstSentence),
    documents: index.documents.slice(from, to),
    documentTokens: index.documentTokens.subarray(from, to),
  };
}
