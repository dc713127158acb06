import { countBoilerplateWords, hasBoilerplateHint } from './count-boilerplate-words';
import { findMarkup } from './find-markup';
import { countStopwords, type StopwordCounts } from './count-stopwords';
import { guessLanguage } from './guess-language';
import type { HeaderSpan } from './infer-header';
import { isCommentLine } from './is-comment-line';
import { isCommentsStart } from './is-comments-start';
import { isEmbedLine } from './is-embed-line';
import { isEndLine } from './is-end-line';
import { isFootnoteLine } from './is-footnote-line';
import { isHeadingLine } from './is-heading-line';
import { isListItem } from './is-list-item';
import { isTrailerFragment, isTrailerLabel } from './is-trailer-fragment';
import { isTranscriptDisclaimer } from './is-transcript-disclaimer';
import type { Segment, SegmentKind } from './types';

/** Options of `segmentText`. */
export interface SegmentTextOptions {
  /** Title and header spans from `inferHeader`; they keep their kind. Default: none. */
  header?: readonly HeaderSpan[];
  /** Apply the block and markup rules; when `false` everything but the header spans is `body`. Default `true`. */
  rules?: boolean;
  /** `text.split('\n')`, when the caller has it already. Default: computed. */
  lines?: readonly string[];
}

interface Block {
  /** Index of the first and last line. */
  first: number;
  last: number;
  /** Blank lines before the block. */
  gap: number;
  lines: string[];
  kind: SegmentKind | null;
  counts: StopwordCounts | null;
}

/** Blank lines that separate the parts of an embed card (title, caption, post). */
const EMBED_GAP = 2;
/** Longest single line taken as an embed card part (title, caption) by its spacing alone. */
const EMBED_CARD_LENGTH = 200;
/** Boilerplate blocks (disclaimers, donation calls) are short; longer blocks are not checked. */
const BOILERPLATE_LENGTH = 600;
/** Paragraphs sampled for the language of the document. */
const LANGUAGE_SAMPLE = 8;
/** Characters of a paragraph the language guess looks at (`countStopwords`' default). */
const LANGUAGE_WINDOW = 200;
/** Words a foreign-language paragraph needs to count as a quotation. */
const QUOTE_WORDS = 12;

/**
 * Labels the spans of a document text (DESIGN.md §3): `title`, `header`, `body`, `heading`,
 * `quote`, `list`, `embed`, `footnote`, `boilerplate`, `comments`, `markup`.
 *
 * Rules, strongest first: header spans; a comment section (`5 Gedanken zu …`, `Leave a Reply`)
 * runs to the end, pingbacks and "comments are closed" lines are comments anywhere; a trailer
 * of donation, bank and subscription fragments at the end (after `ENDE`) and transcript
 * disclaimers are boilerplate, as is any block with two boilerplate keyword families; blocks
 * with `pic.twitter.com`, `t.co` or `— Name (@handle) date` are embeds, together with up to
 * three card parts before them: single lines of at most 200 characters set apart by two or more
 * blank lines, or blocks in the other language; `¹`/`[1]` lines are footnotes;
 * Markdown `>` blocks and paragraphs of at least 12 words in the other language than the
 * document's (a stopword-ratio guess on the first 200 characters of a paragraph, tried only on
 * German paragraphs with umlauts or ß there and English ones without; the document's language
 * is the one of most words in up to 8 paragraphs spread over it) are quotes; runs of two or more list items are lists;
 * short capitalised lines without closing punctuation are headings; the rest is body. Blank
 * lines belong to the span before them. Markup characters (HTML tags, Markdown link syntax)
 * are cut out of whatever span holds them.
 *
 * @returns segments that are sorted, contiguous, non-overlapping and cover `[0, text.length)`.
 */
export function segmentText(text: string, options: SegmentTextOptions = {}): Segment[] {
  if (text.length === 0) return [];
  const lines = options.lines ?? text.split('\n');
  const starts = new Array<number>(lines.length);
  let offset = 0;
  for (let index = 0; index < lines.length; index += 1) {
    starts[index] = offset;
    offset += lines[index]!.length + 1;
  }
  const lineKinds = new Array<SegmentKind | null>(lines.length).fill(null);
  const overlays: { kind: SegmentKind; start: number; end: number }[] = [];
  for (const span of options.header ?? []) {
    const first = lineAt(starts, span.start);
    const lineEnd = starts[first]! + lines[first]!.length;
    if (span.start === starts[first] && span.end === lineEnd) lineKinds[first] = span.kind;
    else overlays.push(span);
  }

  if (options.rules !== false) {
    const blocks = collectBlocks(lines, lineKinds);
    classifyBlocks(blocks);
    for (const block of blocks) {
      const kind = block.kind ?? 'body';
      for (let index = block.first; index <= block.last; index += 1) lineKinds[index] = kind;
    }
  }

  const base: Segment[] = [];
  let current: SegmentKind | null = null;
  let currentStart = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    let kind = lineKinds[index] ?? null;
    if (kind === null && !isBlank(line)) kind = 'body';
    if (kind === null || kind === current) continue;
    if (current !== null) {
      base.push({ kind: current, start: currentStart, end: starts[index]! });
      currentStart = starts[index]!;
    }
    current = kind;
  }
  base.push({ kind: current ?? 'body', start: currentStart, end: text.length });

  if (options.rules !== false) {
    for (const span of findMarkup(text)) overlays.push({ kind: 'markup', start: span.start, end: span.end });
  }
  if (overlays.length === 0) return base;
  return applyOverlays(base, overlays);
}

function isBlank(line: string): boolean {
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 13 && code !== 0xa0 && code !== 0xfeff) return false;
  }
  return true;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function collectBlocks(lines: readonly string[], fixed: readonly (SegmentKind | null)[]): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  let block: Block | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (fixed[index] !== null || isBlank(line)) {
      block = null;
      if (fixed[index] === null) gap += 1;
      else gap = 0;
      continue;
    }
    if (block === null) {
      block = { first: index, last: index, gap, lines: [line], kind: null, counts: null };
      blocks.push(block);
      gap = 0;
    } else {
      block.last = index;
      block.lines.push(line);
    }
  }
  return blocks;
}

function classifyBlocks(blocks: Block[]): void {
  // Comment section: from its start to the end; single comment lines anywhere.
  let commentsFrom = blocks.length;
  for (let index = 0; index < blocks.length; index += 1) {
    const first = blocks[index]!.lines[0]!;
    if (isCommentsStart(first)) {
      commentsFrom = index;
      break;
    }
  }
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (index >= commentsFrom || block.lines.every(isCommentLine)) block.kind = 'comments';
  }

  markTrailer(blocks, commentsFrom);

  // Language of the document: the language of most words in up to 8 paragraphs spread over it.
  let german = 0;
  let english = 0;
  const open = blocks.filter((block) => block.kind === null);
  const stride = Math.max(1, Math.ceil(open.length / LANGUAGE_SAMPLE));
  for (let index = 0; index < open.length; index += stride) {
    const counts = countsOf(open[index]!);
    const language = guessLanguage(counts);
    if (language === 'de') german += counts.words;
    else if (language === 'en') english += counts.words;
  }
  const documentLanguage = german > english ? 'de' : english > german ? 'en' : null;

  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind !== null) continue;
    if (isShortBoilerplate(block)) {
      block.kind = 'boilerplate';
    } else if (block.lines.some(isEmbedLine)) {
      block.kind = 'embed';
      let previous = index;
      while (previous > 0 && index - previous < 3) {
        const card = blocks[previous - 1]!;
        const after = blocks[previous]!;
        if (card.kind !== null && card.kind !== 'quote') break;
        const setApart = after.gap >= EMBED_GAP && card.lines.length === 1 && card.lines[0]!.length <= EMBED_CARD_LENGTH;
        if (!setApart && !isForeign(card, documentLanguage)) break;
        card.kind = 'embed';
        previous -= 1;
      }
    } else if (isFootnoteLine(block.lines[0]!)) {
      block.kind = 'footnote';
    } else if (block.lines.every((line) => /^\s*>/.test(line))) {
      block.kind = 'quote';
    } else if (isForeign(block, documentLanguage) && countsOf(block).words >= QUOTE_WORDS) {
      block.kind = 'quote';
    }
  }

  markLists(blocks);

  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind !== null) continue;
    if (block.lines.length === 1 && isHeadingLine(block.lines[0]!)) block.kind = 'heading';
  }
}

function isShortBoilerplate(block: Block): boolean {
  let length = 0;
  for (const line of block.lines) length += line.length + 1;
  if (length > BOILERPLATE_LENGTH) return false;
  const joined = block.lines.length === 1 ? block.lines[0]! : block.lines.join('\n');
  if (!hasBoilerplateHint(joined)) return false;
  return isTranscriptDisclaimer(joined) || countBoilerplateWords(joined) >= 2;
}

function countsOf(block: Block): StopwordCounts {
  block.counts ??= countStopwords(block.lines.length === 1 ? block.lines[0]! : block.lines.join('\n'));
  return block.counts;
}

/** German letters: a cheap first test (native, no loop in JS) whether a paragraph may be German. */
const GERMAN_LETTER = /[äöüßÄÖÜ]/;

function isForeign(block: Block, documentLanguage: 'de' | 'en' | null): boolean {
  if (documentLanguage === null) return false;
  if (block.counts === null) {
    // Before counting stopwords: a German paragraph has umlauts or ß in its first 200 characters
    // (the window countStopwords looks at), an English one has none.
    const first = block.lines[0]!;
    const text = block.lines.length === 1 || first.length >= LANGUAGE_WINDOW ? first : block.lines.join('\n');
    const german = GERMAN_LETTER.test(text.length > LANGUAGE_WINDOW ? text.slice(0, LANGUAGE_WINDOW) : text);
    if (german !== (documentLanguage === 'en')) return false;
  }
  const language = guessLanguage(countsOf(block));
  return language !== null && language !== documentLanguage;
}

/** A trailer of donation, bank and subscription fragments at the end of the text. */
function markTrailer(blocks: Block[], end: number): void {
  let start = end;
  let words = 0;
  let endLine = false;
  for (let index = end - 1; index >= 0; index -= 1) {
    const block = blocks[index]!;
    if (block.kind !== null) break;
    const joined = block.lines.join('\n');
    // A long paragraph is prose, not a trailer fragment, whatever words it uses ("subscribe to",
    // "donations" in a speech): it ends the trailer.
    if (joined.length > BOILERPLATE_LENGTH) break;
    const found = countBoilerplateWords(joined);
    const isEnd = block.lines.length === 1 && isEndLine(block.lines[0]!);
    if (found === 0 && !isEnd && !isTrailerFragment(block.lines)) break;
    words += found;
    if (isEnd) endLine = true;
    start = index;
  }
  if (start === end || (words < 2 && !endLine)) return;
  // The trailer starts at its first keyword block, end line, label or address.
  while (start < end) {
    const block = blocks[start]!;
    const isEnd = block.lines.length === 1 && isEndLine(block.lines[0]!);
    if (isEnd || isTrailerLabel(block.lines) || countBoilerplateWords(block.lines.join('\n')) > 0) break;
    start += 1;
  }
  for (let index = start; index < end; index += 1) blocks[index]!.kind = 'boilerplate';
}

/** Runs of blocks that start with a list item, with at least two items in the run. */
function markLists(blocks: Block[]): void {
  let index = 0;
  while (index < blocks.length) {
    if (blocks[index]!.kind !== null || !isListItem(blocks[index]!.lines[0]!)) {
      index += 1;
      continue;
    }
    let end = index;
    let items = 0;
    while (end < blocks.length && blocks[end]!.kind === null && isListItem(blocks[end]!.lines[0]!)) {
      for (const line of blocks[end]!.lines) if (isListItem(line)) items += 1;
      end += 1;
    }
    if (items >= 2) for (let run = index; run < end; run += 1) blocks[run]!.kind = 'list';
    index = end;
  }
}

/** Cuts overlay spans (header prefixes, markup) out of the base segments. */
function applyOverlays(base: readonly Segment[], overlays: { kind: SegmentKind; start: number; end: number }[]): Segment[] {
  overlays.sort((left, right) => left.start - right.start || right.end - left.end);
  const accepted: { kind: SegmentKind; start: number; end: number }[] = [];
  let reach = 0;
  for (const overlay of overlays) {
    if (overlay.start < reach || overlay.end <= overlay.start) continue;
    accepted.push(overlay);
    reach = overlay.end;
  }
  const result: Segment[] = [];
  const push = (kind: SegmentKind, start: number, end: number): void => {
    if (end <= start) return;
    const last = result[result.length - 1];
    if (last !== undefined && last.kind === kind && last.end === start) last.end = end;
    else result.push({ kind, start, end });
  };
  let next = 0;
  for (const segment of base) {
    let position = segment.start;
    while (next < accepted.length && accepted[next]!.start < segment.end) {
      const overlay = accepted[next]!;
      if (overlay.start > position) push(segment.kind, position, overlay.start);
      const overlayEnd = Math.min(overlay.end, segment.end);
      if (overlayEnd > position) push(overlay.kind, Math.max(position, overlay.start), overlayEnd);
      position = Math.max(position, overlayEnd);
      if (overlay.end > segment.end) break;
      next += 1;
    }
    push(segment.kind, position, segment.end);
  }
  return result;
}
