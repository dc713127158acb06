import type { Language, Sentence, Token } from '@diskurs/tokenizer';

const stopwords: Record<string, Set<string>> = {
  de: new Set(
    'der die das den dem des ein eine einer einen und oder aber in im auf an am zu zum zur von vom mit für ist sind war hat haben wird werden nicht es er sie wir ich man sich auch als wie so dass noch nur schon'.split(
      ' ',
    ),
  ),
  en: new Set('the a an and or but in on at to of for with is are was has have will not it he she we i they as by'.split(' ')),
};

/** Options of {@link makeSentences}. */
export interface MakeSentencesOptions {
  lang?: Language;
  segment?: string;
  /** Lemma per lowercased form; default: the lowercased form. */
  lemmas?: Record<string, string>;
}

/**
 * A small stand-in for the tokenizer in unit tests: one sentence per line (or per `. `),
 * tokens by a simple regular expression, stopwords from a short list.
 */
export function makeSentences(text: string, options: MakeSentencesOptions = {}): Sentence[] {
  const lang = options.lang ?? 'de';
  const sentences: Sentence[] = [];
  const pattern = /[^.!?\n]+[.!?]?/g;
  let line = 1;
  let lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    line += countNewlines(text.slice(lastIndex, start));
    lastIndex = start;
    const raw = match[0];
    if (raw.trim() === '') continue;
    const tokens: Token[] = [];
    for (const t of raw.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*|[^\s\p{L}\p{N}]/gu)) {
      const tokenText = t[0];
      const tokenStart = start + (t.index ?? 0);
      const norm = tokenText.toLowerCase();
      const kind = /^\p{N}+$/u.test(tokenText) ? 'number' : /^[\p{L}\p{N}]/u.test(tokenText) ? 'word' : 'punct';
      tokens.push({
        text: tokenText,
        start: tokenStart,
        end: tokenStart + tokenText.length,
        kind,
        norm,
        ...(kind === 'word' ? { lemma: options.lemmas?.[norm] ?? norm, stem: norm } : {}),
        stopword: kind === 'word' && (stopwords[lang]?.has(norm) ?? false),
      });
    }
    if (tokens.length === 0) continue;
    sentences.push({
      start,
      end: start + raw.length,
      text: raw,
      lang,
      langConfidence: 1,
      line,
      segment: options.segment ?? 'body',
      tokens,
    });
  }
  return sentences;
}

function countNewlines(text: string): number {
  let n = 0;
  for (const c of text) if (c === '\n') n++;
  return n;
}
