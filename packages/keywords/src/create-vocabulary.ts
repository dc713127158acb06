/** A growing mapping between terms and dense integer ids (0, 1, 2, … in order of first sight). */
export interface Vocabulary {
  /** Id → term. */
  readonly terms: string[];
  /** Term → id. */
  readonly ids: Map<string, number>;
}

/**
 * Creates an empty vocabulary. Share one vocabulary between term tables to compare them by id.
 *
 * @returns An empty vocabulary.
 */
export function createVocabulary(): Vocabulary {
  return { terms: [], ids: new Map() };
}

/**
 * Returns the id of a term, adding the term when it is new.
 *
 * @param vocabulary The vocabulary (mutated when the term is new).
 * @param term The term.
 * @returns Its id.
 */
export function addTerm(vocabulary: Vocabulary, term: string): number {
  let id = vocabulary.ids.get(term);
  if (id === undefined) {
    id = vocabulary.terms.length;
    vocabulary.terms.push(term);
    vocabulary.ids.set(term, id);
  }
  return id;
}
