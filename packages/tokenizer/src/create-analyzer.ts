import { createLanguageMemo } from './create-language-memo.js';
import { type LanguageGuess, loadLanguageDetector } from './detect-language.js';
import { guessFromFunctionWords } from './guess-from-function-words.js';
import { normalizeLanguage } from './normalize-language.js';
import { isUpper } from './char-class.js';
import { ENGLISH_ONLY, GERMAN_ONLY, LONGEST_FLAGGED_WORD, stopwordMask, WORD_FLAGS } from './is-stopword.js';
import { loadGermanDictionary } from './load-german-dictionary.js';
import { type Lemmatizer, loadLemmatizer, type WordForms } from './load-lemmatizer.js';
import { splitCompound } from './split-compound.js';
import { splitSentencesInto } from './split-sentences.js';
import type { CachedToken } from './cache-token.js';
import { tokenizeInto } from './tokenize.js';
import { TokenizerError } from './tokenizer-error.js';
import type {
  AnalyzableDocument,
  AnalyzedDocument,
  Language,
  LemmaMode,
  SegmentLike,
  Sentence,
  SentenceSpan,
  Token,
} from './types.js';

/** Options of {@link createAnalyzer} and `analyze`. */
export interface AnalyzerOptions {
  /**
   * How words get `lemma` and `stem`: `'lemma'` (dictionary lemmas, rules, stemmer fallback),
   * `'stem'` (Porter stems; `lemma` is the stem) or `'none'` (neither). Default: `'lemma'`.
   */
  lemmas?: LemmaMode;
  /**
   * Split German compound nouns and set `Token.compound` (loads the German dictionary even
   * when `lemmas` is not `'lemma'`). Default: `false`.
   */
  compounds?: boolean;
  /**
   * Languages whose lemma resources are loaded in `'lemma'` mode: `'de'` the German dictionaries
   * (the largest load, about a second and ~100 MB), `'en'` wink-nlp's English model. Sentences
   * detected in a language left out get their stem as `lemma`. Leave out German only for text
   * known to be English. Default: `['de', 'en']`.
   */
  languages?: readonly ('de' | 'en')[];
}

/** A ready analyzer: dictionaries and models are loaded, `analyze` is synchronous. */
export interface Analyzer {
  /** The lemma mode this analyzer was created with. */
  readonly lemmas: LemmaMode;
  /**
   * Splits a document into sentences (never across segment boundaries; `markup` segments are
   * skipped), tokenizes them, detects each sentence's language (document language as prior),
   * and sets stopword flags, stems and lemmas.
   */
  analyze(document: string | AnalyzableDocument): AnalyzedDocument;
}

/** Sentences shorter than this many characters are re-detected with the document language as prior. */
const SHORT_SENTENCE = 60;

interface Run {
  kind: string;
  start: number;
  end: number;
}

/** Merges segments into runs of one kind; markup between two segments of the same kind does not break a run. */
function computeRuns(length: number, segments: readonly SegmentLike[] | undefined): Run[] {
  if (segments === undefined || segments.length === 0) return length > 0 ? [{ kind: 'body', start: 0, end: length }] : [];
  const sorted = segments
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .map((s) => ({ kind: String(s.kind), start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const runs: Run[] = [];
  let covered = 0;
  let current: Run | null = null;
  for (const seg of sorted) {
    if (seg.start > covered) {
      // text no segment covers is analysed as body
      const gap = { kind: 'body', start: covered, end: seg.start };
      if (current !== null && current.kind === 'body' && current.end === gap.start) current.end = gap.end;
      else {
        current = gap;
        runs.push(current);
      }
    }
    const start = Math.max(seg.start, covered);
    if (seg.end <= start) continue;
    covered = seg.end;
    if (seg.kind === 'markup') {
      if (current !== null) current.end = seg.end;
      continue;
    }
    if (current !== null && current.kind === seg.kind && current.end === start) {
      current.end = seg.end;
    } else {
      current = { kind: seg.kind, start, end: seg.end };
      runs.push(current);
    }
  }
  if (covered < length) {
    if (current !== null && current.kind === 'body' && current.end === covered) current.end = length;
    else runs.push({ kind: 'body', start: covered, end: length });
  }
  return runs;
}

/** The text with `markup` segments blanked out (same length, so offsets stay valid). */
function maskMarkup(text: string, segments: readonly SegmentLike[] | undefined): string {
  if (segments === undefined) return text;
  let masked: string | null = null;
  for (const s of segments) {
    if (s.kind !== 'markup' || !(s.end > s.start)) continue;
    const a = Math.max(0, s.start);
    const b = Math.min(text.length, s.end);
    if (b <= a) continue;
    const base: string = masked ?? text;
    masked = base.slice(0, a) + ' '.repeat(b - a) + base.slice(b);
  }
  return masked ?? text;
}

/** Punctuation after which a capital says nothing about the word (`:`, opening quotes, dashes, bullets). */
function isSentenceOpening(norm: string): boolean {
  return norm === ':' || norm === '"' || norm === "'" || norm === '(' || norm === '-' || norm === '•' || norm === '...';
}

/** Whether a lowercased word has ä, ö, ü or ß (evidence for German). */
function hasGermanLetter(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) return true;
  }
  return false;
}

/** Majority language of sentences by token count (ties: de, en, other); `prior` or 'other' when empty. */
function majorityLanguage(sentences: readonly Sentence[], prior: 'de' | 'en' | null): Language {
  let de = 0;
  let en = 0;
  let other = 0;
  for (const s of sentences) {
    if (s.lang === 'de') de += s.tokens.length;
    else if (s.lang === 'en') en += s.tokens.length;
    else other += s.tokens.length;
  }
  if (de === 0 && en === 0 && other === 0) return prior ?? 'other';
  return de >= en && de >= other ? 'de' : en >= other ? 'en' : 'other';
}

/** Compound parts of a German noun token as lowercased lemmas, cached; undefined when it is no compound. */
function createCompoundSplitter(): (text: string) => string[] | undefined {
  const cache = new Map<string, string[] | null>();
  return (text) => {
    let parts = cache.get(text);
    if (parts === undefined) {
      const split = splitCompound(text);
      parts = split.length > 1 ? split.map((p) => p.toLowerCase()) : null;
      if (cache.size < 500_000) cache.set(text, parts);
    }
    return parts ?? undefined;
  };
}

/** What the analyzer knows about a word as written: its flags and, per language, its forms. */
interface WordEntry {
  /** WORD_FLAGS bits, plus GERMAN_LETTER. */
  flags: number;
  de: WordForms | undefined;
  deInitial: WordForms | undefined;
  en: WordForms | undefined;
}

/** Flag bit: the word has ä, ö, ü or ß. */
const GERMAN_LETTER = 256;

/** Most words a word table keeps; later new words are looked up without being kept. */
const MAX_WORDS = 1_000_000;

function createEntry(norm: string): WordEntry {
  let flags = norm.length <= LONGEST_FLAGGED_WORD ? (WORD_FLAGS.get(norm) ?? 0) : 0;
  if ((flags & (GERMAN_ONLY | ENGLISH_ONLY)) === 0 && hasGermanLetter(norm)) flags |= GERMAN_LETTER;
  return { flags, de: undefined, deInitial: undefined, en: undefined };
}

/**
 * Sets stopword flags, lemmas, stems and compound parts of a sentence's words once its language is
 * final. `entries[from + k]` is the word entry of `sentence.tokens[k]` (null for other tokens).
 */
function finishSentence(
  sentence: Sentence,
  entries: readonly (WordEntry | null)[],
  from: number,
  lemmatizer: Lemmatizer | null,
  compounds: ((text: string) => string[] | undefined) | null,
): void {
  const lang = sentence.lang;
  const mask = stopwordMask(lang);
  const tokens = sentence.tokens;
  // a word at the start of the sentence, or after a colon or an opening quote, may be capitalised for that alone
  let initial = true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const entry = entries[from + k];
    if (entry === null || entry === undefined) {
      if (t.kind === 'punct' && isSentenceOpening(t.norm)) initial = true;
      continue;
    }
    t.stopword = (entry.flags & mask) !== 0;
    if (lemmatizer !== null) {
      let forms: WordForms | undefined;
      if (lang === 'de') {
        if (initial && isUpper(t.text.charCodeAt(0))) forms = entry.deInitial ??= lemmatizer.forms(t.text, t.norm, lang, true);
        else forms = entry.de ??= lemmatizer.forms(t.text, t.norm, lang, false);
      } else if (lang === 'en') {
        forms = entry.en ??= lemmatizer.forms(t.text, t.norm, lang, false);
      }
      t.lemma = forms === undefined ? t.norm : forms.lemma;
      t.stem = forms === undefined ? t.norm : forms.stem;
    }
    initial = false;
    if (compounds !== null && lang === 'de' && t.text.length >= 7 && isUpper(t.text.charCodeAt(0))) {
      const parts = compounds(t.text);
      if (parts !== undefined) t.compound = parts;
    }
  }
}

function analyzeDocument(
  input: string | AnalyzableDocument,
  words: Map<string, WordEntry>,
  lemmatizer: Lemmatizer | null,
  compounds: ((text: string) => string[] | undefined) | null,
  detect: (text: string, prior: 'de' | 'en' | null) => LanguageGuess,
): AnalyzedDocument {
  const document: AnalyzableDocument = typeof input === 'string' ? { text: input } : input;
  if (document === null || typeof document !== 'object' || typeof document.text !== 'string') {
    throw new TokenizerError('INVALID_DOCUMENT', 'analyze expects a string or an object with a string `text`');
  }
  const original = document.text;
  const text = maskMarkup(original, document.segments);
  const runs = computeRuns(text.length, document.segments);
  const prior = normalizeLanguage(document.lang);

  const sentences: Sentence[] = [];
  const spans: SentenceSpan[] = [];
  // the word entry of every token of the current sentence (null for other tokens), looked up once
  const entries: (WordEntry | null)[] = [];
  // the same for short sentences, whose language may still change: finished at the end
  const deferred: (WordEntry | null)[] = [];
  // per short sentence: its index in `sentences` and where its entries start in `deferred`
  const deferredAt: number[] = [];
  const sources: CachedToken[] = [];
  let line = 1;
  // offset of the next line break not yet counted (-1: none left)
  let nextBreak = original.indexOf('\n');
  for (const run of runs) {
    spans.length = 0;
    splitSentencesInto(text, run.start, run.end, spans);
    for (const span of spans) {
      while (nextBreak !== -1 && nextBreak < span.start) {
        line++;
        nextBreak = original.indexOf('\n', nextBreak + 1);
      }
      const tokens: Token[] = [];
      sources.length = 0;
      entries.length = 0;
      tokenizeInto(text, span.start, span.end, 'other', tokens, lemmatizer !== null, sources);
      if (tokens.length === 0) continue;
      let german = 0;
      let english = 0;
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.kind !== 'word') {
          entries.push(null);
          continue;
        }
        // the word table entry hangs on the token table entry; the map is asked only on first sight
        const source = sources[k]!;
        let entry = source.owner === words ? (source.attached as WordEntry) : words.get(t.text);
        if (entry === undefined) {
          entry = createEntry(t.norm);
          if (words.size < MAX_WORDS) words.set(t.text, entry);
        }
        if (source.owner !== words) {
          source.owner = words;
          source.attached = entry;
        }
        entries.push(entry);
        const f = entry.flags;
        if ((f & GERMAN_ONLY) !== 0) german++;
        else if ((f & ENGLISH_ONLY) !== 0) english++;
        else if ((f & GERMAN_LETTER) !== 0) german++;
      }
      const guess =
        guessFromFunctionWords(german, english, prior) ?? detect(text.slice(span.start, span.end), prior);
      const sentence: Sentence = {
        start: span.start,
        end: span.end,
        text: original.slice(span.start, span.end),
        lang: guess.lang,
        langConfidence: guess.confidence,
        line,
        segment: run.kind,
        tokens,
      };
      sentences.push(sentence);
      if (span.end - span.start >= SHORT_SENTENCE) {
        // a long sentence keeps its language: finish it now, while its tokens are in the cache
        finishSentence(sentence, entries, 0, lemmatizer, compounds);
      } else {
        deferredAt.push(sentences.length - 1, deferred.length);
        for (const entry of entries) deferred.push(entry);
      }
    }
  }

  // Short sentences: decided again with a prior from their context, i.e. the nearest longer
  // sentence of the same run (an English passage inside a German text), else the document's
  // language, else the majority language of the document.
  const majority = majorityLanguage(sentences, prior);
  const fallback: Language | null = prior ?? (majority === 'other' ? null : majority);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.end - s.start >= SHORT_SENTENCE) continue;
    let context: Language | null = null;
    for (let d = 1; d <= 3 && context === null; d++) {
      const before = sentences[k - d];
      if (before !== undefined && before.segment === s.segment && before.end - before.start >= SHORT_SENTENCE) {
        context = before.lang;
      }
      const after = sentences[k + d];
      if (context === null && after !== undefined && after.segment === s.segment && after.end - after.start >= SHORT_SENTENCE) {
        context = after.lang;
      }
    }
    const contextPrior = context === 'de' || context === 'en' ? context : fallback;
    if (contextPrior === null || contextPrior === prior) continue;
    const guess = detect(text.slice(s.start, s.end), contextPrior);
    s.lang = guess.lang;
    s.langConfidence = guess.confidence;
  }

  for (let k = 0; k < deferredAt.length; k += 2) {
    finishSentence(sentences[deferredAt[k]!]!, deferred, deferredAt[k + 1]!, lemmatizer, compounds);
  }

  const lang = majorityLanguage(sentences, prior);
  return { lang, sentences };
}

/**
 * Creates an analyzer: loads the language model and, for `lemmas` other than `'none'`, the
 * stemmers and dictionaries, once. The returned `analyze` is synchronous.
 *
 * @param options - See {@link AnalyzerOptions}; `lemmas` defaults to `'lemma'`.
 * @returns A ready {@link Analyzer}.
 */
export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const mode: LemmaMode = options.lemmas ?? 'lemma';
  if (mode !== 'lemma' && mode !== 'stem' && mode !== 'none') {
    throw new TokenizerError('INVALID_OPTION', `lemmas must be 'lemma', 'stem' or 'none', not ${String(mode)}`);
  }
  const [, lemmatizer] = await Promise.all([
    loadLanguageDetector(),
    loadLemmatizer(mode, options.languages),
    options.compounds === true ? loadGermanDictionary() : undefined,
  ]);
  const compounds = options.compounds === true ? createCompoundSplitter() : null;
  const words = new Map<string, WordEntry>();
  const detect = createLanguageMemo();
  return {
    lemmas: mode,
    analyze: (document) => analyzeDocument(document, words, lemmatizer, compounds, detect),
  };
}
