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
  // Words as ids, so that a factor's types are counted with a stamp per id instead of a Set.
  const ids = new Int32Array(words.length);
  const seen = new Map<string, number>();
  for (let index = 0; index < words.length; index += 1) {
    let id = seen.get(words[index]!);
    if (id === undefined) seen.set(words[index]!, (id = seen.size));
    ids[index] = id;
  }
  return measureLexicalDiversityOfIds(ids, seen.size, { threshold, minimumWords: 0 });
}

/**
 * {@link measureLexicalDiversity} of words given as ids (equal words, equal ids).
 *
 * @param ids - Word ids in text order, each in `0 … types − 1`.
 * @param types - Number of distinct ids (an upper bound will do).
 * @param options.threshold - Type–token ratio at which a factor is complete (default 0.72).
 * @param options.minimumWords - Fewer words than this give `null` (default 50).
 * @returns MTLD, or `null` for too few words.
 */
export function measureLexicalDiversityOfIds(
  ids: Int32Array,
  types: number,
  options: { threshold?: number; minimumWords?: number } = {},
): number | null {
  const threshold = options.threshold ?? 0.72;
  if (ids.length === 0 || ids.length < (options.minimumWords ?? 50)) return null;
  const stamps = new Int32Array(types);
  const forward = countFactors(ids, stamps, threshold, false);
  const backward = countFactors(ids, stamps.fill(0), threshold, true);
  return (ids.length / forward + ids.length / backward) / 2;
}

/** MTLD factors of one direction; `stamps` (zeroed, one per word id) marks the words of the current factor. */
function countFactors(ids: Int32Array, stamps: Int32Array, threshold: number, reverse: boolean): number {
  let factors = 0;
  // Factor n marks its words with n + 1.
  let stamp = 1;
  let types = 0;
  let tokens = 0;
  let ratio = 1;
  for (let step = 0; step < ids.length; step += 1) {
    const id = ids[reverse ? ids.length - 1 - step : step]!;
    if (stamps[id] !== stamp) {
      stamps[id] = stamp;
      types += 1;
    }
    tokens += 1;
    ratio = types / tokens;
    if (ratio <= threshold) {
      factors += 1;
      stamp += 1;
      types = 0;
      tokens = 0;
      ratio = 1;
    }
  }
  // The incomplete last factor counts as the fraction of the way from 1 down to the threshold.
  if (tokens > 0) factors += (1 - ratio) / (1 - threshold);
  // A text whose ratio never falls to the threshold has no complete factor: count it as one.
  return factors > 0 ? factors : 1;
}
