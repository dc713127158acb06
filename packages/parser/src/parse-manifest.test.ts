import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './parse-manifest';

describe('parseManifest', () => {
  it('reads the seed manifest: known columns as metadata, the rest as attributes, empty cells left out', () => {
    const manifest = parseManifest(readFileSync(new URL('../../../seeds/metadata.csv', import.meta.url), 'utf8'), {
      format: 'csv',
      path: 'seeds/metadata.csv',
    });
    expect(manifest.path).toBe('seeds/metadata.csv');
    expect([...manifest.entries.keys()]).toEqual([
      '000_e3936dc773c77806.txt',
      '001_07e808b765e234ab.txt',
      '002_5e7103ed1d3ef773.txt',
      '003_5e32a06a47eb092c.txt',
      '004_62246d567385185b.txt',
    ]);
    expect(manifest.entries.get('002_5e7103ed1d3ef773.txt')).toEqual({
      name: '002_5e7103ed1d3ef773.txt',
      author: 'Yanis Varoufakis',
      date: '2025-01',
      title: 'Varoufakis über Chinas KI DeepSeek und den neuen Kalten Krieg',
      lang: 'de',
      attributes: { outlet: 'DiEM25, published by acTVism München', kind: 'video transcript' },
      line: 4,
    });
    expect(manifest.entries.get('004_62246d567385185b.txt')).toEqual({
      name: '004_62246d567385185b.txt',
      date: '2025-02',
      lang: 'de',
      attributes: { outlet: 'Rote Fahne News (MLPD)', kind: 'news commentary' },
      line: 6,
    });
  });

  it('reads JSON as an array of objects or an object keyed by name', () => {
    const fromArray = parseManifest('[{"name":"a","author":"X","year":2025,"empty":""}]', { format: 'json' });
    const fromObject = parseManifest('{"a":{"author":"X","year":2025,"empty":null}}', { format: 'json' });
    const expected = { name: 'a', author: 'X', attributes: { year: '2025' }, line: 1 };
    expect(fromArray.entries.get('a')).toEqual(expected);
    expect(fromObject.entries.get('a')).toEqual(expected);
    expect(fromArray.path).toBeNull();
  });

  it('rejects malformed manifests naming file:line', () => {
    expect(() => parseManifest('author,date\nX,2025', { format: 'csv', path: 'm.csv' })).toThrow('m.csv:1: the header row has no "name" column');
    expect(() => parseManifest('name,author\n,X', { format: 'csv', path: 'm.csv' })).toThrow('m.csv:2: row without a name');
    expect(() => parseManifest('name\n"a', { format: 'csv', path: 'm.csv' })).toThrow('m.csv:2: unterminated quoted field');
    expect(() => parseManifest('{', { format: 'json', path: 'm.json' })).toThrow(/^m\.json: invalid JSON/);
    expect(() => parseManifest('[{"author":"X"}]', { format: 'json', path: 'm.json' })).toThrow('m.json:1: entry 1 has no "name"');
    expect(() => parseManifest('[{"name":"a","tags":["x"]}]', { format: 'json', path: 'm.json' })).toThrow(
      'm.json:1: value of "tags" for "a" is not a string',
    );
    expect(() => parseManifest('42', { format: 'json', path: 'm.json' })).toThrow('m.json: expected an array of objects or an object keyed by name');
  });
});
