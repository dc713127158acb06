import { describe, expect, it } from 'vitest';
import { countBoilerplateWords, hasBoilerplateHint } from './count-boilerplate-words';

describe('countBoilerplateWords', () => {
  it('counts distinct keyword families', () => {
    // IBAN, BIC, and the IBAN-like number.
    expect(countBoilerplateWords('IBAN: DE89430609678224073600\nBIC: GENODEM1GLS')).toBe(3);
    // Support call, donation, PayPal.
    expect(countBoilerplateWords('Bitte unterstützen Sie uns mit einer Spende über PayPal.')).toBe(3);
    expect(countBoilerplateWords('Subscribe to our newsletter and support our journalism.')).toBe(2);
  });

  it('counts nothing in ordinary text', () => {
    expect(countBoilerplateWords('Die Regierung hat eine Strategie.')).toBe(0);
  });
});

describe('hasBoilerplateHint', () => {
  it('finds any keyword, also the transcript words', () => {
    expect(hasBoilerplateHint('Das Transkript gibt möglicherweise den Inhalt nicht wortgenau wieder.')).toBe(true);
    expect(hasBoilerplateHint('Spenden')).toBe(true);
    expect(hasBoilerplateHint('Die Regierung hat eine Strategie.')).toBe(false);
  });
});
