/**
 * Measures lexical diversity as MTLD (McCarthy & Jarvis 2010, "MTLD, vocd-D, and HD-D"): the mean
 * length of the word sequences over which the type–token ratio stays above a threshold, computed
 * forwards and backwards and averaged. Unlike the plain type–token ratio it does not fall with text
 * length, so groups of different size can be compared.
 *
 * @param words - Word forms in text order (compare them as given: lowercase them first).
 * @param options.threshold - Type–token ratio at which a factor is complete (default 0.72).
 * @param options.minimumWords - Fewer words than this give `null` (default 50).
 * @returns MTLD (higher is more diverse), or `null` for too few words.
 */
export function measureLexicalDiversity(
  words: readonly string[],
  options: { threshold?: number; minimumWords?: number } = {},
): number | null {
  const threshold = options.threshold ?? 0.72;
  if (words.length === 0 || words.length < (options.minimumWords ?? 50)) return null;
  const forward = countFactors(words, threshold, false);
  const backward = countFactors(words, threshold, true);
  return (words.length / forward + words.length / backward) / 2;
}

function countFactors(words: readonly string[], threshold: number, reverse: boolean): number {
  let factors = 0;
  let types = new Set<string>();
  let tokens = 0;
  let ratio = 1;
  for (let step = 0; step < words.length; step += 1) {
    const word = words[reverse ? words.length - 1 - step : step]!;
    types.add(word);
    tokens += 1;
    ratio = types.size / tokens;
    if (ratio <= threshold) {
      factors += 1;
      types = new Set();
      tokens = 0;
      ratio = 1;
    }
  }
  // The incomplete last factor counts as the fraction of the way from 1 down to the threshold.
  if (tokens > 0) factors += (1 - ratio) / (1 - threshold);
  // A text whose ratio never falls to the threshold has no complete factor: count it as one.
  return factors > 0 ? factors : 1;
}
