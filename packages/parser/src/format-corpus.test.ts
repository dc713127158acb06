import { describe, expect, it } from 'vitest';
import { formatCorpus } from './format-corpus';
import { parseCorpus } from './parse-corpus';
import { ParserError } from './parser-error';

describe('formatCorpus', () => {
  it('writes a marker with name, metadata and attributes, then the text', () => {
    expect(
      formatCorpus([
        { name: 'a', author: 'Pepe Escobar', date: '2025-01', title: 'Ein "Deal" \\ mehr', lang: null, attributes: { outlet: 'X' }, text: 'Text.' },
        { name: 'b', text: '' },
      ]),
    ).toBe(
      '<<<FILE name="a" author="Pepe Escobar" date="2025-01" title="Ein \\"Deal\\" \\\\ mehr" outlet="X">>>\nText.\n<<<FILE name="b">>>\n\n',
    );
  });

  it('escapes marker-like lines with a backslash and the reader removes it', () => {
    const text = '<<<FILE x>>>\n\\<<<END>>>\n<<<\nnormal <<< inside\n\\\\ kein Marker';
    const written = formatCorpus([{ name: 'a', text }]);
    expect(written).toBe('<<<FILE name="a">>>\n\\<<<FILE x>>>\n\\\\<<<END>>>\n\\<<<\nnormal <<< inside\n\\\\ kein Marker\n');
    expect(parseCorpus(written).documents[0]!.text).toBe(text);
  });

  it('round-trips texts with blank lines at either end', () => {
    const documents = [
      { name: 'a', text: '\n\nx\n\n' },
      { name: 'b', text: '\n' },
      { name: 'c', text: 'last' },
    ];
    expect(parseCorpus(formatCorpus(documents)).documents.map((document) => [document.name, document.text])).toEqual(
      documents.map((document) => [document.name, document.text]),
    );
  });

  it('rejects what the format cannot hold', () => {
    expect(() => formatCorpus([{ name: 'a\nb', text: '' }])).toThrow(ParserError);
    expect(() => formatCorpus([{ name: 'a', text: 'x\ry' }])).toThrow('document "a": text contains a carriage return or NUL');
    expect(() => formatCorpus([{ name: 'a', text: '', attributes: { 'bad key': 'v' } }])).toThrow(
      'document "a": attribute key "bad key" cannot be written',
    );
  });
});
