import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface NaturalAnalyzer {
  getSentiment(words: string[]): number;
}

type AnalyzerClass = new (language: string, stemmer: unknown, type: string) => NaturalAnalyzer;

/**
 * natural's own SentimentAnalyzer (German: SentiWS "pattern" vocabulary with the German Porter
 * stemmer; English: AFINN with the Porter stemmer), as its README recommends. Labels by the sign
 * of its score (its scores are sums divided by the number of words, so any threshold would only
 * make it worse).
 */
export function createNaturalBaseline(): (words: string[], lang: 'de' | 'en') => 'positive' | 'negative' | 'neutral' {
  const SentimentAnalyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer') as AnalyzerClass;
  const germanStemmer = require('natural/lib/natural/stemmers/porter_stemmer_de') as unknown;
  const englishStemmer = require('natural/lib/natural/stemmers/porter_stemmer') as unknown;
  const german = new SentimentAnalyzer('German', germanStemmer, 'pattern');
  const english = new SentimentAnalyzer('English', englishStemmer, 'afinn');
  return (words, lang) => {
    const score = (lang === 'de' ? german : english).getSentiment(words);
    return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  };
}
