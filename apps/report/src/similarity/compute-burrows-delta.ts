/**
 * Computes Burrows' Delta (Burrows 2002) between every pair of groups: take the `words` most
 * frequent words of the whole corpus (summed counts; ties by word), turn each group's count into a
 * relative frequency, z-score each word across the groups (mean and sample standard deviation), and
 * average the absolute z differences. 0 means the same profile; about 1 and more is typical between
 * different authors. Words whose frequency does not vary between groups are left out. Fewer than two
 * groups give a matrix of zeros.
 *
 * @param profiles - One word profile (word form → count, function words included) per group.
 * @param options.words - How many most frequent words to use (default 150).
 * @returns The symmetric Delta matrix and the words it used.
 */
export function computeBurrowsDelta(
  profiles: readonly ReadonlyMap<string, number>[],
  options: { words?: number } = {},
): { matrix: number[][]; words: string[] } {
  const limit = options.words ?? 150;
  const totals = new Map<string, number>();
  for (const profile of profiles) {
    for (const [word, count] of profile) totals.set(word, (totals.get(word) ?? 0) + count);
  }
  const frequent = [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
  const sizes = profiles.map((profile) => {
    let size = 0;
    for (const count of profile.values()) size += count;
    return size;
  });
  const matrix = profiles.map(() => profiles.map(() => 0));
  if (profiles.length < 2) return { matrix, words: frequent };
  const zScores: number[][] = profiles.map(() => []);
  const used: string[] = [];
  for (const word of frequent) {
    const frequencies = profiles.map((profile, index) => (sizes[index]! > 0 ? (profile.get(word) ?? 0) / sizes[index]! : 0));
    const mean = frequencies.reduce((sum, value) => sum + value, 0) / frequencies.length;
    const variance = frequencies.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (frequencies.length - 1);
    const deviation = Math.sqrt(variance);
    if (!(deviation > 0)) continue;
    used.push(word);
    frequencies.forEach((value, index) => {
      zScores[index]!.push((value - mean) / deviation);
    });
  }
  if (used.length === 0) return { matrix, words: used };
  for (let row = 0; row < profiles.length; row += 1) {
    for (let column = row + 1; column < profiles.length; column += 1) {
      let sum = 0;
      for (let index = 0; index < used.length; index += 1) {
        sum += Math.abs(zScores[row]![index]! - zScores[column]![index]!);
      }
      matrix[row]![column] = sum / used.length;
      matrix[column]![row] = sum / used.length;
    }
  }
  return { matrix, words: used };
}
