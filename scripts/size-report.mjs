#!/usr/bin/env node
// `node scripts/size-report.mjs`: what each entry point pulls in (information, not a check —
// the budgets are in .size-limit.cjs, checked by `pnpm size`). Bundles every entry of every
// publishable package with esbuild (platform node, minified, code splitting on) and reports
//  - eager: the entry chunk and what it imports statically (loaded by `import '<pkg>'`);
//  - lazy: chunks reached only through dynamic `import()` (loaded on first use of the feature
//    that needs them; esbuild keeps every dynamic-import target of the bundled code, so this
//    is an upper bound — size-limit's tree-shaken "+ deps" figure can be lower);
//  - minified bytes per dependency package across both.
// Needs built packages (dist/).
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listEntries, listPublicPackages, root } from './lib.mjs';

const esbuild = createRequire(realpathSync(join(root, 'node_modules', 'tsup', 'package.json')))('esbuild');
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const packageOf = (input, own) => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
  if (match) return match[1];
  const workspace = /(?:^|\/)packages\/([^/]+)\/dist\//.exec(input);
  const name = workspace ? `@diskurs/${workspace[1]}` : own;
  return name === own ? '(own code)' : name;
};
const out = mkdtempSync(join(tmpdir(), 'diskurs-size-'));

try {
  for (const pkg of listPublicPackages()) {
    for (const { subpath, file } of listEntries(pkg)) {
      const name = subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`;
      const result = await esbuild.build({
        entryPoints: [file],
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        minify: true,
        metafile: true,
        write: false,
        outdir: out,
        logLevel: 'silent',
        external: builtinModules.flatMap((m) => [m, `node:${m}`]),
      });
      const outputs = result.metafile.outputs;
      const contents = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
      const key = (path) => Object.keys(outputs).find((k) => resolve(k) === path);
      const entryKey = Object.keys(outputs).find((k) => outputs[k].entryPoint && resolve(outputs[k].entryPoint) === file);
      const eager = new Set();
      const queue = [entryKey];
      while (queue.length > 0) {
        const current = queue.pop();
        if (eager.has(current)) continue;
        eager.add(current);
        for (const imported of outputs[current].imports) {
          if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path);
        }
      }
      let eagerGzip = 0;
      let totalGzip = 0;
      const perPackage = new Map();
      for (const [path, bytes] of contents) {
        const outputKey = key(path);
        const gz = gzipSync(bytes).length;
        totalGzip += gz;
        if (eager.has(outputKey)) eagerGzip += gz;
        for (const [input, { bytesInOutput }] of Object.entries(outputs[outputKey].inputs)) {
          const dep = packageOf(input, pkg.name);
          const entry = perPackage.get(dep) ?? { eager: 0, lazy: 0 };
          entry[eager.has(outputKey) ? 'eager' : 'lazy'] += bytesInOutput;
          perPackage.set(dep, entry);
        }
      }
      console.log(`${name}: eager ${kB(eagerGzip)} gzipped, with lazy chunks ${kB(totalGzip)} gzipped`);
      for (const [dep, { eager: e, lazy: l }] of [...perPackage].sort((a, b) => b[1].eager + b[1].lazy - (a[1].eager + a[1].lazy))) {
        if (e + l < 512) continue;
        console.log(`    ${dep.padEnd(28)} ${kB(e).padStart(10)} eager ${kB(l).padStart(10)} lazy (minified)`);
      }
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
