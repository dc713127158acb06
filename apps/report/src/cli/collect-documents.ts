import type { CorpusDocument, ParseWarning } from '@diskurs/parser';
import { type ReadDocumentsOptions, readDocuments } from './read-documents';

/** The whole parsed corpus. */
export interface CollectedDocuments {
  documents: CorpusDocument[];
  warnings: ParseWarning[];
}

/**
 * Reads all documents and warnings of the inputs into memory, for the commands that need the
 * whole corpus at once (keywords, report). Options as for `readDocuments`; `onWarning` is still
 * called for each warning as it occurs.
 */
export async function collectDocuments(inputs: string[], options: ReadDocumentsOptions = {}): Promise<CollectedDocuments> {
  const documents: CorpusDocument[] = [];
  const warnings: ParseWarning[] = [];
  const onWarning = options.onWarning;
  for await (const document of readDocuments(inputs, {
    ...options,
    onWarning: (warning) => {
      warnings.push(warning);
      onWarning?.(warning);
    },
  })) {
    documents.push(document);
  }
  return { documents, warnings };
}
