// Bundle-size budgets, checked by `pnpm size` (size-limit 11 + @size-limit/preset-small-lib:
// esbuild, minified, gzipped). Run after a build: it measures dist/.
//
// Two checks per entry point of every publishable package:
//  - "<entry>": the package's own code, every dependency and Node built-in left external;
//  - "<entry> + deps": everything the entry can load, dependencies bundled in (lazily
//    imported ones included), Node built-ins external. This is what a bundler pulls in; it
//    fails when a heavy dependency (e.g. the `natural` root) sneaks into an entry.
// Limits ≈ measured + 25 % headroom; see RELEASING.md ("Bundle size") for what each entry
// pulls in and how to change a limit.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { builtinModules } = require('node:module');
const { join } = require('node:path');

/** Limits per entry: [own code, with dependencies], gzipped; measured 2026-11-21 + ~25 %. */
const limits = {
  '@diskurs/parser': ['16 kB', '16 kB'],
  '@diskurs/parser/node': ['16 kB', '33 kB'],
  '@diskurs/tokenizer': ['48 kB', '2190 kB'],
  '@diskurs/keywords': ['21 kB', '84 kB'],
  '@diskurs/sentiment': ['15 kB', '289 kB'],
  '@diskurs/sentiment/node': ['3 kB', '48 kB'],
};

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const onNode = (config) => ({ ...config, platform: 'node', format: 'esm', target: 'node20' });
const checks = [];
for (const dir of readdirSync(join(__dirname, 'packages')).sort()) {
  const manifestPath = join(__dirname, 'packages', dir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.private) continue;
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies });
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath.endsWith('package.json')) continue;
    const name = subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`;
    const limit = limits[name];
    if (!limit) throw new Error(`.size-limit.cjs: no size limit for ${name}; add one to \`limits\``);
    const path = join('packages', dir, target.import.default);
    checks.push({ name, path, gzip: true, limit: limit[0], ignore: [...deps, ...deps.map((d) => `${d}/*`), ...nodeBuiltins], modifyEsbuildConfig: onNode });
    checks.push({ name: `${name} + deps`, path, gzip: true, limit: limit[1], modifyEsbuildConfig: onNode });
  }
}

module.exports = checks;
