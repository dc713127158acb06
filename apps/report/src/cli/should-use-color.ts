/** A stream as far as colour detection is concerned. */
export interface ColorTarget {
  isTTY?: boolean;
  hasColors?: () => boolean;
}

/**
 * Whether to colour output written to `stream`, following https://no-color.org and the
 * `FORCE_COLOR` convention (the same rules commander applies to help):
 * `NO_COLOR` (any non-empty value) or `FORCE_COLOR=0|false` → no colour; `FORCE_COLOR` or
 * `CLICOLOR_FORCE` → colour; otherwise colour only when `stream` is a colour-capable terminal.
 */
export function shouldUseColor(stream: ColorTarget, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR || env.CLICOLOR_FORCE !== undefined) return true;
  return Boolean(stream.isTTY && (stream.hasColors?.() ?? true));
}
