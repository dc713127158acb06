import { describe, expect, it } from 'vitest';
import { isTitleLine } from './is-title-line';

describe('isTitleLine', () => {
  it('accepts short title lines and rejects sentences, lists and links', () => {
    expect(isTitleLine('Krasse Links No 24.')).toBe(true);
    expect(isTitleLine('Trump muss liefern: Eine Verhandlungslösung für die Ukraine?')).toBe(true);
    expect(isTitleLine('Knie schlägt Radikalmaßnahmen vor:')).toBe(false);
    expect(isTitleLine('- ein Punkt')).toBe(false);
    expect(isTitleLine('https://example.org')).toBe(false);
    expect(isTitleLine('Ein Satz. Noch ein Satz.')).toBe(false);
  });
});
