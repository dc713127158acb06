import { type Analyzer, type AnalyzedDocument, createAnalyzer, type Sentence } from '@diskurs/tokenizer';
import { type Lexicons, loadLexicons } from '../src/index.js';

let analyzerPromise: Promise<Analyzer> | undefined;
let lexiconsPromise: Promise<Lexicons> | undefined;

/** The real tokenizer (lemmas on, German dictionary loaded), created once per test file. */
export function getAnalyzer(): Promise<Analyzer> {
  analyzerPromise ??= createAnalyzer();
  return analyzerPromise;
}

/** The default lexicons, loaded once per test file. */
export function getLexicons(): Promise<Lexicons> {
  lexiconsPromise ??= loadLexicons();
  return lexiconsPromise;
}

/** Analyse a text with the real tokenizer; `lang` is the document language prior. */
export async function analyzeText(text: string, lang?: 'de' | 'en'): Promise<AnalyzedDocument> {
  const analyzer = await getAnalyzer();
  return analyzer.analyze(lang === undefined ? text : { text, lang });
}

/** Analyse a text that must be exactly one sentence. */
export async function analyzeSentence(text: string, lang?: 'de' | 'en'): Promise<Sentence> {
  const { sentences } = await analyzeText(text, lang);
  if (sentences.length !== 1) {
    throw new Error(`expected one sentence, got ${sentences.length}: ${sentences.map((s) => s.text).join(' | ')}`);
  }
  return sentences[0]!;
}
