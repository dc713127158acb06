import { indexWords, prepareTopicCorpus, type TopicModel } from '@diskurs/keywords';
import type { CorpusDocument, ParseWarning } from '@diskurs/parser';
import { type AnalyzedDocument, createAnalyzer, type LemmaMode, type Sentence } from '@diskurs/tokenizer';
import packageJson from '../../package.json' with { type: 'json' };
import { computeBurrowsDelta } from '../similarity/compute-burrows-delta.js';
import { computeCosineSimilarity } from '../similarity/compute-cosine-similarity.js';
import { measureStyle } from '../style/measure-style.js';
import { countGroupProfiles } from './count-group-profiles.js';
import { addSegmentCounts, countSegments } from './count-segments.js';
import { describeMethods } from './describe-methods.js';
import { findCaveats } from './find-caveats.js';
import { groupDocuments } from './group-documents.js';
import { summarizeGroupTopics, toKeywordGroups } from './extract-group-keywords.js';
import { extractKeywordsInBackground, startKeywordsWorker } from './extract-keywords-in-background.js';
import { fitTopicsInBackground, startTopicWorker } from './fit-topics-in-background.js';
import { OWN_KINDS, VOICED_KINDS } from './segment-kinds.js';
import { scoreGroupSentiment, type StanceTarget } from './score-group-sentiment.js';
import type { Report, ReportDocument, ReportGroup } from './types.js';

/** Stages reported to `onProgress`, in order. */
export type ReportStage = 'analyze' | 'keywords' | 'sentiment' | 'style' | 'similarity';

/** Options of {@link buildReport}. */
export interface BuildReportOptions {
  /** Document field or attribute to group by (`author`, `date`, `year`, `title`, `lang`, or any attribute). Default `'author'`; documents without a value form the group `unknown`. */
  groupBy?: string;
  /** Stance targets (`{ name, aliases }`). Default: the seeds' subjects (`default-targets.json`). */
  targets?: readonly StanceTarget[];
  /** Number of topics, or a `[min, max]` range chosen by coherence. Default: chosen by coherence from 3..8. */
  topics?: number | [number, number];
  /** Seed of the topic model and the bootstrap intervals. Default 1. */
  seed?: number;
  /** Language assumed for documents without a `lang` (a prior for short sentences). Default: none (detected). */
  lang?: 'de' | 'en';
  /** Entries per list (distinctive terms, keyphrases, entities). Default 20. */
  top?: number;
  /** Keyness statistic. Default `'g2'`. */
  statistic?: 'g2' | 'chi2' | 'logratio' | 'logodds';
  /** Lemma mode of the tokenizer. Default `'lemma'`. */
  lemmas?: LemmaMode;
  /** Evidence sentences per list (most positive, most negative, per stance target). Default 3. */
  evidence?: number;
  /** Called as work progresses: stage, units done, units in the stage. */
  onProgress?: (stage: ReportStage, done: number, total: number) => void;
  /**
   * Called once, synchronously, with the report before its keywords (distinctive terms,
   * keyphrases, entities), topics and caveats are in — they may still be coming from worker
   * threads — so that work needing neither can start (the CLI draws the HTML's other charts).
   * The same object is completed afterwards: read it now, do not keep it.
   */
  onDraft?: (draft: Report) => void;
}

/** A document with its group and analysis, as the stages share it. */
export interface AnalyzedEntry {
  document: CorpusDocument;
  group: string;
  analysis: AnalyzedDocument;
}

const isOwn = (sentence: Sentence) => OWN_KINDS.includes(sentence.segment);
const isVoiced = (sentence: Sentence) => VOICED_KINDS.includes(sentence.segment);
const isCounted = (token: Sentence['tokens'][number]) => token.kind === 'word' || token.kind === 'number';

function shares(counts: ReadonlyMap<string, number>): Record<string, number> {
  let total = 0;
  for (const value of counts.values()) total += value;
  return Object.fromEntries(
    [...counts]
      .filter(([, value]) => value > 0)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([key, value]) => [key, value / total]),
  );
}

function countLanguages(sentences: readonly Sentence[], into = new Map<string, number>()): Map<string, number> {
  for (const sentence of sentences) {
    if (!isVoiced(sentence)) continue;
    let tokens = 0;
    for (const token of sentence.tokens) if (isCounted(token)) tokens += 1;
    into.set(sentence.lang, (into.get(sentence.lang) ?? 0) + tokens);
  }
  return into;
}

/** What the report counts of one document: own-text tokens and sentences, voiced tokens per language, segment sizes. */
interface DocumentCounts {
  tokens: number;
  sentences: number;
  languages: Map<string, number>;
  segments: ReturnType<typeof countSegments>;
}

function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the comparative report (report.json, DESIGN.md §6, schemaVersion 1) from parsed documents:
 * analyses every document with its segments (@diskurs/tokenizer), groups them (author by default),
 * extracts distinctive terms, keyphrases, entities and topics per group (@diskurs/keywords), scores
 * sentiment and stance (@diskurs/sentiment), and measures style and similarity. The same input,
 * options and seed give the same report (no timestamps, stable orders).
 *
 * @param documents - Parsed documents (`@diskurs/parser`).
 * @param warnings - Parser warnings to carry into the report.
 * @param options - See {@link BuildReportOptions}.
 */
export async function buildReport(
  documents: readonly CorpusDocument[],
  warnings: readonly ParseWarning[],
  options: BuildReportOptions = {},
): Promise<Report> {
  // The topic and keywords workers start now, for a corpus likely to need them, and load their
  // modules while this thread analyses; each gets its job once the word index is built (and is
  // cancelled if the job turns out small enough for this thread, or the report fails).
  let characters = 0;
  for (const document of documents) characters += document.text.length;
  const early = characters >= PRESTART_CHARACTERS;
  const topicWorker = early ? startTopicWorker() : undefined;
  const keywordsWorker = early ? startKeywordsWorker() : undefined;
  try {
    return await buildReportWith(documents, warnings, options, { topicWorker, keywordsWorker });
  } finally {
    topicWorker?.cancel();
    keywordsWorker?.cancel();
  }
}

/** Text from which the topic and keywords workers are started before the analysis (about 20,000 words). */
const PRESTART_CHARACTERS = 120_000;

async function buildReportWith(
  documents: readonly CorpusDocument[],
  warnings: readonly ParseWarning[],
  options: BuildReportOptions,
  workers: {
    topicWorker: ReturnType<typeof startTopicWorker>;
    keywordsWorker: ReturnType<typeof startKeywordsWorker>;
  },
): Promise<Report> {
  const groupBy = options.groupBy ?? 'author';
  const seed = options.seed ?? 1;
  const top = options.top ?? 20;
  const statistic = options.statistic ?? 'g2';
  const evidenceCount = options.evidence ?? 3;
  const progress = options.onProgress ?? (() => {});

  // 1. Analyse. (On this thread: analysing on a worker at the same time, with the analyses sent
  // back as typed arrays, made the whole report ~0.9 s slower on a 2-vCPU machine.)
  const grouping = groupDocuments(documents, { groupBy });
  const groupOf = new Array<string>(documents.length);
  for (const group of grouping) for (const index of group.indices) groupOf[index] = group.name;
  progress('analyze', 0, documents.length);
  // German resources (lemma dictionaries, the noun lexicon) only when some document may be German:
  // a corpus whose every document is declared English (or assumed so with --lang en) goes without them.
  const languages: ('de' | 'en')[] = documents.every((document) => (document.lang ?? options.lang) === 'en') ? ['en'] : ['de', 'en'];
  const analyzer = await createAnalyzer({ lemmas: options.lemmas ?? 'lemma', languages });
  const entries: AnalyzedEntry[] = documents.map((document, index) => {
    const analysis = analyzer.analyze({ text: document.text, lang: document.lang ?? options.lang ?? null, segments: document.segments });
    progress('analyze', index + 1, documents.length);
    return { document, group: groupOf[index]!, analysis };
  });
  const groupEntries = grouping.map((group) => ({ name: group.name, entries: group.indices.map((index) => entries[index]!) }));

  // 2. Topics on a worker thread (the second core), while this thread goes on with keywords,
  // sentiment and style; the model is the same as fitted here.
  progress('keywords', 0, 1);
  const keywordGroups = toKeywordGroups(groupEntries);
  // One index of the own-text words, shared by the topic corpus and the keywords.
  const words = indexWords(
    keywordGroups.flatMap((group) => group.documents),
    { segments: OWN_KINDS },
  );
  const prepared = prepareTopicCorpus(keywordGroups, { segments: [...OWN_KINDS], words });
  const topicModel: Promise<TopicModel | undefined> =
    prepared === undefined
      ? Promise.resolve(undefined)
      : fitTopicsInBackground(
          { corpus: prepared.corpus, labels: prepared.labels, options: { topics: options.topics ?? [3, 8], seed } },
          workers.topicWorker,
        );
  // A failure surfaces where the model is awaited; until then it must not count as unhandled.
  topicModel.catch(() => {});

  // 3. Keywords, on another worker thread for a large corpus (from the word index alone). German
  // entities are told from common nouns with the Morphy lexicon (loaded only when German text may occur).
  const hasGerman = languages.includes('de') && entries.some((entry) => entry.analysis.sentences.some((sentence) => sentence.lang === 'de'));
  const keywordsResult = extractKeywordsInBackground(
    {
      groups: keywordGroups.map((group) => ({ name: group.name, documents: group.documents.map((document) => document.name) })),
      // the keywords read only the index's arrays: its sentences stay here
      words: { ...words, sentences: [] },
      options: { statistic, top, seed, german: hasGerman },
    },
    workers.keywordsWorker,
  );
  // A failure surfaces where the keywords are awaited (after style); until then it must not count as unhandled.
  keywordsResult.catch(() => {});
  progress('keywords', 1, 1);

  // 4. Sentiment and stance.
  const sentiment = await scoreGroupSentiment(groupEntries, {
    targets: options.targets,
    seed,
    evidence: evidenceCount,
    onProgress: (done, total) => progress('sentiment', done, total),
  });

  // 5. Style, profiles, overview.
  progress('style', 0, groupEntries.length);
  const corpusSegments: Record<string, number> = {};
  const corpusLanguages = new Map<string, number>();
  // Term and word profiles (cosine similarity, Burrows' Delta) from the word index, not the tokens.
  const profiles = countGroupProfiles(
    words,
    groupEntries.map((group) => group.entries.length),
  );
  // Per document, counted once here and reused for the document list below.
  const documentCounts = new Map<AnalyzedEntry, DocumentCounts>();
  // The groups' documents are consecutive in the word index, in group order.
  let firstDocument = 0;
  const groups: ReportGroup[] = groupEntries.map((group, groupIndex) => {
    const segments: Record<string, number> = {};
    let tokens = 0;
    let sentences = 0;
    for (const entry of group.entries) {
      const counts: DocumentCounts = {
        tokens: 0,
        sentences: 0,
        languages: countLanguages(entry.analysis.sentences),
        segments: countSegments(entry.document),
      };
      documentCounts.set(entry, counts);
      addSegmentCounts(segments, counts.segments);
      for (const [lang, count] of counts.languages) corpusLanguages.set(lang, (corpusLanguages.get(lang) ?? 0) + count);
      for (const sentence of entry.analysis.sentences) {
        if (!isOwn(sentence)) continue;
        counts.sentences += 1;
        for (const token of sentence.tokens) if (isCounted(token)) counts.tokens += 1;
      }
      tokens += counts.tokens;
      sentences += counts.sentences;
    }
    addSegmentCounts(corpusSegments, segments);
    const style = measureStyle(
      group.entries.map((entry) => ({ text: entry.document.text, sentences: entry.analysis.sentences })),
      { words: { index: words, firstDocument } },
    );
    firstDocument += group.entries.length;
    progress('style', groupIndex + 1, groupEntries.length);
    const groupSentiment = sentiment.groups.get(group.name)!;
    return {
      name: group.name,
      documents: group.entries.length,
      documentNames: group.entries.map((entry) => entry.document.name),
      tokens,
      sentences,
      segments: Object.fromEntries(Object.entries(segments).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      // filled in below, from the keywords worker
      distinctiveTerms: [],
      keyphrases: [],
      entities: [],
      topics: [],
      sentiment: groupSentiment.sentiment,
      stance: groupSentiment.stance,
      style,
    };
  });

  // 6. Similarity.
  progress('similarity', 0, 1);
  const delta = computeBurrowsDelta(profiles.words, { words: 150 });
  const similarity = {
    groups: groups.map((group) => group.name),
    matrix: computeCosineSimilarity(profiles.terms),
    delta: delta.matrix,
    deltaWords: delta.words.length,
  };
  progress('similarity', 1, 1);

  const reportDocuments: ReportDocument[] = entries.map((entry) => {
    const counts = documentCounts.get(entry)!;
    const documentSentiment = sentiment.documents.get(entry)!;
    return {
      name: entry.document.name,
      author: entry.document.author,
      date: entry.document.date,
      title: entry.document.title,
      group: entry.group,
      source: { path: entry.document.source.path, line: entry.document.source.line },
      tokens: counts.tokens,
      sentences: counts.sentences,
      languages: shares(counts.languages),
      segments: counts.segments,
      sentiment: documentSentiment.sentiment,
      stance: documentSentiment.stance,
    };
  });

  const dates = documents.map((document) => document.date).filter((date): date is string => date !== null).sort(compareDates);
  const targetNames = sentiment.targets.map((target) => target.name);
  const report: Report = {
    schemaVersion: 1,
    generatedBy: { name: packageJson.name, version: packageJson.version },
    options: {
      groupBy,
      seed,
      lang: options.lang ?? null,
      top,
      topics: options.topics ?? null,
      statistic,
      segments: [...OWN_KINDS],
      targets: targetNames,
    },
    corpus: {
      documents: documents.length,
      sentences: reportDocuments.reduce((sum, document) => sum + document.sentences, 0),
      tokens: reportDocuments.reduce((sum, document) => sum + document.tokens, 0),
      languages: shares(corpusLanguages),
      dates: dates.length > 0 ? { first: dates[0]!, last: dates.at(-1)! } : null,
      segments: Object.fromEntries(Object.entries(corpusSegments).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      groups: groups.length,
    },
    documents: reportDocuments,
    groups,
    // filled in below, from the topic worker
    topics: [],
    similarity,
    methods: describeMethods({ statistic, seed, deltaWords: delta.words.length }),
    caveats: [],
    warnings: warnings.map((warning) => ({ code: warning.code, file: warning.file, line: warning.line, message: warning.message })),
  };
  options.onDraft?.(report);
  // The keywords and the topic model, made meanwhile (awaited last: the draft above needs neither).
  const keywords = await keywordsResult;
  for (const group of groups) {
    const groupKeywords = keywords.groups.get(group.name);
    group.distinctiveTerms = groupKeywords?.distinctiveTerms ?? [];
    group.keyphrases = groupKeywords?.keyphrases ?? [];
    group.entities = groupKeywords?.entities ?? [];
  }
  const topics = summarizeGroupTopics(keywordGroups, await topicModel);
  for (const group of groups) group.topics = topics.groups.get(group.name) ?? [];

  report.topics = topics.topics;
  report.caveats = findCaveats(report);
  return report;
}
