import type { LexiconLanguage } from './types.js';

/** One entry of the domain supplement. */
export interface SupplementEntry {
  /** Lemma as written in running text (nouns capitalised). */
  term: string;
  /** Inflected forms that must match as well. */
  forms: readonly string[];
  /** Language. */
  lang: LexiconLanguage;
  /** Score in [-1, 1] on SentiWS's scale (`Krieg` -0.54, `Hass` -0.50, `gut` 0.37). */
  score: number;
  /** Why the entry exists: absent from the general lexicon, or what it corrects there. */
  reason: string;
}

/**
 * A small supplement for political commentary, written for diskurs (MIT). Every entry is absent
 * from SentiWS/AFINN-165 or corrects a score there (SentiWS gives many clearly polar words the
 * placeholder weights 0.0040 / -0.0048, which are below any sensible label threshold). A test
 * checks that each entry changes the label of a sentence the general lexicons get wrong.
 * Considered and left out because the general lexicons already score them well: `Propaganda`
 * (SentiWS -0.49, AFINN -2), `Lüge`, `Krieg`, `Zensur`, `Hass`, `war`, `terror`, `torture`.
 */
export const DOMAIN_SUPPLEMENT: readonly SupplementEntry[] = [
  // German: absent from SentiWS
  { term: 'Völkermord', forms: ['Völkermordes', 'Völkermords', 'Völkermorde', 'Völkermorden'], lang: 'de', score: -0.9, reason: 'absent from SentiWS (its compound head Mord, -0.36, understates the gravest charge in the discourse)' },
  { term: 'Genozid', forms: ['Genozids', 'Genozide', 'Genoziden', 'Genozides'], lang: 'de', score: -0.9, reason: 'absent from SentiWS; synonym of Völkermord' },
  { term: 'Plünderung', forms: ['Plünderungen'], lang: 'de', score: -0.6, reason: 'absent from SentiWS' },
  { term: 'plündern', forms: ['plündert', 'plünderte', 'plünderten', 'geplündert', 'plündere', 'plünderst', 'Plünderer', 'Plünderern', 'Plünderers'], lang: 'de', score: -0.6, reason: 'absent from SentiWS (verb and agent noun)' },
  { term: 'Imperialist', forms: ['Imperialisten', 'Imperialistin', 'Imperialistinnen', 'Imperialismus', 'imperialistisch', 'imperialistische', 'imperialistischen', 'imperialistischer', 'imperialistisches', 'imperialistischem'], lang: 'de', score: -0.5, reason: 'absent from SentiWS; pejorative label in commentary' },
  { term: 'Kriegstreiber', forms: ['Kriegstreibern', 'Kriegstreibers', 'Kriegstreiberin', 'Kriegstreiberei'], lang: 'de', score: -0.7, reason: 'absent from SentiWS; head "Treiber" is neutral so compounds do not help' },
  { term: 'Sanktion', forms: ['Sanktionen'], lang: 'de', score: -0.15, reason: 'absent from SentiWS; mildly negative only (a harm imposed) because approval depends on the side taken' },
  { term: 'Verbrechen', forms: ['Verbrechens'], lang: 'de', score: -0.7, reason: 'absent from SentiWS; also the head of Kriegsverbrechen' },
  { term: 'Verbrecher', forms: ['Verbrechern', 'Verbrechers', 'Verbrecherin'], lang: 'de', score: -0.7, reason: 'absent from SentiWS' },
  { term: 'Terrorist', forms: ['Terroristen', 'Terroristin', 'Terroristinnen'], lang: 'de', score: -0.7, reason: 'absent from SentiWS' },
  { term: 'Diktatur', forms: ['Diktaturen', 'Diktator', 'Diktators', 'Diktatoren'], lang: 'de', score: -0.6, reason: 'absent from SentiWS' },
  { term: 'Doppelmoral', forms: [], lang: 'de', score: -0.6, reason: 'absent from SentiWS' },
  { term: 'Desinformation', forms: ['Desinformationen'], lang: 'de', score: -0.5, reason: 'absent from SentiWS' },
  { term: 'Hetze', forms: ['Hetzen'], lang: 'de', score: -0.6, reason: 'absent from SentiWS' },
  { term: 'Gier', forms: [], lang: 'de', score: -0.5, reason: 'absent from SentiWS' },
  { term: 'Folter', forms: ['foltern', 'gefoltert', 'foltert', 'folterten'], lang: 'de', score: -0.8, reason: 'absent from SentiWS' },
  { term: 'Mörder', forms: ['Mördern', 'Mörders', 'Mörderin'], lang: 'de', score: -0.8, reason: 'absent from SentiWS (Mord is present)' },
  { term: 'Eskalation', forms: ['Eskalationen', 'eskalieren', 'eskaliert', 'eskalierte'], lang: 'de', score: -0.4, reason: 'absent from SentiWS' },
  { term: 'Vasall', forms: ['Vasallen', 'Vasallenstaat', 'Vasallenstaaten'], lang: 'de', score: -0.5, reason: 'absent from SentiWS; pejorative for dependent allies' },
  { term: 'Durchbruch', forms: ['Durchbruchs', 'Durchbrüche', 'Durchbrüchen'], lang: 'de', score: 0.5, reason: 'absent from SentiWS; key praise word in technology reporting' },
  { term: 'Waffenstillstand', forms: ['Waffenstillstands', 'Waffenstillstände'], lang: 'de', score: 0.4, reason: 'absent from SentiWS' },
  // German: corrects SentiWS placeholder weights (0.0040 / -0.0048)
  { term: 'Massaker', forms: ['Massakern', 'Massakers'], lang: 'de', score: -0.8, reason: 'SentiWS -0.0048, far too weak' },
  { term: 'Terror', forms: ['Terrors'], lang: 'de', score: -0.6, reason: 'SentiWS -0.0048, far too weak' },
  { term: 'Invasion', forms: ['Invasionen'], lang: 'de', score: -0.5, reason: 'SentiWS -0.0048, far too weak' },
  { term: 'Ausbeutung', forms: [], lang: 'de', score: -0.6, reason: 'SentiWS -0.0048, far too weak' },
  { term: 'Heuchelei', forms: [], lang: 'de', score: -0.6, reason: 'SentiWS -0.0048, far too weak' },
  { term: 'Unterdrückung', forms: [], lang: 'de', score: -0.6, reason: 'SentiWS -0.0048, far too weak' },
  { term: 'brutal', forms: ['brutale', 'brutalen', 'brutaler', 'brutales', 'brutalem', 'brutalste', 'brutalsten'], lang: 'de', score: -0.6, reason: 'SentiWS -0.0048, far too weak' },
  { term: 'Frieden', forms: ['Friedens'], lang: 'de', score: 0.5, reason: 'SentiWS 0.0040, far too weak for the central positive value of the discourse' },
  { term: 'Wohlstand', forms: ['Wohlstands'], lang: 'de', score: 0.4, reason: 'SentiWS 0.0040, far too weak' },
  { term: 'Fortschritt', forms: ['Fortschritte', 'Fortschritten', 'Fortschritts'], lang: 'de', score: 0.4, reason: 'SentiWS 0.0040, far too weak' },
  // English: absent from AFINN-165
  { term: 'genocide', forms: ['genocides', 'genocidal'], lang: 'en', score: -0.9, reason: 'absent from AFINN-165' },
  { term: 'looting', forms: ['loot', 'looted', 'looters', 'plunder', 'plundered', 'plundering'], lang: 'en', score: -0.6, reason: 'absent from AFINN-165' },
  { term: 'imperialist', forms: ['imperialists', 'imperialism'], lang: 'en', score: -0.5, reason: 'absent from AFINN-165' },
  { term: 'warmonger', forms: ['warmongers', 'warmongering'], lang: 'en', score: -0.7, reason: 'absent from AFINN-165' },
  { term: 'sanctions', forms: [], lang: 'en', score: -0.15, reason: 'absent from AFINN-165; plural noun only (the verb "sanction" means approve); mild for the same reason as Sanktion' },
  { term: 'massacre', forms: ['massacres', 'massacred'], lang: 'en', score: -0.8, reason: 'absent from AFINN-165' },
  { term: 'censorship', forms: [], lang: 'en', score: -0.5, reason: 'absent from AFINN-165' },
  { term: 'exploitation', forms: [], lang: 'en', score: -0.6, reason: 'absent from AFINN-165 (only the verb exploit)' },
  { term: 'hypocrisy', forms: ['hypocrite', 'hypocrites'], lang: 'en', score: -0.6, reason: 'absent from AFINN-165 (only hypocritical)' },
  { term: 'dictatorship', forms: ['dictatorships', 'dictator', 'dictators'], lang: 'en', score: -0.6, reason: 'absent from AFINN-165' },
  { term: 'disinformation', forms: [], lang: 'en', score: -0.5, reason: 'absent from AFINN-165 (misinformation is present)' },
  { term: 'terrorism', forms: [], lang: 'en', score: -0.7, reason: 'absent from AFINN-165 (terror and terrorist are present)' },
  { term: 'ceasefire', forms: ['ceasefires', 'truce'], lang: 'en', score: 0.4, reason: 'absent from AFINN-165' },
  { term: 'aggressor', forms: ['aggressors'], lang: 'en', score: -0.6, reason: 'absent from AFINN-165 (aggression is present)' },
  { term: 'repression', forms: [], lang: 'en', score: -0.6, reason: 'absent from AFINN-165 (oppression is present)' },
  { term: 'bombing', forms: ['bombings', 'bombed'], lang: 'en', score: -0.5, reason: 'absent from AFINN-165' },
];
