import { Command } from 'commander';
import { version } from '../../package.json';
import { addKeywordsCommand } from '../commands/keywords';
import { addParseCommand } from '../commands/parse';
import { addReportCommand } from '../commands/report';
import { addSentimentCommand } from '../commands/sentiment';
import { addTokenizeCommand } from '../commands/tokenize';
import type { CliContext } from './cli-context';
import { shouldUseColor } from './should-use-color';
import { styleText } from './style-text';

const EXAMPLES = `
Examples:
  $ diskurs report                          comparative report of seeds/ into reports/
  $ diskurs report corpus/ --out out/ --format md,html --group-by outlet
  $ diskurs parse seeds/ --json             documents with metadata and segments
  $ diskurs tokenize seeds/corpus.txt --json
  $ diskurs keywords seeds/ --group-by author --top 10
  $ diskurs sentiment seeds/ --targets targets.json --json
  $ cat corpus.txt | diskurs parse - --ndjson

Inputs are files, directories (*.txt and *.md, recursively; a metadata.csv or metadata.json inside
is the manifest), glob patterns, or - for stdin. Without inputs diskurs reads seeds/ in the
current directory.

Exit status: 0 success, 1 bad input (unreadable or malformed files), 2 bad usage.
Errors go to stderr as "diskurs: file:line: message". Progress is shown on stderr only when it
is a terminal; NO_COLOR turns colours off.`;

/**
 * Builds the `diskurs` program: the commands parse, tokenize, keywords, sentiment and report,
 * `--help` (with examples) and `--version`, writing to the context's streams. Commander's exits
 * are turned into thrown `CommanderError`s (see `runCli`), usage errors are printed as
 * `diskurs: message` followed by a pointer to the command's help.
 */
export function createProgram(context: CliContext): Command {
  const program = new Command('diskurs');
  program
    .description('Compare how authors write: distinctive terms, topics, sentiment and stance (German and English).')
    .version(version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      getOutHelpWidth: () => (context.stdout.isTTY ? context.stdout.columns : undefined) ?? 100,
      getErrHelpWidth: () => (context.stderr.isTTY ? context.stderr.columns : undefined) ?? 100,
      getOutHasColors: () => shouldUseColor(context.stdout, context.env),
      getErrHasColors: () => shouldUseColor(context.stderr, context.env),
      outputError: (text, write) => {
        const color = shouldUseColor(context.stderr, context.env);
        const prefix = styleText(['bold', 'red'], 'diskurs:', color);
        write(text.replace(/^error: /, `${prefix} `));
      },
    })
    .configureHelp({
      showGlobalOptions: false,
      sortSubcommands: false,
      styleTitle: (text) => styleText('bold', text, true),
      styleCommandText: (text) => styleText('bold', text, true),
      styleOptionTerm: (text) => styleText('green', text, true),
      styleSubcommandTerm: (text) => styleText('green', text, true),
      styleArgumentTerm: (text) => styleText('yellow', text, true),
    })
    .addHelpText('after', EXAMPLES);
  addReportCommand(program, context);
  addParseCommand(program, context);
  addTokenizeCommand(program, context);
  addKeywordsCommand(program, context);
  addSentimentCommand(program, context);
  return program;
}
