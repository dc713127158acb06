// Consumer test (types, CommonJS): the same packages seen from a CommonJS TypeScript file under
// `moduleResolution` node16, which resolves the `require` conditions (the .d.cts files).
import keywords = require('@diskurs/keywords');
import parser = require('@diskurs/parser');
import parserNode = require('@diskurs/parser/node');
import sentiment = require('@diskurs/sentiment');
import sentimentNode = require('@diskurs/sentiment/node');
import tokenizer = require('@diskurs/tokenizer');

export async function pipeline(text: string): Promise<number> {
  const { documents } = parser.parseCorpus(text);
  const analyzer = await tokenizer.createAnalyzer();
  const analyses: tokenizer.AnalyzedDocument[] = documents.map((document) => analyzer.analyze(document));
  const report = keywords.extractKeywords([
    { name: 'all', documents: documents.map((document, index) => ({ name: document.name, sentences: analyses[index]?.sentences ?? [] })) },
  ]);
  const lexicons = await sentiment.loadLexicons();
  const score: number = sentiment.scoreSentiment({ sentences: analyses[0]?.sentences ?? [] }, lexicons).score;
  void [report, parserNode.readCorpus, sentimentNode];
  return score;
}
