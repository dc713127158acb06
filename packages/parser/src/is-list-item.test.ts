import { describe, expect, it } from 'vitest';
import { isListItem } from './is-list-item';

describe('isListItem', () => {
  it('accepts bullets and numbers followed by a space', () => {
    for (const line of ['• a', '  • a', '- a', '* a', '– a', '1. a', '12) a', 'a) a']) expect(isListItem(line)).toBe(true);
  });

  it('rejects glued markers, initials and years', () => {
    for (const line of ['-a', '1.a', 'A. Merkel sagte', '2025 war ein Jahr']) expect(isListItem(line)).toBe(false);
  });
});
