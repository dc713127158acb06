import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './fixtures/cli/run-cli-in-process';

// One file for the commands that load the lemma dictionaries and lexicons, so they load once.
const FIXTURE = 'test/fixtures/cli/two-authors.txt';
const FIXTURE_LINES = readFileSync(FIXTURE, 'utf8').split('\n');
const scratch = mkdtempSync(join(tmpdir(), 'diskurs-cli-analysis-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface KeywordsOutput {
  groups: { name: string; documents: number; tokens: number; distinctiveTerms: { term: string; statistic: string; count: number; expected: number }[] }[];
  topics: { id: number; label: string; terms: unknown[]; coherence: number }[];
}

describe('diskurs keywords', () => {
  it('--json prints groups (by author) and topics, deterministic for a seed', async () => {
    const argv = ['keywords', FIXTURE, '--json', '--min-count', '1', '--topics', '2', '--seed', '7', '--statistic', 'logodds'];
    const run = await runCliInProcess(argv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as KeywordsOutput;
    expect(output.groups.map((group) => [group.name, group.documents])).toEqual([
      ['Anna Alpha', 2],
      ['Bert Beta', 1],
    ]);
    for (const group of output.groups) {
      expect(Object.keys(group)).toEqual(expect.arrayContaining(['name', 'documents', 'tokens', 'distinctiveTerms', 'keyphrases', 'collocations', 'entities', 'topics']));
      for (const term of group.distinctiveTerms) expect(term.statistic).toBe('logodds');
    }
    expect(output.topics).toHaveLength(2);
    expect((await runCliInProcess(argv)).stdout).toBe(run.stdout);
  });

  it('--reference compares against one group; an unknown group is bad usage', async () => {
    const run = await runCliInProcess(['keywords', FIXTURE, '--json', '--min-count', '1', '--topics', '2', '--reference', 'Bert Beta']);
    expect(run.code).toBe(0);
    const unknown = await runCliInProcess(['keywords', FIXTURE, '--reference', 'Nobody']);
    expect(unknown).toMatchObject({ code: 2, stdout: '', stderr: 'diskurs: unknown reference group "Nobody" (groups: Anna Alpha, Bert Beta)\n' });
  });

  it('--group-by document gives one group per document; the table names the statistic', async () => {
    const run = await runCliInProcess(['keywords', FIXTURE, '--group-by', 'document', '--min-count', '1', '--topics', '2', '--top', '3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^alpha-1 · 1 document · \d+ tokens\nterm\s+g2\s+count\s+expected\n/);
    expect(run.stdout).toContain('\nbeta-1 · 1 document');
  });
});

interface SentimentOutput {
  documents: {
    name: string;
    source: { path: string; line: number };
    sentiment: { score: number; label: string; positive: number; negative: number; neutral: number };
    sentences: { text: string; lang: string; line: number; score: number; label: string; quoted: boolean; contributions: { term: string; weight: number; rule: string }[] }[];
    stance: { target: string; score: number; mentions: number; evidence: { line: number; text: string; score: number; quoted: boolean }[] }[];
  }[];
}

describe('diskurs sentiment', () => {
  it('--json prints sentiment, sentences and stance, with lines of the source file', async () => {
    const run = await runCliInProcess(['sentiment', FIXTURE, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as SentimentOutput;
    expect(output.documents.map((document) => document.name)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    for (const document of output.documents) {
      expect(Object.keys(document.sentiment)).toEqual(expect.arrayContaining(['score', 'label', 'positive', 'negative', 'neutral']));
      for (const sentence of document.sentences) {
        // Every line points at the sentence in the corpus file.
        expect(FIXTURE_LINES[sentence.line - 1]).toContain(sentence.text.split('\n')[0]);
      }
    }
    const beta = output.documents[2]!;
    expect(beta.sentiment.label).toBe('negative');
    expect(beta.sentences[1]).toMatchObject({ text: 'The policy is a terrible mistake.', line: 8, lang: 'en', label: 'negative', quoted: false });
    expect(beta.sentences[1]!.contributions.map((contribution) => contribution.term)).toContain('terrible');
    // Default targets: the seeds' subjects. China is mentioned in alpha-1, line 2 and 4 (Peking).
    const china = output.documents[0]!.stance.find((stance) => stance.target === 'China');
    expect(china?.mentions).toBe(2);
    expect(china?.evidence.map((evidence) => evidence.line)).toEqual([2, 4]);
    expect(output.documents[0]!.stance.find((stance) => stance.target === 'NATO')).toBeUndefined();
  });

  it('--targets replaces the default targets; a bad targets file is bad input', async () => {
    const targets = join(scratch, 'targets.json');
    writeFileSync(targets, JSON.stringify({ targets: [{ name: 'Handel', aliases: ['Handel*', 'Tariffs'] }] }));
    const run = await runCliInProcess(['sentiment', FIXTURE, '--targets', targets, '--ndjson']);
    expect(run.code).toBe(0);
    const documents = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as SentimentOutput['documents'][number]);
    expect(documents.map((document) => document.stance.map((stance) => stance.target))).toEqual([['Handel'], ['Handel'], ['Handel']]);

    const missing = await runCliInProcess(['sentiment', FIXTURE, '--targets', join(scratch, 'none.json')]);
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: `diskurs: ${join(scratch, 'none.json')}: no such file or directory\n` });
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{ "targets": [\n  { "name": "USA", }\n] }\n');
    const invalid = await runCliInProcess(['sentiment', FIXTURE, '--targets', broken]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(new RegExp(`^diskurs: ${broken.replaceAll('.', '\\.')}:2: invalid JSON`));
    const wrongShape = join(scratch, 'wrong.json');
    writeFileSync(wrongShape, '{ "targets": [{ "aliases": ["x"] }] }');
    const shape = await runCliInProcess(['sentiment', FIXTURE, '--targets', wrongShape]);
    expect(shape.code).toBe(1);
    expect(shape.stderr).toMatch(new RegExp(`^diskurs: ${wrongShape.replaceAll('.', '\\.')}: `));
  });

  it('prints document and stance tables without --json', async () => {
    const run = await runCliInProcess(['sentiment', FIXTURE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^document\s+author\s+sentences\s+score\s+label/);
    expect(run.stdout).toMatch(/\nbeta-1\s+Bert Beta\s+3\s+-0\.\d\d\s+negative/);
    expect(run.stdout).toMatch(/\ndocument\s+target\s+stance\s+mentions\n/);
  });
});

function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('diskurs report', () => {
  it('writes the chosen formats into --out, leaves no temporary file and does not touch the input', async () => {
    const before = hashFile(FIXTURE);
    const out = join(scratch, 'reports');
    const run = await runCliInProcess(['report', FIXTURE, '--out', out, '--format', 'json,md', '--topics', '2', '--seed', '3', '--top', '5']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${join(out, 'report.md')}\nwrote ${join(out, 'report.json')}\n3 documents, 2 groups by author, 0 warnings\n`);
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.md']);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { schemaVersion: number; groups: { name: string }[]; options: { seed: number; top: number } };
    expect(report.schemaVersion).toBe(1);
    expect(report.groups.map((group) => group.name)).toEqual(['Anna Alpha', 'Bert Beta']);
    expect(report.options).toMatchObject({ seed: 3, top: 5 });
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('Anna Alpha');
    expect(hashFile(FIXTURE)).toBe(before);
  });

  it('refuses to write over or into an input (exit 2) and reports an empty corpus (exit 1)', async () => {
    const directory = join(scratch, 'in');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'report.md'), '<<<FILE name="x">>>\nText.\n');
    const overwrite = await runCliInProcess(['report', join(directory, 'report.md'), '--out', directory, '--format', 'md']);
    expect(overwrite).toMatchObject({ code: 2, stdout: '' });
    expect(overwrite.stderr).toBe(`diskurs: ${join(directory, 'report.md')} would overwrite the input ${join(directory, 'report.md')}; choose another --out\n`);
    expect(readFileSync(join(directory, 'report.md'), 'utf8')).toBe('<<<FILE name="x">>>\nText.\n');
    const inside = await runCliInProcess(['report', directory, '--out', join(directory, 'reports'), '--format', 'json']);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('would be written into the input directory');
    expect(readdirSync(directory)).toEqual(['report.md']);

    const empty = join(scratch, 'empty');
    mkdirSync(empty, { recursive: true });
    const none = await runCliInProcess(['report', empty, '--out', join(scratch, 'never')]);
    expect(none).toMatchObject({ code: 1, stdout: '', stderr: `diskurs: no documents found in ${empty}\n` });
    expect(readdirSync(scratch)).not.toContain('never');
  });
});
