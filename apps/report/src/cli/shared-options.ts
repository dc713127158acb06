import { Argument, Option } from 'commander';
import { parsePositiveInteger, parseSeed, parseTopics } from './option-parsers';

/** The options every command accepts, as commander stores them. */
export interface SharedOptions {
  /** `--meta FILE`. */
  meta?: string;
  /** `--quiet`. */
  quiet?: boolean;
}

/** `[inputs...]`: files, directories, globs or `-`; default `seeds/`. */
export function createInputsArgument(): Argument {
  return new Argument('[inputs...]', 'corpus files, directories, globs, or - for stdin (default: seeds/)');
}

/** `--meta FILE`: a manifest overriding metadata. */
export function createMetaOption(): Option {
  return new Option('--meta <file>', 'manifest (CSV or JSON: name,author,date,title,…) that overrides metadata');
}

/** `-q, --quiet`: no progress, no warnings on stderr. */
export function createQuietOption(): Option {
  return new Option('-q, --quiet', 'print no progress and no warnings on stderr');
}

/** `--group-by KEY`: author (default), date, year, lang, title, name (alias `document`) or any attribute. */
export function createGroupByOption(): Option {
  return new Option('--group-by <key>', 'group documents by author, date, year, lang, name (one group per document), or any attribute')
    .argParser((value: string) => (value === 'document' ? 'name' : value))
    .default('author');
}

/** `--top N` with the given default. */
export function createTopOption(defaultValue: number, what: string): Option {
  return new Option('--top <n>', `how many ${what} to keep`).argParser(parsePositiveInteger).default(defaultValue);
}

/** `--topics K|MIN..MAX`; default chosen by coherence from 3..8. */
export function createTopicsOption(): Option {
  return new Option('--topics <k>', 'number of topics, or a range MIN..MAX chosen by coherence (default: 3..8)').argParser(parseTopics);
}

/** `--seed N` (default 1). */
export function createSeedOption(): Option {
  return new Option('--seed <n>', 'seed of the topic model and bootstrap intervals').argParser(parseSeed).default(1);
}

/** `--targets FILE`: stance targets (JSON, DESIGN.md §5). */
export function createTargetsOption(): Option {
  return new Option('--targets <file>', 'stance targets as JSON: { "targets": [{ "name", "aliases" }] } (default: built-in set)');
}
