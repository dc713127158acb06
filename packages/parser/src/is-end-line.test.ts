import { describe, expect, it } from 'vitest';
import { isEndLine } from './is-end-line';

describe('isEndLine', () => {
  it('accepts end lines alone on their line', () => {
    for (const line of ['ENDE', 'Ende.', 'The End', '  END  ']) expect(isEndLine(line)).toBe(true);
  });

  it('rejects sentences that start with Ende', () => {
    expect(isEndLine('Ende gut, alles gut')).toBe(false);
  });
});
