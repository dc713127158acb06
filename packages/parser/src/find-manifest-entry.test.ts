import { describe, expect, it } from 'vitest';
import { findManifestEntry } from './find-manifest-entry';
import { parseManifest } from './parse-manifest';

describe('findManifestEntry', () => {
  it('matches exactly, then without a .txt/.md extension on either side', () => {
    const manifest = parseManifest('name,author\na.txt,A\nb,B\nc.md,C1\nc,C2\n', { format: 'csv' });
    expect(findManifestEntry(manifest, 'a.txt')?.author).toBe('A');
    expect(findManifestEntry(manifest, 'a')?.author).toBe('A');
    expect(findManifestEntry(manifest, 'b.md')?.author).toBe('B');
    expect(findManifestEntry(manifest, 'c')?.author).toBe('C2');
    expect(findManifestEntry(manifest, 'd')).toBeUndefined();
  });
});
