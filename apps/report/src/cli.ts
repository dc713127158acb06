import { runCli } from './cli/run-cli';

// `diskurs … | head` closes stdout early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// SIGINT/SIGTERM keep their default action (stop at once) except while report files are being
// written: then `cli/temporary-files` removes the unfinished files before exiting.
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
