import { describe, expect, it } from 'vitest';
import { normalizeToken } from './normalize-token.js';

describe('normalizeToken', () => {
  it.each([
    ['Zölle', 'zölle'],
    ['ÖL', 'öl'],
    ['OpenAI’s', "openai's"],
    ['„', '"'],
    ['»', '"'],
    ['–', '-'],
    ['—', '-'],
    ['…', '...'],
    ['Ver\u00adordnung', 'verordnung'],
    ['Zo\u0308lle', 'zölle'],
    ['plain', 'plain'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeToken(input)).toBe(expected);
  });
});
