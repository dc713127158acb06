import { styleText } from './style-text';

/** A problem that did not stop the work, as the packages return it. */
export interface WarningLike {
  file?: string;
  line?: number;
  code?: string;
  message: string;
}

/** Options of {@link formatWarning}. */
export interface FormatWarningOptions {
  /** Text put between the location and the message, e.g. `warning: `. Default: none. */
  label?: string;
}

/**
 * Formats a warning as `file:line: message [code]`, location parts left out when unknown; with
 * `label` as `file:line: warning: message [code]`.
 */
export function formatWarning(warning: WarningLike, options: FormatWarningOptions = {}): string {
  const location = warning.file ? (warning.line ? `${warning.file}:${warning.line}: ` : `${warning.file}: `) : '';
  const code = warning.code ? ` [${warning.code}]` : '';
  return `${location}${options.label ?? ''}${warning.message}${code}`;
}

/**
 * Formats the warnings of a run as a block for the human-readable output: a blank line, the
 * count (`2 warnings`, bold when `color` is on), then one indented `file:line: message` a line.
 */
export function formatWarningList(warnings: readonly WarningLike[], color: boolean): string {
  let text = `\n${styleText('bold', `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`, color)}\n`;
  for (const warning of warnings) text += `  ${formatWarning(warning)}\n`;
  return text;
}
