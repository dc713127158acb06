/** Minimal view of a wink-nlp instance (internal). */
export interface WinkLike {
  readDoc(text: string): { tokens(): { out(f: unknown): string[] } };
  its: { lemma: unknown };
}

/**
 * English lemma of a lowercased word through wink-nlp's lemmatizer (with its POS tagger on the
 * word alone, context-free), cached per word.
 */
export function createEnglishLemmatizer(nlp: WinkLike): (norm: string) => string {
  const cache = new Map<string, string>();
  return (norm) => {
    let lemma = cache.get(norm);
    if (lemma === undefined) {
      try {
        const out = nlp.readDoc(norm).tokens().out(nlp.its.lemma);
        lemma = out.length === 1 && typeof out[0] === 'string' && out[0].length > 0 ? out[0].toLowerCase() : norm;
      } catch {
        lemma = norm;
      }
      if (cache.size < 500_000) cache.set(norm, lemma);
    }
    return lemma;
  };
}
