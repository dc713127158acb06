import type { CorpusDocument, ParseWarning } from '@diskurs/parser';
import { type Command, Option } from 'commander';
import type { CliContext } from '../cli/cli-context';
import { collectDocuments } from '../cli/collect-documents';
import { createProgress } from '../cli/create-progress';
import { formatCorpusSummary } from '../cli/format-corpus-summary';
import { formatWarning } from '../cli/format-warning';
import { readDocuments } from '../cli/read-documents';
import { resolveInputs } from '../cli/resolve-inputs';
import { createInputsArgument, createMetaOption, createQuietOption, type SharedOptions } from '../cli/shared-options';
import { shouldUseColor } from '../cli/should-use-color';
import { writeDocumentsJson } from '../cli/write-documents-json';
import { writeOutput } from '../cli/write-output';

/** Options of `diskurs parse`. */
export interface ParseCommandOptions extends SharedOptions {
  json?: boolean;
  ndjson?: boolean;
}

/** A document as `diskurs parse` prints it: the fields of issue 2, in a fixed order. */
export function toDocumentJson(document: CorpusDocument): Record<string, unknown> {
  return {
    name: document.name,
    author: document.author,
    date: document.date,
    title: document.title,
    lang: document.lang,
    attributes: document.attributes,
    source: { path: document.source.path, line: document.source.line },
    text: document.text,
    segments: document.segments.map((segment) => ({ kind: segment.kind, start: segment.start, end: segment.end })),
    provenance: document.provenance,
  };
}

/** A warning as printed in JSON: `{ code, file, line, message }`. */
export function toWarningJson(warning: ParseWarning): Record<string, unknown> {
  return { code: warning.code, file: warning.file, line: warning.line, message: warning.message };
}

/** Runs `diskurs parse`: streams JSON or NDJSON, or prints the corpus summary. */
export async function runParseCommand(inputs: string[], options: ParseCommandOptions, context: CliContext): Promise<void> {
  const paths = await resolveInputs(inputs);
  const streaming = Boolean(options.json || options.ndjson);
  // Progress and streamed results must not interleave on one terminal.
  const progress = createProgress({ stream: context.stderr, quiet: Boolean(options.quiet) || (streaming && Boolean(context.stdout.isTTY)) });
  try {
    if (options.ndjson) {
      const onWarning = (warning: ParseWarning) => {
        if (!options.quiet) context.stderr.write(`diskurs: ${formatWarning(warning, { label: 'warning: ' })}\n`);
      };
      const readOptions = { onWarning, progress, ...(options.meta === undefined ? {} : { meta: options.meta }) };
      for await (const document of readDocuments(paths, readOptions)) {
        await writeOutput(context.stdout, `${JSON.stringify(toDocumentJson(document))}\n`);
      }
      return;
    }
    if (options.json) {
      const warnings: ParseWarning[] = [];
      const readOptions = { onWarning: (warning: ParseWarning) => warnings.push(warning), progress, ...(options.meta === undefined ? {} : { meta: options.meta }) };
      const documents = (async function* () {
        for await (const document of readDocuments(paths, readOptions)) yield toDocumentJson(document);
      })();
      await writeDocumentsJson(context.stdout, documents, () => ({ warnings: warnings.map(toWarningJson) }));
      return;
    }
    const { documents, warnings } = await collectDocuments(paths, { progress, ...(options.meta === undefined ? {} : { meta: options.meta }) });
    progress.stop();
    await writeOutput(context.stdout, formatCorpusSummary(documents, warnings, { color: shouldUseColor(context.stdout, context.env) }));
  } finally {
    progress.stop();
  }
}

/** Adds `diskurs parse [inputs...] [--json | --ndjson] [--meta FILE]` to `program`. */
export function addParseCommand(program: Command, context: CliContext): Command {
  return program
    .command('parse')
    .summary('documents with metadata and segments (JSON or NDJSON)')
    .description(
      'Read a corpus in the <<<FILE>>> format and print its documents with metadata (author, date,\ntitle, lang, where each value came from) and labelled segments, and the parser warnings.',
    )
    .addArgument(createInputsArgument())
    .addOption(new Option('--json', 'print { "documents": [...], "warnings": [...] } as JSON').conflicts('ndjson'))
    .addOption(new Option('--ndjson', 'print one document per line (warnings go to stderr)'))
    .addOption(createMetaOption())
    .addOption(createQuietOption())
    .showHelpAfterError("(run 'diskurs parse --help' for usage)")
    .addHelpText(
      'after',
      `
Without --json or --ndjson a table of the documents and the warnings is printed.

Examples:
  $ diskurs parse                                  summary of seeds/
  $ diskurs parse seeds/ --json > corpus.json
  $ diskurs parse 'texts/**/*.txt' --meta authors.csv --ndjson
  $ cat corpus.txt | diskurs parse - --json`,
    )
    .action((inputs: string[], options: ParseCommandOptions) => runParseCommand(inputs, options, context));
}
