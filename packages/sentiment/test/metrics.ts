/** Accuracy and macro-F1 over the three labels. */
export interface Metrics {
  accuracy: number;
  macroF1: number;
  n: number;
}

const LABELS = ['positive', 'negative', 'neutral'] as const;

export function computeMetrics(pairs: ReadonlyArray<{ expected: string; predicted: string }>): Metrics {
  const n = pairs.length;
  const correct = pairs.filter((pair) => pair.expected === pair.predicted).length;
  const f1s = LABELS.map((label) => {
    const tp = pairs.filter((p) => p.expected === label && p.predicted === label).length;
    const fp = pairs.filter((p) => p.expected !== label && p.predicted === label).length;
    const fn = pairs.filter((p) => p.expected === label && p.predicted !== label).length;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return { accuracy: n === 0 ? 0 : correct / n, macroF1: f1s.reduce((a, b) => a + b, 0) / LABELS.length, n };
}
