import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20.19',
  // No Rollup tree-shaking pass: Rollup rewrites the `with { type: 'json' }` import attribute of the
  // lazy SentiWS import into the deprecated `assert` form (a V8 warning on Node 20, an error on 22+).
  // esbuild already drops unused code.
  treeshake: false,
});
