#!/usr/bin/env node
// `pnpm check:packages`: checks every publishable package (packages/*, not private) as it
// would be published. Run after a build (`pnpm build` / `pnpm test`); it does not build.
//
// Per package:
//  1. manifest: type module, files, sideEffects, engines, license, keywords, repository with
//     the right directory, publishConfig.access, dual exports with types; a `./node` export
//     exactly when src/node.ts exists; every exported file present in dist/.
//  2. the main entry (dist/index.js, dist/index.cjs) imports no Node built-in, no built file
//     imports the `natural` package root (only its submodules), and none uses an import
//     assertion (`assert: { type: 'json' }`, rejected by Node >= 22; `with` is the syntax).
//  3. README.md with the sections of DESIGN.md §8 in order (Install, Use, API, Errors, Data
//     sources and licences, Limits, Benchmarks); exports the README never names are listed as
//     notes (not failures).
//  4. `publint --strict` (warnings count as errors).
//  5. @arethetypeswrong/cli on the packed tarball:
//     - the root entry "." under the strict profile: node10, node16 from CJS, node16 from ESM,
//       bundler (the top-level `main`/`types` keep old `moduleResolution: node10` users working);
//     - every entry (".", "./node", ...) under the node16 profile: node16 CJS + ESM and bundler.
//       node10 is ignored for subpaths only: node10 resolution does not read `exports`, so no
//       `./node` subpath can resolve there without typesVersions hacks, and the packages need
//       Node >= 20.19 (engines), whose resolution is node16/bundler anyway.
// Exit code 1 when any package has any problem.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listEntries, listPublicPackages, mapLimit, root, runCollect, seconds } from './lib.mjs';

const started = Date.now();
const bin = (name) => join(root, 'node_modules', '.bin', name);
const packages = listPublicPackages();
const tmp = mkdtempSync(join(tmpdir(), 'diskurs-check-'));
let failures = 0;

const builtins = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s*)["']([^"']+)["']/g;

/** Module specifiers a built file imports (static, dynamic, require). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((m) => m[1]);
}

function checkManifest(pkg) {
  const problems = [];
  const m = pkg.manifest;
  if (m.type !== 'module') problems.push('"type" must be "module"');
  if (!Array.isArray(m.files) || !m.files.includes('dist')) problems.push('"files" must include "dist"');
  if (typeof m.sideEffects !== 'boolean' && !Array.isArray(m.sideEffects)) problems.push('"sideEffects" missing');
  if (!m.engines?.node) problems.push('"engines.node" missing');
  if (!m.license) problems.push('"license" missing');
  if (!m.description) problems.push('"description" missing');
  if (!Array.isArray(m.keywords) || m.keywords.length === 0) problems.push('"keywords" missing or empty');
  if (!m.repository?.url) problems.push('"repository.url" missing');
  if (m.repository?.directory !== pkg.rel) problems.push(`"repository.directory" must be "${pkg.rel}"`);
  if (m.name.startsWith('@') && m.publishConfig?.access !== 'public') problems.push('"publishConfig.access" must be "public"');
  const exportsMap = m.exports ?? {};
  if (!exportsMap['.']) problems.push('"exports" has no "." entry');
  const hasNodeSource = existsSync(join(pkg.dir, 'src', 'node.ts'));
  if (hasNodeSource && !exportsMap['./node']) problems.push('src/node.ts exists but "exports" has no "./node" entry');
  if (!hasNodeSource && exportsMap['./node']) problems.push('"./node" exported but src/node.ts does not exist');
  for (const [subpath, target] of Object.entries(exportsMap)) {
    if (subpath.endsWith('package.json')) continue;
    for (const condition of ['import', 'require']) {
      const entry = target?.[condition];
      if (!entry?.types || !entry?.default) {
        problems.push(`exports["${subpath}"].${condition} needs "types" and "default"`);
        continue;
      }
      for (const file of [entry.types, entry.default]) {
        if (!existsSync(join(pkg.dir, file))) problems.push(`${file} (exports["${subpath}"]) not built — run the build first`);
      }
    }
  }
  return problems;
}

function checkImports(pkg) {
  const problems = [];
  const dist = join(pkg.dir, 'dist');
  if (!existsSync(dist)) return ['dist/ missing — run the build first'];
  // Files reachable from the main entry: the entry and the chunks it imports.
  const mainFiles = new Set();
  const queue = ['index.js', 'index.cjs'].filter((f) => existsSync(join(dist, f)));
  while (queue.length > 0) {
    const file = queue.pop();
    if (mainFiles.has(file)) continue;
    mainFiles.add(file);
    for (const spec of importsOf(join(dist, file))) {
      if (spec.startsWith('./')) queue.push(spec.slice(2));
    }
  }
  for (const file of readdirSync(dist).filter((f) => /\.(c|m)?js$/.test(f))) {
    // Import assertions (`assert: { type: 'json' }`) are gone from Node 22 on: a JSON import
    // written that way fails there. tsup's `treeshake: true` (Rollup) turns `with` into `assert`.
    if (/\bassert\s*:\s*\{\s*type\s*:/.test(readFileSync(join(dist, file), 'utf8'))) {
      problems.push(`dist/${file} uses an import assertion (\`assert: { type }\`), which Node >= 22 rejects; emit \`with\` (drop tsup's treeshake option)`);
    }
    for (const spec of importsOf(join(dist, file))) {
      if (spec === 'natural') problems.push(`dist/${file} imports the "natural" package root (use its submodules)`);
      const bare = spec.replace(/^node:/, '').split('/')[0];
      if (mainFiles.has(file) && (spec.startsWith('node:') || builtins.has(bare))) {
        problems.push(`dist/${file} (main entry) imports the Node built-in "${spec}" (move it to ./node)`);
      }
    }
  }
  return problems;
}

const README_SECTIONS = ['Install', 'Use', 'API', 'Errors', 'Data sources and licences', 'Limits', 'Benchmarks'];

/** README outline (DESIGN.md §8, in this order) → problems; exports it never names → notes. */
async function checkReadme(pkg) {
  const file = join(pkg.dir, 'README.md');
  if (!existsSync(file)) return { problems: ['README.md missing'], notes: [] };
  const text = readFileSync(file, 'utf8');
  const headings = text.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3).trim());
  const problems = [];
  let position = -1;
  for (const section of README_SECTIONS) {
    const found = headings.indexOf(section);
    if (found === -1) problems.push(`README.md has no "## ${section}" section`);
    else if (found < position) problems.push(`README.md: "## ${section}" is out of order (${README_SECTIONS.join(', ')})`);
    else position = found;
  }
  const unnamed = [];
  for (const { file: entry } of listEntries(pkg)) {
    if (!existsSync(entry)) continue;
    let module;
    try {
      module = await import(pathToFileURL(entry).href);
    } catch (error) {
      problems.push(`cannot import ${entry}: ${error instanceof Error ? error.message : error}`);
      continue;
    }
    for (const name of Object.keys(module)) {
      if (!new RegExp(`\\b${name}\\b`).test(text)) unnamed.push(name);
    }
  }
  const notes = unnamed.length > 0 ? [`README.md never names these exports: ${[...new Set(unnamed)].join(', ')}`] : [];
  return { problems, notes };
}

/** All checks of one package → { problems, notes, output }. */
async function checkPackage(pkg) {
  const t0 = Date.now();
  const readme = await checkReadme(pkg);
  const problems = [...checkManifest(pkg), ...checkImports(pkg), ...readme.problems];
  const output = [];

  const publint = await runCollect(bin('publint'), ['--strict'], { cwd: pkg.dir });
  if (publint.status !== 0) {
    problems.push('publint --strict failed');
    output.push(publint.stdout + publint.stderr);
  }

  const packDir = join(tmp, pkg.rel.replace('/', '-'));
  const packed = await runCollect('pnpm', ['pack', '--pack-destination', packDir], { cwd: pkg.dir });
  const tarball = packed.stdout.trim().split('\n').pop();
  if (packed.status !== 0 || !tarball?.endsWith('.tgz')) {
    problems.push('pnpm pack failed');
    output.push(packed.stdout + packed.stderr);
  } else {
    const flags = ['--format', 'ascii', '--no-emoji', '--no-color'];
    const [attwRoot, attwAll] = await Promise.all([
      runCollect(bin('attw'), [tarball, '--profile', 'strict', '--entrypoints', '.', ...flags]),
      runCollect(bin('attw'), [tarball, '--profile', 'node16', ...flags]),
    ]);
    if (attwRoot.status !== 0) {
      problems.push('attw (strict profile, entry ".") found problems');
      output.push(attwRoot.stdout + attwRoot.stderr);
    }
    if (attwAll.status !== 0) {
      problems.push('attw (node16 profile, all entries) found problems');
      output.push(attwAll.stdout + attwAll.stderr);
    }
  }
  return { problems, notes: readme.notes, output, took: seconds(Date.now() - t0) };
}

// Two packages at a time (CI has two cores); results printed in package order.
const results = await mapLimit(packages, 2, checkPackage);
results.forEach(({ problems, notes, output, took }, index) => {
  const pkg = packages[index];
  if (problems.length === 0) {
    console.log(`ok   ${pkg.name} (${took})`);
  } else {
    failures++;
    console.log(`FAIL ${pkg.name} (${took})`);
    for (const p of problems) console.log(`  - ${p}`);
  }
  for (const note of notes) console.log(`  note: ${note}`);
  for (const o of output) console.log(o.replace(/^/gm, '    '));
});

rmSync(tmp, { recursive: true, force: true });
console.log(`${packages.length} packages checked, ${failures} failing, ${seconds(Date.now() - started)}`);
process.exitCode = failures > 0 ? 1 : 0;
