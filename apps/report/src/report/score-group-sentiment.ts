import { loadLexicons, parseTargets, scoreDocument, summarizeSentiment, type Target } from '@diskurs/sentiment';
import defaultTargets from '../default-targets.json' with { type: 'json' };
import type { AnalyzedEntry } from './build-report.js';
import { stripMarkup } from './strip-markup.js';
import type { Evidence, GroupSentiment, GroupStance, ReportDocument, SentimentSummary } from './types.js';

/** A stance target: a name and the aliases that mention it (DESIGN.md §5; `parseTargets` of @diskurs/sentiment reads a file). */
export type StanceTarget = Target;

/** The report's default targets: the seeds' subjects (USA, China, Russland, Ukraine, EU, NATO, Trump, Putin, DeepSeek, OpenAI/Big Tech, Milliardäre), German and English aliases. */
export const DEFAULT_TARGETS: readonly StanceTarget[] = parseTargets(defaultTargets, { file: 'default-targets.json' });

/** Groups need at least this many documents to resample documents (cluster bootstrap) rather than sentences. */
const MIN_CLUSTERS = 3;

interface ScoredSentence {
  documentIndex: number;
  line: number;
  text: string;
  score: number;
  quoted: boolean;
}

const compareEvidence = (a: ScoredSentence, b: ScoredSentence) => a.documentIndex - b.documentIndex || a.line - b.line;
const comparePositive = (a: ScoredSentence, b: ScoredSentence) => b.score - a.score || compareEvidence(a, b);
const compareNegative = (a: ScoredSentence, b: ScoredSentence) => a.score - b.score || compareEvidence(a, b);

/**
 * Keeps `best` the first `count` items of everything offered, in the order of `compare`, as a
 * stable sort of all of them would (ties keep the order they were offered in). `item` is copied
 * when it is kept, so one object can be reused for the offers.
 */
function offerBest(best: ScoredSentence[], item: ScoredSentence, count: number, compare: typeof compareEvidence): void {
  let at = best.length;
  while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
  if (at >= count) return;
  best.splice(at, 0, { ...item });
  if (best.length > count) best.length = count;
}

/**
 * Scores sentiment and stance for every document (@diskurs/sentiment) and aggregates them per group:
 * mean with bootstrap interval and label shares (all scored sentences, own voice, quoted), the most
 * positive and negative own-voice sentences, and per target the mean stance, interval, mentions and
 * the strongest evidence sentences with `file:line`. Intervals resample documents when a group has
 * at least three, sentences otherwise.
 *
 * @param groups - Groups with their analysed documents.
 * @param options.targets - Stance targets (default {@link DEFAULT_TARGETS}).
 * @param options.seed - Bootstrap seed (default 1).
 * @param options.evidence - Evidence sentences per list (default 3).
 * @param options.onProgress - Called with documents done and total.
 * @returns Per group its sentiment and stance, per document (by its entry) its own figures, and the targets.
 */
export async function scoreGroupSentiment(
  groups: readonly { name: string; entries: readonly AnalyzedEntry[] }[],
  options: {
    targets?: readonly StanceTarget[] | undefined;
    seed?: number;
    evidence?: number;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<{
  groups: Map<string, { sentiment: GroupSentiment; stance: GroupStance[] }>;
  documents: Map<AnalyzedEntry, Pick<ReportDocument, 'sentiment' | 'stance'>>;
  targets: readonly StanceTarget[];
}> {
  const seed = options.seed ?? 1;
  const evidenceCount = options.evidence ?? 3;
  const targets = options.targets ?? DEFAULT_TARGETS;
  const lexicons = await loadLexicons();
  const entries = groups.flatMap((group) => group.entries);
  const total = entries.length;
  const documentIndex = new Map(entries.map((entry, index) => [entry, index]));
  // Evidence text without the markup the parser found (`<u>`, link syntax), keyed by line and raw text.
  const cleanTexts = entries.map((entry) => {
    const clean = new Map<string, string>();
    if (!entry.document.segments.some((segment) => segment.kind === 'markup')) return clean;
    for (const sentence of entry.analysis.sentences) {
      const text = stripMarkup(entry.document.text, sentence.start, sentence.end, entry.document.segments);
      if (text !== sentence.text) clean.set(`${sentence.line}\u0000${sentence.text}`, text);
    }
    return clean;
  });
  const toEvidence = (sentence: ScoredSentence): Evidence => {
    const document = entries[sentence.documentIndex]!.document;
    return {
      document: document.name,
      file: document.source.path,
      line: document.source.line + sentence.line - 1,
      text: cleanTexts[sentence.documentIndex]!.get(`${sentence.line}\u0000${sentence.text}`) ?? sentence.text,
      score: sentence.score,
      quoted: sentence.quoted,
    };
  };
  const summarize = (perDocument: number[][]): SentimentSummary => {
    const statistics = summarizeSentiment(perDocument.length >= MIN_CLUSTERS ? perDocument : perDocument.flat(), { seed });
    return {
      mean: statistics.mean,
      ci: [statistics.ci[0], statistics.ci[1]],
      positive: statistics.positive,
      negative: statistics.negative,
      neutral: statistics.neutral,
      n: statistics.n,
    };
  };

  const documents = new Map<AnalyzedEntry, Pick<ReportDocument, 'sentiment' | 'stance'>>();
  const result = new Map<string, { sentiment: GroupSentiment; stance: GroupStance[] }>();
  let done = 0;
  options.onProgress?.(0, total);
  for (const group of groups) {
    const all: number[][] = [];
    const own: number[][] = [];
    const quoted: number[][] = [];
    // The most positive and negative own-voice sentences so far, and one reused object to offer them.
    const positive: ScoredSentence[] = [];
    const negative: ScoredSentence[] = [];
    const offer: ScoredSentence = { documentIndex: 0, line: 0, text: '', score: 0, quoted: false };
    const mentions = new Map<string, { scores: number[][]; mentions: number; evidence: ScoredSentence[] }>();
    for (const entry of group.entries) {
      const index = documentIndex.get(entry)!;
      // One pass per document for sentiment and stance; per-document intervals are not reported
      // (the group intervals are), so none are computed here.
      const scores = scoreDocument({ sentences: entry.analysis.sentences, name: entry.document.name }, targets, lexicons, {
        resamples: 0,
      });
      const sentiment = scores.sentiment;
      const allScores: number[] = [];
      const ownScores: number[] = [];
      const quotedScores: number[] = [];
      for (const sentence of sentiment.sentences) {
        allScores.push(sentence.score);
        if (sentence.quoted) {
          quotedScores.push(sentence.score);
          continue;
        }
        ownScores.push(sentence.score);
        if (sentence.score === 0) continue;
        offer.documentIndex = index;
        offer.line = sentence.line;
        offer.text = sentence.text;
        offer.score = sentence.score;
        if (sentence.score > 0) offerBest(positive, offer, evidenceCount, comparePositive);
        else offerBest(negative, offer, evidenceCount, compareNegative);
      }
      all.push(allScores);
      own.push(ownScores);
      quoted.push(quotedScores);
      const stance = new Map(scores.stance.map((item) => [item.target, item]));
      for (const target of targets) {
        const found = stance.get(target.name);
        let cell = mentions.get(target.name);
        if (!cell) mentions.set(target.name, (cell = { scores: [], mentions: 0, evidence: [] }));
        cell.scores.push(found ? found.evidence.map((item) => item.score) : []);
        if (!found) continue;
        cell.mentions += found.mentions;
        for (const item of found.evidence) {
          cell.evidence.push({ documentIndex: index, line: item.line, text: item.text, score: item.score, quoted: item.quoted });
        }
      }
      documents.set(entry, {
        sentiment: {
          score: sentiment.score,
          label: sentiment.label,
          positive: sentiment.positive,
          negative: sentiment.negative,
          neutral: sentiment.neutral,
        },
        stance: targets.flatMap((target) => {
          const found = stance.get(target.name);
          return found ? [{ target: target.name, score: found.score, mentions: found.mentions }] : [];
        }),
      });
      done += 1;
      options.onProgress?.(done, total);
    }
    const stance: GroupStance[] = [];
    for (const target of targets) {
      const cell = mentions.get(target.name);
      if (!cell || cell.mentions === 0) continue;
      const summary = summarize(cell.scores);
      stance.push({
        target: target.name,
        score: summary.mean,
        ci: summary.ci,
        mentions: cell.mentions,
        evidence: [...cell.evidence]
          .sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || compareEvidence(a, b))
          .slice(0, evidenceCount)
          .map(toEvidence),
      });
    }
    result.set(group.name, {
      sentiment: {
        ...summarize(all),
        own: summarize(own),
        quoted: summarize(quoted),
        mostPositive: positive.map(toEvidence),
        mostNegative: negative.map(toEvidence),
      },
      stance,
    });
  }
  return { groups: result, documents, targets };
}
