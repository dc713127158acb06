import { describe, expect, it } from 'vitest';
import { isHeadingLine } from './is-heading-line';

describe('isHeadingLine', () => {
  it('accepts short capitalised lines without closing punctuation, questions, Markdown headings', () => {
    for (const line of ['Die KI-Blase', 'Chinas 15. Fünfjahresplan', 'MAGA: das magisch-global-aggressive Modell', 'Ein neuer Weg?', '# Titel', 'Fazit¹'])
      expect(isHeadingLine(line)).toBe(true);
  });

  it('rejects sentences, colons, exclamations, quotes, lower-case starts and long lines', () => {
    for (const line of ['Und das ist erst der Anfang.', 'Ich sag jetzt mal etwas „weirdes“:', '(Just can’t stop) when my spark gets hot', 'kleine Zeile', 'Ja! Nein.', 'Wir müssen handeln!', 'Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn'])
      expect(isHeadingLine(line)).toBe(false);
  });
});
