import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerTemporaryFile, releaseTemporaryFile, removeTemporaryFiles } from './temporary-files';
import { temporaryPathFor, writeFilesAtomic } from './write-files-atomic';

const directories: string[] = [];
function makeDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'diskurs-atomic-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('writeFilesAtomic', () => {
  it('writes every file, creating the directory, and leaves no temporary file', async () => {
    const directory = join(makeDirectory(), 'reports');
    await writeFilesAtomic([
      { path: join(directory, 'report.md'), data: '# Report\n' },
      { path: join(directory, 'report.json'), data: new TextEncoder().encode('{}\n') },
    ]);
    expect(readdirSync(directory).sort()).toEqual(['report.json', 'report.md']);
    expect(readFileSync(join(directory, 'report.md'), 'utf8')).toBe('# Report\n');
    expect(readFileSync(join(directory, 'report.json'), 'utf8')).toBe('{}\n');
  });

  it('replaces an existing file', async () => {
    const directory = makeDirectory();
    const path = join(directory, 'report.md');
    writeFileSync(path, 'old');
    await writeFilesAtomic([{ path, data: 'new' }]);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(directory)).toEqual(['report.md']);
  });

  it('on failure keeps the old files and removes its temporary files', async () => {
    const directory = makeDirectory();
    writeFileSync(join(directory, 'report.md'), 'old');
    writeFileSync(join(directory, 'blocker'), 'a file where a directory is needed');
    await expect(
      writeFilesAtomic([
        { path: join(directory, 'report.md'), data: 'new' },
        { path: join(directory, 'blocker', 'report.json'), data: '{}' },
      ]),
    ).rejects.toThrow();
    expect(readdirSync(directory).sort()).toEqual(['blocker', 'report.md']);
    expect(readFileSync(join(directory, 'report.md'), 'utf8')).toBe('old');
  });

  it('removes temporary files that killed runs left behind, and nothing else', async () => {
    const directory = makeDirectory();
    const stale = '.report.md.2147483646-1.tmp';
    const kept = ['.report.md.notes.tmp', `.report.md.${process.pid}-999.tmp`, '.report.json.2147483646-1.tmp', 'report.md.2147483646-1.tmp'];
    for (const name of [stale, ...kept]) writeFileSync(join(directory, name), 'x');
    await writeFilesAtomic([{ path: join(directory, 'report.md'), data: 'new' }]);
    expect(readdirSync(directory).sort()).toEqual([...kept, 'report.md'].sort());
  });

  it('temporary files are hidden siblings of their destination', () => {
    const path = temporaryPathFor('/out/report.html');
    expect(path.startsWith('/out/.report.html.')).toBe(true);
    expect(path.endsWith('.tmp')).toBe(true);
  });

  it('removeTemporaryFiles deletes registered files (what the signal handler does)', () => {
    const directory = makeDirectory();
    const temporary = join(directory, '.report.md.1-1.tmp');
    writeFileSync(temporary, 'half');
    registerTemporaryFile(temporary);
    expect(removeTemporaryFiles()).toEqual([temporary]);
    expect(readdirSync(directory)).toEqual([]);
    expect(removeTemporaryFiles()).toEqual([]);
  });

  it('handles SIGINT/SIGTERM only while temporary files exist', () => {
    const before = process.listenerCount('SIGTERM');
    registerTemporaryFile('/nonexistent/a.tmp');
    registerTemporaryFile('/nonexistent/b.tmp');
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    expect(process.listenerCount('SIGINT')).toBeGreaterThan(0);
    releaseTemporaryFile('/nonexistent/a.tmp');
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    releaseTemporaryFile('/nonexistent/b.tmp');
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
