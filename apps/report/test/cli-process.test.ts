import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { APP_DIRECTORY, buildCli, runBuiltCli } from './fixtures/cli/run-built-cli';

beforeAll(() => buildCli('process'), 60_000);

describe('the built diskurs CLI, run with node', () => {
  it('--version and --help exit 0', async () => {
    expect(await runBuiltCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await runBuiltCli(['parse', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: diskurs parse');
  });

  it('bad usage exits 2, bad input exits 1', async () => {
    const usage = await runBuiltCli(['parse', '--no-such-option']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^diskurs: unknown option '--no-such-option'/);
    const input = await runBuiltCli(['parse', 'test/fixtures/cli/malformed-marker.txt'], { cwd: APP_DIRECTORY });
    expect(input.code).toBe(1);
    expect(input.stderr).toMatch(/^diskurs: test\/fixtures\/cli\/malformed-marker\.txt:4: /);
  });

  it('reads seeds/ of the working directory when no input is given', async () => {
    const run = await runBuiltCli(['parse', '--json']);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { documents: { source: { path: string } }[] };
    expect(output.documents).toHaveLength(5);
    expect(output.documents[0]?.source.path).toBe('seeds/corpus.txt');
  });

  it('says where it looked when there is no input and no seeds/', async () => {
    const run = await runBuiltCli(['parse'], { cwd: `${APP_DIRECTORY}test` });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('diskurs: seeds/: no such file or directory (no inputs given; pass files, directories, globs or - for stdin)\n');
  });

  it('reads - from stdin', async () => {
    const input = readFileSync(`${APP_DIRECTORY}test/fixtures/cli/two-authors.txt`, 'utf8');
    const run = await runBuiltCli(['parse', '-', '--ndjson'], { input });
    expect(run.code).toBe(0);
    const names = run.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { name: string }).name);
    expect(names).toEqual(['alpha-1', 'alpha-2', 'beta-1']);
  });

  it('writes no progress and no colour when stderr is not a terminal', async () => {
    const run = await runBuiltCli(['parse', 'seeds/'], { env: { FORCE_COLOR: '0' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('\u001b[');
  });
});
