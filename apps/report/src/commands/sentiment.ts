import type { CorpusDocument } from '@diskurs/parser';
import type { DocumentSentiment, StanceResult, Target } from '@diskurs/sentiment';
import { type Command, Option } from 'commander';
import { analyzeDocuments } from '../cli/analyze-documents';
import type { CliContext } from '../cli/cli-context';
import { createProgress } from '../cli/create-progress';
import { formatTable } from '../cli/format-table';
import { formatWarning, formatWarningList, type WarningLike } from '../cli/format-warning';
import { readDocuments } from '../cli/read-documents';
import { readTargetsFile } from '../cli/read-targets-file';
import { resolveInputs } from '../cli/resolve-inputs';
import { createInputsArgument, createMetaOption, createQuietOption, createTargetsOption, type SharedOptions } from '../cli/shared-options';
import { shouldUseColor } from '../cli/should-use-color';
import { writeDocumentsJson } from '../cli/write-documents-json';
import { writeOutput } from '../cli/write-output';
import defaultTargets from '../default-targets.json' with { type: 'json' };

/** Options of `diskurs sentiment`. */
export interface SentimentCommandOptions extends SharedOptions {
  json?: boolean;
  ndjson?: boolean;
  targets?: string;
}

/** Line in the source file of a 1-based line within the document text. */
function fileLine(document: CorpusDocument, line: number): number {
  return document.source.line + line - 1;
}

/**
 * A document as `diskurs sentiment` prints it (issue 5): summary, sentences with their
 * contributions, stance per mentioned target with evidence. Every `line` is a line of the source
 * file (`source.path`), so `path:line` points at the sentence.
 */
export function toSentimentJson(document: CorpusDocument, sentiment: DocumentSentiment, stance: readonly StanceResult[]): Record<string, unknown> {
  const summary = (value: { score: number; label: string; positive: number; negative: number; neutral: number; n: number }) => ({
    score: value.score,
    label: value.label,
    positive: value.positive,
    negative: value.negative,
    neutral: value.neutral,
    n: value.n,
  });
  return {
    name: document.name,
    author: document.author,
    source: { path: document.source.path, line: document.source.line },
    sentiment: { ...summary(sentiment), own: summary(sentiment.own), quoted: summary(sentiment.quoted) },
    sentences: sentiment.sentences.map((sentence) => ({
      text: sentence.text,
      lang: sentence.lang,
      line: fileLine(document, sentence.line),
      segment: sentence.segment,
      score: sentence.score,
      label: sentence.label,
      quoted: sentence.quoted,
      contributions: sentence.contributions.map((contribution) => ({ term: contribution.term, weight: contribution.weight, rule: contribution.rule })),
    })),
    stance: stance.map((result) => ({
      target: result.target,
      score: result.score,
      mentions: result.mentions,
      evidence: result.evidence.map((evidence) => ({
        line: fileLine(document, evidence.line),
        text: evidence.text,
        score: evidence.score,
        quoted: evidence.quoted,
      })),
    })),
  };
}

const number = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Runs `diskurs sentiment`: sentiment per document and sentence, stance per target. */
export async function runSentimentCommand(inputs: string[], options: SentimentCommandOptions, context: CliContext): Promise<void> {
  const paths = await resolveInputs(inputs);
  const streaming = Boolean(options.json || options.ndjson);
  const progress = createProgress({ stream: context.stderr, quiet: Boolean(options.quiet) || (streaming && Boolean(context.stdout.isTTY)) });
  const warnings: WarningLike[] = [];
  const onWarning = (warning: Parameters<typeof formatWarning>[0]) => {
    warnings.push(warning);
    if (!options.quiet && streaming) context.stderr.write(`diskurs: ${formatWarning(warning, { label: 'warning: ' })}\n`);
  };
  try {
    const sentimentModule = await import('@diskurs/sentiment');
    const targets: Target[] =
      options.targets === undefined
        ? sentimentModule.parseTargets(defaultTargets)
        : sentimentModule.parseTargets(await readTargetsFile(options.targets), { file: options.targets });
    const lexicons = await sentimentModule.loadLexicons();
    const readOptions = { onWarning, ...(options.meta === undefined ? {} : { meta: options.meta }) };
    const scored = (async function* () {
      for await (const { document, analysis } of analyzeDocuments(readDocuments(paths, readOptions), { progress })) {
        const sentiment = sentimentModule.scoreSentiment(analysis, lexicons);
        const stance = sentimentModule.scoreStance(analysis, targets, lexicons);
        yield toSentimentJson(document, sentiment, stance);
      }
    })();
    if (options.ndjson) {
      for await (const document of scored) await writeOutput(context.stdout, `${JSON.stringify(document)}\n`);
      return;
    }
    if (options.json) {
      await writeDocumentsJson(context.stdout, scored);
      return;
    }
    const documentRows: string[][] = [];
    const stanceRows: string[][] = [];
    for await (const document of scored) {
      const sentiment = document.sentiment as { score: number; label: string; positive: number; negative: number; neutral: number; n: number; own: { score: number }; quoted: { score: number; n: number } };
      const name = String(document.name);
      documentRows.push([
        name,
        String(document.author ?? 'unknown'),
        String(sentiment.n),
        number.format(sentiment.score),
        sentiment.label,
        `${percent(sentiment.positive)} / ${percent(sentiment.negative)} / ${percent(sentiment.neutral)}`,
        number.format(sentiment.own.score),
        sentiment.quoted.n > 0 ? number.format(sentiment.quoted.score) : '',
      ]);
      for (const stance of document.stance as { target: string; score: number; mentions: number }[]) {
        stanceRows.push([name, stance.target, number.format(stance.score), String(stance.mentions)]);
      }
    }
    progress.stop();
    const color = shouldUseColor(context.stdout, context.env);
    let text = formatTable(
      [
        { header: 'document', maxWidth: 30 },
        { header: 'author', maxWidth: 20 },
        { header: 'sentences', align: 'right' },
        { header: 'score', align: 'right' },
        { header: 'label' },
        { header: '+ / − / 0' },
        { header: 'own', align: 'right' },
        { header: 'quoted', align: 'right' },
      ],
      documentRows,
      { color },
    );
    if (stanceRows.length > 0) {
      text += `\n${formatTable(
        [{ header: 'document', maxWidth: 30 }, { header: 'target', maxWidth: 24 }, { header: 'stance', align: 'right' }, { header: 'mentions', align: 'right' }],
        stanceRows,
        { color },
      )}`;
    }
    if (warnings.length > 0) text += formatWarningList(warnings, color);
    await writeOutput(context.stdout, text);
  } finally {
    progress.stop();
  }
}

/** Adds `diskurs sentiment [inputs...] [--targets FILE] [--json | --ndjson]` to `program`. */
export function addSentimentCommand(program: Command, context: CliContext): Command {
  return program
    .command('sentiment')
    .summary('sentiment per document and sentence, stance per target')
    .description(
      'Score every sentence (German SentiWS, English AFINN-165, a domain supplement; negation,\nintensifiers, contrast, quotes) with the words that produced each score, summarise each document\n(own voice and quoted material separately) and its stance toward the targets it mentions.',
    )
    .addArgument(createInputsArgument())
    .addOption(new Option('--json', 'print { "documents": [{ "name", "sentiment", "sentences", "stance" }] } as JSON').conflicts('ndjson'))
    .addOption(new Option('--ndjson', 'print one document per line'))
    .addOption(createTargetsOption())
    .addOption(createMetaOption())
    .addOption(createQuietOption())
    .showHelpAfterError("(run 'diskurs sentiment --help' for usage)")
    .addHelpText(
      'after',
      `
Lines in the output are lines of the source file, so source.path:line points at each sentence.

Examples:
  $ diskurs sentiment                                   table for seeds/
  $ diskurs sentiment seeds/ --json > sentiment.json
  $ diskurs sentiment corpus/ --targets targets.json --ndjson`,
    )
    .action((inputs: string[], options: SentimentCommandOptions) => runSentimentCommand(inputs, options, context));
}
