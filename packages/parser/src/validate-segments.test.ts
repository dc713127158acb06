import { describe, expect, it } from 'vitest';
import type { Segment } from './types';
import { validateSegments } from './validate-segments';

describe('validateSegments', () => {
  it('accepts contiguous segments that cover the text', () => {
    expect(validateSegments([{ kind: 'title', start: 0, end: 3 }, { kind: 'body', start: 3, end: 10 }], 10)).toEqual([]);
    expect(validateSegments([], 0)).toEqual([]);
  });

  it('reports gaps, overlaps, empty segments, unknown kinds and short coverage', () => {
    expect(validateSegments([{ kind: 'body', start: 1, end: 3 }], 3)).toEqual(['segment 0: starts at 1, expected 0']);
    expect(validateSegments([{ kind: 'body', start: 0, end: 3 }, { kind: 'body', start: 2, end: 4 }], 4)).toEqual([
      'segment 1: starts at 2, expected 3',
    ]);
    expect(validateSegments([{ kind: 'body', start: 0, end: 0 }], 0)).toEqual(['segment 0: empty or reversed (0–0)']);
    expect(validateSegments([{ kind: 'prose', start: 0, end: 2 } as unknown as Segment], 2)).toEqual(['segment 0: unknown kind "prose"']);
    expect(validateSegments([{ kind: 'body', start: 0, end: 2 }], 5)).toEqual(['segments end at 2, text length is 5']);
  });
});
