import { removeTemporaryFiles } from './temporary-files';

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * On SIGINT, SIGTERM or SIGHUP: removes the temporary files of unfinished atomic writes (so an
 * interrupted run leaves neither a half-written report nor a stray temporary file), prints
 * `diskurs: interrupted` to stderr and exits with 128 + the signal number. Files already renamed
 * into place are complete; the input is never touched.
 */
export function installSignalHandlers(stderr: NodeJS.WritableStream): void {
  for (const [signal, exitCode] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      removeTemporaryFiles();
      stderr.write(`\ndiskurs: interrupted (${signal})\n`);
      process.exit(exitCode);
    });
  }
}
