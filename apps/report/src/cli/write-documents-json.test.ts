import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeDocumentsJson } from './write-documents-json';

async function capture(documents: unknown[], rest?: () => Record<string, unknown>): Promise<string> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeDocumentsJson(
    stream,
    (async function* () {
      yield* documents;
    })(),
    rest,
  );
  return Buffer.concat(chunks).toString('utf8');
}

describe('writeDocumentsJson', () => {
  const documents = [
    { name: 'a', text: 'line one\nline "two"', segments: [{ kind: 'body', start: 0, end: 19 }], attributes: {} },
    { name: 'b', nested: { list: [1, [2, 3]], empty: [] } },
    { name: 'c' },
  ];

  it.each([0, 1, 3])('streams exactly what JSON.stringify(…, null, 2) gives for %i documents', async (count) => {
    const slice = documents.slice(0, count);
    const warnings = [{ code: 'w', file: 'f.txt', line: 2, message: 'm' }];
    expect(await capture(slice, () => ({ warnings }))).toBe(`${JSON.stringify({ documents: slice, warnings }, null, 2)}\n`);
    expect(await capture(slice, () => ({ warnings: [] }))).toBe(`${JSON.stringify({ documents: slice, warnings: [] }, null, 2)}\n`);
    expect(await capture(slice)).toBe(`${JSON.stringify({ documents: slice }, null, 2)}\n`);
  });
});
