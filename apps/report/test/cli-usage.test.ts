import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { runCliInProcess } from './fixtures/cli/run-cli-in-process';

const COMMANDS = ['parse', 'tokenize', 'keywords', 'sentiment', 'report'];
const ESCAPE = '\u001b[';

describe('diskurs --help and --version', () => {
  it('prints the version from package.json and exits 0', async () => {
    for (const flag of ['--version', '-V']) {
      const run = await runCliInProcess([flag]);
      expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('lists every command with examples and the exit codes', async () => {
    const run = await runCliInProcess(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit status: 0 success, 1 bad input');
  });

  it.each(COMMANDS)('%s --help shows usage, options and examples on stdout, exit 0', async (command) => {
    const run = await runCliInProcess([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Usage: diskurs ${command} [options] [inputs...]`);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain(`$ diskurs ${command}`);
    expect(run.stdout).toContain('--quiet');
  });

  it('help <command> is the same as <command> --help', async () => {
    const viaCommand = await runCliInProcess(['help', 'report']);
    const viaOption = await runCliInProcess(['report', '--help']);
    expect(viaCommand.code).toBe(0);
    expect(viaCommand.stdout).toBe(viaOption.stdout);
  });
});

describe('bad usage exits 2 with "diskurs: message" on stderr', () => {
  it.each([
    [['frobnicate'], "diskurs: unknown command 'frobnicate'"],
    [['parse', '--jsn'], "diskurs: unknown option '--jsn'"],
    [['parse', '--json', '--ndjson'], "diskurs: option '--json' cannot be used with option '--ndjson'"],
    [['report', '--format', 'md,pdf'], 'unknown format pdf (choose from md, html, json)'],
    [['report', '--top', 'ten'], "diskurs: option '--top <n>' argument 'ten' is invalid. expected a whole number ≥ 1."],
    [['report', '--topics', '1'], 'expected a number of topics ≥ 2'],
    [['report', '--seed', '-3'], "diskurs: option '--seed <n>' argument '-3' is invalid"],
    [['report', '--lang', 'fr'], "Allowed choices are de, en."],
    [['report', '--statistic', 'tfidf'], 'Allowed choices are g2, chi2, logratio, logodds.'],
    [['tokenize', '--lemmas', 'all'], 'Allowed choices are lemma, stem, none.'],
    [['report', '--out'], "diskurs: option '-o, --out <dir>' argument missing"],
  ])('%j', async (argv, message) => {
    const run = await runCliInProcess(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.startsWith('diskurs: ')).toBe(true);
  });

  it('suggests the closest option and points to the command help', async () => {
    const run = await runCliInProcess(['parse', '--jsn']);
    expect(run.stderr).toContain('(Did you mean --json?)');
    expect(run.stderr).toContain("(run 'diskurs parse --help' for usage)");
  });

  it('without a command prints the help on stderr and exits 2', async () => {
    const run = await runCliInProcess([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: diskurs [options] [command]');
  });
});

describe('colours', () => {
  it('help is plain when not a terminal, coloured with FORCE_COLOR, plain again with NO_COLOR', async () => {
    expect((await runCliInProcess(['--help'])).stdout).not.toContain(ESCAPE);
    expect((await runCliInProcess(['--help'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESCAPE);
    expect((await runCliInProcess(['--help'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESCAPE);
  });

  it('a terminal gets colours unless NO_COLOR is set', async () => {
    expect((await runCliInProcess(['parse', '--help'], { tty: true })).stdout).toContain(ESCAPE);
    expect((await runCliInProcess(['parse', '--help'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESCAPE);
    const error = await runCliInProcess(['parse', '--jsn'], { tty: true, env: { NO_COLOR: '1' } });
    expect(error.stderr).not.toContain(ESCAPE);
    expect(error.stderr.startsWith('diskurs: ')).toBe(true);
  });
});
