import type { AnalyzedDocument, Language, TokenKind } from '@diskurs/tokenizer';

/** Token kinds by code (the order is the code). */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol', 'url', 'email', 'mention', 'hashtag', 'emoji'];
/** Sentence languages by code. */
export const LANGUAGES: readonly Language[] = ['de', 'en', 'other'];

/** Int32 fields per sentence: start, end, line, segment (string id), first token, token count. */
export const SENTENCE_FIELDS = 6;
/** Int32 fields per token: start, end, flags, text, norm, lemma, stem, parts, compound (string/list ids, −1 = absent). */
export const TOKEN_FIELDS = 9;
/** Token flag: the stopword flag is set. */
export const STOPWORD = 16;

/**
 * An analysed document as typed arrays and a string table: what a worker thread posts (the arrays
 * are transferred, not copied) instead of a tree of objects, which costs more to clone than to
 * analyse. {@link decodeAnalysis} rebuilds the document.
 */
export interface EncodedAnalysis {
  /** Code of the document language in {@link LANGUAGES}. */
  lang: number;
  sentences: Int32Array;
  /** Per sentence: code in {@link LANGUAGES}. */
  sentenceLangs: Uint8Array;
  sentenceConfidence: Float64Array;
  tokens: Int32Array;
  /** Token texts, norms, lemmas, stems, parts, segment kinds: each distinct string once. */
  strings: string[];
  /** String-id lists (token parts and compounds), each as its ids. */
  lists: Int32Array[];
}

/**
 * Encodes an analysed document (see {@link EncodedAnalysis}). Token texts go into the string table
 * like norms and lemmas, so the rebuilt tokens share one string per distinct word, as the
 * tokenizer's own do (faster to look up, less memory than a slice per token).
 *
 * @param analysis - The tokenizer's analysis.
 */
export function encodeAnalysis(analysis: AnalyzedDocument): EncodedAnalysis {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const id = (value: string | undefined): number => {
    if (value === undefined) return -1;
    let found = ids.get(value);
    if (found === undefined) {
      found = strings.length;
      ids.set(value, found);
      strings.push(value);
    }
    return found;
  };
  const lists: Int32Array[] = [];
  const list = (values: readonly string[] | undefined): number => {
    if (values === undefined) return -1;
    lists.push(Int32Array.from(values, (value) => id(value)));
    return lists.length - 1;
  };
  const count = analysis.sentences.length;
  let tokenCount = 0;
  for (const sentence of analysis.sentences) tokenCount += sentence.tokens.length;
  const sentences = new Int32Array(count * SENTENCE_FIELDS);
  const sentenceLangs = new Uint8Array(count);
  const sentenceConfidence = new Float64Array(count);
  const tokens = new Int32Array(tokenCount * TOKEN_FIELDS);
  let at = 0;
  analysis.sentences.forEach((sentence, index) => {
    const row = index * SENTENCE_FIELDS;
    sentences[row] = sentence.start;
    sentences[row + 1] = sentence.end;
    sentences[row + 2] = sentence.line;
    sentences[row + 3] = id(sentence.segment);
    sentences[row + 4] = at / TOKEN_FIELDS;
    sentences[row + 5] = sentence.tokens.length;
    sentenceLangs[index] = LANGUAGES.indexOf(sentence.lang);
    sentenceConfidence[index] = sentence.langConfidence;
    for (const token of sentence.tokens) {
      tokens[at] = token.start;
      tokens[at + 1] = token.end;
      tokens[at + 2] = TOKEN_KINDS.indexOf(token.kind) | (token.stopword ? STOPWORD : 0);
      tokens[at + 3] = id(token.text);
      tokens[at + 4] = id(token.norm);
      tokens[at + 5] = id(token.lemma);
      tokens[at + 6] = id(token.stem);
      tokens[at + 7] = list(token.parts);
      tokens[at + 8] = list(token.compound);
      at += TOKEN_FIELDS;
    }
  });
  return { lang: LANGUAGES.indexOf(analysis.lang), sentences, sentenceLangs, sentenceConfidence, tokens, strings, lists };
}

/** The buffers of an encoded analysis, to transfer with `postMessage`. */
export function listTransferables(encoded: EncodedAnalysis): ArrayBuffer[] {
  return [encoded.sentences, encoded.sentenceLangs, encoded.sentenceConfidence, encoded.tokens, ...encoded.lists].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
