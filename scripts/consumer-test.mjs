#!/usr/bin/env node
// `pnpm test:consumer`: installs the packages the way a user gets them and uses them.
//
//  1. `pnpm pack` every publishable package (packages/*, not private; built dist/ required)
//     and check the packed package.json: no `workspace:`/`catalog:`/`link:`/`file:` ranges left,
//     internal dependencies pointing at the sibling's current version.
//  2. Create a fresh project in os.tmpdir() (outside the workspace: no workspace links, no
//     hoisted node_modules above it) and `npm install` the tarballs there.
//  3. In it: import every entry point from ESM and require it from CommonJS (same export names,
//     the documented API present), type-check scripts/consumer/consumer.ts(+.cts) with
//     moduleResolution node16 and bundler (the workspace's TypeScript), and run the pipeline
//     (scripts/consumer/run-pipeline.cjs) through ESM and through CommonJS.
// Options: --keep (keep the temporary project and print its path).
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPublicPackages, root, run, runAsync, runOrThrow, seconds } from './lib.mjs';

/** Export names every entry must have (the shared contracts); more are allowed. */
const expectedExports = {
  '@diskurs/parser': ['parseCorpus', 'formatCorpus', 'parseManifest', 'ParserError', 'OWN_TEXT_KINDS'],
  '@diskurs/parser/node': ['readCorpus'],
  '@diskurs/tokenizer': [
    'splitSentences',
    'tokenize',
    'detectLanguage',
    'analyze',
    'createAnalyzer',
    'isStopword',
    'isContentWord',
    'splitCompound',
    'TokenizerError',
  ],
  '@diskurs/keywords': [
    'extractKeywords',
    'countTerms',
    'computeKeyness',
    'extractKeyphrases',
    'findCollocations',
    'findEntities',
    'fitTopics',
    'computeTfIdf',
    'KeywordsError',
  ],
  '@diskurs/sentiment': [
    'loadLexicons',
    'scoreSentence',
    'scoreSentiment',
    'summarizeSentiment',
    'parseTargets',
    'matchTargets',
    'scoreStance',
    'summarizeStance',
    'SentimentError',
  ],
};

/** The first ```js block of the root README's "Importing the packages" section and the ```text block after it. */
function readmeExample() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Importing the packages'));
  const code = section && /```js\n([\s\S]*?)```/.exec(section);
  const output = code && /```text\n([\s\S]*?)```/.exec(section.slice(code.index + code[0].length));
  if (!code || !output) throw new Error('README.md: section "Importing the packages" needs a ```js example and a ```text block with its output');
  return { code: code[1], output: output[1].trim() };
}

const keep = process.argv.includes('--keep');
const started = Date.now();
let failed = false;
const timings = [];
const step = (name, fn) => {
  const t0 = Date.now();
  process.stdout.write(`• ${name} … `);
  const value = fn();
  const ms = Date.now() - t0;
  timings.push([name, ms]);
  console.log(`ok (${seconds(ms)})`);
  return value;
};
/** A step whose failure is reported without stopping the later, independent steps. */
const check = (name, fn) => {
  try {
    return step(name, fn);
  } catch (error) {
    failed = true;
    console.log('FAILED');
    console.log(`${error instanceof Error ? error.message : error}`.replace(/^/gm, '    '));
    return undefined;
  }
};

const packages = listPublicPackages();
const versions = new Map(packages.map((p) => [p.name, p.manifest.version]));
const tmp = mkdtempSync(join(tmpdir(), 'diskurs-consumer-'));
const tarballs = join(tmp, 'tarballs');
const project = join(tmp, 'project');

try {
  // 1. Pack and inspect the packed manifests.
  const packed = step(`pnpm pack ${packages.length} packages`, () =>
    packages.map((pkg) => {
      for (const entry of Object.values(pkg.manifest.exports ?? {})) {
        const file = entry?.import?.default;
        if (file && !existsSync(join(pkg.dir, file))) throw new Error(`${pkg.name}: ${file} missing — build first`);
      }
      const out = runOrThrow('pnpm', ['pack', '--pack-destination', tarballs], { cwd: pkg.dir });
      const tarball = out.stdout.trim().split('\n').pop();
      const manifest = JSON.parse(runOrThrow('tar', ['-xzOf', tarball, 'package/package.json']).stdout);
      const files = runOrThrow('tar', ['-tzf', tarball]).stdout.trim().split('\n');
      return { pkg, tarball, manifest, files };
    }),
  );
  check('packed manifests: dependency ranges, contents', () => {
    const problems = [];
    for (const { pkg, manifest, files } of packed) {
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
        for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
          if (/^(workspace|catalog|link|file):/.test(range)) problems.push(`${pkg.name}: ${field}.${dep} is "${range}" in the tarball`);
          const sibling = versions.get(dep);
          if (sibling && !['^', '~', ''].some((prefix) => range === `${prefix}${sibling}`)) {
            problems.push(`${pkg.name}: ${field}.${dep} is "${range}", expected ^${sibling}`);
          }
        }
      }
      if ('devDependencies' in manifest && Object.values(manifest.devDependencies).some((r) => r.startsWith('workspace:'))) {
        problems.push(`${pkg.name}: devDependencies keep workspace: ranges`);
      }
      const unexpected = files.filter((f) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE|CHANGELOG\.md$)/.test(f));
      if (unexpected.length > 0) problems.push(`${pkg.name}: unexpected files in the tarball: ${unexpected.join(', ')}`);
      if (!files.includes('package/README.md')) problems.push(`${pkg.name}: no README.md in the tarball`);
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  // 2. A fresh project outside the workspace.
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'diskurs-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  cpSync(join(root, 'scripts', 'consumer'), project, { recursive: true });
  for (const name of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    // Types for Node come from the workspace (a consumer would have @types/node installed).
    const file = join(project, name);
    const config = JSON.parse(readFileSync(file, 'utf8'));
    config.compilerOptions.typeRoots = [join(root, 'node_modules', '@types')];
    writeFileSync(file, JSON.stringify(config, null, 2));
  }
  step('npm install the tarballs into a fresh project', () => {
    runOrThrow(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packed.map((p) => p.tarball)],
      { cwd: project },
    );
    for (const { pkg } of packed) {
      const installed = join(project, 'node_modules', pkg.name);
      if (lstatSync(installed).isSymbolicLink()) throw new Error(`${pkg.name} is a link, not an installed copy`);
      const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
      if (version !== pkg.manifest.version) throw new Error(`${pkg.name}@${version} installed, expected ${pkg.manifest.version}`);
    }
    const nested = run('npm', ['ls', '--all', '--parseable'], { cwd: project }).stdout
      .split('\n')
      .filter((line) => /node_modules\/.+\/node_modules\/@diskurs\//.test(line));
    if (nested.length > 0) throw new Error(`duplicate nested @diskurs packages:\n${nested.join('\n')}`);
  });

  // 3a. ESM import and CommonJS require of every entry point.
  const specifiers = packed.flatMap(({ manifest }) =>
    Object.keys(manifest.exports ?? { '.': null })
      .filter((subpath) => !subpath.endsWith('package.json'))
      .map((subpath) => (subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`)),
  );
  const names = {};
  for (const [label, file] of [
    ['esm', 'exports.mjs'],
    ['cjs', 'exports.cjs'],
  ]) {
    names[label] = check(`${label === 'esm' ? 'import' : 'require'} ${specifiers.length} entry points (${label})`, () =>
      JSON.parse(runOrThrow('node', [file, JSON.stringify(specifiers)], { cwd: project }).stdout),
    );
  }
  check('export names: ESM = CommonJS, documented API present', () => {
    if (!names.esm || !names.cjs) throw new Error('skipped: an import step failed');
    const problems = [];
    for (const specifier of specifiers) {
      const esm = names.esm[specifier];
      const cjs = names.cjs[specifier];
      if (esm.length === 0) problems.push(`${specifier}: no exports`);
      if (JSON.stringify(esm) !== JSON.stringify(cjs)) problems.push(`${specifier}: ESM exports ${esm} ≠ CommonJS exports ${cjs}`);
      const missing = (expectedExports[specifier] ?? []).filter((name) => !esm.includes(name));
      if (missing.length > 0) problems.push(`${specifier}: missing ${missing.join(', ')}`);
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  // 3b–3d run side by side (separate processes): type checks, pipelines, README example.
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const node = (args) => runAsync('node', args, { cwd: project });
  const jobs = [
    // 3b. Type-check the public API as a TypeScript consumer.
    ...['node16', 'bundler'].map((resolution) => [
      `tsc --moduleResolution ${resolution}`,
      () => node([tsc, '-p', `tsconfig.${resolution}.json`, '--pretty', 'false']),
    ]),
    // 3c. The pipeline, through ESM and through CommonJS.
    ...[
      ['esm', 'pipeline.mjs'],
      ['cjs', 'pipeline.cjs'],
    ].map(([label, file]) => [`pipeline German + English (${label})`, () => node([file]), true]),
    // 3d. The README's import example, with the output the README shows.
    [
      'README example ("Importing the packages")',
      async () => {
        const example = readmeExample();
        writeFileSync(join(project, 'readme-example.mjs'), example.code);
        const out = (await node(['readme-example.mjs'])).stdout.trim();
        if (out !== example.output) throw new Error(`README example printed\n${out}\ninstead of\n${example.output}`);
        return { stdout: '' };
      },
    ],
  ];
  const t0 = Date.now();
  const results = await Promise.allSettled(
    jobs.map(async ([, job]) => {
      const t = Date.now();
      const value = await job();
      return { value, ms: Date.now() - t };
    }),
  );
  results.forEach((result, index) => {
    const [name, , showOutput] = jobs[index];
    if (result.status === 'fulfilled') {
      timings.push([name, result.value.ms]);
      console.log(`• ${name} … ok (${seconds(result.value.ms)})`);
      if (showOutput) console.log(`    ${result.value.value.stdout.trim()}`);
    } else {
      failed = true;
      console.log(`• ${name} … FAILED`);
      const error = result.reason;
      console.log(`${error instanceof Error ? error.message : error}`.replace(/^/gm, '    '));
    }
  });
  console.log(`  (these ${jobs.length} side by side: ${seconds(Date.now() - t0)})`);
} catch (error) {
  failed = true;
  console.log('FAILED');
  console.log(`${error instanceof Error ? error.message : error}`.replace(/^/gm, '    '));
} finally {
  if (keep) console.log(`temporary project kept: ${project}`);
  else rmSync(tmp, { recursive: true, force: true });
}

console.log(`consumer test ${failed ? 'FAILED' : 'passed'} in ${seconds(Date.now() - started)}`);
process.exitCode = failed ? 1 : 0;
