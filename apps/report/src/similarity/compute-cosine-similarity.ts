/**
 * Computes the cosine similarity of every pair of term profiles (term → count). Counts and relative
 * frequencies give the same result. A profile without terms has similarity 0 to every profile,
 * itself included.
 *
 * @param profiles - One term profile per group.
 * @returns A symmetric matrix with values in [0, 1] (1 on the diagonal for non-empty profiles).
 */
export function computeCosineSimilarity(profiles: readonly ReadonlyMap<string, number>[]): number[][] {
  // Terms as ids shared by all profiles; each profile as its ids and a dense row of counts, so that
  // a dot product walks the smaller profile's ids and reads the other's row (counts are integers,
  // so the sum is exact in any order).
  const ids = new Map<string, number>();
  const lists = profiles.map((profile) => {
    const list = new Int32Array(profile.size);
    let index = 0;
    for (const term of profile.keys()) {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      list[index++] = id;
    }
    return list;
  });
  const rows = profiles.map((profile, index) => {
    const row = new Float64Array(ids.size);
    const list = lists[index]!;
    let at = 0;
    for (const count of profile.values()) row[list[at++]!] = count;
    return row;
  });
  const norms = profiles.map((profile) => {
    let sum = 0;
    for (const value of profile.values()) sum += value * value;
    return Math.sqrt(sum);
  });
  const matrix = profiles.map(() => profiles.map(() => 0));
  for (let row = 0; row < profiles.length; row += 1) {
    for (let column = row; column < profiles.length; column += 1) {
      const denominator = norms[row]! * norms[column]!;
      let value = 0;
      if (denominator > 0) {
        const [small, large] = lists[row]!.length <= lists[column]!.length ? [row, column] : [column, row];
        const smallList = lists[small]!;
        const smallRow = rows[small]!;
        const largeRow = rows[large]!;
        let dot = 0;
        for (let index = 0; index < smallList.length; index += 1) {
          const id = smallList[index]!;
          dot += smallRow[id]! * largeRow[id]!;
        }
        value = row === column ? 1 : Math.min(1, dot / denominator);
      }
      matrix[row]![column] = value;
      matrix[column]![row] = value;
    }
  }
  return matrix;
}
