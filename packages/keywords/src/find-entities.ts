import type { PhraseWord } from './collect-words.js';
import { compareStrings } from './compare-strings.js';
import {
  ACRONYM,
  CAPITALISED,
  CHUNK_START,
  CONTENT,
  INITIAL,
  indexWords,
  isWordIndex,
  SHORT,
  type WordIndex,
} from './index-words.js';
import type { GermanLexicon } from './load-german-lexicon.js';
import type { KeywordDocument } from './types.js';

/** A word of a name candidate: a phrase word with its norm id and position in the index. */
interface EntityWord extends PhraseWord {
  norm: number;
  position: number;
}

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
const ACRONYM_TEXT = /^\p{Lu}[\p{Lu}\d]+s?$/u;
const NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|sion|ismus|ität|chen|lein|ment|tum|nis|ik|ur|enz|anz|ling|ei|ie)(en|n|s|e|es)?$/u;

/**
 * Entity candidates—names of people, places and organisations—from multiword capitalised
 * sequences (`Pepe Escobar`, `Wall Street`, `Vereinigten Staaten`), acronyms (`NATO`, `BRICS`)
 * and capitalised words that are not German common nouns (`DeepSeek`, `Trump`): German
 * capitalises every noun, so a capitalised German word counts only when the lexicon does not
 * know it as a noun (nor as a compound with a known noun as its head) and it is not written in
 * lower case elsewhere. Sentences in capitals (`PUTIN SENT TRUMP …`) are skipped.
 *
 * @param input Documents with tokenizer sentences, or their {@link WordIndex} (`options.segments` then
 *   does not apply).
 * @param options See {@link FindEntitiesOptions}.
 * @returns Entities, most frequent first (ties by text).
 */
export function findEntities(input: readonly KeywordDocument[] | WordIndex, options: FindEntitiesOptions = {}): Entity[] {
  const lexicon = options.lexicon;
  const index = isWordIndex(input) ? input : indexWords(input, options.segments ? { segments: options.segments } : {});
  const { flags, texts, norms, sentenceStarts, sentenceLangs, documentStarts } = index;
  const strings = index.strings.strings;
  const size = strings.length;
  // Corpus evidence per norm id: how often a word is written in lower case, and capitalised inside a sentence.
  const lower = new Int32Array(size);
  const upper = new Int32Array(size);
  for (let w = 0; w < flags.length; w++) {
    if ((flags[w]! & CAPITALISED) === 0) lower[norms[w]!]!++;
    else if ((flags[w]! & INITIAL) === 0) upper[norms[w]!]!++;
  }
  const upperOf = (key: string): number => {
    const id = index.strings.ids.get(key);
    return id === undefined ? 0 : upper[id]!;
  };
  const nounCache = new Map<string, boolean>();
  const isCommonNoun = (word: string): boolean => {
    let value = nounCache.get(word);
    if (value === undefined) nounCache.set(word, (value = testCommonNoun(word, lexicon)));
    return value;
  };
  const usedLowercase = (word: EntityWord) => {
    const count = lower[word.norm]!;
    return count > 0 && count >= upper[word.norm]!;
  };
  // Per text id: 1 acronym or camel case (`DeepSeek`), 0 not, −1 not known yet. Per norm id: 1 a title (`Herr`, `Dr`).
  const strong = new Int8Array(size).fill(-1);
  const titles = new Int8Array(size).fill(-1);
  const isStrongAt = (w: number): boolean => {
    const text = texts[w]!;
    if (strong[text]! < 0) strong[text] = (flags[w]! & ACRONYM) !== 0 || CAMEL.test(strings[text]!) ? 1 : 0;
    return strong[text] === 1;
  };
  const isStrong = (word: EntityWord) => isStrongAt(word.position);
  /** Whether the word at a position, a capitalised content word, can be (part of) a name at all. */
  const nameable = (w: number, lang: string): boolean => {
    const flag = flags[w]!;
    if ((flag & CONTENT) === 0 || (flag & CAPITALISED) === 0) return false;
    const norm = norms[w]!;
    if (titles[norm]! < 0) titles[norm] = TITLES.has(strings[norm]!) ? 1 : 0;
    if (titles[norm] === 1) return false;
    if (isStrongAt(w)) return true;
    // A sentence-initial capital proves nothing: the word (or, for a genitive, its base) must also be capitalised inside a sentence.
    if ((flag & INITIAL) !== 0 && upper[norm] === 0 && upperOf(strings[norm]!.replace(/s$/u, '')) === 0) {
      return false;
    }
    const count = lower[norm]!;
    return !(count > 0 && count >= upper[norm]!) || lang !== 'de';
  };
  /**
   * Whether a nameable word is an ordinary word: a German common noun, or in other languages a
   * word also written in lower case. (A capitalised German adjective inside a sentence belongs
   * to a name: `Vereinigten Staaten`, `Europäischen Zentralbank`.)
   */
  const ordinary = (word: EntityWord, lang: string): boolean => {
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
  const described: { run: EntityWord[]; lang: string; document: string }[] = [];
  const recordRun = (run: readonly EntityWord[], lang: string, document: string) => {
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
    if (word.acronym && ACRONYM_TEXT.test(word.text)) record(word.text, 'acronym', document);
    else if (isStrong(word)) record(word.text, 'name', document);
    else if (!ordinary(word, lang) && !(lang === 'de' && (lexicon?.isAdjective(word.key) ?? false))) {
      record(word.text, 'name', document);
    }
  };
  const wordAt = (w: number): EntityWord => {
    const flag = flags[w]!;
    return {
      key: strings[norms[w]!]!,
      text: strings[texts[w]!]!,
      content: (flag & CONTENT) !== 0,
      capitalised: (flag & CAPITALISED) !== 0,
      acronym: (flag & ACRONYM) !== 0,
      initial: (flag & INITIAL) !== 0,
      norm: norms[w]!,
      position: w,
    };
  };
  for (let d = 0; d < index.documents.length; d++) {
    const name = index.documents[d]!;
    for (let s = documentStarts[d]!; s < documentStarts[d + 1]!; s++) {
      const start = sentenceStarts[s]!;
      const end = sentenceStarts[s + 1]!;
      const lang = sentenceLangs[s]!;
      if (isShouting(index, start, end)) continue;
      let chunkEnd = start;
      let i = start;
      while (i < end) {
        if (i >= chunkEnd) for (chunkEnd = i + 1; chunkEnd < end && (flags[chunkEnd]! & CHUNK_START) === 0; ) chunkEnd++;
        if (!nameable(i, lang)) {
          i++;
          continue;
        }
        let runEnd = i;
        while (runEnd < chunkEnd && nameable(runEnd, lang)) runEnd++;
        const run: EntityWord[] = [];
        for (let w = i; w < runEnd; w++) run.push(wordAt(w));
        i = runEnd;
        if (run.length > 1 && ordinary(run[0]!, lang)) {
          described.push({ run, lang, document: name });
        } else {
          standalone.add(run.map((word) => word.text).join(' '));
          recordRun(run, lang, name);
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

/** Whether a sentence (the words `start … end − 1`) is written in capitals. */
function isShouting(index: WordIndex, start: number, end: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let w = start; w < end; w++) {
    const flag = index.flags[w]!;
    if ((flag & SHORT) !== 0) continue;
    words++;
    if ((flag & ACRONYM) !== 0) capitals++;
  }
  return capitals >= 3 && capitals * 2 >= words;
}

