import { type Loader, parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A vega loader that refuses (and records) every request: charts carry their data inline. */
function createRefusingLoader(refused: string[]): Loader {
  const refuse = (what: string) => {
    refused.push(what);
    return Promise.reject(new Error(`diskurs charts load nothing (refused ${what})`));
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

/**
 * Gives the SVG's element ids (vega numbers gradients and clip paths with process-wide counters)
 * fresh names from a prefix and their order of appearance, so the same chart always gives the same
 * bytes and several charts in one page never share an id. Renumbering an SVG renumbered before
 * gives what renumbering the original would (a chart drawn ahead can take its page's prefix later).
 *
 * @param svg - SVG markup.
 * @param prefix - Prefix of the new ids.
 * @returns The SVG with ids `${prefix}0`, `${prefix}1`, … in order of appearance.
 */
export function renumberIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!ids.has(id!)) ids.set(id!, `${prefix}${ids.size}`);
  }
  if (ids.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (match, lead: string, id: string) => {
    const renamed = ids.get(id);
    return renamed === undefined ? match : `${lead}${renamed}`;
  });
}

/**
 * Renders a Vega-Lite 5 spec to a standalone SVG string in Node: compiles it with vega-lite, runs
 * it headless with vega (`renderer: 'none'`) and a loader that refuses every request, so nothing
 * is fetched (a spec that asks for anything is an error). Vega escapes text and attribute values in the SVG it writes; the result is checked
 * once more and rejected if it contains a `<script`, a `<foreignObject` or an external reference.
 *
 * @param spec - A Vega-Lite spec with inline data (`data: { values }`).
 * @param options.idPrefix - Prefix of the element ids in the SVG (default `'chart-'`); give each
 *   chart of a page its own.
 * @returns The SVG markup (`<svg …>…</svg>`).
 */
export async function renderChart(spec: TopLevelSpec, options: { idPrefix?: string } = {}): Promise<string> {
  const compiled = compile(spec).spec;
  const refused: string[] = [];
  const view = new View(parse(compiled), { renderer: 'none', loader: createRefusingLoader(refused), logLevel: 0 });
  try {
    const svg = await view.toSVG();
    if (refused.length > 0) throw new Error(`chart tried to load ${refused.join(', ')} (refused)`);
    if (/<script|<foreignObject|\s(?:href|xlink:href|src)\s*=\s*"(?!#)/i.test(svg)) {
      throw new Error('chart SVG contains active content');
    }
    return renumberIds(svg, options.idPrefix ?? 'chart-');
  } finally {
    view.finalize();
  }
}
