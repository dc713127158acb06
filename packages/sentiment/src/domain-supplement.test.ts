import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, getAnalyzer } from '../test/helpers.js';
import { DOMAIN_SUPPLEMENT } from './domain-supplement.js';
import { loadLexicons } from './load-lexicons.js';
import { scoreSentiment } from './score-sentiment.js';
import type { Lexicons } from './types.js';

/** For each entry: a sentence the general lexicons get wrong (the entry is its only evaluative word). */
const EXAMPLES: Record<string, { text: string; label: 'positive' | 'negative' }> = {
  // The compound head `Mord` (-0.36) already makes Völkermord negative; the entry makes it outweigh praise.
  Völkermord: { text: 'Der Völkermord überschattet den Erfolg der Konferenz.', label: 'negative' },
  Genozid: { text: 'Die Kommission untersucht den Genozid.', label: 'negative' },
  Plünderung: { text: 'Die Plünderung der Stadt dauerte drei Tage.', label: 'negative' },
  plündern: { text: 'Soldaten plünderten die Dörfer.', label: 'negative' },
  Imperialist: { text: 'Die Imperialisten sitzen in Washington.', label: 'negative' },
  Kriegstreiber: { text: 'Die Kriegstreiber sitzen in den Hauptstädten.', label: 'negative' },
  Sanktion: { text: 'Neue Sanktionen treffen die Bevölkerung.', label: 'negative' },
  Verbrechen: { text: 'Das Gericht verhandelt das Verbrechen.', label: 'negative' },
  Verbrecher: { text: 'Die Verbrecher sitzen im Parlament.', label: 'negative' },
  Terrorist: { text: 'Die Terroristen kamen in der Nacht.', label: 'negative' },
  Diktatur: { text: 'Das Land wurde zur Diktatur.', label: 'negative' },
  Doppelmoral: { text: 'Das zeigt die Doppelmoral des Westens.', label: 'negative' },
  Desinformation: { text: 'Die Meldung war Desinformation.', label: 'negative' },
  Hetze: { text: 'Die Zeitung betreibt Hetze.', label: 'negative' },
  Gier: { text: 'Hier regiert die Gier.', label: 'negative' },
  Folter: { text: 'Die Gefangenen berichten von Folter.', label: 'negative' },
  Mörder: { text: 'Der Mörder lebt in der Stadt.', label: 'negative' },
  Eskalation: { text: 'Die Eskalation geht weiter.', label: 'negative' },
  Vasall: { text: 'Europa ist ein Vasall Washingtons.', label: 'negative' },
  Durchbruch: { text: 'Das Labor meldet einen Durchbruch.', label: 'positive' },
  Waffenstillstand: { text: 'Seit Montag gilt ein Waffenstillstand.', label: 'positive' },
  Massaker: { text: 'In dem Dorf kam es zu einem Massaker.', label: 'negative' },
  Terror: { text: 'Die Bevölkerung lebt im Terror.', label: 'negative' },
  Invasion: { text: 'Die Invasion begann im Morgengrauen.', label: 'negative' },
  Ausbeutung: { text: 'Das System beruht auf Ausbeutung.', label: 'negative' },
  Heuchelei: { text: 'Das nennt man Heuchelei.', label: 'negative' },
  Unterdrückung: { text: 'Die Bewohner berichten von Unterdrückung.', label: 'negative' },
  brutal: { text: 'Die Polizei ging brutal vor.', label: 'negative' },
  Frieden: { text: 'In der Region herrscht Frieden.', label: 'positive' },
  Wohlstand: { text: 'Das Land erlebt eine Zeit des Wohlstands.', label: 'positive' },
  Fortschritt: { text: 'Die Gespräche machen Fortschritte.', label: 'positive' },
  genocide: { text: 'The report describes a genocide.', label: 'negative' },
  looting: { text: 'Looting continued through the night.', label: 'negative' },
  imperialist: { text: 'The imperialists met in London.', label: 'negative' },
  warmonger: { text: 'The warmongers met in Washington.', label: 'negative' },
  sanctions: { text: 'New sanctions target ordinary families.', label: 'negative' },
  massacre: { text: 'The village witnessed a massacre.', label: 'negative' },
  censorship: { text: 'The platform introduced censorship.', label: 'negative' },
  exploitation: { text: 'The system rests on exploitation.', label: 'negative' },
  hypocrisy: { text: 'This is hypocrisy.', label: 'negative' },
  dictatorship: { text: 'The country became a dictatorship.', label: 'negative' },
  disinformation: { text: 'The article was disinformation.', label: 'negative' },
  terrorism: { text: 'The new law targets terrorism.', label: 'negative' },
  ceasefire: { text: 'A ceasefire begins on Monday.', label: 'positive' },
  aggressor: { text: 'The aggressor crossed the border.', label: 'negative' },
  repression: { text: 'Students reported repression.', label: 'negative' },
  bombing: { text: 'The bombing lasted two days.', label: 'negative' },
};

let general: Lexicons;
let full: Lexicons;

beforeAll(async () => {
  [general, full] = await Promise.all([loadLexicons({ supplement: false }), loadLexicons(), getAnalyzer()]);
});

describe('DOMAIN_SUPPLEMENT', () => {
  it('is small and documented: scores in [-1, 1], a reason per entry, no duplicate terms', () => {
    expect(DOMAIN_SUPPLEMENT.length).toBeLessThanOrEqual(60);
    const seen = new Set<string>();
    for (const entry of DOMAIN_SUPPLEMENT) {
      expect(entry.reason.length, entry.term).toBeGreaterThan(10);
      expect(Math.abs(entry.score)).toBeLessThanOrEqual(1);
      for (const form of [entry.term, ...entry.forms]) {
        const key = `${entry.lang}:${form.toLowerCase()}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it.each(DOMAIN_SUPPLEMENT.map((entry) => [entry.term, entry] as const))(
    '%s is absent from the general lexicon or corrects it',
    (_term, entry) => {
      const hit = general[entry.lang].get(entry.term.toLowerCase());
      if (hit !== undefined) expect(Math.abs(hit.score - entry.score)).toBeGreaterThanOrEqual(0.2);
      if (entry.reason.startsWith('absent')) expect(hit).toBeUndefined();
    },
  );

  it.each(DOMAIN_SUPPLEMENT.map((entry) => [entry.term, entry] as const))(
    '%s fixes the label of a sentence the general lexicons get wrong',
    async (term, entry) => {
      const example = EXAMPLES[term];
      expect(example, `add an example sentence for ${term}`).toBeDefined();
      const document = await analyzeText(example!.text, entry.lang);
      const without = scoreSentiment(document, general, { segments: 'all' });
      const withSupplement = scoreSentiment(document, full, { segments: 'all' });
      expect(without.label).not.toBe(example!.label);
      expect(withSupplement.label).toBe(example!.label);
      expect(withSupplement.sentences[0]!.contributions.some((item) => item.source === 'supplement')).toBe(true);
    },
  );
});
