/**
 * Writes `text` to `stream` and waits for the stream to drain when its buffer is full, so that
 * streaming output (NDJSON, large JSON) keeps memory flat.
 */
export function writeOutput(stream: NodeJS.WritableStream, text: string): Promise<void> | undefined {
  if (stream.write(text)) return undefined;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}
