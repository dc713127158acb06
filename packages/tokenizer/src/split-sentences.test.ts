import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

const cases: Array<[name: string, input: string, expected: string[]]> = [
  ['plain German', 'Das ist gut. Das ist schlecht.', ['Das ist gut.', 'Das ist schlecht.']],
  ['plain English', 'This works. So does this!', ['This works.', 'So does this!']],
  ['question and exclamation', 'Warum? Weil es geht! Und dann.', ['Warum?', 'Weil es geht!', 'Und dann.']],
  ['Prof. and Dr.', 'Prof. Dr. Michael Hudson sprach. Er ging.', ['Prof. Dr. Michael Hudson sprach.', 'Er ging.']],
  ['Mr. and Mrs.', 'Mr. Smith met Mrs. Jones. They talked.', ['Mr. Smith met Mrs. Jones.', 'They talked.']],
  ['z. B. with space', 'Viele Länder, z. B. Brasilien, zahlen. Andere nicht.', ['Viele Länder, z. B. Brasilien, zahlen.', 'Andere nicht.']],
  ['z.B. without space', 'Viele Länder, z.B. Indien, zahlen.', ['Viele Länder, z.B. Indien, zahlen.']],
  ['d. h.', 'Es ist teuer, d. h. Die Kosten steigen.', ['Es ist teuer, d. h. Die Kosten steigen.']],
  ['u. a.', 'Dabei waren u. a. Frankreich und Polen.', ['Dabei waren u. a. Frankreich und Polen.']],
  ['usw. before a capitalised function word', 'Äpfel, Birnen usw. Die Ernte war gut.', ['Äpfel, Birnen usw.', 'Die Ernte war gut.']],
  ['usw. before a noun', 'Mit Äpfeln usw. Produkte tauschen.', ['Mit Äpfeln usw. Produkte tauschen.']],
  ['bzw. and ca.', 'Es kostet ca. 5 Euro bzw. Dollar. Gut.', ['Es kostet ca. 5 Euro bzw. Dollar.', 'Gut.']],
  ['vgl. and Abb.', 'Siehe oben (vgl. Abb. 3). Weiter.', ['Siehe oben (vgl. Abb. 3).', 'Weiter.']],
  ['Art. and Nr. before numbers', 'Nach Art. 5 und Nr. 3 gilt das. Fertig.', ['Nach Art. 5 und Nr. 3 gilt das.', 'Fertig.']],
  ['Art as a noun', 'Das ist eine neue Art. Sie wirkt.', ['Das ist eine neue Art.', 'Sie wirkt.']],
  ['Mio. and Mrd.', 'Es waren 5 Mio. Euro und 2 Mrd. Dollar.', ['Es waren 5 Mio. Euro und 2 Mrd. Dollar.']],
  ['month abbreviation', 'Am 3. Jan. 2025 begann es.', ['Am 3. Jan. 2025 begann es.']],
  ['etc. at the end', 'Apples, pears, etc. They grow.', ['Apples, pears, etc.', 'They grow.']],
  ['p. a.', 'Zinsen von 3 % p. a. sind hoch.', ['Zinsen von 3 % p. a. sind hoch.']],
  ['date with ordinal', 'Am 14. November 2025 sprach er. Dann ging er.', ['Am 14. November 2025 sprach er.', 'Dann ging er.']],
  ['ordinal century', 'Im 20. Jahrhundert war das anders.', ['Im 20. Jahrhundert war das anders.']],
  ['ordinal plan', 'Chinas 15. Fünfjahresplan kommt.', ['Chinas 15. Fünfjahresplan kommt.']],
  ['numeric date', 'Am 14.11.2025 war es. Gut.', ['Am 14.11.2025 war es.', 'Gut.']],
  ['year at the end', 'Das geschah 1977. Danach kam mehr.', ['Das geschah 1977.', 'Danach kam mehr.']],
  ['number before a function word', 'Er wurde 20. Dann ging er.', ['Er wurde 20.', 'Dann ging er.']],
  ['thousands and decimals', 'Es waren 2.048 Chips für 5,6 Mio. Dollar und 4,74 %. Gut.', ['Es waren 2.048 Chips für 5,6 Mio. Dollar und 4,74 %.', 'Gut.']],
  ['version number', 'Trump 2.0 ist da. Wirklich.', ['Trump 2.0 ist da.', 'Wirklich.']],
  ['German quotation closes after the period', 'Er sagte: „Das ist gut.“ Dann ging er.', ['Er sagte: „Das ist gut.“', 'Dann ging er.']],
  ['English quotation closes after the period', 'He said, “It works.” Then he left.', ['He said, “It works.”', 'Then he left.']],
  ['guillemets', 'Er sagte: »Nein.« Sie nickte.', ['Er sagte: »Nein.«', 'Sie nickte.']],
  ['single German quotes', 'Sie nannte es ‚Unsinn.‘ Dann ging sie.', ['Sie nannte es ‚Unsinn.‘', 'Dann ging sie.']],
  ['question inside a quote continues', '„Warum?“, fragte er. Niemand wusste es.', ['„Warum?“, fragte er.', 'Niemand wusste es.']],
  ['English question continues with lowercase', '“Why?” he asked. Nobody knew.', ['“Why?” he asked.', 'Nobody knew.']],
  ['detached ellipsis', 'Das bedeutet … etwas anderes. Ja.', ['Das bedeutet … etwas anderes.', 'Ja.']],
  ['attached ellipsis before a capital', 'Er zögerte… Dann sprach er.', ['Er zögerte…', 'Dann sprach er.']],
  ['spaced ellipsis', 'When the dictators. . . are ready, they strike.', ['When the dictators. . . are ready, they strike.']],
  ['three dots', 'Wait... What happened? Nothing.', ['Wait...', 'What happened?', 'Nothing.']],
  ['blank line ends a sentence', 'Eine Überschrift ohne Punkt\n\nDer Text folgt hier.', ['Eine Überschrift ohne Punkt', 'Der Text folgt hier.']],
  ['heading line without punctuation', 'Die KI-Blase\nKI könnte sich als Hoffnung erweisen.', ['Die KI-Blase', 'KI könnte sich als Hoffnung erweisen.']],
  ['list items', 'Punkte:\n• erstens gut\n• zweitens schlecht', ['Punkte:', '• erstens gut', '• zweitens schlecht']],
  ['dash list items', '- eins\n- zwei', ['- eins', '- zwei']],
  ['numbered list items', '1. Erster Punkt\n2. Zweiter Punkt', ['1. Erster Punkt', '2. Zweiter Punkt']],
  ['label lines', 'Bank: GLS Bank\nIBAN: DE89430609678224073600', ['Bank: GLS Bank', 'IBAN: DE89430609678224073600']],
  [
    'hard-wrapped prose is joined',
    'This is a long line of prose that has been wrapped at about seventy\ncharacters, so it continues on the next line.',
    ['This is a long line of prose that has been wrapped at about seventy\ncharacters, so it continues on the next line.'],
  ],
  ['line ending in a comma continues', 'Zum Beispiel,\num uns zu bewegen.', ['Zum Beispiel,\num uns zu bewegen.']],
  ['initials', 'US-Vizepräsident J. D. Vance sprach. Dann ging er.', ['US-Vizepräsident J. D. Vance sprach.', 'Dann ging er.']],
  ['dotted abbreviation mid-sentence', 'Washington D.C. war überzeugt. Gut.', ['Washington D.C. war überzeugt.', 'Gut.']],
  ['e.V. before lowercase', 'Der Verein acTVism e.V. ist gemeinnützig.', ['Der Verein acTVism e.V. ist gemeinnützig.']],
  ['acronym at the end', 'He met journalists of the FT. I was there.', ['He met journalists of the FT.', 'I was there.']],
  ['compound ending in Art', 'Es geht auf MAGA-Art. Man sieht es.', ['Es geht auf MAGA-Art.', 'Man sieht es.']],
  ['URL and e-mail do not end sentences', 'Schreiben Sie an info@acTVism.org oder https://x.com/a.b. Danke.', ['Schreiben Sie an info@acTVism.org oder https://x.com/a.b.', 'Danke.']],
  ['enumeration at the start of a line', '  1. @mspro Ja. Das Thema ist schwierig.', ['1. @mspro Ja.', 'Das Thema ist schwierig.']],
  ['dash continues after a question', 'Was nun? – fragte er. Keiner wusste es.', ['Was nun? – fragte er.', 'Keiner wusste es.']],
  ['p.m. before a new sentence', 'He arrived at 5 p.m. Then he left.', ['He arrived at 5 p.m.', 'Then he left.']],
  ['p.m. inside a sentence', 'He arrived at 5 p.m. and left.', ['He arrived at 5 p.m. and left.']],
  ['CRLF blank line', 'Erster Satz.\r\n\r\nZweiter Satz', ['Erster Satz.', 'Zweiter Satz']],
  ['Markdown heading', '# Überschrift\nText folgt hier.', ['# Überschrift', 'Text folgt hier.']],
  ['nested quotes', 'Er sagte: „Sie sagte ‚Nein.‘“ Dann ging er.', ['Er sagte: „Sie sagte ‚Nein.‘“', 'Dann ging er.']],
  ['exclamation in parentheses', 'Sie sah ihn (wirklich!). Dann ging sie.', ['Sie sah ihn (wirklich!).', 'Dann ging sie.']],
  ['whitespace only', '  \n\n \t ', []],
  ['no final punctuation', 'Ohne Punkt am Ende', ['Ohne Punkt am Ende']],
];

describe('splitSentences', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  it('returns offsets into the text, without surrounding whitespace', () => {
    const text = '  Erster Satz.   Zweiter Satz.  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 14 },
      { start: 17, end: 30 },
    ]);
  });

  it('honours start and end options', () => {
    const text = 'Vorher. Mitte eins. Mitte zwei. Nachher.';
    const spans = splitSentences(text, { start: 8, end: 31 });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Mitte eins.', 'Mitte zwei.']);
  });
});
