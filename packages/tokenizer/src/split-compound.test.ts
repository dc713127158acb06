import { beforeAll, describe, expect, it } from 'vitest';
import { loadGermanDictionary } from './load-german-dictionary.js';
import { splitCompound } from './split-compound.js';

const cases: Array<[word: string, expected: string[]]> = [
  ['Durchführungsverordnungen', ['Durchführung', 'Verordnung']],
  ['Steuersenkungen', ['Steuer', 'Senkung']],
  ['Zollpolitik', ['Zoll', 'Politik']],
  ['Kriegserklärung', ['Krieg', 'Erklärung']],
  ['Informationstechnologie', ['Information', 'Technologie']],
  ['Wechselkursverschiebung', ['Wechsel', 'Kurs', 'Verschiebung']],
  ['Bundesverfassungsgericht', ['Bund', 'Verfassung', 'Gericht']],
  ['Kinderbücher', ['Kind', 'Buch']],
  ['Stellvertreterkrieg', ['Stellvertreter', 'Krieg']],
  ['Open-Source-Technologie', ['Open', 'Source', 'Technologie']],
  ['Regierung', ['Regierung']],
  ['Wirtschaft', ['Wirtschaft']],
  ['Trump', ['Trump']],
];

describe('splitCompound', () => {
  beforeAll(async () => {
    await loadGermanDictionary();
  });

  it.each(cases)('%s → %j', (word, expected) => {
    expect(splitCompound(word)).toEqual(expected);
  });

  it('keeps dictionary words whole unless splitKnown is set', () => {
    expect(splitCompound('Hauptstadt')).toEqual(['Hauptstadt']);
    expect(splitCompound('Hauptstadt', { splitKnown: true })).toEqual(['Haupt', 'Stadt']);
    expect(splitCompound('Handelskrieg')).toEqual(['Handel', 'Krieg']);
  });

  it('returns nothing for an empty string', () => {
    expect(splitCompound('')).toEqual([]);
  });
});
