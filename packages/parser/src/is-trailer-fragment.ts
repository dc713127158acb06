import { isEndLine } from './is-end-line';

const LABEL_LINE = /^\s*\p{L}[\p{L}\p{N} .&/+-]{0,30}:\s*$/u;
const KEY_VALUE_LINE = /^\s*\p{L}[\p{L}\p{N} .&/+-]{0,30}:\s+\S.{0,100}$/u;
const ADDRESS_LINE = /^\s*(?:<?(?:https?:\/\/|www\.)\S+>?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[[^\]]{1,80}\]\([^)]*\))\s*$/u;

/**
 * Whether a block is a trailer fragment: every line is a label (`PAYPAL:`), a short `key: value`
 * (`IBAN: DE89…`, `Link: [hier](#)`), an address (URL, e-mail, Markdown link) or an end line.
 */
export function isTrailerFragment(lines: readonly string[]): boolean {
  return lines.every(
    (line) =>
      LABEL_LINE.test(line) || KEY_VALUE_LINE.test(line) || ADDRESS_LINE.test(line) || isEndLine(line),
  );
}

/** Whether a block is only labels, addresses and end lines (such a block may start a trailer). */
export function isTrailerLabel(lines: readonly string[]): boolean {
  return lines.every((line) => LABEL_LINE.test(line) || ADDRESS_LINE.test(line) || isEndLine(line));
}

