import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.workspace-aliases.js';

export default defineConfig({
  resolve: {
    // Tests run against the workspace sources of sibling packages, so no build is needed first.
    alias: workspaceAliases,
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
