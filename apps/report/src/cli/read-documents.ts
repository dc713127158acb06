import { stat } from 'node:fs/promises';
import type { CorpusDocument, ParseWarning } from '@diskurs/parser';
import { readCorpus } from '@diskurs/parser/node';
import { CliError } from './cli-error';
import type { Progress } from './create-progress';

/** Options of {@link readDocuments}. */
export interface ReadDocumentsOptions {
  /** Manifest file (`--meta`, CSV or JSON) overriding metadata. Default: none (a `metadata.csv|json` inside an input directory is still used). */
  meta?: string;
  /** Called for every parser warning, in order. Default: warnings are dropped. */
  onWarning?: (warning: ParseWarning) => void;
  /** Progress display; the `reading` stage is started here. Default: none. */
  progress?: Progress;
}

/**
 * Streams the documents of the given inputs through `@diskurs/parser/node`'s `readCorpus`,
 * one at a time (memory does not grow with the corpus). Parser errors (`ParserError` with
 * `file`/`line`) propagate; a missing `--meta` file is a `CliError` (exit 1).
 */
export async function* readDocuments(inputs: string[], options: ReadDocumentsOptions = {}): AsyncGenerator<CorpusDocument> {
  if (options.meta !== undefined) {
    try {
      const info = await stat(options.meta);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new CliError(code === 'EISDIR' ? 'is a directory, expected a manifest file (CSV or JSON)' : 'no such file or directory', {
        code: 'META_NOT_FOUND',
        file: options.meta,
        cause: error,
      });
    }
  }
  const progress = options.progress;
  progress?.stage('reading');
  const readOptions: { manifest?: string; onWarning?: (warning: ParseWarning) => void } = {};
  if (options.meta !== undefined) readOptions.manifest = options.meta;
  if (options.onWarning) readOptions.onWarning = options.onWarning;
  for await (const document of readCorpus(inputs, readOptions)) {
    progress?.advance(1, document.text.length);
    yield document;
  }
}
