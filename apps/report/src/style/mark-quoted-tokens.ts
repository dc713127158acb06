import type { Sentence } from '@diskurs/tokenizer';
import { QUOTED_KINDS } from '../report/segment-kinds.js';

/** Characters that open or close a quotation: „…“ “…” "…" »…« «…». */
const QUOTE_MARK = /^[„“”"»«‟]$/;

/**
 * Marks which word tokens of a document's sentences are quoted: every token of a `quote` or `embed`
 * sentence, and tokens between quotation marks (`„…“`, `“…”`, `"…"`, `»…«`) in other sentences. A
 * quotation may run over several sentences; an unclosed one ends at the next paragraph break.
 *
 * @param document.text - The analysed text (to find paragraph breaks between sentences).
 * @param document.sentences - Its sentences, in text order.
 * @returns Per sentence, per token: true when quoted.
 */
export function markQuotedTokens(document: { text: string; sentences: readonly Sentence[] }): boolean[][] {
  const marks: boolean[][] = [];
  let open = false;
  let previous: Sentence | undefined;
  for (const sentence of document.sentences) {
    if (previous && (previous.segment !== sentence.segment || /\n\s*\n/.test(document.text.slice(previous.end, sentence.start)))) {
      open = false;
    }
    const quotedSegment = QUOTED_KINDS.includes(sentence.segment);
    const sentenceMarks: boolean[] = [];
    for (const token of sentence.tokens) {
      if (QUOTE_MARK.test(token.text)) {
        open = !open;
        sentenceMarks.push(quotedSegment);
        continue;
      }
      sentenceMarks.push(quotedSegment || open);
    }
    marks.push(sentenceMarks);
    previous = sentence;
  }
  return marks;
}
