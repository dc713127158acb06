// Shared helpers for the root release/tooling scripts (check-packages, consumer-test,
// check-size, release-dry-run). Node built-ins only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the workspace root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The publishable packages: every `packages/*` directory with a package.json that is not
 * `private`, in dependency order (a package comes after the workspace packages it depends on).
 */
export function listPublicPackages() {
  const base = join(root, 'packages');
  const found = [];
  for (const name of readdirSync(base).sort()) {
    const dir = join(base, name);
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private) continue;
    found.push({ name: manifest.name, dir, rel: `packages/${name}`, manifest });
  }
  const names = new Set(found.map((p) => p.name));
  const ordered = [];
  const visit = (pkg, seen = new Set()) => {
    if (ordered.includes(pkg) || seen.has(pkg.name)) return;
    seen.add(pkg.name);
    for (const dep of Object.keys(pkg.manifest.dependencies ?? {})) {
      if (names.has(dep)) visit(found.find((p) => p.name === dep), seen);
    }
    ordered.push(pkg);
  };
  for (const pkg of found) visit(pkg);
  return ordered;
}

/**
 * Runs a command synchronously and returns { status, stdout, stderr }. Never throws on a
 * non-zero exit; `echo: true` streams the output instead of capturing it.
 */
export function run(command, args, { cwd = root, echo = false, env } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: echo ? 'inherit' : 'pipe',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Like `run`, but throws with the captured output when the command fails. */
export function runOrThrow(command, args, options) {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}) in ${options?.cwd ?? root}\n${result.stdout}${result.stderr}`,
    );
  }
  return result;
}

/** Runs a command asynchronously; resolves with { status, stdout, stderr }, whatever the exit code. */
export function runCollect(command, args, { cwd = root, env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status: status ?? 1, stdout, stderr }));
  });
}

/** Like `runCollect`, but rejects with an Error carrying the output on a non-zero exit. */
export async function runAsync(command, args, options = {}) {
  const result = await runCollect(command, args, options);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}) in ${options.cwd ?? root}\n${result.stdout}${result.stderr}`,
    );
  }
  return result;
}

/** Maps `items` through the async `fn`, at most `limit` at a time; results in input order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The `.js` entry files a package's `exports` map points to, as { subpath, file } (ESM only). */
export function listEntries(pkg) {
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.manifest.exports ?? {})) {
    if (subpath.endsWith('package.json')) continue;
    const file = typeof target === 'string' ? target : target?.import?.default ?? target?.import ?? target?.default;
    if (typeof file === 'string') entries.push({ subpath, file: join(pkg.dir, file) });
  }
  return entries;
}

/** Formats milliseconds as seconds with one decimal. */
export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}
