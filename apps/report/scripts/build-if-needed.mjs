// Builds the CLI and the packages it imports through turbo (cached: a no-op when nothing changed),
// so `pnpm diskurs ...` always runs the current source.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=diskurs...', '--output-logs=errors-only', '--log-prefix=none'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
