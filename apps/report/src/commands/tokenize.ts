import type { CorpusDocument } from '@diskurs/parser';
import type { AnalyzedDocument, LemmaMode, Sentence, Token } from '@diskurs/tokenizer';
import { type Command, Option } from 'commander';
import type { CliContext } from '../cli/cli-context';
import { analyzeDocuments } from '../cli/analyze-documents';
import { createProgress } from '../cli/create-progress';
import { formatTable } from '../cli/format-table';
import { formatWarning, formatWarningList, type WarningLike } from '../cli/format-warning';
import { readDocuments } from '../cli/read-documents';
import { resolveInputs } from '../cli/resolve-inputs';
import { createInputsArgument, createMetaOption, createQuietOption, type SharedOptions } from '../cli/shared-options';
import { shouldUseColor } from '../cli/should-use-color';
import { writeDocumentsJson } from '../cli/write-documents-json';
import { writeOutput } from '../cli/write-output';

/** Options of `diskurs tokenize`. */
export interface TokenizeCommandOptions extends SharedOptions {
  json?: boolean;
  ndjson?: boolean;
  lemmas: LemmaMode;
}

/** A token as `diskurs tokenize` prints it (issue 3); `lemma`/`stem` are null when absent. */
export function toTokenJson(token: Token): Record<string, unknown> {
  return {
    text: token.text,
    start: token.start,
    end: token.end,
    kind: token.kind,
    norm: token.norm,
    lemma: token.lemma ?? null,
    stem: token.stem ?? null,
    stopword: token.stopword,
  };
}

/** A sentence as `diskurs tokenize` prints it: offsets relative to the document text, plus its line and segment. */
export function toSentenceJson(sentence: Sentence): Record<string, unknown> {
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    lang: sentence.lang,
    line: sentence.line,
    segment: sentence.segment,
    tokens: sentence.tokens.map(toTokenJson),
  };
}

interface DocumentFigures {
  name: string;
  lang: string;
  sentences: number;
  tokens: number;
  words: number;
  languages: Map<string, number>;
}

function summarize(document: CorpusDocument, analyzed: AnalyzedDocument): DocumentFigures {
  const figures: DocumentFigures = { name: document.name, lang: analyzed.lang, sentences: analyzed.sentences.length, tokens: 0, words: 0, languages: new Map() };
  for (const sentence of analyzed.sentences) {
    figures.tokens += sentence.tokens.length;
    let words = 0;
    for (const token of sentence.tokens) if (token.kind === 'word') words += 1;
    figures.words += words;
    figures.languages.set(sentence.lang, (figures.languages.get(sentence.lang) ?? 0) + words);
  }
  return figures;
}

function formatShares(languages: Map<string, number>, total: number): string {
  if (total === 0) return '';
  return [...languages.entries()]
    .map(([lang, count]): [string, number] => [lang, Math.round((100 * count) / total)])
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([lang, share]) => `${lang} ${share}%`)
    .join(' ');
}

/** Runs `diskurs tokenize`: sentences and tokens per document as JSON/NDJSON, or a table. */
export async function runTokenizeCommand(inputs: string[], options: TokenizeCommandOptions, context: CliContext): Promise<void> {
  const paths = await resolveInputs(inputs);
  const streaming = Boolean(options.json || options.ndjson);
  const progress = createProgress({ stream: context.stderr, quiet: Boolean(options.quiet) || (streaming && Boolean(context.stdout.isTTY)) });
  const warnings: WarningLike[] = [];
  const onWarning = (warning: Parameters<typeof formatWarning>[0]) => {
    warnings.push(warning);
    if (!options.quiet && streaming) context.stderr.write(`diskurs: ${formatWarning(warning, { label: 'warning: ' })}\n`);
  };
  try {
    const readOptions = { onWarning, ...(options.meta === undefined ? {} : { meta: options.meta }) };
    const analyzed = analyzeDocuments(readDocuments(paths, readOptions), { lemmas: options.lemmas, progress });
    if (options.ndjson) {
      for await (const { document, analysis: result } of analyzed) {
        await writeOutput(context.stdout, `${JSON.stringify({ name: document.name, lang: result.lang, sentences: result.sentences.map(toSentenceJson) })}\n`);
      }
      return;
    }
    if (options.json) {
      const documents = (async function* () {
        for await (const { document, analysis: result } of analyzed) yield { name: document.name, lang: result.lang, sentences: result.sentences.map(toSentenceJson) };
      })();
      await writeDocumentsJson(context.stdout, documents);
      return;
    }
    const rows: string[][] = [];
    const total: DocumentFigures = { name: 'total', lang: '', sentences: 0, tokens: 0, words: 0, languages: new Map() };
    for await (const { document, analysis: result } of analyzed) {
      const figures = summarize(document, result);
      total.sentences += figures.sentences;
      total.tokens += figures.tokens;
      total.words += figures.words;
      for (const [lang, count] of figures.languages) total.languages.set(lang, (total.languages.get(lang) ?? 0) + count);
      rows.push([figures.name, figures.lang, String(figures.sentences), String(figures.tokens), String(figures.words), formatShares(figures.languages, figures.words)]);
    }
    rows.push([total.name, '', String(total.sentences), String(total.tokens), String(total.words), formatShares(total.languages, total.words)]);
    progress.stop();
    const columns = [
      { header: 'document', maxWidth: 32 },
      { header: 'lang' },
      { header: 'sentences', align: 'right' as const },
      { header: 'tokens', align: 'right' as const },
      { header: 'words', align: 'right' as const },
      { header: 'languages (by words)' },
    ];
    let text = formatTable(columns, rows, { color: shouldUseColor(context.stdout, context.env) });
    if (warnings.length > 0) text += formatWarningList(warnings, shouldUseColor(context.stdout, context.env));
    await writeOutput(context.stdout, text);
  } finally {
    progress.stop();
  }
}

/** Adds `diskurs tokenize [inputs...] [--json | --ndjson] [--lemmas MODE]` to `program`. */
export function addTokenizeCommand(program: Command, context: CliContext): Command {
  return program
    .command('tokenize')
    .summary('sentences and tokens with language, lemmas and stopword flags')
    .description('Split each document into sentences and tokens (offsets into the document text), with the\nlanguage of each sentence and the lemma, stem and stopword flag of each token.')
    .addArgument(createInputsArgument())
    .addOption(new Option('--json', 'print { "documents": [{ "name", "sentences": [...] }] } as JSON').conflicts('ndjson'))
    .addOption(new Option('--ndjson', 'print one document per line'))
    .addOption(new Option('--lemmas <mode>', 'base forms: dictionary lemmas, stems, or none').choices(['lemma', 'stem', 'none']).default('lemma'))
    .addOption(createMetaOption())
    .addOption(createQuietOption())
    .showHelpAfterError("(run 'diskurs tokenize --help' for usage)")
    .addHelpText(
      'after',
      `
Without --json or --ndjson a table with sentences, tokens and language shares per document is printed.

Examples:
  $ diskurs tokenize                                  table for seeds/
  $ diskurs tokenize seeds/corpus.txt --json --lemmas stem
  $ echo 'Die Zölle steigen. Prices rise.' | diskurs tokenize - --ndjson`,
    )
    .action((inputs: string[], options: TokenizeCommandOptions) => runTokenizeCommand(inputs, options, context));
}
