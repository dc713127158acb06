import { describe, expect, it } from 'vitest';
import { addSegmentCounts, countSegments } from './count-segments.js';

describe('countSegments', () => {
  it('counts characters per segment kind, uncovered text as body', () => {
    const text = 'Titel\nText hier.\n> Zitat\nSpenden!';
    const counts = countSegments({
      text,
      segments: [
        { kind: 'title', start: 0, end: 5 },
        { kind: 'quote', start: 17, end: 24 },
        { kind: 'boilerplate', start: 25, end: text.length },
      ],
    });
    expect(counts).toEqual({ body: 13, boilerplate: 8, quote: 7, title: 5 });
    expect(Object.values(counts).reduce((sum, value) => sum + value, 0)).toBe(text.length);
  });

  it('adds counts into a total', () => {
    const total: Record<string, number> = { body: 1 };
    addSegmentCounts(total, { body: 2, quote: 3 });
    expect(total).toEqual({ body: 3, quote: 3 });
  });
});
