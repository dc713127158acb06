/** Package entry: named re-exports only. */
export const placeholder = true;
