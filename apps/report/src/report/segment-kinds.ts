import { OWN_TEXT_KINDS } from '@diskurs/parser';

/**
 * Segment kinds as the report uses them. The author's own text is the parser's `OWN_TEXT_KINDS`
 * (title, body, heading, list, footnote); quoted material is block quotes and social-media embeds.
 * Comments, boilerplate, headers and removed markup are counted in the overview but not analysed.
 */
export const OWN_KINDS: readonly string[] = OWN_TEXT_KINDS;

/** Segment kinds whose sentences are someone else's words quoted by the author. */
export const QUOTED_KINDS: readonly string[] = ['quote', 'embed'];

/** Segment kinds that are analysed for sentiment, language and quotation share: own text and quotes. */
export const VOICED_KINDS: readonly string[] = [...OWN_KINDS, ...QUOTED_KINDS];
