import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (pkg: string, entry = 'index') =>
  fileURLToPath(new URL(`../../packages/${pkg}/src/${entry}.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the workspace sources of sibling packages, so no build is needed first.
    alias: [
      { find: /^@diskurs\/parser\/node$/, replacement: source('parser', 'node') },
      { find: /^@diskurs\/parser$/, replacement: source('parser') },
      { find: /^@diskurs\/tokenizer$/, replacement: source('tokenizer') },
      { find: /^@diskurs\/keywords$/, replacement: source('keywords') },
      { find: /^@diskurs\/sentiment\/node$/, replacement: source('sentiment', 'node') },
      { find: /^@diskurs\/sentiment$/, replacement: source('sentiment') },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Test files share one worker module graph, so the tokenizer dictionaries load once per worker.
    isolate: false,
  },
});
