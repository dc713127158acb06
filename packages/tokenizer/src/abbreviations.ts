/**
 * Abbreviations that end in a period without ending the sentence, lowercased, without the final
 * period (inner periods kept: `z.b`, `u.s`). Internal data of `splitSentences`.
 */

/** Titles and words that are always followed by more of the same sentence. */
export const NEVER_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // German
  'prof', 'dr', 'hr', 'hrn', 'fr', 'frl', 'dipl', 'ing', 'mag', 'med', 'phil', 'rer', 'nat', 'jur', 'habil', 'hon',
  'z', 'b', 'd', 'h', 'u', 'a', 'o', 'ä', 'v', 'e', 's', 'g', 'vgl', 'abb', 'art', 'nr', 'bzw', 'ca', 'evtl', 'ggf',
  'inkl', 'exkl', 'zzgl', 'mio', 'mrd', 'tsd', 'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'okt', 'nov', 'dez', 'st', 'str', 'tel', 'mr', 'mrs', 'ms', 'messrs', 'mt', 'sen', 'rep', 'gen', 'col', 'lt',
  'gov', 'pres', 'rev', 'hl', 'bd', 'hrsg', 'jh', 'jhd', 'jhdt', 'sog', 'ugs', 'urspr', 'zit', 'zz', 'zzt', 'bspw',
  'insb', 'max', 'min', 'gem', 'geb', 'gest', 'verh', 'bzgl', 'betr', 'ehem', 'einschl', 'allg', 'sek', 'std',
  'z.b', 'd.h', 'u.a', 'o.ä', 'p.a', 'u.u', 'v.a', 'z.t', 'i.d.r', 's.o', 's.u', 'o.g', 'u.v.m', 'z.hd', 'i.a',
  'vs', 'no', 'nos', 'vol', 'pp', 'ed', 'eds', 'fig', 'cf', 'approx', 'dept', 'est', 'e.g', 'i.e', 'a.m', 'p.m',
  'mt', 'ft', 'jr', 'sr', 'ph.d', 'st', 'ave', 'blvd', 'no', 'op', 'ch', 'sec', 'para', 'jan', 'mar', 'oct',
]);

/**
 * Abbreviations that often end a sentence too (`usw.`, `etc.`, `Inc.`): they end one only when
 * the next word is a capitalised function word (`Die`, `The`, `Er`).
 */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'usw', 'etc', 'u.a', 'e.v', 'u.s', 'u.k', 'inc', 'ltd', 'co', 'corp', 'ff', 'f', 'al', 'ag', 'gmbh',
  'u.s.a', 'p.a', 'n.chr', 'v.chr', 'chr', 'jh', 'jhd', 'jhdt', 'u.ä', 'o.ä', 'u.v.m', 'usf', 'vs',
]);

/** Month names (German and English, lowercased) that follow ordinals: `14. November`. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'january', 'february', 'march', 'may', 'june', 'july', 'october', 'december',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec',
]);
