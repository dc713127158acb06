/** Minimal view of a wink-nlp instance (internal). */
export interface WinkLike {
  readDoc(text: string): { tokens(): { out(f: unknown): string[] } };
  its: { lemma: unknown };
}

/**
 * English lemma of a lowercased word through wink-nlp's lemmatizer (with its POS tagger on the
 * word alone, context-free), cached per word without its possessive `'s`, which is dropped first
 * (`nation's` and `nation` cost one lookup).
 */
export function createEnglishLemmatizer(nlp: WinkLike): (norm: string) => string {
  const cache = new Map<string, string>();
  return (norm) => {
    // possessives: Russia's, countries' → russia, country
    const base = norm.length > 3 && norm.endsWith("'s") ? norm.slice(0, -2) : norm.length > 2 && norm.endsWith("s'") ? norm.slice(0, -1) : norm;
    let lemma = cache.get(base);
    if (lemma === undefined) {
      try {
        const out = nlp.readDoc(base).tokens().out(nlp.its.lemma);
        lemma = out.length === 1 && typeof out[0] === 'string' && out[0].length > 0 ? out[0].toLowerCase() : base;
      } catch {
        lemma = base;
      }
      if (cache.size < 500_000) cache.set(base, lemma);
    }
    return lemma;
  };
}
