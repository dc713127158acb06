/** Minimal view of a wink-nlp instance (internal). */
export interface WinkLike {
  readDoc(text: string): { tokens(): { out(f: unknown): string[] } };
  its: { lemma: unknown };
}

/**
 * English lemma of a lowercased word through wink-nlp's lemmatizer (with its POS tagger on the
 * word alone, context-free), cached per word; possessive `'s` is dropped first.
 */
export function createEnglishLemmatizer(nlp: WinkLike): (norm: string) => string {
  const cache = new Map<string, string>();
  return (norm) => {
    let lemma = cache.get(norm);
    if (lemma === undefined) {
      // possessives: Russia's, countries' → russia, country
      const base = norm.length > 3 && norm.endsWith("'s") ? norm.slice(0, -2) : norm.length > 2 && norm.endsWith("s'") ? norm.slice(0, -1) : norm;
      try {
        const out = nlp.readDoc(base).tokens().out(nlp.its.lemma);
        lemma = out.length === 1 && typeof out[0] === 'string' && out[0].length > 0 ? out[0].toLowerCase() : base;
      } catch {
        lemma = base;
      }
      if (cache.size < 500_000) cache.set(norm, lemma);
    }
    return lemma;
  };
}
