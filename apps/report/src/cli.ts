import { installSignalHandlers } from './cli/install-signal-handlers';
import { runCli } from './cli/run-cli';

// `diskurs … | head` closes stdout early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
installSignalHandlers(process.stderr);

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
