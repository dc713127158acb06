import type { CorpusDocument } from '@diskurs/parser';

/** Name of the group for documents without a value for the grouping key. */
export const UNKNOWN_GROUP = 'unknown';

/**
 * Reads the value a document is grouped by: `author`, `date`, `title`, `lang` or `name` from the
 * document's metadata, `year` from the first four characters of its date, anything else from its
 * free attributes (`outlet`, `kind`, …). Empty and missing values give {@link UNKNOWN_GROUP}.
 *
 * @param document - A parsed document.
 * @param key - The grouping key (default `'author'`).
 */
export function readGroupValue(document: CorpusDocument, key = 'author'): string {
  let value: string | null | undefined;
  switch (key) {
    case 'author':
    case 'date':
    case 'title':
    case 'lang':
    case 'name':
      value = document[key];
      break;
    case 'year':
      value = document.date === null ? null : document.date.slice(0, 4);
      break;
    default:
      value = document.attributes[key];
  }
  const trimmed = value?.trim();
  return trimmed ? trimmed : UNKNOWN_GROUP;
}

/**
 * Groups documents by {@link readGroupValue}. Groups are ordered by name (code points), with
 * {@link UNKNOWN_GROUP} last; documents keep their input order within a group.
 *
 * @param documents - The corpus documents.
 * @param options.groupBy - The grouping key (default `'author'`).
 * @returns Group names with the indices of their documents in `documents`.
 */
export function groupDocuments(
  documents: readonly CorpusDocument[],
  options: { groupBy?: string } = {},
): { name: string; indices: number[] }[] {
  const groups = new Map<string, number[]>();
  documents.forEach((document, index) => {
    const name = readGroupValue(document, options.groupBy ?? 'author');
    const indices = groups.get(name);
    if (indices) indices.push(index);
    else groups.set(name, [index]);
  });
  return [...groups]
    .map(([name, indices]) => ({ name, indices }))
    .sort((a, b) => {
      if ((a.name === UNKNOWN_GROUP) !== (b.name === UNKNOWN_GROUP)) return a.name === UNKNOWN_GROUP ? 1 : -1;
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
}
