import { describe, expect, it } from 'vitest';
import { isTrailerFragment, isTrailerLabel } from './is-trailer-fragment';

describe('isTrailerFragment and isTrailerLabel', () => {
  it('accept labels, short key-value lines, addresses and end lines', () => {
    expect(isTrailerFragment(['PAYPAL:'])).toBe(true);
    expect(isTrailerFragment(['E-Mail:', 'PayPal@acTVism.org'])).toBe(true);
    expect(isTrailerFragment(['Link: [Klicken Sie hier](#)'])).toBe(true);
    expect(isTrailerFragment(['<https://www.patreon.com/acTVism>'])).toBe(true);
    expect(isTrailerFragment(['ENDE'])).toBe(true);
    expect(isTrailerLabel(['BANKKONTO:'])).toBe(true);
  });

  it('reject sentences, and key-value lines as labels', () => {
    expect(isTrailerFragment(['Die Regierung hat eine Strategie vorgestellt, die nicht alle überzeugt.'])).toBe(false);
    expect(isTrailerLabel(['Fazit: Es bleibt spannend.'])).toBe(false);
  });
});
