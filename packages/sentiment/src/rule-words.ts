import type { LexiconLanguage } from './types.js';

/** The words the sentence rules react to, per language. All lowercased, matched on `token.norm`. */
export interface RuleWords {
  /** Negators, matched exactly. */
  negators: ReadonlySet<string>;
  /** Prefixes that make a negator (`kein` → `keine`, `keinesfalls`; `niemand` → `niemandem`). */
  negatorPrefixes: readonly string[];
  /** Suffixes that make a negator (`n't` → `don't`). */
  negatorSuffixes: readonly string[];
  /** Words that turn a following negator off (`nicht nur`, `not only`): negator + next word. */
  negationExceptions: ReadonlySet<string>;
  /** Second part of a paired negation (`weder … noch`, `neither … nor`). */
  pairedNegators: ReadonlyMap<string, string>;
  /**
   * Intensifier and diminisher factors. Minimisers (`kaum`, `wenig`, `barely`, `hardly`) have a
   * negative factor: they deny rather than soften (`wenig erfreulich` is unpleasant).
   */
  modifiers: ReadonlyMap<string, number>;
  /** Contrast words valid anywhere in a clause. */
  contrast: ReadonlySet<string>;
  /** Contrast words valid only at the start of a clause (`doch`, `yet`). */
  contrastAtClauseStart: ReadonlySet<string>;
  /** Subordinating words that open a new clause. */
  subordinators: ReadonlySet<string>;
  /** Words that end a negation scope without ending the clause. */
  coordinators: ReadonlySet<string>;
  /** Complementisers a negation may be raised into (`Ich glaube nicht, dass …`). */
  complementizers: ReadonlySet<string>;
  /** Verbs of opinion that pass their negation on to the clause they govern; never scored. */
  raisingVerbs: ReadonlySet<string>;
}

/** German rule words. */
export const GERMAN_RULE_WORDS: RuleWords = {
  negators: new Set(['nicht', 'nichts', 'nie', 'niemals', 'nimmer', 'ohne', 'weder', 'nirgends', 'nirgendwo']),
  negatorPrefixes: ['kein', 'niemand'],
  negatorSuffixes: [],
  negationExceptions: new Set(['nicht nur', 'nicht zuletzt', 'nicht umsonst', 'kein wunder', 'nichts anderes']),
  pairedNegators: new Map([['weder', 'noch']]),
  modifiers: new Map([
    ['sehr', 1.5],
    ['äußerst', 1.8],
    ['äusserst', 1.8],
    ['extrem', 1.8],
    ['höchst', 1.7],
    ['zutiefst', 1.7],
    ['außerordentlich', 1.7],
    ['völlig', 1.6],
    ['total', 1.6],
    ['absolut', 1.6],
    ['ungemein', 1.6],
    ['enorm', 1.5],
    ['besonders', 1.4],
    ['kaum', -0.3],
    ['wenig', -0.3],
    ['etwas', 0.6],
  ]),
  contrast: new Set(['aber', 'jedoch', 'sondern', 'allerdings']),
  contrastAtClauseStart: new Set(['doch']),
  subordinators: new Set(['weil', 'obwohl', 'obgleich', 'während', 'wenn', 'falls', 'dass', 'damit', 'sodass', 'denn', 'nachdem', 'bevor', 'ob']),
  coordinators: new Set(['und', 'oder', 'sowie']),
  complementizers: new Set(['dass']),
  raisingVerbs: new Set(['glaube', 'glaubt', 'glauben', 'denke', 'denkt', 'denken', 'meine', 'meint', 'meinen', 'finde', 'findet', 'finden']),
};

/** English rule words. */
export const ENGLISH_RULE_WORDS: RuleWords = {
  negators: new Set([
    'not', 'no', 'never', "n't", 'nobody', 'none', 'nothing', 'neither', 'nowhere', 'without', 'cannot',
    'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'cant', 'couldnt', 'shouldnt',
    'wouldnt', 'havent', 'hasnt', 'hadnt', 'aint',
  ]),
  negatorPrefixes: [],
  negatorSuffixes: ["n't"],
  negationExceptions: new Set(['not only', 'not just', 'not least', 'no doubt', 'nothing but']),
  pairedNegators: new Map([['neither', 'nor']]),
  modifiers: new Map([
    ['very', 1.5],
    ['extremely', 1.8],
    ['utterly', 1.8],
    ['incredibly', 1.6],
    ['deeply', 1.6],
    ['totally', 1.6],
    ['completely', 1.6],
    ['absolutely', 1.6],
    ['highly', 1.5],
    ['truly', 1.4],
    ['particularly', 1.4],
    ['especially', 1.4],
    ['really', 1.3],
    ['barely', -0.3],
    ['hardly', -0.3],
    ['scarcely', -0.3],
    ['slightly', 0.5],
    ['marginally', 0.5],
    ['somewhat', 0.6],
  ]),
  contrast: new Set(['but', 'however']),
  contrastAtClauseStart: new Set(['yet']),
  subordinators: new Set(['because', 'although', 'though', 'while', 'whereas', 'which', 'who', 'whom', 'if', 'unless', 'since']),
  coordinators: new Set(['and', 'or']),
  complementizers: new Set(),
  raisingVerbs: new Set(['think', 'thinks', 'believe', 'believes', 'suppose', 'expect', 'expects']),
};

/** Rule words for a language. */
export function getRuleWords(lang: LexiconLanguage): RuleWords {
  return lang === 'en' ? ENGLISH_RULE_WORDS : GERMAN_RULE_WORDS;
}

/** True when `norm` is a negator in `words`. */
export function isNegator(norm: string, words: RuleWords): boolean {
  if (words.negators.has(norm)) return true;
  for (const prefix of words.negatorPrefixes) if (norm.startsWith(prefix)) return true;
  for (const suffix of words.negatorSuffixes) if (norm.endsWith(suffix)) return true;
  return false;
}
