import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseFormats, parsePositiveInteger, parseSeed, parseTopics } from './option-parsers';

describe('option parsers', () => {
  it('parsePositiveInteger accepts whole numbers ≥ 1 only', () => {
    expect(parsePositiveInteger('20')).toBe(20);
    for (const bad of ['0', '-1', '1.5', 'ten', '', '1e3']) expect(() => parsePositiveInteger(bad)).toThrow(InvalidArgumentError);
  });

  it('parseSeed accepts 0 and rejects negatives', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('42')).toBe(42);
    expect(() => parseSeed('-3')).toThrow(InvalidArgumentError);
  });

  it('parseTopics reads K or a range', () => {
    expect(parseTopics('5')).toBe(5);
    expect(parseTopics('3..8')).toEqual([3, 8]);
    expect(parseTopics('4-6')).toEqual([4, 6]);
    expect(parseTopics('5..5')).toBe(5);
    for (const bad of ['1', '8..3', 'x', '1..4']) expect(() => parseTopics(bad)).toThrow(InvalidArgumentError);
  });

  it('parseFormats returns a canonical, duplicate-free list', () => {
    expect(parseFormats('json,md')).toEqual(['md', 'json']);
    expect(parseFormats(' HTML , html,markdown')).toEqual(['md', 'html']);
    expect(() => parseFormats('md,pdf')).toThrow('unknown format pdf');
    expect(() => parseFormats(',')).toThrow(InvalidArgumentError);
  });
});
