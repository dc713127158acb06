import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { indexWords, sliceWordIndex } from './index-words.js';
import { localizeKeys } from './localize-keys.js';

describe('localizeKeys', () => {
  it('numbers a slice’s keys densely in order of first occurrence, mapping back to the same strings', () => {
    const index = indexWords([
      { name: 'a', sentences: makeSentences('Krieg und Frieden. Zölle und Zoll.') },
      { name: 'b', sentences: makeSentences('Zoll und Krieg, Zoll.') },
    ]);
    const slice = sliceWordIndex(index, 1, 2);
    for (let run = 0; run < 2; run++) {
      const local = localizeKeys(slice, slice.norms);
      expect(Array.from(local.keys)).toEqual([0, 1, 2, 0]);
      expect(Array.from(local.keys, (id) => index.strings.strings[local.strings[id]!])).toEqual(
        Array.from(slice.norms, (id) => index.strings.strings[id]),
      );
    }
  });
});
