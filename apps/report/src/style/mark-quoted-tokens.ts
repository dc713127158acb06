import type { Sentence } from '@diskurs/tokenizer';
import { QUOTED_KINDS } from '../report/segment-kinds.js';

/** Characters that open or close a quotation: „…“ “…” "…" »…« «…». */
const QUOTE_MARKS = /[„“”"»«‟]/g;

/** How many quotation marks (see `QUOTE_MARKS`) a token holds; a char-code scan, as most hold none. */
function countQuoteMarks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // " « » and “ ” „ ‟ (U+201C to U+201F)
    if (code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201f)) {
      count += 1;
    }
  }
  return count;
}

/**
 * Marks which word tokens of a document's sentences are quoted: every token of a `quote` or `embed`
 * sentence, and tokens between quotation marks (`„…“`, `“…”`, `"…"`, `»…«`) in other sentences. A
 * quotation may run over several sentences; an unclosed one ends at the next paragraph break.
 *
 * @param document.text - The analysed text (to find paragraph breaks between sentences).
 * @param document.sentences - Its sentences, in text order.
 * @returns One entry per token of all sentences, in order (sentence after sentence): 1 when quoted.
 */
export function markQuotedTokens(document: { text: string; sentences: readonly Sentence[] }): Uint8Array {
  let size = 0;
  for (const sentence of document.sentences) size += sentence.tokens.length;
  const marks = new Uint8Array(size);
  let at = 0;
  let open = false;
  let previous: Sentence | undefined;
  for (const sentence of document.sentences) {
    if (previous && (previous.segment !== sentence.segment || /\n\s*\n/.test(document.text.slice(previous.end, sentence.start)))) {
      open = false;
    }
    const quotedSegment = QUOTED_KINDS.includes(sentence.segment);
    for (const token of sentence.tokens) {
      const count = countQuoteMarks(token.text);
      if (count === 0) {
        marks[at++] = quotedSegment || open ? 1 : 0;
        continue;
      }
      // A quote mark alone is not quoted text; a word with marks inside (`Trump-„Boogie“`) is
      // quoted when any part of it lies inside the quotation.
      if (count % 2 === 1) open = !open;
      marks[at++] = quotedSegment || token.text.replace(QUOTE_MARKS, '').length > 0 ? 1 : 0;
    }
    previous = sentence;
  }
  return marks;
}
