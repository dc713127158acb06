#!/usr/bin/env node
// `pnpm release:dry-run` (run in CI): rehearses the release flow of RELEASING.md without
// changing the repository or publishing anything. Needs built packages (dist/).
//
//  1. Changesets config: every private workspace package (the app `diskurs`) is ignored,
//     every publishable package is not; access is public.
//  2. `changeset version` in a scratch copy of the manifests, changelogs and pending changesets,
//     plus one rehearsal changeset (a minor bump of the package at the bottom of the graph):
//     versions bump, dependents follow, `workspace:^` ranges stay, CHANGELOG.md files get a
//     new entry above the existing ones, the private app is left alone.
//  3. `pnpm -r publish --dry-run --no-git-checks`: what `pnpm release` (changeset publish →
//     pnpm publish) would upload: exactly the publishable packages, never the app.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPublicPackages, root, run, runOrThrow, seconds } from './lib.mjs';

const started = Date.now();
const problems = [];
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// Workspace packages (packages/*, apps/*) with their manifests.
const workspace = ['packages', 'apps'].flatMap((base) =>
  readdirSync(join(root, base))
    .filter((dir) => existsSync(join(root, base, dir, 'package.json')))
    .map((dir) => ({ rel: `${base}/${dir}`, manifest: readJson(join(root, base, dir, 'package.json')) })),
);
const publicPackages = listPublicPackages();

// 1. Config.
const config = readJson(join(root, '.changeset', 'config.json'));
for (const { manifest } of workspace) {
  const ignored = config.ignore?.includes(manifest.name);
  if (manifest.private && !ignored) problems.push(`private package ${manifest.name} is not in .changeset/config.json "ignore"`);
  if (!manifest.private && ignored) problems.push(`publishable package ${manifest.name} is ignored by changesets`);
}
if (config.access !== 'public') problems.push('.changeset/config.json "access" must be "public" (scoped packages)');
console.log(`• changesets config … ${problems.length === 0 ? 'ok' : 'FAILED'}`);

// 2. `changeset version` rehearsal in a scratch copy.
const t1 = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'diskurs-release-'));
try {
  for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(scratch, file));
  cpSync(join(root, '.changeset'), join(scratch, '.changeset'), { recursive: true });
  for (const { rel } of workspace) {
    mkdirSync(join(scratch, rel), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) {
      if (existsSync(join(root, rel, file))) cpSync(join(root, rel, file), join(scratch, rel, file));
    }
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const base = publicPackages[0]; // a package every other one sits above or beside
  writeFileSync(
    join(scratch, '.changeset', 'release-dry-run.md'),
    `---\n'${base.name}': minor\n---\n\nRelease rehearsal (scripts/release-dry-run.mjs).\n`,
  );
  const pending = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  runOrThrow(join(root, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: scratch });

  const plan = [];
  for (const { rel, manifest } of workspace) {
    const after = readJson(join(scratch, rel, 'package.json'));
    const bumped = after.version !== manifest.version;
    plan.push(`${manifest.name} ${manifest.version} → ${after.version}`);
    if (manifest.private) {
      if (bumped) problems.push(`changeset version bumped the private app ${manifest.name}`);
      if (!after.private) problems.push(`${manifest.name} lost "private"`);
      continue;
    }
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      if (range.startsWith('workspace:') && after.dependencies[dep] !== range) {
        problems.push(`${manifest.name}: dependency ${dep} changed from ${range} to ${after.dependencies[dep]}`);
      }
    }
    const dependsOnBase = Object.keys(manifest.dependencies ?? {}).includes(base.name);
    if ((manifest.name === base.name || dependsOnBase) && !bumped) {
      problems.push(`${manifest.name} was not bumped although ${base.name} was`);
    }
    if (bumped) {
      const changelog = readFileSync(join(scratch, rel, 'CHANGELOG.md'), 'utf8');
      const lines = changelog.split('\n');
      if (lines[0] !== `# ${manifest.name}`) problems.push(`${rel}/CHANGELOG.md does not start with "# ${manifest.name}"`);
      if (lines.find((line) => line.startsWith('## ')) !== `## ${after.version}`) {
        problems.push(`${rel}/CHANGELOG.md: newest entry is not ## ${after.version}`);
      }
      const before = existsSync(join(root, rel, 'CHANGELOG.md')) ? readFileSync(join(root, rel, 'CHANGELOG.md'), 'utf8') : '';
      const oldEntries = before.split('\n').filter((line) => line.startsWith('## '));
      if (!oldEntries.every((entry) => lines.includes(entry))) problems.push(`${rel}/CHANGELOG.md lost earlier entries`);
    }
  }
  console.log(
    `• changeset version rehearsal (${pending.length} pending changeset(s) + a minor bump of ${base.name}) … ` +
      `${problems.length === 0 ? 'ok' : 'FAILED'} (${seconds(Date.now() - t1)})`,
  );
  for (const line of plan) console.log(`    ${line}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 3. Publish dry run.
const t2 = Date.now();
for (const pkg of publicPackages) {
  if (!existsSync(join(pkg.dir, 'dist'))) problems.push(`${pkg.name}: dist/ missing — build first`);
}
const publish = run('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks', '--access', 'public'], {
  env: { npm_config_loglevel: 'error' },
});
const published = [...`${publish.stdout}\n${publish.stderr}`.matchAll(/^\+ (@?[^@\s]+)@(\S+)$/gm)].map((m) => m[1]).sort();
const expected = publicPackages.map((p) => p.name).sort();
if (publish.status !== 0) problems.push(`pnpm -r publish --dry-run failed:\n${publish.stdout}${publish.stderr}`);
else if (JSON.stringify(published) !== JSON.stringify(expected)) {
  problems.push(`publish dry run would upload [${published}], expected [${expected}]`);
}
console.log(`• pnpm -r publish --dry-run: ${published.join(', ') || 'nothing'} (${seconds(Date.now() - t2)})`);

if (problems.length > 0) {
  console.log('FAILED');
  for (const problem of problems) console.log(`  - ${problem}`);
}
console.log(`release dry run ${problems.length > 0 ? 'FAILED' : 'passed'} in ${seconds(Date.now() - started)}`);
process.exitCode = problems.length > 0 ? 1 : 0;
