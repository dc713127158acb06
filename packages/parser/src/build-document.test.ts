import { describe, expect, it } from 'vitest';
import { buildDocument } from './build-document';
import { parseManifest } from './parse-manifest';

const raw = {
  name: 'essay.txt',
  attributes: new Map([
    ['author', 'Marker Author'],
    ['outlet', 'Marker Outlet'],
    ['kind', 'column'],
  ]),
  path: 'c.txt',
  markerLine: 3,
  line: 4,
  text: 'Ein Titel\n\nVon Header Author\n\nText des Essays.',
};

describe('buildDocument', () => {
  it('takes each value from the strongest source and records it', () => {
    const manifest = parseManifest('name,date,outlet\nessay,2024-08,Manifest Outlet\n', { format: 'csv' });
    const document = buildDocument(raw, { manifest });
    expect(document).toMatchObject({
      author: 'Marker Author',
      date: '2024-08',
      title: 'Ein Titel',
      lang: null,
      attributes: { outlet: 'Manifest Outlet', kind: 'column' },
      source: { path: 'c.txt', line: 4 },
      provenance: { author: 'marker', date: 'manifest', title: 'header', lang: 'none' },
    });
  });

  it('marks consumed header lines even when the value comes from elsewhere', () => {
    const document = buildDocument(raw);
    expect(document.segments.map((segment) => segment.kind)).toEqual(['title', 'header', 'body']);
  });

  it('looks up a renamed document under its original name', () => {
    const manifest = parseManifest('name,author\nessay.txt,M\n', { format: 'csv' });
    expect(buildDocument({ ...raw, name: 'essay.txt~2', originalName: 'essay.txt' }, { manifest }).author).toBe('M');
  });
});
