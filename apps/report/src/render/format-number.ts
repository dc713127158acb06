/** Narrow no-break space: the thousands separator that reads the same in German and English. */
const GROUP_SEPARATOR = '\u202f';
const MINUS = '−';

/**
 * Formats a number for readers of the Markdown and HTML report, the same in German and English:
 * fixed decimals with a decimal point, thousands grouped by a narrow no-break space (`12 345`), a
 * real minus sign (`−0.25`). JSON keeps exact numbers; only the readable formats use this.
 *
 * @param value - The number; `null`, `undefined` and non-finite values give `'–'`.
 * @param options.decimals - Digits after the point (default 2; counts use 0).
 * @param options.style - `'decimal'` (default), `'signed'` (`+0.25`), `'percent'` (share × 100 with `%`),
 *   or `'count'` (integer, grouped).
 */
export function formatNumber(
  value: number | null | undefined,
  options: { decimals?: number; style?: 'decimal' | 'signed' | 'percent' | 'count' } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const style = options.style ?? 'decimal';
  const decimals = style === 'count' ? 0 : (options.decimals ?? (style === 'percent' ? 1 : 2));
  const scaled = style === 'percent' ? value * 100 : value;
  let text = Math.abs(scaled).toFixed(decimals);
  const [whole = '0', fraction] = text.split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR) : whole;
  text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  const isZero = Number(Math.abs(scaled).toFixed(decimals)) === 0;
  const sign = scaled < 0 && !isZero ? MINUS : style === 'signed' && !isZero ? '+' : '';
  return `${sign}${text}${style === 'percent' ? ' %' : ''}`;
}

/**
 * Formats an interval as `[−0.12, +0.30]` with {@link formatNumber}'s `signed` style.
 *
 * @param interval - Lower and upper bound.
 * @param options.decimals - Digits after the point (default 2).
 */
export function formatInterval(interval: readonly [number, number], options: { decimals?: number } = {}): string {
  const decimals = options.decimals ?? 2;
  return `[${formatNumber(interval[0], { style: 'signed', decimals })}, ${formatNumber(interval[1], { style: 'signed', decimals })}]`;
}
