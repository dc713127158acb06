import { isUpper } from './char-class.js';
import { GERMAN_STOPWORDS } from './is-stopword.js';
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

/** Lemmas of inflected articles, possessives and demonstratives (closed classes). */
const CLOSED_CLASS: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  const endings = ['', 'e', 'em', 'en', 'er', 'es'];
  for (const base of ['ein', 'kein', 'mein', 'dein', 'sein', 'ihr', 'unser', 'euer']) {
    for (const ending of endings) table.set(base + ending, base);
  }
  for (const base of ['dies', 'jen', 'jed', 'manch', 'welch', 'solch']) {
    for (const ending of endings.slice(1)) table.set(base + ending, `${base}er`);
  }
  for (const [base, lemma] of [['all', 'all'], ['einig', 'einige'], ['ander', 'andere'], ['beid', 'beide'], ['mehrer', 'mehrere'], ['viel', 'viel'], ['wenig', 'wenig']]) {
    for (const ending of endings) table.set(base! + ending, lemma!);
  }
  table.set('dies', 'dieser');
  table.set('eure', 'euer');
  table.set('euren', 'euer');
  table.set('eurem', 'euer');
  table.set('eurer', 'euer');
  table.set('eures', 'euer');
  for (const article of ['der', 'die', 'das', 'dem', 'den', 'des']) table.set(article, 'der');
  return table;
})();

/** Participles that live on as adjectives of their own (`gesamt` is not a form of `samen`). */
const LEXICALIZED_PARTICIPLES = new Set([
  'gesamt', 'bekannt', 'verwandt', 'beliebt', 'berühmt', 'gelegen', 'verschieden', 'entschieden', 'bestimmt',
  'vergangen', 'erfahren', 'verrückt', 'verlegen', 'gespannt', 'begabt', 'gebildet', 'gewohnt', 'betrunken',
  'ausgezeichnet', 'gesund', 'gemein', 'geheim', 'genau', 'gerecht', 'gering', 'gewiss', 'gewaltig', 'behände',
]);

/** Plural endings of German noun suffixes the dictionary may lack, with their singular. */
const NOUN_PLURALS: ReadonlyArray<readonly [string, string]> = [
  ['ungen', 'ung'], ['heiten', 'heit'], ['keiten', 'keit'], ['schaften', 'schaft'], ['ionen', 'ion'],
  ['täten', 'tät'], ['ismen', 'ismus'], ['lingen', 'ling'], ['linge', 'ling'], ['nissen', 'nis'],
  ['nisse', 'nis'], ['innen', 'in'], ['ierungen', 'ierung'],
];
/** Singular noun endings: such a word is its own lemma. */
const NOUN_SINGULARS = ['ung', 'heit', 'keit', 'schaft', 'ion', 'tät', 'ismus', 'ling', 'nis', 'in', 'ik', 'ur', 'ei'];
/** Endings of uninflected adjectives and adverbs: such a word is its own lemma. */
const BASE_FORM_ENDINGS = ['stens', 'lich', 'ig', 'isch', 'bar', 'sam', 'haft', 'los', 'weise', 'wärts', 'mals', 'dings', 'falls', 'halb'];

/** Lemma of an unknown noun or name by its ending (`Kommerzialisierungen` → `kommerzialisierung`, `Trumps` → `trump`). */
function nounRule(norm: string): string | undefined {
  for (const [plural, singular] of NOUN_PLURALS) {
    if (norm.length > plural.length + 2 && norm.endsWith(plural)) return norm.slice(0, -plural.length) + singular;
  }
  for (const ending of NOUN_SINGULARS) if (norm.endsWith(ending)) return norm;
  // dative plural of -er nouns: Trommlern → trommler
  if (norm.length > 5 && norm.endsWith('ern')) return norm.slice(0, -1);
  // genitive -s of names and nouns: Trumps → trump, Chinas → china
  if (norm.length >= 4 && norm.endsWith('s')) {
    const before = norm.charCodeAt(norm.length - 2);
    if (before !== 115 && before !== 120 && before !== 122 && !norm.endsWith('us') && !norm.endsWith('is') && !norm.endsWith('os')) {
      return norm.slice(0, -1);
    }
  }
  return undefined;
}

/** Dictionary lemma of a word, lowercased, trying noun/verb/adjective by capitalisation. */
function lookup(text: string, norm: string, dict: GermanDictionary, initial: boolean): string | undefined {
  const capitalized = isUpper(text.charCodeAt(0));
  if (capitalized) {
    // the form as written, then capitalised from its norm (`EU-WEIT`, `ÖL` → `Öl`) unless that is the same string
    let noun = dict.noun(text);
    if (noun === undefined) {
      const capital = capitalize(norm);
      if (capital !== text) noun = dict.noun(capital);
    }
    if (noun !== undefined) return noun.toLowerCase();
    // inside a sentence a capitalised word is a noun or a name, not a verb or adjective
    if (!initial) return undefined;
  }
  const adjective = dict.adjective(norm);
  if (adjective !== undefined) {
    const lower = adjective.toLowerCase();
    return (LEXICALIZED_PARTICIPLES.has(lower) ? undefined : dict.participle(lower)) ?? lower;
  }
  const verb = dict.verb(norm);
  if (verb !== undefined) return verb;
  if (!capitalized) {
    const noun = dict.noun(capitalize(norm));
    if (noun !== undefined) return noun.toLowerCase();
  }
  return undefined;
}

/** Lemma of a compound by its head (`steuersenkungen` → `steuersenkung`, `hinausgehen` → `hinausgehen`), or undefined. */
function headLemma(text: string, norm: string, dict: GermanDictionary): string | undefined {
  if (norm.length < 7 || norm.includes('-')) return undefined;
  const noun = isUpper(text.charCodeAt(0));
  for (let i = 2; i <= norm.length - 4; i++) {
    const head = norm.slice(i);
    if (noun) {
      const lemma = dict.noun(capitalize(head));
      if (lemma !== undefined) return norm.slice(0, i) + lemma.toLowerCase();
    } else {
      const lemma = dict.adjective(head) ?? (i >= 3 ? dict.verb(head) : undefined);
      if (lemma !== undefined) return norm.slice(0, i) + lemma.toLowerCase();
    }
  }
  return undefined;
}

/**
 * German lemma of a word (lowercased): dictionary (nouns by their capitalised form, adjectives,
 * verbs), then comparatives/superlatives, compounds by their head, noun endings, and the stemmer
 * as the last fallback. A capitalised word inside a sentence is looked up as a noun only and,
 * when unknown, kept (a name: `Trump` → `trump`, `Trumps` → `trump`). Hyphenated compounds are
 * lemmatised by their last part (`Mini-Handelskrieg` → `mini-handelskrieg`).
 *
 * @param text - The token as written (its capitalisation decides noun first).
 * @param norm - The token's `norm`.
 * @param dict - The loaded German dictionary.
 * @param stem - The last fallback: the stem of `norm`.
 * @param initial - Whether the word starts its sentence (a capital then says nothing). Default: `false`.
 */
export function lemmatizeGerman(
  text: string,
  norm: string,
  dict: GermanDictionary,
  stem: string,
  initial = false,
): string {
  const dash = norm.lastIndexOf('-');
  if (dash > 0 && dash < norm.length - 1) {
    const textDash = Math.max(text.lastIndexOf('-'), text.lastIndexOf('\u2010'), text.lastIndexOf('\u2011'));
    const lastText = text.slice(textDash + 1).replace(QUOTES, '');
    const last = norm.slice(dash + 1).replace(QUOTES, '');
    if (last.length === 0 || lastText.length === 0) return norm;
    const lastLemma =
      lookup(lastText, last, dict, false) ??
      headLemma(lastText, last, dict) ??
      (isUpper(lastText.charCodeAt(0)) ? nounRule(last) : undefined);
    return norm.slice(0, dash + 1) + (lastLemma ?? last);
  }
  // function words: articles and possessives by table, auxiliaries and modals by the verb
  // tables (`ist` → `sein`, `kann` → `können`), everything else as it is (`für`, `immer`)
  // (a capitalised one inside a sentence is a noun first: `Macht`, `Ende`)
  if (GERMAN_STOPWORDS.has(norm) && (initial || !isUpper(text.charCodeAt(0)))) {
    return CLOSED_CLASS.get(norm) ?? dict.verb(norm) ?? norm;
  }
  const found = lookup(text, norm, dict, initial);
  if (found !== undefined) return found;
  const capitalized = isUpper(text.charCodeAt(0));
  // an unknown acronym or word in capitals (`NATO`, `PEPE`) stays as it is
  if (norm.length >= 2 && isUpper(text.charCodeAt(1))) return norm;
  if (capitalized) {
    const head = headLemma(text, norm, dict);
    if (head !== undefined) return head;
    const rule = nounRule(norm);
    if (rule !== undefined) return rule;
    if (!initial) return norm;
  }
  const comparison = comparisonLemma(norm, dict);
  if (comparison !== undefined) return comparison;
  for (const ending of BASE_FORM_ENDINGS) if (norm.endsWith(ending)) return norm;
  if (!capitalized) {
    const head = headLemma(text, norm, dict);
    if (head !== undefined) return head;
  }
  return stem;
}
