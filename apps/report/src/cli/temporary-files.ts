import { rmSync } from 'node:fs';

/** Temporary files this process has created and not yet renamed or removed. */
const pending = new Set<string>();

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type HandledSignal = keyof typeof SIGNAL_EXIT_CODES;

const handlers = new Map<HandledSignal, () => void>();

function onSignal(signal: HandledSignal): void {
  removeTemporaryFiles();
  process.stderr.write(`\ndiskurs: interrupted (${signal})\n`);
  process.exit(SIGNAL_EXIT_CODES[signal]);
}

/**
 * Records a temporary file so that an interruption deletes it. While at least one temporary file
 * exists, SIGINT, SIGTERM and SIGHUP are handled: the temporary files are removed, `diskurs:
 * interrupted` is printed and the process exits with 128 + the signal number. At all other times
 * the signals keep their default action, so Ctrl-C stops long analyses at once (nothing has been
 * written then, and the files already renamed into place are complete).
 */
export function registerTemporaryFile(path: string): void {
  pending.add(path);
  if (handlers.size > 0) return;
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as HandledSignal[]) {
    const handler = () => onSignal(signal);
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

/** Forgets a temporary file that was renamed into place or removed; restores default signal handling when none is left. */
export function releaseTemporaryFile(path: string): void {
  pending.delete(path);
  if (pending.size > 0) return;
  for (const [signal, handler] of handlers) process.off(signal, handler);
  handlers.clear();
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
    releaseTemporaryFile(path);
  }
  return removed;
}
