const FANCY = /[\u2010-\u2015\u2212\u2018-\u201f\u00ab\u00bb\u2039\u203a\u00ad\u2026\u02bc\u00b4\u0060\u2032\u2033]|\ufe0e|\ufe0f/g;

const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2039': "'",
  '\u203a': "'",
  '\u00ad': '',
  '\u2026': '...',
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2032': "'",
  '\u2033': '"',
  '\ufe0e': '',
  '\ufe0f': '',
};

function replaceFancy(ch: string): string {
  return REPLACEMENTS[ch] ?? ch;
}

/**
 * The normal form of a token's text: lowercased, Unicode NFC, typographic quotes and apostrophes
 * as `"` and `'`, dashes as `-`, `…` as `...`, soft hyphens and variation selectors removed.
 *
 * @param text - Token text.
 * @returns The normalised form (`„Boogie“` → `"boogie"`, `OpenAI’s` → `openai's`).
 */
export function normalizeToken(text: string): string {
  const n = text.length;
  let plain = true;
  let decomposed = false;
  let fancy = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      plain = false;
      if (c >= 0x300 && c <= 0x36f) decomposed = true;
      else if (
        (c >= 0x2010 && c <= 0x2033) ||
        c === 0xab ||
        c === 0xbb ||
        c === 0xad ||
        c === 0xb4 ||
        c === 0x2bc ||
        c === 0x2039 ||
        c === 0x203a ||
        c === 0x2212 ||
        c === 0xfe0e ||
        c === 0xfe0f
      ) {
        fancy = true;
      }
    } else if (c >= 65 && c <= 90) {
      plain = false;
    } else if (c === 96) {
      plain = false;
      fancy = true;
    }
  }
  if (plain) return text;
  let out = text.toLowerCase();
  if (decomposed) out = out.normalize('NFC');
  if (fancy) out = out.replace(FANCY, replaceFancy);
  return out;
}
