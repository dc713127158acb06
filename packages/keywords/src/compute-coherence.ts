/** Options of {@link computeCoherence}. */
export interface CoherenceOptions {
  /** Use only the first this-many terms of each topic. Default `10`. */
  top?: number;
}

/**
 * NPMI topic coherence (Bouma 2009; Aletras & Stevenson 2013; Röder et al. 2015): the mean,
 * over all pairs of a topic's top terms, of the normalised pointwise mutual information
 * `NPMI(a, b) = ln(P(a,b) / (P(a)P(b))) / −ln P(a,b)` with probabilities estimated from
 * document co-occurrence (`P(a) = D(a)/D`, `P(a,b) = D(a,b)/D`). Pairs that never co-occur
 * score −1; the range is [−1, 1].
 *
 * @param topics Each topic's terms (term ids), best first.
 * @param documents The reference documents as term-id sequences (e.g. the topic model's
 *   pseudo-documents); only presence counts.
 * @param options See {@link CoherenceOptions}.
 * @returns One coherence per topic (0 for a topic with fewer than two terms or no documents).
 */
export function computeCoherence(
  topics: readonly (readonly number[])[],
  documents: readonly ArrayLike<number>[],
  options: CoherenceOptions = {},
): number[] {
  const top = options.top ?? 10;
  const wanted = new Map<number, number[]>();
  for (const topic of topics) for (const id of topic.slice(0, top)) wanted.set(id, []);
  // Postings: ascending document indices per wanted term.
  for (let d = 0; d < documents.length; d++) {
    const document = documents[d]!;
    for (let i = 0; i < document.length; i++) {
      const postings = wanted.get(document[i]!);
      if (postings !== undefined && postings[postings.length - 1] !== d) postings.push(d);
    }
  }
  const n = documents.length;
  return topics.map((topic) => {
    const terms = topic.slice(0, top);
    if (terms.length < 2 || n === 0) return 0;
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const a = wanted.get(terms[i]!)!;
        const b = wanted.get(terms[j]!)!;
        sum += normalisedPmi(a.length / n, b.length / n, intersect(a, b) / n);
        pairs++;
      }
    }
    return sum / pairs;
  });
}

/**
 * Normalised pointwise mutual information of two events from their probabilities.
 *
 * @param a P(a).
 * @param b P(b).
 * @param joint P(a, b).
 * @returns NPMI in [−1, 1]: −1 when the events never co-occur, 1 when they always do.
 */
export function normalisedPmi(a: number, b: number, joint: number): number {
  if (joint <= 0 || a <= 0 || b <= 0) return -1;
  if (joint >= 1) return 1;
  return Math.log(joint / (a * b)) / -Math.log(joint);
}

function intersect(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}
