import type { Manifest, ManifestEntry } from './types';

const stripped = new WeakMap<Manifest, Map<string, ManifestEntry>>();

/**
 * Finds the manifest entry of a document name: exact match first, then ignoring a `.txt`/`.md`
 * extension on either side.
 */
export function findManifestEntry(manifest: Manifest, name: string): ManifestEntry | undefined {
  const exact = manifest.entries.get(name);
  if (exact !== undefined) return exact;
  let byStem = stripped.get(manifest);
  if (byStem === undefined) {
    byStem = new Map();
    for (const [key, entry] of manifest.entries) {
      const stem = stripExtension(key);
      if (!byStem.has(stem)) byStem.set(stem, entry);
    }
    stripped.set(manifest, byStem);
  }
  return byStem.get(stripExtension(name));
}

function stripExtension(name: string): string {
  return name.replace(/\.(?:txt|md|markdown|text)$/i, '');
}
