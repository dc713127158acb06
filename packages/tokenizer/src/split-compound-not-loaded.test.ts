import { describe, expect, it } from 'vitest';
import { splitCompound } from './split-compound.js';

describe('splitCompound before the dictionary is loaded', () => {
  it('throws DICTIONARY_NOT_LOADED', () => {
    expect(() => splitCompound('Zollpolitik')).toThrowError(expect.objectContaining({ code: 'DICTIONARY_NOT_LOADED' }));
  });
});
