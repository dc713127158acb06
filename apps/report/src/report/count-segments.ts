import type { CorpusDocument } from '@diskurs/parser';

/**
 * Counts the characters of a document per segment kind. Text that no segment covers counts as
 * `body` (that is how the tokenizer analyses it); overlapping segments are counted once, for the
 * segment that starts first.
 *
 * @param document - A parsed document (text and segments).
 * @returns Characters per kind, keys sorted.
 */
export function countSegments(document: Pick<CorpusDocument, 'text' | 'segments'>): Record<string, number> {
  const counts = new Map<string, number>();
  const add = (kind: string, chars: number) => {
    if (chars > 0) counts.set(kind, (counts.get(kind) ?? 0) + chars);
  };
  const segments = [...document.segments].sort((a, b) => a.start - b.start || a.end - b.end);
  let covered = 0;
  for (const segment of segments) {
    const start = Math.max(segment.start, covered);
    const end = Math.min(segment.end, document.text.length);
    if (start > covered) add('body', start - covered);
    if (end > start) {
      add(segment.kind, end - start);
      covered = end;
    } else {
      covered = Math.max(covered, start);
    }
  }
  add('body', document.text.length - covered);
  return Object.fromEntries([...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/**
 * Adds segment counts (characters per kind) into a running total.
 *
 * @param total - The total, changed in place.
 * @param counts - Counts to add.
 */
export function addSegmentCounts(total: Record<string, number>, counts: Readonly<Record<string, number>>): void {
  for (const [kind, chars] of Object.entries(counts)) total[kind] = (total[kind] ?? 0) + chars;
}
