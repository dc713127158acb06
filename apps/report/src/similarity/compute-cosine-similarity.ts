/**
 * Computes the cosine similarity of every pair of term profiles (term → count). Counts and relative
 * frequencies give the same result. A profile without terms has similarity 0 to every profile,
 * itself included.
 *
 * @param profiles - One term profile per group.
 * @returns A symmetric matrix with values in [0, 1] (1 on the diagonal for non-empty profiles).
 */
export function computeCosineSimilarity(profiles: readonly ReadonlyMap<string, number>[]): number[][] {
  const norms = profiles.map((profile) => {
    let sum = 0;
    for (const value of profile.values()) sum += value * value;
    return Math.sqrt(sum);
  });
  const matrix = profiles.map(() => profiles.map(() => 0));
  for (let row = 0; row < profiles.length; row += 1) {
    for (let column = row; column < profiles.length; column += 1) {
      const a = profiles[row]!;
      const b = profiles[column]!;
      const denominator = norms[row]! * norms[column]!;
      let value = 0;
      if (denominator > 0) {
        const [small, large] = a.size <= b.size ? [a, b] : [b, a];
        let dot = 0;
        for (const [term, count] of small) dot += count * (large.get(term) ?? 0);
        value = row === column ? 1 : Math.min(1, dot / denominator);
      }
      matrix[row]![column] = value;
      matrix[column]![row] = value;
    }
  }
  return matrix;
}
