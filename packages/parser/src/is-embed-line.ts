/** Traces of a social-media embed anywhere in a line: `pic.twitter.com`, `t.co`, `— Name (@handle) date`. */
const EMBED_TRACE =
  /pic\.twitter\.com\/\w|https?:\/\/t\.co\/\w|[—–]\s*[^\n()]{1,80}\(@\w{1,30}\)\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})/u;

/** A line that is only the address of a post on a social platform. */
const EMBED_URL_LINE =
  /^\s*<?https?:\/\/(?:www\.|mobile\.)?(?:(?:twitter|x)\.com\/\w+\/status\/\d+|instagram\.com\/(?:p|reel)\/|youtube\.com\/(?:watch|shorts\/)|youtu\.be\/|tiktok\.com\/@|facebook\.com\/\S+\/(?:posts|videos)\/|t\.me\/)\S*>?\s*$/;

/**
 * Whether a line belongs to a social-media embed: it holds `pic.twitter.com/…`, `https://t.co/…`
 * or a signature `— Name (@handle) date`, or it is only the address of a post (x.com/twitter
 * status, YouTube, Instagram, TikTok, Facebook, Telegram).
 */
export function isEmbedLine(line: string): boolean {
  const slash = line.indexOf('/');
  if (slash === -1 && line.indexOf('(@') === -1) return false;
  if (EMBED_TRACE.test(line)) return true;
  return slash !== -1 && EMBED_URL_LINE.test(line);
}
