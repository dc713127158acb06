import { type BootstrapIntervalOptions, bootstrapInterval } from './bootstrap-interval.js';
import { roundScore } from './label-score.js';
import type { StanceEvidence, StanceResult } from './score-stance.js';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Options of {@link summarizeStance}. */
export interface SummarizeStanceOptions extends BootstrapIntervalOptions {
  /** Evidence sentences kept per target (strongest first). Default 5. */
  evidence?: number;
  /** Target order of the result (names). Default: order of first appearance. */
  order?: readonly string[];
}

/** Stance of a group of documents toward one target. */
export interface GroupStance {
  /** Target name. */
  target: string;
  /** Mean stance over all mentioning sentences of the group. */
  score: number;
  /** Cluster-bootstrap interval of the mean (documents resampled), 95% by default. */
  ci: [number, number];
  /** Mentions in the group. */
  mentions: number;
  /** Documents that mention the target. */
  documents: number;
  /** The strongest evidence sentences (by |score|, then document, then line). */
  evidence: StanceEvidence[];
}

/**
 * Combine per-document stance results into group results with a seeded cluster-bootstrap
 * interval: documents are resampled as wholes, the mean pools their mentioning sentences.
 * Targets no document mentions are absent.
 *
 * @param documents - Per document: its name and its `scoreStance` results.
 * @param options - Seed (default 1), resamples (default 1000), confidence (default 0.95),
 *   evidence (default 5), order (default first appearance).
 * @returns One result per mentioned target.
 */
export function summarizeStance(
  documents: ReadonlyArray<{ document?: string; stance: readonly StanceResult[] }>,
  options: SummarizeStanceOptions = {},
): GroupStance[] {
  const { evidence: keep = 5, order } = options;
  const byTarget = new Map<string, { clusters: number[][]; mentions: number; evidence: StanceEvidence[] }>();
  for (const { document, stance } of documents) {
    for (const result of stance) {
      let entry = byTarget.get(result.target);
      if (entry === undefined) {
        entry = { clusters: [], mentions: 0, evidence: [] };
        byTarget.set(result.target, entry);
      }
      entry.clusters.push(result.evidence.map((evidence) => evidence.score));
      entry.mentions += result.mentions;
      for (const evidence of result.evidence) {
        entry.evidence.push(
          document === undefined || evidence.document !== undefined ? evidence : { document, ...evidence },
        );
      }
    }
  }
  const names = [...byTarget.keys()];
  if (order !== undefined) {
    const rank = new Map(order.map((name, i) => [name, i]));
    names.sort((a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER));
  }
  return names.map((target) => {
    const entry = byTarget.get(target)!;
    const all = entry.clusters.flat();
    const mean = all.reduce((total, value) => total + value, 0) / all.length;
    const [low, high] = bootstrapInterval(entry.clusters, options);
    const evidence = [...entry.evidence]
      .sort(
        (a, b) =>
          Math.abs(b.score) - Math.abs(a.score) ||
          compareText(a.document ?? '', b.document ?? '') ||
          a.line - b.line,
      )
      .slice(0, keep);
    return {
      target,
      score: roundScore(mean),
      ci: [roundScore(low), roundScore(high)],
      mentions: entry.mentions,
      documents: entry.clusters.length,
      evidence,
    };
  });
}
