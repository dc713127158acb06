import { describe, expect, it } from 'vitest';
import { isTranscriptDisclaimer } from './is-transcript-disclaimer';

describe('isTranscriptDisclaimer', () => {
  it('accepts notes on a transcript and its accuracy', () => {
    expect(isTranscriptDisclaimer('Das Transkript gibt möglicherweise den Inhalt nicht wortgenau wieder.')).toBe(true);
    expect(isTranscriptDisclaimer('This transcript may contain errors.')).toBe(true);
  });

  it('rejects mentions of a transcript without an accuracy note, and long blocks', () => {
    expect(isTranscriptDisclaimer('Im Transkript der Sitzung steht, dass der Minister zustimmte.')).toBe(false);
    expect(isTranscriptDisclaimer(`Das Transkript ist möglicherweise ungenau. ${'x'.repeat(600)}`)).toBe(false);
  });
});
