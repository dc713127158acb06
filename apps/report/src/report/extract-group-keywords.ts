import { extractKeywords, type GermanLexicon, type KeywordGroup, summarizeTopics, type TopicModel, type WordIndex } from '@diskurs/keywords';
import type { AnalyzedEntry } from './build-report.js';
import { OWN_KINDS } from './segment-kinds.js';
import type { ReportGroup, ReportTopic } from './types.js';

/** What the report takes from @diskurs/keywords for one group. */
export type GroupKeywords = Pick<ReportGroup, 'distinctiveTerms' | 'keyphrases' | 'entities' | 'topics'>;

/** The groups as @diskurs/keywords takes them: each document with its analysed sentences. */
export function toKeywordGroups(groups: readonly { name: string; entries: readonly AnalyzedEntry[] }[]): KeywordGroup[] {
  return groups.map((group) => ({
    name: group.name,
    documents: group.entries.map((entry) => ({ name: entry.document.name, sentences: entry.analysis.sentences })),
  }));
}

/**
 * Runs @diskurs/keywords' `extractKeywords` over the groups' own text and keeps what the report
 * shows: distinctive terms (against the rest of the corpus), keyphrases, entities and topic weights
 * per group, and the corpus topics.
 *
 * @param groups - Groups as {@link toKeywordGroups} gives them.
 * @param options.statistic - Keyness statistic (default `'g2'`).
 * @param options.top - Entries per list (default 20).
 * @param options.seed - Topic model seed (default 1).
 * @param options.topics - Number of topics or `[min, max]` (default: chosen by coherence).
 * @param options.lexicon - German noun/adjective lexicon for entities (default: none, so the
 *   result never depends on what another caller loaded).
 * @param options.topicModel - A model fitted beforehand (see `extractKeywords`); `null` leaves
 *   topics out, to be added with {@link summarizeGroupTopics}. Default: fitted here.
 * @param options.words - The own-text words indexed beforehand (`indexWords`), shared with the
 *   topic corpus. Default: indexed here.
 */
export function extractGroupKeywords(
  groups: readonly KeywordGroup[],
  options: {
    statistic?: 'g2' | 'chi2' | 'logratio' | 'logodds';
    top?: number;
    seed?: number;
    topics?: number | [number, number] | undefined;
    lexicon?: GermanLexicon | undefined;
    topicModel?: TopicModel | null;
    words?: WordIndex;
  } = {},
): { groups: Map<string, GroupKeywords>; topics: ReportTopic[] } {
  const result = extractKeywords(groups, {
    statistic: options.statistic ?? 'g2',
    top: options.top ?? 20,
    seed: options.seed ?? 1,
    segments: [...OWN_KINDS],
    // the report shows no collocations
    collocations: false,
    ...(options.topics === undefined ? {} : { topics: options.topics }),
    ...(options.lexicon === undefined ? {} : { lexicon: options.lexicon }),
    ...(options.topicModel === undefined ? {} : { topicModel: options.topicModel }),
    ...(options.words === undefined ? {} : { words: options.words }),
  });
  const byName = new Map<string, GroupKeywords>();
  for (const group of result.groups) {
    byName.set(group.name, {
      distinctiveTerms: group.distinctiveTerms.map((term) => ({
        term: term.term,
        score: term.score,
        statistic: term.statistic,
        count: term.count,
        expected: term.expected,
      })),
      keyphrases: group.keyphrases.map((phrase) => ({ phrase: phrase.phrase, score: phrase.score })),
      entities: group.entities.map((entity) => ({ text: entity.text, count: entity.count })),
      topics: group.topics.map((topic) => ({ topic: topic.topic, weight: topic.weight })),
    });
  }
  return { groups: byName, topics: toReportTopics(result.topics) };
}

/**
 * The report's topic list and each group's topic weights from a model fitted apart from
 * {@link extractGroupKeywords} (exactly what it would have reported with the model inside).
 *
 * @param groups - Groups as {@link toKeywordGroups} gives them.
 * @param model - The fitted model, or `undefined` when the corpus was too small for one.
 */
export function summarizeGroupTopics(
  groups: readonly KeywordGroup[],
  model: TopicModel | undefined,
): { groups: Map<string, GroupKeywords['topics']>; topics: ReportTopic[] } {
  const summary = summarizeTopics(groups, model);
  return {
    groups: new Map(summary.groups.map((group) => [group.name, group.topics.map((topic) => ({ topic: topic.topic, weight: topic.weight }))])),
    topics: toReportTopics(summary.topics),
  };
}

function toReportTopics(topics: readonly { id: number; label: string; terms: readonly { term: string; weight: number }[]; coherence: number }[]): ReportTopic[] {
  return topics.map((topic) => ({
    id: topic.id,
    label: topic.label,
    terms: topic.terms.map((term) => ({ term: term.term, weight: term.weight })),
    coherence: topic.coherence,
  }));
}
