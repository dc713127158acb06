import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCorpus } from './format-corpus';
import { parseCorpus } from './parse-corpus';
import { ParserError } from './parser-error';
import { validateSegments } from './validate-segments';

// Text the format can hold: no CR, no NUL; marker-like lines are made likely on purpose.
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('<<<FILE x>>>', '<<<END>>>', '\\<<<FILE>>>', '\\\\<<<', '<<<', ' date 2025-01 Von Pepe Escobar', '• Punkt', 'ENDE', '¹ Fußnote', '<u>x</u>'),
);
const text = fc
  .array(line, { maxLength: 8 })
  .map((lines) => lines.join('\n').replace(/[\r\0\u2028\u2029]/g, ' '));
const value = fc.string({ maxLength: 20 }).map((string) => string.replace(/[\r\n\0]/g, ' '));
const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/).filter((candidate) => !['name', 'author', 'date', 'title', 'lang'].includes(candidate));
const document = fc.record({
  text,
  attributes: fc.dictionary(key, value.filter((candidate) => candidate !== ''), { maxKeys: 3 }),
  author: fc.option(value.filter((candidate) => candidate !== ''), { nil: null }),
  title: fc.option(value.filter((candidate) => candidate !== ''), { nil: null }),
});

describe('parseCorpus properties', () => {
  it('any list of documents round-trips through formatCorpus and parseCorpus (names, attributes, text)', () => {
    fc.assert(
      fc.property(fc.array(document, { maxLength: 6 }), (drafts) => {
        const documents = drafts.map((draft, index) => ({ ...draft, name: `doc ${index} "${draft.title ?? ''}"`.replace(/[\r\n\0]/g, ' ') }));
        const parsed = parseCorpus(formatCorpus(documents)).documents;
        expect(parsed.map((entry) => ({ name: entry.name, attributes: entry.attributes, text: entry.text }))).toEqual(
          documents.map((entry) => ({ name: entry.name, attributes: entry.attributes, text: entry.text })),
        );
        // Metadata that was written comes back from the marker (unknown values may be inferred).
        parsed.forEach((entry, index) => {
          if (documents[index]!.author !== null) expect([entry.author, entry.provenance.author]).toEqual([documents[index]!.author, 'marker']);
          if (documents[index]!.title !== null) expect([entry.title, entry.provenance.title]).toEqual([documents[index]!.title, 'marker']);
        });
      }),
      { numRuns: 300 },
    );
  });

  const check = (input: string | Uint8Array): void => {
    try {
      const { documents } = parseCorpus(input, { path: 'p.txt' });
      for (const entry of documents) expect(validateSegments(entry.segments, entry.text.length)).toEqual([]);
    } catch (error) {
      if (!(error instanceof ParserError)) throw error;
      expect(error.file).toBe('p.txt');
    }
  };

  it('any byte string parses with valid, complete, non-overlapping segments or throws ParserError', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.array(fc.oneof(fc.constantFrom(...'<<<FILE a>>>\n\r\n" \\ END'.split('').map((char) => char.charCodeAt(0))), fc.integer({ min: 0, max: 255 })), { maxLength: 300 }).map(
        (values) => new Uint8Array(values),
      ),
    );
    fc.assert(fc.property(bytes, check), { numRuns: 500 });
  });

  it('any string parses with valid segments or throws ParserError', () => {
    const pieces = fc.constantFrom('<<<FILE', ' name="a"', '>>>', '<<<END>>>', '\n', '\r\n', '\r', '"', '\\', 'Von Pepe Escobar', '14. November 2025 | X', '<u>', '</u>', '[a](b)', '• x', '¹ y', 'ENDE', 'IBAN DE89 4306 0967 8224 0736 00 PayPal', '5 Gedanken zu x', 'the and of', '\ufeff', '\0');
    const strings = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join('')));
    fc.assert(fc.property(strings, check), { numRuns: 500 });
  });

  it('any well-formed string parses the same as its UTF-8 bytes', () => {
    const outcome = (input: string | Uint8Array): unknown => {
      try {
        return parseCorpus(input, { path: 'p.txt' });
      } catch (error) {
        return error instanceof ParserError ? error.message : error;
      }
    };
    const pieces = fc.constantFrom('<<<FILE a>>>', '<<<END>>>', '\n', '\r\n', '\r', 'Grüße ', '🗨️', '\\<<<', 'ENDE', '\0', '• x');
    const strings = fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(strings, (text) => {
        expect(outcome(new TextEncoder().encode(text))).toEqual(outcome(text));
      }),
      { numRuns: 300 },
    );
  });
});
