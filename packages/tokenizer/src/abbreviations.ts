/**
 * Abbreviations that end in a period without ending the sentence, lowercased, without the final
 * period (inner periods kept: `z.b`, `u.s`). Internal data of `splitSentences`.
 */

/** Titles and words that are always followed by more of the same sentence. */
export const NEVER_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // German
  'prof', 'dr', 'hr', 'hrn', 'fr', 'frl', 'dipl', 'ing', 'med', 'phil', 'rer', 'nat', 'jur', 'habil', 'hon',
  'z', 'b', 'd', 'h', 'u', 'a', 'o', 'ä', 'v', 'e', 's', 'g', 'vgl', 'bzw', 'ca', 'evtl', 'ggf',
  'inkl', 'exkl', 'zzgl', 'mio', 'mrd', 'tsd', 'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'okt', 'nov', 'dez', 'st', 'str', 'mr', 'mrs', 'ms', 'messrs', 'mt', 'sen', 'rep', 'col', 'lt',
  'gov', 'pres', 'rev', 'hl', 'bd', 'hrsg', 'jh', 'jhd', 'jhdt', 'sog', 'ugs', 'urspr', 'zit', 'zz', 'zzt', 'bspw',
  'insb', 'gem', 'geb', 'gest', 'verh', 'bzgl', 'betr', 'ehem', 'einschl', 'allg', 'sek', 'std',
  'z.b', 'd.h', 'u.a', 'o.ä', 'p.a', 'u.u', 'v.a', 'z.t', 'i.d.r', 's.o', 's.u', 'o.g', 'u.v.m', 'z.hd', 'i.a',
  'vs', 'eds', 'cf', 'approx', 'dept', 'e.g', 'i.e', 'mt', 'jr', 'sr', 'ph.d', 'ave', 'blvd',
  'jan', 'mar', 'oct',
]);

/** Abbreviations that do not end a sentence only when a number follows (`Art. 5`, `Nr. 3`, `No. 24`). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'art', 'nr', 'no', 'nos', 'abb', 'bd', 'vol', 'fig', 'kap', 'ziff', 'abs', 'pp', 'p', 'op', 'sec', 'para', 'tab',
  'anm', 'tel', 'ch',
]);

/**
 * Abbreviations that often end a sentence too (`usw.`, `etc.`, `Inc.`): they end one only when
 * the next word is a capitalised function word (`Die`, `The`, `Er`).
 */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'usw', 'etc', 'u.a', 'e.v', 'u.s', 'u.k', 'inc', 'ltd', 'co', 'corp', 'ff', 'f', 'al', 'ag', 'gmbh',
  'u.s.a', 'p.a', 'n.chr', 'v.chr', 'chr', 'jh', 'jhd', 'jhdt', 'u.ä', 'o.ä', 'u.v.m', 'usf', 'vs', 'max', 'min',
  'gen', 'est', 'ed', 'mag', 'ing', 'a.m', 'p.m',
]);

/** Month names (German and English, lowercased) that follow ordinals: `14. November`. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'january', 'february', 'march', 'may', 'june', 'july', 'october', 'december',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec',
]);
