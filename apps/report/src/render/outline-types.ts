import type { TopLevelSpec } from 'vega-lite';

/** A piece of inline text: plain, code (file:line, terms) or emphasised. All text is escaped by the renderer. */
export type Inline = string | { code: string } | { strong: string } | { muted: string };

/** A table cell: one or more inline pieces. */
export type Cell = Inline | Inline[];

/** A block of the report outline, rendered to Markdown and HTML alike. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string; id?: string }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | { type: 'table'; header: Cell[]; rows: Cell[][]; align?: ('left' | 'right' | 'nowrap')[]; className?: string }
  | { type: 'chart'; title: string; spec: TopLevelSpec }
  /** Blocks side by side (one column per group) in HTML; one after another in Markdown. */
  | { type: 'columns'; columns: { title: string; blocks: Block[] }[] };
