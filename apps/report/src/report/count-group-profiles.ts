import type { WordIndex } from '@diskurs/keywords';
import { isContentWord, type Language } from '@diskurs/tokenizer';

/** Term and word profiles of the groups, in group order (see {@link countGroupProfiles}). */
export interface GroupProfiles {
  /** Per group: lemma (or norm) → count, over the content words of its own text. */
  terms: Map<string, number>[];
  /** Per group: norm → count, over all words of its own text. */
  words: Map<string, number>[];
}

const LANGUAGE_INDEX: Record<Language, number> = { de: 0, en: 1, other: 2 };

/**
 * Counts each group's term profile (the lemma, or the norm where there is none, of every content
 * word in the sense of `isContentWord` for its sentence's language) and word profile (the norm of
 * every word) from the word index of the groups' own text, instead of from the tokens: the counts
 * and the order of the keys (first occurrence) are those of a pass over the own-text sentences'
 * word tokens, in document order.
 *
 * @param index - `indexWords` over the groups' documents, in group order, own-text segments only.
 * @param groupSizes - Number of documents of each group, in order (their sum is the index's documents).
 * @returns The profiles, one per group.
 */
export function countGroupProfiles(index: WordIndex, groupSizes: readonly number[]): GroupProfiles {
  const strings = index.strings.strings;
  // per norm id and language: 0 not known yet, 1 no content word, 2 a content word
  const content = new Uint8Array(strings.length * 3);
  const termCounts = new Int32Array(strings.length);
  const wordCounts = new Int32Array(strings.length);
  const termOrder: number[] = [];
  const wordOrder: number[] = [];
  const profiles: GroupProfiles = { terms: [], words: [] };
  let document = 0;
  for (const size of groupSizes) {
    const firstSentence = index.documentStarts[document]!;
    const endSentence = index.documentStarts[document + size]!;
    document += size;
    for (let s = firstSentence; s < endSentence; s++) {
      const lang = index.sentenceLangs[s]!;
      const column = LANGUAGE_INDEX[lang] ?? 2;
      for (let w = index.sentenceStarts[s]!; w < index.sentenceStarts[s + 1]!; w++) {
        const norm = index.norms[w]!;
        if (wordCounts[norm] === 0) wordOrder.push(norm);
        wordCounts[norm]! += 1;
        const at = norm * 3 + column;
        let known = content[at]!;
        if (known === 0) {
          known = isContentWord({ kind: 'word', norm: strings[norm]!, stopword: false }, lang) ? 2 : 1;
          content[at] = known;
        }
        if (known === 2) {
          const lemma = index.lemmas[w]!;
          if (termCounts[lemma] === 0) termOrder.push(lemma);
          termCounts[lemma]! += 1;
        }
      }
    }
    profiles.terms.push(drain(termOrder, termCounts, strings));
    profiles.words.push(drain(wordOrder, wordCounts, strings));
  }
  return profiles;
}

/** The counted ids as a map in first-occurrence order; resets their counts and the order. */
function drain(order: number[], counts: Int32Array, strings: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const id of order) {
    map.set(strings[id]!, counts[id]!);
    counts[id] = 0;
  }
  order.length = 0;
  return map;
}
