import type { AnalyzedDocument, Sentence, Token } from '@diskurs/tokenizer';
import { type EncodedAnalysis, LANGUAGES, SENTENCE_FIELDS, STOPWORD, TOKEN_FIELDS, TOKEN_KINDS } from './encode-analysis.js';

/**
 * Rebuilds an analysed document from {@link EncodedAnalysis}: the same sentences and tokens
 * (sentence texts sliced from `text`, optional token fields present exactly where they were).
 *
 * @param encoded - What `encodeAnalysis` gave for the document.
 * @param text - The document text that was analysed.
 */
export function decodeAnalysis(encoded: EncodedAnalysis, text: string): AnalyzedDocument {
  const { strings, lists, tokens } = encoded;
  const listOf = (id: number): string[] => Array.from(lists[id]!, (value) => strings[value]!);
  const sentences: Sentence[] = new Array(encoded.sentenceLangs.length);
  for (let index = 0; index < sentences.length; index++) {
    const row = index * SENTENCE_FIELDS;
    const start = encoded.sentences[row]!;
    const end = encoded.sentences[row + 1]!;
    const first = encoded.sentences[row + 4]!;
    const sentenceTokens: Token[] = new Array(encoded.sentences[row + 5]!);
    for (let k = 0; k < sentenceTokens.length; k++) {
      const at = (first + k) * TOKEN_FIELDS;
      const tokenStart = tokens[at]!;
      const tokenEnd = tokens[at + 1]!;
      const flags = tokens[at + 2]!;
      const token: Token = {
        text: strings[tokens[at + 3]!]!,
        start: tokenStart,
        end: tokenEnd,
        kind: TOKEN_KINDS[flags & 15]!,
        norm: strings[tokens[at + 4]!]!,
        stopword: (flags & STOPWORD) !== 0,
      };
      if (tokens[at + 5]! >= 0) token.lemma = strings[tokens[at + 5]!]!;
      if (tokens[at + 6]! >= 0) token.stem = strings[tokens[at + 6]!]!;
      if (tokens[at + 7]! >= 0) token.parts = listOf(tokens[at + 7]!);
      if (tokens[at + 8]! >= 0) token.compound = listOf(tokens[at + 8]!);
      sentenceTokens[k] = token;
    }
    sentences[index] = {
      start,
      end,
      text: text.slice(start, end),
      lang: LANGUAGES[encoded.sentenceLangs[index]!]!,
      langConfidence: encoded.sentenceConfidence[index]!,
      line: encoded.sentences[row + 2]!,
      segment: strings[encoded.sentences[row + 3]!]!,
      tokens: sentenceTokens,
    };
  }
  return { lang: LANGUAGES[encoded.lang]!, sentences };
}
