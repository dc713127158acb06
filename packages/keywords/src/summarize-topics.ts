import type { TopicModel } from './fit-topics.js';
import type { KeywordGroup } from './types.js';

/** Topic results of {@link summarizeTopics}, as `extractKeywords` reports them. */
export interface TopicSummary {
  /** Per group (in input order): the share of its modelled tokens per topic id, largest first. */
  groups: { name: string; topics: { topic: number; weight: number }[] }[];
  /** The topics with label, top terms and coherence. */
  topics: { id: number; label: string; terms: { term: string; weight: number }[]; coherence: number }[];
  /** θ of every document of every group (weights indexed by topic id; `1 / K` each for a document without modelled tokens). */
  documentTopics: { document: string; weights: number[] }[];
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000 || 0;

/**
 * Summarises a fitted topic model for groups of documents: each group's topic shares (θ of its
 * documents weighted by their modelled tokens), the topics and every document's θ, numbers
 * rounded to 4 decimals. `extractKeywords` reports exactly this; call it yourself when the model
 * was fitted elsewhere (for example on a worker thread, see `extractKeywords`' `topicModel`).
 *
 * @param groups Groups of documents (only names are read).
 * @param model The model fitted on the groups' documents, or `undefined` for none (no topics).
 * @returns Group shares, topics and document weights.
 */
export function summarizeTopics(
  groups: readonly Pick<KeywordGroup, 'name' | 'documents'>[],
  model: TopicModel | undefined,
): TopicSummary {
  const sourceTopics = new Map(model?.sourceTopics.map((row) => [row.document, row]));
  const k = model?.k ?? 0;
  return {
    groups: groups.map((group) => {
      const shares = new Float64Array(k);
      let tokens = 0;
      for (const document of group.documents) {
        const row = sourceTopics.get(document.name);
        if (row === undefined) continue;
        tokens += row.tokens;
        for (let t = 0; t < k; t++) shares[t]! += row.tokens * row.weights[t]!;
      }
      const topics = Array.from(shares, (share, topic) => ({ topic, weight: round(tokens > 0 ? share / tokens : 0) })).sort(
        (a, b) => b.weight - a.weight || a.topic - b.topic,
      );
      return { name: group.name, topics };
    }),
    topics: (model?.topics ?? []).map((topic) => ({
      id: topic.id,
      label: topic.label,
      terms: topic.terms.map((term) => ({ term: term.term, weight: round(term.weight) })),
      coherence: round(topic.coherence),
    })),
    documentTopics: groups
      .flatMap((group) => group.documents)
      .map((document) => {
        const row = sourceTopics.get(document.name);
        return { document: document.name, weights: Array.from({ length: k }, (_, t) => round(row ? row.weights[t]! : 1 / k)) };
      }),
  };
}
