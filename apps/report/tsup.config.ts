import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/cli.ts', 'src/topic-worker.ts', 'src/keywords-worker.ts', 'src/chart-worker.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
});
