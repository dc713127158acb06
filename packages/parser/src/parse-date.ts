const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jaenner: 1, january: 1, jan: 1,
  februar: 2, feber: 2, february: 2, feb: 2,
  märz: 3, maerz: 3, march: 3, mär: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

const MONTH = '([A-Za-zÄäÖöÜü]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:\\.|st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const WEEKDAY =
  '(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So)\\.?,?\\s+)?';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const NUMERIC_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}${DAY}\\s*(?:of\\s+)?${MONTH},?\\s+${YEAR}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}$`, 'i');
const MONTH_YEAR = new RegExp(`^${MONTH}\\s+${YEAR}$`, 'i');

/** Options of `parseDate`. */
export interface ParseDateOptions {
  /** Accept a bare year (`2025`). Default `true`. */
  year?: boolean;
}

/**
 * Parses a date written in German or English into ISO 8601, as precise as written:
 * `2025`, `2025-01`, `2025-11-14`, `14.11.2025`, `14. November 2025`, `14th November 2025`,
 * `November 14, 2025`, `March 3rd, 2025`, `Freitag, 14. November 2025`, `Januar 2025`,
 * `Nov. 2025`. Month names in German and English, full or abbreviated.
 *
 * @returns the ISO date, or `null` when the text is not (only) a valid date.
 */
export function parseDate(text: string, options: ParseDateOptions = {}): string | null {
  const value = text.trim();
  if (value.length < 4 || value.length > 40) return null;
  let match = ISO.exec(value);
  if (match !== null) {
    if (match[2] === undefined && options.year === false) return null;
    return build(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  }
  match = NUMERIC_DMY.exec(value);
  if (match !== null) return build(Number(match[3]), Number(match[2]), Number(match[1]));
  match = DAY_MONTH_YEAR.exec(value);
  if (match !== null) return build(Number(match[3]), month(match[2]!), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(value);
  if (match !== null) return build(Number(match[3]), month(match[1]!), Number(match[2]));
  match = MONTH_YEAR.exec(value);
  if (match !== null) return build(Number(match[2]), month(match[1]!), undefined);
  return null;
}

function month(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0;
}

function build(year: number, monthNumber: number | undefined, day: number | undefined): string | null {
  if (year < 1000 || year > 2999) return null;
  if (monthNumber === undefined) return String(year);
  if (monthNumber < 1 || monthNumber > 12) return null;
  const yearMonth = `${year}-${String(monthNumber).padStart(2, '0')}`;
  if (day === undefined) return yearMonth;
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  if (day < 1 || day > days) return null;
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}
