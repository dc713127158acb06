import { mkdir, open, readdir, rm } from 'node:fs/promises';
import { renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { registerTemporaryFile, releaseTemporaryFile } from './temporary-files';

/** One file to write. */
export interface FileToWrite {
  /** Destination path. */
  path: string;
  /** Complete contents (UTF-8 when a string). */
  data: string | Uint8Array;
}

/** Options of {@link writeFilesAtomic}. */
export interface WriteFilesAtomicOptions {
  /** Awaited after all temporary files are complete and before the renames (tests use it to interrupt a run there). Default: none. */
  beforeRename?: () => Promise<void>;
}

let counter = 0;

/** The temporary name used for `path`: a hidden file in the same directory, unique to this process. */
export function temporaryPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${counter}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files that an earlier run killed without a chance to clean up (SIGKILL, power
 * loss) left beside `path`: only files named like {@link temporaryPathFor}'s for this very file whose
 * process is no longer running.
 */
export async function removeStaleTemporaryFiles(path: string): Promise<string[]> {
  const directory = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    await rm(join(directory, name), { force: true });
    removed.push(join(directory, name));
  }
  return removed;
}

/**
 * Writes files atomically as a set: each is written in full to a temporary file in its
 * destination directory (created if missing) and flushed to disk; only when all are complete are
 * they renamed into place, synchronously and one after another in the same tick, so a signal
 * handler never sees a half-done set. A reader therefore finds either the old file or the complete
 * new one, never a partial one. Temporary files of earlier runs that were killed outright are
 * removed first (see {@link removeStaleTemporaryFiles}). On failure every temporary file is removed and the error rethrown;
 * on SIGINT, SIGTERM or SIGHUP meanwhile they are removed before the process exits (see
 * `registerTemporaryFile`).
 */
export async function writeFilesAtomic(files: readonly FileToWrite[], options: WriteFilesAtomicOptions = {}): Promise<void> {
  const temporary: { path: string; temporaryPath: string }[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      await removeStaleTemporaryFiles(file.path);
      const temporaryPath = temporaryPathFor(file.path);
      registerTemporaryFile(temporaryPath);
      temporary.push({ path: file.path, temporaryPath });
      const handle = await open(temporaryPath, 'wx', 0o644);
      try {
        await handle.writeFile(file.data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await options.beforeRename?.();
    for (const { path, temporaryPath } of temporary) {
      renameSync(temporaryPath, path);
      releaseTemporaryFile(temporaryPath);
    }
  } catch (error) {
    for (const { temporaryPath } of temporary) {
      await rm(temporaryPath, { force: true });
      releaseTemporaryFile(temporaryPath);
    }
    throw error;
  }
}
