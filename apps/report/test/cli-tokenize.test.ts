import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './fixtures/cli/run-cli-in-process';

const FIXTURE = 'test/fixtures/cli/two-authors.txt';
const TOKEN_KEYS = ['text', 'start', 'end', 'kind', 'norm', 'lemma', 'stem', 'stopword'];

interface TokenizeOutput {
  documents: {
    name: string;
    sentences: { start: number; end: number; text: string; lang: string; tokens: Record<string, unknown>[] }[];
  }[];
}

describe('diskurs tokenize', () => {
  it('--json prints sentences and tokens with offsets into the document text', async () => {
    const parsed = JSON.parse((await runCliInProcess(['parse', FIXTURE, '--json'])).stdout) as { documents: { name: string; text: string }[] };
    const run = await runCliInProcess(['tokenize', FIXTURE, '--json', '--lemmas', 'stem']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as TokenizeOutput;
    expect(output.documents.map((document) => document.name)).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
    output.documents.forEach((document, index) => {
      const text = parsed.documents[index]!.text;
      for (const sentence of document.sentences) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        for (const token of sentence.tokens) {
          expect(Object.keys(token)).toEqual(TOKEN_KEYS);
          expect(text.slice(token.start as number, token.end as number)).toBe(token.text);
        }
      }
    });
    const first = output.documents[0]!.sentences[0]!;
    expect(first.text).toBe('Die Zölle der Vereinigten Staaten treffen China hart.');
    expect(first.lang).toBe('de');
    expect(first.tokens[1]).toMatchObject({ text: 'Zölle', kind: 'word', norm: 'zölle', stopword: false });
    expect(output.documents[2]!.sentences[0]!.lang).toBe('en');
  });

  it('--lemmas none leaves lemma and stem null', async () => {
    const run = await runCliInProcess(['tokenize', FIXTURE, '--ndjson', '--lemmas', 'none']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const document = JSON.parse(lines[0]!) as TokenizeOutput['documents'][number];
    expect(document.sentences[0]!.tokens[1]).toMatchObject({ text: 'Zölle', norm: 'zölle', lemma: null, stem: null });
  });

  it('prints a table of sentences, tokens and languages without --json', async () => {
    const run = await runCliInProcess(['tokenize', FIXTURE, '--lemmas', 'none']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^document\s+lang\s+sentences\s+tokens\s+words\s+languages \(by words\)\n/);
    expect(run.stdout).toMatch(/\nbeta-1\s+en\s+3\s+\d+\s+\d+\s+en 100%\n/);
    expect(run.stdout).toMatch(/\ntotal\s+\d+/);
  });
});
