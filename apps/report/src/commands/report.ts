import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Target } from '@diskurs/sentiment';
import { type Command, Option } from 'commander';
import type { CliContext } from '../cli/cli-context';
import { CliError, EXIT_BAD_USAGE } from '../cli/cli-error';
import { collectDocuments } from '../cli/collect-documents';
import { createProgress } from '../cli/create-progress';
import { parseFormats, type ReportFormat } from '../cli/option-parsers';
import { readTargetsFile } from '../cli/read-targets-file';
import { resolveInputs } from '../cli/resolve-inputs';
import {
  createGroupByOption,
  createInputsArgument,
  createMetaOption,
  createQuietOption,
  createSeedOption,
  createTargetsOption,
  createTopicsOption,
  createTopOption,
  type SharedOptions,
} from '../cli/shared-options';
import { shouldUseColor } from '../cli/should-use-color';
import { styleText } from '../cli/style-text';
import { writeFilesAtomic } from '../cli/write-files-atomic';
import { writeOutput } from '../cli/write-output';
import { startChartWorker } from '../render/start-chart-worker';
import type { Report } from '../report/types';

/** Options of `diskurs report`. */
export interface ReportCommandOptions extends SharedOptions {
  out: string;
  format: ReportFormat[];
  groupBy: string;
  targets?: string;
  topics?: number | [number, number];
  seed: number;
  lang?: 'de' | 'en';
  top: number;
  statistic: 'g2' | 'chi2' | 'logratio' | 'logodds';
}

const STAGES: Record<string, { label: string; unit?: string }> = {
  analyze: { label: 'tokenizing' },
  keywords: { label: 'keywords', unit: 'steps' },
  sentiment: { label: 'sentiment' },
  style: { label: 'style', unit: 'groups' },
  similarity: { label: 'similarity', unit: 'steps' },
};

/**
 * The input is never modified: refuses (exit 2) an output that is an input file or lies inside an
 * input directory (a report.md there would become part of the corpus on the next run).
 */
async function checkOutputsOutsideInputs(inputs: readonly string[], outputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (input === '-') continue;
    const inputPath = resolve(input);
    const isDirectory = await stat(inputPath).then(
      (info) => info.isDirectory(),
      () => false,
    );
    for (const output of outputs) {
      const outputPath = resolve(output);
      if (outputPath === inputPath || (isDirectory && outputPath.startsWith(inputPath + sep))) {
        throw new CliError(`${output} would ${isDirectory ? 'be written into the input directory' : 'overwrite the input'} ${input}; choose another --out`, {
          code: 'OUTPUT_IN_INPUT',
          exitCode: EXIT_BAD_USAGE,
        });
      }
    }
  }
}

/**
 * Runs `diskurs report`: reads the corpus, builds the report (`buildReport`), renders the requested
 * formats and writes them atomically into `--out` (all files complete on disk before any is renamed
 * into place). Prints the written paths on stdout.
 */
export async function runReportCommand(inputs: string[], options: ReportCommandOptions, context: CliContext): Promise<void> {
  const paths = await resolveInputs(inputs);
  const outputs = options.format.map((format) => ({ format, path: join(options.out, `report.${format}`) }));
  await checkOutputsOutsideInputs(
    paths,
    outputs.map((output) => output.path),
  );
  let targets: Target[] | undefined;
  if (options.targets !== undefined) {
    const { parseTargets } = await import('@diskurs/sentiment');
    targets = parseTargets(await readTargetsFile(options.targets), { file: options.targets });
  }
  const progress = createProgress({ stream: context.stderr, quiet: Boolean(options.quiet) });
  // The HTML's charts are drawn on a worker thread that loads the chart libraries meanwhile.
  const chartWorker = options.format.includes('html') ? startChartWorker() : undefined;
  try {
    const { documents, warnings } = await collectDocuments(paths, { progress, ...(options.meta === undefined ? {} : { meta: options.meta }) });
    if (documents.length === 0) {
      throw new CliError(`no documents found in ${paths.join(', ')}`, { code: 'NO_DOCUMENTS' });
    }
    progress.stage('loading');
    const [{ buildReport }, { renderMarkdown }, { renderHtml, listChartSpecs }, { serializeReport }] = await Promise.all([
      import('../report/build-report'),
      import('../render/render-markdown'),
      import('../render/render-html'),
      import('../report/serialize-report'),
    ]);
    let currentStage = '';
    const report = await buildReport(documents, warnings, {
      groupBy: options.groupBy,
      seed: options.seed,
      top: options.top,
      statistic: options.statistic,
      ...(targets === undefined ? {} : { targets }),
      ...(options.topics === undefined ? {} : { topics: options.topics }),
      ...(options.lang === undefined ? {} : { lang: options.lang }),
      // The charts that need neither keywords nor topics are drawn while those are still coming
      // (a speed-up only: should it fail, they are drawn with the others).
      ...(chartWorker === undefined
        ? {}
        : {
            onDraft: (draft: Report) => {
              try {
                chartWorker.prerender(listChartSpecs(draft));
              } catch {
                // drawn later, with the rest
              }
            },
          }),
      onProgress: (stage, done, total) => {
        if (stage !== currentStage) {
          currentStage = stage;
          const known = STAGES[stage];
          progress.stage(known?.label ?? stage, total > 1 || known?.unit === undefined ? total : undefined, known?.unit);
        }
        progress.update(done);
      },
    });
    progress.stage('rendering', outputs.length, 'files');
    // The HTML first: its charts render on the worker while this thread writes the other formats.
    const html = chartWorker === undefined ? undefined : renderHtml(report, { renderCharts: chartWorker.renderCharts });
    html?.catch(() => {});
    const files = outputs.map((output) => ({ path: output.path, data: '' }));
    for (const [index, output] of outputs.entries()) {
      if (output.format === 'html') continue;
      files[index]!.data = output.format === 'md' ? renderMarkdown(report) : serializeReport(report);
      progress.advance(1);
    }
    for (const [index, output] of outputs.entries()) {
      if (output.format !== 'html') continue;
      files[index]!.data = await html!;
      progress.advance(1);
    }
    progress.stage('writing', files.length, 'files');
    // Test hook: hold the run between the complete temporary files and the renames, so that tests
    // can interrupt it exactly there (test/cli-interrupt.test.ts).
    const pause = Number(context.env.DISKURS_TEST_PAUSE_BEFORE_RENAME_MS ?? 0);
    await writeFilesAtomic(files, pause > 0 ? { beforeRename: () => new Promise((done) => setTimeout(done, pause)) } : {});
    progress.stop();
    const color = shouldUseColor(context.stdout, context.env);
    const summary = `${report.corpus.documents} documents, ${report.groups.length} group${report.groups.length === 1 ? '' : 's'} by ${options.groupBy}, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`;
    await writeOutput(context.stdout, `${outputs.map((output) => `wrote ${styleText('bold', output.path, color)}\n`).join('')}${summary}\n`);
  } finally {
    progress.stop();
    await chartWorker?.close();
  }
}

/** Adds `diskurs report [inputs...] [options]` to `program`. */
export function addReportCommand(program: Command, context: CliContext): Command {
  return program
    .command('report')
    .summary('the comparative report across authors (Markdown, HTML, JSON)')
    .description(
      'Analyse the corpus and write the comparative report: corpus overview, distinctive terms,\nkeyphrases, entities, topics, sentiment, stance toward targets, style and similarity per group.\nFiles are written atomically: an interrupted run leaves no half-written report.',
    )
    .addArgument(createInputsArgument())
    .addOption(new Option('-o, --out <dir>', 'directory for report.md, report.html, report.json').default('reports/'))
    .addOption(new Option('-f, --format <list>', 'comma-separated formats: md, html, json').argParser(parseFormats).default(['md', 'html', 'json'], 'md,html,json'))
    .addOption(createGroupByOption())
    .addOption(createTargetsOption())
    .addOption(createMetaOption())
    .addOption(createTopicsOption())
    .addOption(createSeedOption())
    .addOption(new Option('--lang <code>', 'language assumed for documents that do not state one (default: detected per sentence)').choices(['de', 'en']))
    .addOption(createTopOption(20, 'distinctive terms, keyphrases and entities per group'))
    .addOption(new Option('--statistic <name>', 'keyness statistic').choices(['g2', 'chi2', 'logratio', 'logodds']).default('g2'))
    .addOption(createQuietOption())
    .showHelpAfterError("(run 'diskurs report --help' for usage)")
    .addHelpText(
      'after',
      `
Examples:
  $ diskurs report                                   seeds/ → reports/report.{md,html,json}
  $ diskurs report corpus/ --out out/ --format html
  $ diskurs report corpus/ --group-by outlet --targets targets.json --topics 6 --seed 7
  $ diskurs report texts/ --meta authors.csv --lang en --top 30 --quiet`,
    )
    .action((inputs: string[], options: ReportCommandOptions) => runReportCommand(inputs, options, context));
}
