import { writeOutput } from './write-output';

function indent(json: string, spaces: string): string {
  // JSON text never holds a raw newline inside a string, so every newline is structure.
  return json.replaceAll('\n', `\n${spaces}`);
}

/**
 * Streams `{ "documents": [...], ...rest }` to `stream`, one document at a time, byte for byte
 * what `JSON.stringify({ documents, ...rest() }, null, 2) + '\n'` would give, without holding all
 * documents in memory. `rest` is called after the last document (e.g. for the warnings collected
 * while reading).
 */
export async function writeDocumentsJson(
  stream: NodeJS.WritableStream,
  documents: AsyncIterable<unknown>,
  rest: () => Record<string, unknown> = () => ({}),
): Promise<void> {
  await writeOutput(stream, '{\n  "documents": [');
  let first = true;
  for await (const document of documents) {
    await writeOutput(stream, `${first ? '\n' : ',\n'}    ${indent(JSON.stringify(document, null, 2), '    ')}`);
    first = false;
  }
  let tail = first ? ']' : '\n  ]';
  for (const [key, value] of Object.entries(rest())) {
    if (value === undefined) continue;
    tail += `,\n  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}`;
  }
  await writeOutput(stream, `${tail}\n}\n`);
}
