import type { Lexicon } from './types.js';

/** One entry of natural's `pattern-sentiment-de.json` (SentiWS v1.8 in pattern's layout). */
export interface SentiwsJsonEntry {
  /** The lemma (nouns capitalised). */
  form: string;
  /** Polarity in [-1, 1], as a string. */
  polarity: string | number;
  /** STTS-like part of speech: `NN`, `VB`, `JJ`, `RB`. */
  pos?: string;
  /** Inflected forms, comma-separated (may be empty). */
  sense?: string;
}

/** Options of {@link createSentiwsLexicon}. */
export interface CreateSentiwsLexiconOptions {
  /** Lexicon name shown as `source`. Default `'sentiws'`. */
  name?: string;
}

interface Candidate {
  score: number;
  headword: boolean;
  noun: boolean;
}

/** True when `candidate` should replace `current` for the same lowercased form. */
function isBetter(candidate: Candidate, current: Candidate): boolean {
  if (candidate.headword !== current.headword) return candidate.headword;
  if (candidate.noun !== current.noun) return candidate.noun;
  return Math.abs(candidate.score) > Math.abs(current.score);
}

/**
 * Turn natural's SentiWS JSON (`natural/lib/natural/sentiment/German/pattern-sentiment-de.json`:
 * lemma → `{ form, polarity, pos, sense }`) into a lowercased {@link Lexicon} holding every lemma
 * and every inflected form. Lowercasing is what lets capitalised nouns (`Krieg`, `Kriege`) match.
 *
 * When two entries share a lowercased form (`Angriff` the noun and `angriff`, a form of
 * `angreifen`), the form keeps the score of the entry whose lemma it is, else the noun's, else
 * the stronger one.
 *
 * @param data - The parsed JSON object.
 * @param options - See {@link CreateSentiwsLexiconOptions}.
 * @returns A German lexicon.
 */
export function createSentiwsLexicon(
  data: Readonly<Record<string, SentiwsJsonEntry>>,
  options: CreateSentiwsLexiconOptions = {},
): Lexicon {
  const best = new Map<string, Candidate>();
  for (const key of Object.keys(data)) {
    const entry = data[key];
    if (entry === undefined) continue;
    const score = Number(entry.polarity);
    if (!Number.isFinite(score)) continue;
    const lemma = (entry.form || key).toLowerCase();
    const noun = entry.pos === 'NN';
    const forms = [entry.form || key, ...(entry.sense ? entry.sense.split(',') : [])];
    for (const raw of forms) {
      const form = raw.trim().toLowerCase();
      if (form === '') continue;
      const candidate: Candidate = { score: Math.max(-1, Math.min(1, score)), headword: form === lemma, noun };
      const current = best.get(form);
      if (current === undefined || isBetter(candidate, current)) best.set(form, candidate);
    }
  }
  const entries = new Map<string, number>();
  for (const [form, candidate] of best) entries.set(form, candidate.score);
  return { name: options.name ?? 'sentiws', lang: 'de', entries };
}
