import { rmSync } from 'node:fs';

/** Temporary files this process has created and not yet renamed or removed. */
const pending = new Set<string>();

/** Records a temporary file so that {@link removeTemporaryFiles} deletes it on interruption. */
export function registerTemporaryFile(path: string): void {
  pending.add(path);
}

/** Forgets a temporary file that was renamed into place or removed. */
export function releaseTemporaryFile(path: string): void {
  pending.delete(path);
}

/**
 * Deletes every registered temporary file, synchronously, so it can run in a signal handler
 * right before the process exits. Returns the paths it removed.
 */
export function removeTemporaryFiles(): string[] {
  const removed: string[] = [];
  for (const path of pending) {
    try {
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // Nothing more can be done while exiting.
    }
    pending.delete(path);
  }
  return removed;
}
