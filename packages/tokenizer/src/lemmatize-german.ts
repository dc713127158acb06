import { isUpper } from './char-class.js';
import type { GermanDictionary } from './load-german-dictionary.js';

/** Irregular comparatives and superlatives the dictionary lacks (lowercased form → lemma). */
const IRREGULAR_COMPARISON: ReadonlyMap<string, string> = new Map([
  ['besser', 'gut'], ['bessere', 'gut'], ['besseren', 'gut'], ['besserem', 'gut'], ['besserer', 'gut'], ['besseres', 'gut'],
  ['best', 'gut'], ['beste', 'gut'], ['besten', 'gut'], ['bestem', 'gut'], ['bester', 'gut'], ['bestes', 'gut'],
  ['mehr', 'viel'], ['meist', 'viel'], ['meiste', 'viel'], ['meisten', 'viel'], ['meistem', 'viel'], ['meister', 'viel'], ['meistes', 'viel'],
  ['höher', 'hoch'], ['höhere', 'hoch'], ['höheren', 'hoch'], ['höherem', 'hoch'], ['höherer', 'hoch'], ['höheres', 'hoch'],
  ['höchst', 'hoch'], ['höchste', 'hoch'], ['höchsten', 'hoch'], ['höchstem', 'hoch'], ['höchster', 'hoch'], ['höchstes', 'hoch'],
  ['näher', 'nah'], ['nähere', 'nah'], ['näheren', 'nah'], ['nächst', 'nah'], ['nächste', 'nah'], ['nächsten', 'nah'],
  ['nächstem', 'nah'], ['nächster', 'nah'], ['nächstes', 'nah'], ['lieber', 'gern'], ['liebsten', 'gern'], ['am', 'am'],
  ['weniger', 'wenig'], ['wenigsten', 'wenig'], ['minder', 'wenig'], ['mindesten', 'wenig'],
]);

const COMPARISON_ENDINGS = [
  'esten', 'estem', 'ester', 'estes', 'este', 'sten', 'stem', 'ster', 'stes', 'ste', 'st',
  'eren', 'erem', 'erer', 'eres', 'ere', 'er', 'ten', 'tem', 'ter', 'tes', 'te',
];

const QUOTES = /^["'\u201e\u201c\u201d\u201a\u2018\u2019\u00bb\u00ab]+|["'\u201e\u201c\u201d\u201a\u2018\u2019\u00bb\u00ab]+$/g;

function removeUmlaut(s: string): string {
  return s.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lemma of a comparative/superlative (`größten` → `groß`, `schnellsten` → `schnell`), or undefined. */
function comparisonLemma(norm: string, dict: GermanDictionary): string | undefined {
  const irregular = IRREGULAR_COMPARISON.get(norm);
  if (irregular !== undefined) return irregular;
  for (const ending of COMPARISON_ENDINGS) {
    if (norm.length - ending.length < 2 || !norm.endsWith(ending)) continue;
    const base = norm.slice(0, -ending.length);
    for (const candidate of [base, removeUmlaut(base)]) {
      const lemma = dict.adjective(candidate);
      if (lemma !== undefined && lemma.toLowerCase() === candidate) return candidate;
    }
  }
  return undefined;
}

/** Dictionary lemma of a word, lowercased, trying noun/verb/adjective by capitalisation. */
function lookup(text: string, norm: string, dict: GermanDictionary): string | undefined {
  const capitalized = isUpper(text.charCodeAt(0));
  if (capitalized) {
    const noun = dict.noun(text) ?? dict.noun(capitalize(norm));
    if (noun !== undefined) return noun.toLowerCase();
  }
  const adjective = dict.adjective(norm);
  if (adjective !== undefined) {
    const lower = adjective.toLowerCase();
    return dict.participle(lower) ?? lower;
  }
  const verb = dict.verb(norm);
  if (verb !== undefined) return verb;
  if (!capitalized) {
    const noun = dict.noun(capitalize(norm));
    if (noun !== undefined) return noun.toLowerCase();
  }
  return undefined;
}

/** Lemma of a compound by its head (`steuersenkungen` → `steuersenkung`), or undefined. */
function headLemma(text: string, norm: string, dict: GermanDictionary): string | undefined {
  if (norm.length < 7 || norm.includes('-')) return undefined;
  const noun = isUpper(text.charCodeAt(0));
  for (let i = 2; i <= norm.length - 4; i++) {
    const head = norm.slice(i);
    if (noun) {
      const lemma = dict.noun(capitalize(head));
      if (lemma !== undefined) return norm.slice(0, i) + lemma.toLowerCase();
    } else {
      const lemma = dict.adjective(head);
      if (lemma !== undefined) return norm.slice(0, i) + lemma.toLowerCase();
    }
  }
  return undefined;
}

/**
 * German lemma of a word (lowercased): dictionary (nouns by their capitalised form, adjectives,
 * verbs), then comparatives/superlatives, then compounds by their head, then the stemmer.
 * Hyphenated compounds are lemmatised by their last part (`Mini-Handelskrieg` → `mini-handelskrieg`).
 *
 * @param text - The token as written (its capitalisation decides noun first).
 * @param norm - The token's `norm`.
 * @param dict - The loaded German dictionary.
 * @param stem - Stemmer fallback.
 */
export function lemmatizeGerman(
  text: string,
  norm: string,
  dict: GermanDictionary,
  stem: (norm: string) => string,
): string {
  const dash = norm.lastIndexOf('-');
  if (dash > 0 && dash < norm.length - 1) {
    const textDash = Math.max(text.lastIndexOf('-'), text.lastIndexOf('\u2010'), text.lastIndexOf('\u2011'));
    const lastText = text.slice(textDash + 1).replace(QUOTES, '');
    const last = norm.slice(dash + 1).replace(QUOTES, '');
    if (last.length === 0 || lastText.length === 0) return norm;
    const lastLemma = lookup(lastText, last, dict) ?? headLemma(lastText, last, dict);
    return norm.slice(0, dash + 1) + (lastLemma ?? last);
  }
  const found = lookup(text, norm, dict);
  if (found !== undefined) return found;
  const comparison = comparisonLemma(norm, dict);
  if (comparison !== undefined) return comparison;
  const head = headLemma(text, norm, dict);
  if (head !== undefined) return head;
  return stem(norm);
}
