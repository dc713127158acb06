import { collectWords, type PhraseWord } from './collect-words.js';
import { compareStrings } from './compare-strings.js';
import type { GermanLexicon } from './load-german-lexicon.js';
import { termOf } from './count-terms.js';
import { OWN_TEXT_SEGMENTS, type KeywordDocument } from './types.js';

/** Options of {@link findEntities}. */
export interface FindEntitiesOptions {
  /** Minimum occurrences of an entity. Default `2`. */
  minCount?: number;
  /** Keep at most this many. Default: all. */
  top?: number;
  /** Segment kinds to use. Default: title, body, heading, list, footnote. */
  segments?: readonly string[];
  /**
   * German noun/adjective lookups that tell common nouns from names (`await loadGermanLexicon()`).
   * Default: none, only corpus evidence and noun suffixes (more common nouns come through).
   */
  lexicon?: GermanLexicon;
}

/** How an entity candidate was recognised. */
export type EntityKind = 'multiword' | 'acronym' | 'name';

/** An entity candidate. */
export interface Entity {
  /** As written (a German genitive `-s` of a known name is merged into the name). */
  text: string;
  /** Occurrences. */
  count: number;
  kind: EntityKind;
  /** Occurrences per document name. */
  documents: Record<string, number>;
}

const TITLES = new Set(['herr', 'herrn', 'frau', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir']);
const CAMEL = /\p{Ll}\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+s?$/u;
const NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|sion|ismus|ität|chen|lein|ment|tum|nis|ik|ur|enz|anz|ling|ei|ie)(en|n|s|e|es)?$/u;

/**
 * Entity candidates—names of people, places and organisations—from multiword capitalised
 * sequences (`Pepe Escobar`, `Wall Street`, `Vereinigten Staaten`), acronyms (`NATO`, `BRICS`)
 * and capitalised words that are not German common nouns (`DeepSeek`, `Trump`): German
 * capitalises every noun, so a capitalised German word counts only when the lexicon does not
 * know it as a noun (nor as a compound with a known noun as its head) and it is not written in
 * lower case elsewhere. Sentences in capitals (`PUTIN SENT TRUMP …`) are skipped.
 *
 * @param documents Documents with tokenizer sentences.
 * @param options See {@link FindEntitiesOptions}.
 * @returns Entities, most frequent first (ties by text).
 */
export function findEntities(documents: readonly KeywordDocument[], options: FindEntitiesOptions = {}): Entity[] {
  const lexicon = options.lexicon;
  const segments = options.segments ?? OWN_TEXT_SEGMENTS;
  const kinds = new Set(segments);
  // Corpus evidence: how often each lowercased word is written in lower case, and capitalised
  // inside a sentence (counted from the tokens, as `collectWords` would see them, so that the
  // collected words of only one document at a time need to be held below).
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const document of documents) {
    for (const sentence of document.sentences) {
      if (!kinds.has(sentence.segment)) continue;
      let initial = true;
      for (const token of sentence.tokens) {
        if (token.kind !== 'word') continue;
        const key = termOf(token, 'surface');
        if (!CAPITALISED.test(token.text)) lower.set(key, (lower.get(key) ?? 0) + 1);
        else if (!initial) upper.set(key, (upper.get(key) ?? 0) + 1);
        initial = false;
      }
    }
  }
  const nounCache = new Map<string, boolean>();
  const isCommonNoun = (word: string): boolean => {
    let value = nounCache.get(word);
    if (value === undefined) nounCache.set(word, (value = testCommonNoun(word, lexicon)));
    return value;
  };
  const usedLowercase = (word: PhraseWord) => {
    const count = lower.get(word.key) ?? 0;
    return count > 0 && count >= (upper.get(word.key) ?? 0);
  };
  const isStrong = (word: PhraseWord) => word.acronym || CAMEL.test(word.text);
  /** Whether a capitalised content word can be (part of) a name at all. */
  const nameable = (word: PhraseWord, lang: string): boolean => {
    if (!word.content || !word.capitalised || TITLES.has(word.key)) return false;
    if (isStrong(word)) return true;
    // A sentence-initial capital proves nothing: the word (or, for a genitive, its base) must also be capitalised inside a sentence.
    if (word.initial && (upper.get(word.key) ?? 0) === 0 && (upper.get(word.key.replace(/s$/u, '')) ?? 0) === 0) {
      return false;
    }
    return !usedLowercase(word) || lang !== 'de';
  };
  /**
   * Whether a nameable word is an ordinary word: a German common noun, or in other languages a
   * word also written in lower case. (A capitalised German adjective inside a sentence belongs
   * to a name: `Vereinigten Staaten`, `Europäischen Zentralbank`.)
   */
  const ordinary = (word: PhraseWord, lang: string): boolean => {
    if (isStrong(word)) return false;
    if (lang !== 'de') return usedLowercase(word);
    return isCommonNoun(word.text);
  };

  const found = new Map<string, Entity>();
  const record = (text: string, kind: EntityKind, document: string) => {
    text = text.replace(/['’]s$/u, '');
    let entity = found.get(text);
    if (entity === undefined) found.set(text, (entity = { text, count: 0, kind, documents: {} }));
    entity.count++;
    entity.documents[document] = (entity.documents[document] ?? 0) + 1;
  };

  // Runs with leading ordinary words (`Präsident Trump`, `Disco Inferno`) are decided after all
  // runs are seen: the description is dropped when the rest also stands alone as a name.
  const standalone = new Set<string>();
  const described: { run: PhraseWord[]; lang: string; document: string }[] = [];
  const recordRun = (run: readonly PhraseWord[], lang: string, document: string) => {
    // A German common noun after a name in the genitive is not part of it (`Trumps Zollpolitik`,
    // `Putins Worte`); after an adjective or another name it is (`Kalten Krieg`, `Financial Times`).
    let end = run.length;
    while (
      lang === 'de' &&
      end > 1 &&
      ordinary(run[end - 1]!, lang) &&
      run[end - 2]!.key.endsWith('s') &&
      !ordinary(run[end - 2]!, lang) &&
      !(lexicon?.isAdjective(run[end - 2]!.key) ?? false)
    ) {
      end--;
    }
    if (end < run.length) run = run.slice(0, end);
    if (run.length > 1) {
      // A run of ordinary words only (`Krieg Frieden`) is no name.
      if (!run.every((word) => ordinary(word, lang))) record(run.map((word) => word.text).join(' '), 'multiword', document);
      return;
    }
    const word = run[0]!;
    if (word.text.includes('-') && !isStrong(word)) return;
    if (word.acronym && ACRONYM.test(word.text)) record(word.text, 'acronym', document);
    else if (isStrong(word)) record(word.text, 'name', document);
    else if (!ordinary(word, lang) && !(lang === 'de' && (lexicon?.isAdjective(word.key) ?? false))) {
      record(word.text, 'name', document);
    }
  };
  for (const document of documents) {
    const name = document.name;
    const sentences = collectWords(document.sentences, { unit: 'surface', segments });
    for (const sentence of sentences) {
      if (isShouting(sentence.chunks)) continue;
      for (const chunk of sentence.chunks) {
        let i = 0;
        while (i < chunk.length) {
          if (!nameable(chunk[i]!, sentence.lang)) {
            i++;
            continue;
          }
          let end = i;
          while (end < chunk.length && nameable(chunk[end]!, sentence.lang)) end++;
          const run = chunk.slice(i, end);
          i = end;
          if (run.length > 1 && ordinary(run[0]!, sentence.lang)) {
            described.push({ run, lang: sentence.lang, document: name });
          } else {
            standalone.add(run.map((word) => word.text).join(' '));
            recordRun(run, sentence.lang, name);
          }
        }
      }
    }
  }
  for (const { run, lang, document } of described) {
    let start = 0;
    while (start < run.length - 1 && ordinary(run[start]!, lang)) start++;
    const rest = run.slice(start);
    recordRun(standalone.has(rest.map((word) => word.text).join(' ')) ? rest : run, lang, document);
  }

  // German genitive: `Trumps`, `Chinas`, `Putins` count as `Trump`, `China`, `Putin`.
  for (const entity of [...found.values()]) {
    const base = found.get(entity.text.slice(0, -1));
    if (!entity.text.endsWith('s') || base === undefined || entity.kind === 'acronym') continue;
    base.count += entity.count;
    for (const [document, count] of Object.entries(entity.documents)) {
      base.documents[document] = (base.documents[document] ?? 0) + count;
    }
    found.delete(entity.text);
  }
  const minCount = options.minCount ?? 2;
  const result = [...found.values()]
    .filter((entity) => entity.count >= minCount)
    .sort((a, b) => b.count - a.count || compareStrings(a.text, b.text));
  return options.top === undefined ? result : result.slice(0, options.top);
}

/**
 * Whether a capitalised German word is a common noun: a lexicon noun form, or a compound whose
 * head is a lexicon noun and whose modifier is a known word (`Zollpolitik`, `Handelskrieg`).
 * or a word with a typical noun suffix (`-ung`, `-heit`, `-keit`, `-schaft`, `-tion`, …), which
 * is all that is checked without a lexicon.
 */
function testCommonNoun(word: string, lexicon: GermanLexicon | undefined): boolean {
  if (NOUN_SUFFIX.test(word)) return true;
  if (lexicon === undefined) return false;
  // Adjective forms (also listed as nominalised nouns: `Kalten`, `Vereinigten`) are not common nouns here.
  if (lexicon.isAdjective(word.toLowerCase())) return false;
  if (lexicon.isNoun(word)) return true;
  for (let i = 3; i <= word.length - 4; i++) {
    const head = word[i]!.toUpperCase() + word.slice(i + 1);
    // Country names end in -land (`Russland`, `Finnland`); common -land nouns are in the lexicon.
    if (head.startsWith('Land') || !lexicon.isNoun(head)) continue;
    const modifier = word.slice(0, i);
    const bare = modifier.replace(/(es|s|en|n|er|e)$/u, '');
    if (
      lexicon.isNoun(modifier) ||
      (bare.length >= 3 && lexicon.isNoun(bare)) ||
      lexicon.isAdjective(modifier.toLowerCase())
    ) {
      return true;
    }
  }
  return false;
}

function isShouting(chunks: readonly (readonly PhraseWord[])[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const chunk of chunks) {
    for (const word of chunk) {
      if (word.text.length < 2) continue;
      words++;
      if (word.acronym) capitals++;
    }
  }
  return capitals >= 3 && capitals * 2 >= words;
}

