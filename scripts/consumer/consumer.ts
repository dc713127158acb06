// Consumer test (types): the public API as a TypeScript user sees it, type-checked (never run)
// with `moduleResolution` node16 and bundler against the installed tarballs.
import { extractKeywords, KeywordsError } from '@diskurs/keywords';
import { type CorpusDocument, type ParseWarning, ParserError, parseCorpus } from '@diskurs/parser';
import { readCorpus } from '@diskurs/parser/node';
import {
  loadLexicons,
  parseTargets,
  SentimentError,
  scoreSentence,
  scoreSentiment,
  scoreStance,
} from '@diskurs/sentiment';
import * as sentimentNode from '@diskurs/sentiment/node';
import {
  type AnalyzedDocument,
  analyze,
  createAnalyzer,
  detectLanguage,
  type Language,
  type Sentence,
  type Token,
  TokenizerError,
  tokenize,
} from '@diskurs/tokenizer';

export async function pipeline(text: string): Promise<number> {
  const { documents, warnings }: { documents: CorpusDocument[]; warnings: ParseWarning[] } = parseCorpus(text, {
    path: 'corpus.txt',
  });
  const lines: number[] = warnings.map((warning) => warning.line);
  const analyzer = await createAnalyzer();
  const analyses: AnalyzedDocument[] = documents.map((document) => analyzer.analyze(document));
  const first: AnalyzedDocument = await analyze('Die Zölle steigen.', { lemmas: 'stem' });
  const sentences: Sentence[] = first.sentences;
  const tokens: Token[] = tokenize('Die Zölle steigen.');
  const lang: Language = detectLanguage('Die Zölle steigen.').lang;
  // @ts-expect-error the language is a union of string literals, not any string
  const notLanguage: Language = 'fr';

  const report = extractKeywords(
    [{ name: 'all', documents: documents.map((document, index) => ({ name: document.name, sentences: analyses[index]?.sentences ?? [] })) }],
    { statistic: 'logratio', top: 5, minCount: 1, topics: [3, 4], seed: 7 },
  );
  const term: string | undefined = report.groups[0]?.distinctiveTerms[0]?.term;
  // @ts-expect-error scores are numbers
  const wrong: string | undefined = report.groups[0]?.distinctiveTerms[0]?.score;

  const lexicons = await loadLexicons();
  const result = scoreSentiment({ sentences }, lexicons);
  const score: number = result.score;
  const sentenceScore: number = sentences[0] ? scoreSentence(sentences[0], lexicons).score : 0;
  const targets = parseTargets('{"targets":[{"name":"China","aliases":["China"]}]}');
  const stance = scoreStance({ sentences }, targets, lexicons);
  const mentions: number = stance[0]?.mentions ?? 0;

  for await (const document of readCorpus(['corpus/'])) {
    const name: string = document.name;
    void name;
  }
  void [lines, tokens, lang, notLanguage, term, wrong, score, sentenceScore, mentions, sentimentNode];
  return score;
}

/** Every package's error class carries a string `code`. */
export function errorCode(error: unknown): string | undefined {
  if (
    error instanceof ParserError ||
    error instanceof TokenizerError ||
    error instanceof KeywordsError ||
    error instanceof SentimentError
  ) {
    const code: string = error.code;
    return code;
  }
  return undefined;
}
