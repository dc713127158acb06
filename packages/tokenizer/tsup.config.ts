import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20.19',
  // no Rollup tree-shaking pass: it rewrites `import(…, { with: { type: 'json' } })` to the
  // deprecated `assert` form, which Node 22+ rejects (esbuild already drops unused code)
  treeshake: false,
});
