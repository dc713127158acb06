import { describe, expect, it } from 'vitest';
import { parseTargets } from './parse-targets.js';

describe('parseTargets', () => {
  it('reads the DESIGN.md §5 format and the bare array', () => {
    const json = '{ "targets": [ { "name": "USA", "aliases": ["USA", "amerikanisch*"] }, { "name": "Putin" } ] }';
    expect(parseTargets(json)).toEqual([
      { name: 'USA', aliases: ['USA', 'amerikanisch*'] },
      { name: 'Putin', aliases: ['Putin'] },
    ]);
    expect(parseTargets([{ name: 'EU', aliases: [' EU ', ''] }])).toEqual([{ name: 'EU', aliases: ['EU'] }]);
  });

  it('rejects invalid files with TARGETS_PARSE_FAILED and the file name', () => {
    const fails = (input: unknown) => () => parseTargets(input, { file: 't.json' });
    const error = expect.objectContaining({ code: 'TARGETS_PARSE_FAILED', file: 't.json' });
    expect(fails('{ not json')).toThrowError(error);
    expect(fails({ targets: 'USA' })).toThrowError(error);
    expect(fails([{ aliases: ['x'] }])).toThrowError(error);
    expect(fails([{ name: 'A' }, { name: 'A' }])).toThrowError(error);
    expect(fails([{ name: 'A', aliases: [1] }])).toThrowError(error);
  });
});
