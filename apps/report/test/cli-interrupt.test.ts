import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DIRECTORY, buildCli, type ProcessRun, runBuiltCli } from './fixtures/cli/run-built-cli';

const FIXTURE = `${APP_DIRECTORY}test/fixtures/cli/two-authors.txt`;
const ARGS = ['report', FIXTURE, '--format', 'md,json', '--topics', '2', '--quiet'];
const scratch = mkdtempSync(join(tmpdir(), 'diskurs-cli-interrupt-'));
let directories = 0;
const makeOut = () => mkdtempSync(join(scratch, `out-${++directories}-`));
const temporaryFiles = (directory: string) => readdirSync(directory).filter((name) => name.endsWith('.tmp'));

/** The files of an uninterrupted run: every file left by an interrupted run must equal one of these. */
const complete = new Map<string, string>();

beforeAll(async () => {
  buildCli('interrupt');
  const out = makeOut();
  const run = await runBuiltCli([...ARGS, '--out', out]);
  expect(run.code).toBe(0);
  for (const name of readdirSync(out)) complete.set(name, readFileSync(join(out, name), 'utf8'));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function waitFor(condition: () => boolean, timeout = 60_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs the report and sends `signal` as soon as `when` says so. */
async function interrupt(out: string, signal: NodeJS.Signals, when: () => Promise<void>, env: Record<string, string> = {}): Promise<ProcessRun> {
  let child: ChildProcess | undefined;
  const running = runBuiltCli([...ARGS, '--out', out], { env, onSpawn: (spawned) => (child = spawned) });
  await when();
  child?.kill(signal);
  return running;
}

describe('diskurs report: atomic output and interrupted runs', () => {
  it('an uninterrupted run writes complete files and nothing else', () => {
    expect([...complete.keys()].sort()).toEqual(['report.json', 'report.md']);
    expect(JSON.parse(complete.get('report.json')!)).toMatchObject({ schemaVersion: 1 });
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s while the files are written: the old report stays, no temporary file is left', async (signal, exitCode) => {
    const out = makeOut();
    writeFileSync(join(out, 'report.md'), 'the previous report\n');
    // The test hook holds the run after the temporary files are complete and before the renames.
    const run = await interrupt(out, signal, () => waitFor(() => temporaryFiles(out).length === 2), { DISKURS_TEST_PAUSE_BEFORE_RENAME_MS: '30000' });
    expect(run.code).toBe(exitCode);
    expect(run.stderr).toContain(`diskurs: interrupted (${signal})`);
    expect(readdirSync(out)).toEqual(['report.md']);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('the previous report\n');
  });

  it.each([800, 2500])('killed after %i ms: every file present is complete, no temporary file', async (delay) => {
    const out = makeOut();
    const run = await interrupt(out, 'SIGTERM', () => new Promise((resolve) => setTimeout(resolve, delay)));
    // Done (0), interrupted (143), or killed before the signal handler was installed.
    expect(run.code === 0 || run.code === 143 || run.signal === 'SIGTERM').toBe(true);
    expect(temporaryFiles(out)).toEqual([]);
    for (const name of readdirSync(out)) expect(readFileSync(join(out, name), 'utf8')).toBe(complete.get(name));
  });
});
