import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './fixtures/cli/run-cli-in-process';

const SEEDS = '../../seeds/';
const FIXTURES = 'test/fixtures/cli';
const DOCUMENT_KEYS = ['name', 'author', 'date', 'title', 'lang', 'attributes', 'source', 'text', 'segments', 'provenance'];

interface ParsedDocument {
  name: string;
  author: string | null;
  date: string | null;
  title: string | null;
  lang: string | null;
  attributes: Record<string, string>;
  source: { path: string; line: number };
  text: string;
  segments: { kind: string; start: number; end: number }[];
  provenance: Record<string, string>;
}

const scratch = mkdtempSync(join(tmpdir(), 'diskurs-cli-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('diskurs parse on the seeds', () => {
  it('--json prints { documents, warnings } with every field of issue 2', async () => {
    const run = await runCliInProcess(['parse', SEEDS, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { documents: ParsedDocument[]; warnings: unknown[] };
    expect(Object.keys(output)).toEqual(['documents', 'warnings']);
    expect(output.documents.map((document) => document.name)).toEqual([
      '000_e3936dc773c77806.txt',
      '001_07e808b765e234ab.txt',
      '002_5e7103ed1d3ef773.txt',
      '003_5e32a06a47eb092c.txt',
      '004_62246d567385185b.txt',
    ]);
    for (const document of output.documents) {
      expect(Object.keys(document)).toEqual(DOCUMENT_KEYS);
      expect(document.source.path).toMatch(/seeds\/corpus\.txt$/);
      expect(Object.keys(document.provenance).sort()).toEqual(['author', 'date', 'lang', 'title']);
      // Segments cover the text exactly once, in order.
      let offset = 0;
      for (const segment of document.segments) {
        expect(segment.start).toBe(offset);
        expect(segment.end).toBeGreaterThan(segment.start);
        offset = segment.end;
      }
      expect(offset).toBe(document.text.length);
    }
    // The manifest seeds/metadata.csv is picked up from the directory.
    const [first, , third, , fifth] = output.documents;
    expect(first?.author).toBe('Pepe Escobar');
    expect(first?.provenance.author).toBe('manifest');
    expect(third?.author).toBe('Yanis Varoufakis');
    expect(fifth?.author).toBeNull();
    expect(output.documents.map((document) => document.source.line)).toEqual([2, 122, 194, 240, 411]);
  });

  it('--ndjson prints the same documents, one JSON object per line', async () => {
    const json = JSON.parse((await runCliInProcess(['parse', SEEDS, '--json'])).stdout) as { documents: unknown[] };
    const run = await runCliInProcess(['parse', SEEDS, '--ndjson']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(5);
    expect(lines.map((line) => JSON.parse(line))).toEqual(json.documents);
  });

  it('without --json prints a summary table', async () => {
    const run = await runCliInProcess(['parse', SEEDS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^5 documents · 3 authors \(\+1 document without author\) · 2024-08 … 2025-11-14 · [\d,]+ characters/);
    expect(run.stdout).toContain('Yanis Varoufakis');
    expect(run.stdout).toMatch(/004_62246d567385185b\.txt\s+unknown/);
    expect(run.stdout).toMatch(/\d+ warnings?\n/);
  });
});

describe('progress', () => {
  it('is shown on stderr when it is a terminal (stage, documents, throughput) and cleared at the end', async () => {
    const run = await runCliInProcess(['parse', SEEDS], { tty: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/diskurs reading\s+\d+ documents · [\d.]+ k?doc\/s/);
    expect(run.stdout).toContain('Yanis Varoufakis');
  });

  it('tables are bold on a terminal and plain with NO_COLOR', async () => {
    expect((await runCliInProcess(['parse', SEEDS, '--quiet'], { tty: true })).stdout).toContain('\u001b[1m');
    expect((await runCliInProcess(['parse', SEEDS, '--quiet'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('is not shown with --quiet, nor when stderr is not a terminal', async () => {
    expect((await runCliInProcess(['parse', SEEDS, '--quiet'], { tty: true })).stderr).toBe('');
    expect((await runCliInProcess(['parse', SEEDS])).stderr).toBe('');
  });
});

describe('diskurs parse options', () => {
  it('--meta overrides marker metadata and records the manifest as the source', async () => {
    const run = await runCliInProcess(['parse', `${FIXTURES}/two-authors.txt`, '--meta', `${FIXTURES}/manifest.csv`, '--json']);
    expect(run.code).toBe(0);
    const [alpha, , beta] = (JSON.parse(run.stdout) as { documents: ParsedDocument[] }).documents;
    expect(alpha?.author).toBe('Anna A. Alpha');
    expect(alpha?.date).toBe('2025-01-15');
    expect(alpha?.provenance.author).toBe('manifest');
    expect(alpha?.attributes.outlet).toBe('Blatt');
    expect(beta?.author).toBe('Bert Beta');
    expect(beta?.provenance.author).toBe('marker');
  });

  it('reads several inputs and globs', async () => {
    const run = await runCliInProcess(['parse', `${FIXTURES}/two-*.txt`, '--ndjson']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
  });
});

describe('diskurs parse errors exit 1 with diskurs: file:line: message', () => {
  it('a NUL byte names the file and line', async () => {
    const file = join(scratch, 'nul.txt');
    writeFileSync(file, '<<<FILE name="x">>>\nfirst line\nsecond \u0000 line\n');
    const run = await runCliInProcess(['parse', file, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^diskurs: ${file.replaceAll('.', '\\.')}:3: .*NUL`, 'i'));
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a malformed marker names the file and line', async () => {
    const run = await runCliInProcess(['parse', `${FIXTURES}/malformed-marker.txt`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^diskurs: test\/fixtures\/cli\/malformed-marker\.txt:4: \S/);
    expect(run.stdout).toBe('');
  });

  it('a missing input or manifest names the path', async () => {
    const missing = await runCliInProcess(['parse', 'no/such/corpus.txt']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'diskurs: no/such/corpus.txt: no such file or directory\n' });
    const meta = await runCliInProcess(['parse', `${FIXTURES}/two-authors.txt`, '--meta', 'no-such.csv']);
    expect(meta).toEqual({ code: 1, stdout: '', stderr: 'diskurs: no-such.csv: no such file or directory\n' });
  });
});
