import { describe, expect, it } from 'vitest';
import { isFootnoteLine } from './is-footnote-line';

describe('isFootnoteLine', () => {
  it('accepts superscript numbers, [1] and [^1]:', () => {
    for (const line of ['¹ CIPS: Cross-Border', '²³ Quelle', '[1] Quelle', '[^2]: Quelle']) expect(isFootnoteLine(line)).toBe(true);
  });

  it('rejects plain numbers and references inside text', () => {
    for (const line of ['1 Quelle', 'Text¹']) expect(isFootnoteLine(line)).toBe(false);
  });
});
