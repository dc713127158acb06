import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Analyzer, createAnalyzer } from '../src/create-analyzer.js';
import { splitSentences } from '../src/split-sentences.js';
import { tokenize } from '../src/tokenize.js';

/** Strings mixing German/English text, punctuation, emoji parts, lone surrogates and controls. */
const pieces = fc.constantFrom(
  'Zölle', 'Öl', 'z. B.', 'Dr.', '2.048', '4,74 %', '14. November', 'Trump-„Boogie“', 'Freund*innen', 'Bürger:in',
  "Xi'an", 'https://t.co/x', 'a@b.de', '@x', '#y', '👩🏽‍💻', '🇩🇪', '\u200d', '\ufe0f', '\ud800', '\udc00', '…', '...',
  '?!', '„', '“', '»', '-', '–', '\n', '\n\n', ' ', '\t', '.', ',', ':', '*', '_', '/', "'", '\u0308', '\u00ad', '1.',
  '• ', 'usw.', 'e.V.', 'www.', '.de', '(', ')', '\u0000', '\r\n',
);
const messy = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
);

describe('tokenize properties', () => {
  it('gives increasing, in-range offsets whose slices equal the token text', () => {
    fc.assert(
      fc.property(messy, (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on huge tokens', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', '1', '-', '.', '\ud800', '👍', '@', '#', 'ä\u0308'), fc.integer({ min: 1000, max: 50_000 }), (unit, n) => {
        const text = unit.repeat(n);
        const tokens = tokenize(text);
        expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('splitSentences properties', () => {
  it('gives ordered, non-overlapping, trimmed spans inside the text', () => {
    fc.assert(
      fc.property(messy, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          const slice = text.slice(s.start, s.end);
          expect(slice.trim().length).toBeGreaterThan(0);
          last = s.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('analyze properties', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await createAnalyzer({ lemmas: 'stem' });
  });

  it('never throws and keeps token offsets inside their sentence', () => {
    fc.assert(
      fc.property(messy, fc.constantFrom(null, 'de', 'en', 'xx'), (text, lang) => {
        const result = analyzer.analyze({ text, lang });
        let last = 0;
        for (const s of result.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.line).toBeGreaterThanOrEqual(1);
          for (const t of s.tokens) {
            expect(t.start).toBeGreaterThanOrEqual(s.start);
            expect(t.end).toBeLessThanOrEqual(s.end);
            expect(text.slice(t.start, t.end)).toBe(t.text);
          }
          last = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary segments', () => {
    const segment = fc.record({
      kind: fc.constantFrom('body', 'quote', 'markup', 'title'),
      start: fc.integer({ min: -5, max: 120 }),
      end: fc.integer({ min: -5, max: 120 }),
    });
    fc.assert(
      fc.property(messy, fc.array(segment, { maxLength: 8 }), (text, segments) => {
        const result = analyzer.analyze({ text, segments });
        for (const s of result.sentences) {
          for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
