const LIST_ITEM = /^\s*(?:[•◦▪▫‣∙·*+\-–]|\d{1,3}[.)]|[a-z]\))\s+\S/u;

/** Whether a line is a bullet or numbered list item: `• x`, `- x`, `* x`, `– x`, `1. x`, `2) x`, `a) x` (indented or not). */
export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}
