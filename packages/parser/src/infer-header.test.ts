import { describe, expect, it } from 'vitest';
import { inferHeader } from './infer-header';

function infer(text: string) {
  const header = inferHeader(text);
  return {
    author: header.author,
    date: header.date,
    title: header.title,
    spans: header.spans.map((span) => [span.kind, text.slice(span.start, span.end)]),
  };
}

describe('inferHeader', () => {
  it('reads `date YYYY-MM` followed by `Von X` (seed 000)', () => {
    expect(infer(' date 2025-01 Von Pepe Escobar\n\nIn den späten 1970er Jahren konnte man …')).toEqual({
      author: 'Pepe Escobar',
      date: '2025-01',
      title: null,
      spans: [['header', ' date 2025-01 Von Pepe Escobar']],
    });
  });

  it('reads `date YYYY-MM` glued to the first sentence, consuming only the prefix (seed 004)', () => {
    expect(infer(' date 2025-02 Die gegenseitige Wertschätzung unter Faschisten mal außen vor …')).toEqual({
      author: null,
      date: '2025-02',
      title: null,
      spans: [['header', ' date 2025-02 ']],
    });
  });

  it('reads title, subtitle and `14. November 2025 | Pepe Escobar` (seed 001)', () => {
    const text =
      'Warum die Handels- und Technikkarten in China hergestellt werden\n\nDas Zielen auf Verbündete ist die letzte Karte, die dem Imperium zur Verfügung steht.\n\n\n\n14. November 2025 | Pepe Escobar\n\nChina befindet sich mitten in einer Offensive.';
    expect(infer(text)).toEqual({
      author: 'Pepe Escobar',
      date: '2025-11-14',
      title: 'Warum die Handels- und Technikkarten in China hergestellt werden',
      spans: [
        ['title', 'Warum die Handels- und Technikkarten in China hergestellt werden'],
        ['header', '14. November 2025 | Pepe Escobar'],
      ],
    });
  });

  it('reads a transcript: title, disclaimer, first speaker label (seed 002)', () => {
    const text =
      '\n\nVaroufakis über Chinas KI DeepSeek\n\nDas Transkript gibt möglicherweise den ursprünglichen Inhalt nicht wortgenau wieder.\n\nYanis Varoufakis: Hallo, ich bin Yanis Varoufakis und berichte über die Ereignisse zum Monatsende, Januar 2025.';
    expect(infer(text)).toEqual({
      author: 'Yanis Varoufakis',
      date: null,
      title: 'Varoufakis über Chinas KI DeepSeek',
      spans: [
        ['title', 'Varoufakis über Chinas KI DeepSeek'],
        ['header', 'Yanis Varoufakis: '],
      ],
    });
  });

  it('takes a speaker label without a transcript cue only when another label follows', () => {
    expect(infer('Anna Schmidt: Guten Tag.\n\nBernd Meier: Hallo.').author).toBe('Anna Schmidt');
    expect(infer('Meine Vermutung: Man kann dem Markt beim Denken zuschauen.').author).toBeNull();
    expect(infer('Kurze Antwort: Nein, das geht so nicht weiter und wird sich auch nicht ändern.').author).toBeNull();
  });

  it.each([
    ['By Jane Doe', 'Jane Doe', null],
    ['Von Hans-Peter von der Heide', 'Hans-Peter von der Heide', null],
    ['Jane Doe | March 3, 2025', 'Jane Doe', '2025-03-03'],
    ['March 3, 2025 | Jane Doe', 'Jane Doe', '2025-03-03'],
    ['By Jane Doe | March 3rd, 2025', 'Jane Doe', '2025-03-03'],
    ['Von Pepe Escobar, 14. November 2025', 'Pepe Escobar', '2025-11-14'],
    ['By Jane Doe on March 3, 2025', 'Jane Doe', '2025-03-03'],
    ['Autorin: Anna Schmidt', 'Anna Schmidt', null],
    ['Jane Doe and John Roe · 3 March 2025', 'Jane Doe and John Roe', '2025-03-03'],
    ['14th November 2025', null, '2025-11-14'],
    ['Januar 2025', null, '2025-01'],
    ['January 2025 – By Jane Doe', 'Jane Doe', '2025-01'],
    ['date 2025-01', null, '2025-01'],
    ['Freitag, 14. November 2025', null, '2025-11-14'],
    ['Veröffentlicht am 14. November 2025', null, '2025-11-14'],
    ['Published: March 3, 2025 | By Jane Doe', 'Jane Doe', '2025-03-03'],
    ['Stand: 14.11.2025', null, '2025-11-14'],
  ])('reads the byline %j', (line, author, date) => {
    const text = `${line}\n\nThe text of the article begins here and goes on for a while, as articles do.`;
    const header = infer(text);
    expect(header.author).toBe(author);
    expect(header.date).toBe(date);
    expect(header.spans).toEqual([['header', line]]);
  });

  it('reads a byline under a title', () => {
    expect(infer('# Disco Inferno\nBy Jane Doe\n\nBody text.')).toEqual({
      author: 'Jane Doe',
      date: null,
      title: 'Disco Inferno',
      spans: [
        ['title', '# Disco Inferno'],
        ['header', 'By Jane Doe'],
      ],
    });
  });

  it('does not take a single word next to a date for an author (datelines)', () => {
    expect(infer('Berlin | 14. November 2025\n\nText.')).toEqual({
      author: null,
      date: '2025-11-14',
      title: null,
      spans: [['header', 'Berlin | 14. November 2025']],
    });
    expect(infer('Berlin, 14. November 2025\n\nText.')).toMatchObject({ author: null, date: '2025-11-14' });
    expect(infer('Berlin\n\nText.')).toMatchObject({ author: null, date: null, title: 'Berlin' });
  });

  it('never takes an author from a name in the text', () => {
    const text = 'Die Rede hielt Donald Trump in Washington, wo Wladimir Putin nicht anwesend war.\n\nPepe Escobar\n\nVon Berlin aus gesehen ist das anders.';
    const header = infer(text);
    expect(header.author).toBeNull();
    expect(header.spans).toEqual([]);
  });

  it('does not take a long first paragraph as a title', () => {
    expect(infer('Dies ist ein Satz. Und dies ist noch einer, der weitergeht.\n\nMehr.').title).toBeNull();
    expect(infer('Nur eine Zeile ohne Leerzeile danach').title).toBeNull();
  });

  it('stops at the body: bylines further down are not read', () => {
    const text = `${'Erster Absatz mit viel Text. '.repeat(20)}\n\nZweiter Absatz.\n\nVon Pepe Escobar`;
    expect(infer(text).author).toBeNull();
  });
});
