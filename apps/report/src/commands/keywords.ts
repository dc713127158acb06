import type { KeynessStatistic } from '@diskurs/keywords';
import { type Command, Option } from 'commander';
import { type AnalyzedCorpusDocument, analyzeDocuments } from '../cli/analyze-documents';
import type { CliContext } from '../cli/cli-context';
import { CliError, EXIT_BAD_USAGE } from '../cli/cli-error';
import { collectDocuments } from '../cli/collect-documents';
import { createProgress } from '../cli/create-progress';
import { formatTable } from '../cli/format-table';
import { formatWarning } from '../cli/format-warning';
import { parsePositiveInteger } from '../cli/option-parsers';
import { resolveInputs } from '../cli/resolve-inputs';
import {
  createGroupByOption,
  createInputsArgument,
  createMetaOption,
  createQuietOption,
  createSeedOption,
  createTopicsOption,
  createTopOption,
  type SharedOptions,
} from '../cli/shared-options';
import { shouldUseColor } from '../cli/should-use-color';
import { styleText } from '../cli/style-text';
import { writeOutput } from '../cli/write-output';
import { groupDocuments } from '../report/group-documents';

/** Options of `diskurs keywords`. */
export interface KeywordsCommandOptions extends SharedOptions {
  json?: boolean;
  groupBy: string;
  statistic: KeynessStatistic;
  top: number;
  topics?: number | [number, number];
  seed: number;
  minCount: number;
  reference?: string;
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('en-US');

/** Runs `diskurs keywords`: keyness, keyphrases, collocations, entities and topics per group. */
export async function runKeywordsCommand(inputs: string[], options: KeywordsCommandOptions, context: CliContext): Promise<void> {
  const paths = await resolveInputs(inputs);
  const progress = createProgress({ stream: context.stderr, quiet: Boolean(options.quiet) });
  try {
    const { documents, warnings } = await collectDocuments(paths, { progress, ...(options.meta === undefined ? {} : { meta: options.meta }) });
    const analyzed: AnalyzedCorpusDocument[] = [];
    for await (const item of analyzeDocuments(documents, { progress, total: documents.length })) analyzed.push(item);
    const groups = groupDocuments(documents, { groupBy: options.groupBy }).map((group) => ({
      name: group.name,
      documents: group.indices.map((index) => ({ name: documents[index]!.name, sentences: analyzed[index]!.analysis.sentences })),
    }));
    if (options.reference !== undefined && !groups.some((group) => group.name === options.reference)) {
      throw new CliError(`unknown reference group ${JSON.stringify(options.reference)} (groups: ${groups.map((group) => group.name).join(', ')})`, {
        code: 'UNKNOWN_REFERENCE',
        exitCode: EXIT_BAD_USAGE,
      });
    }
    progress.stage('keywords');
    const { extractKeywords } = await import('@diskurs/keywords');
    const result = await extractKeywords(groups, {
      statistic: options.statistic,
      top: options.top,
      minCount: options.minCount,
      seed: options.seed,
      ...(options.topics === undefined ? {} : { topics: options.topics }),
      ...(options.reference === undefined ? {} : { reference: options.reference }),
    });
    progress.stop();
    if (!options.quiet) {
      for (const warning of warnings) context.stderr.write(`diskurs: ${formatWarning(warning, { label: 'warning: ' })}\n`);
    }
    if (options.json) {
      await writeOutput(context.stdout, `${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const color = shouldUseColor(context.stdout, context.env);
    let text = '';
    for (const group of result.groups) {
      const share = (weight: number) => `${Math.round(weight * 100)}%`;
      text += `${styleText('bold', group.name, color)} · ${group.documents} document${group.documents === 1 ? '' : 's'} · ${integer.format(group.tokens)} tokens\n`;
      const statistic = group.distinctiveTerms[0]?.statistic ?? options.statistic;
      text += formatTable(
        [{ header: 'term', maxWidth: 32 }, { header: statistic, align: 'right' }, { header: 'count', align: 'right' }, { header: 'expected', align: 'right' }],
        group.distinctiveTerms.map((term) => [term.term, number.format(term.score), integer.format(term.count), number.format(term.expected)]),
        { color },
      );
      if (group.keyphrases.length > 0) text += `keyphrases: ${group.keyphrases.map((phrase) => phrase.phrase).join(' · ')}\n`;
      if (group.entities.length > 0) text += `entities:   ${group.entities.map((entity) => `${entity.text} (${entity.count})`).join(' · ')}\n`;
      if (group.topics.length > 0) {
        const topics = [...group.topics].sort((a, b) => b.weight - a.weight || a.topic - b.topic).slice(0, 3);
        text += `topics:     ${topics.map((topic) => `#${topic.topic} ${share(topic.weight)}`).join(' · ')}\n`;
      }
      text += '\n';
    }
    if (result.topics.length > 0) {
      text += formatTable(
        [{ header: 'topic', align: 'right' }, { header: 'label', maxWidth: 30 }, { header: 'coherence', align: 'right' }, { header: 'top terms', maxWidth: 72 }],
        result.topics.map((topic) => [
          `#${topic.id}`,
          topic.label,
          number.format(topic.coherence),
          topic.terms
            .slice(0, 6)
            .map((term) => term.term)
            .join(', '),
        ]),
        { color },
      );
    }
    await writeOutput(context.stdout, text);
  } finally {
    progress.stop();
  }
}

/** Adds `diskurs keywords [inputs...] [options]` to `program`. */
export function addKeywordsCommand(program: Command, context: CliContext): Command {
  return program
    .command('keywords')
    .summary('keywords, keyness and keyphrases per document or group')
    .description(
      'What sets each group (author by default) apart from the rest of the corpus: distinctive terms\nwith their keyness statistic, counts and expected counts, keyphrases, collocations, entity\ncandidates, and topics (LDA) with each group’s share.',
    )
    .addArgument(createInputsArgument())
    .addOption(new Option('--json', 'print { "groups": [...], "topics": [...] } as JSON'))
    .addOption(createGroupByOption())
    .addOption(new Option('--statistic <name>', 'keyness statistic: log-likelihood, chi², log ratio, log-odds z').choices(['g2', 'chi2', 'logratio', 'logodds']).default('g2'))
    .addOption(createTopOption(20, 'terms, keyphrases and entities per group'))
    .addOption(createTopicsOption())
    .addOption(createSeedOption())
    .addOption(new Option('--min-count <n>', 'minimum count of a distinctive term').argParser(parsePositiveInteger).default(3))
    .addOption(new Option('--reference <group>', 'compare each group against this group (default: the rest of the corpus)'))
    .addOption(createMetaOption())
    .addOption(createQuietOption())
    .showHelpAfterError("(run 'diskurs keywords --help' for usage)")
    .addHelpText(
      'after',
      `
Use --group-by name (or document) for keywords per document.

Examples:
  $ diskurs keywords                                     per author in seeds/
  $ diskurs keywords seeds/ --group-by name --top 10
  $ diskurs keywords corpus/ --statistic logodds --min-count 5 --json
  $ diskurs keywords corpus/ --topics 4..10 --seed 7 --json > keywords.json`,
    )
    .action((inputs: string[], options: KeywordsCommandOptions) => runKeywordsCommand(inputs, options, context));
}
