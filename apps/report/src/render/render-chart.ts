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
 * Renders a Vega-Lite 5 spec to a standalone SVG string in Node: compiles it with vega-lite, runs
 * it headless with vega (`renderer: 'none'`) and a loader that refuses every request, so nothing
 * is fetched (a spec that asks for anything is an error). Vega escapes text and attribute values in the SVG it writes; the result is checked
 * once more and rejected if it contains a `<script`, a `<foreignObject` or an external reference.
 *
 * @param spec - A Vega-Lite spec with inline data (`data: { values }`).
 * @returns The SVG markup (`<svg …>…</svg>`).
 */
export async function renderChart(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec).spec;
  const refused: string[] = [];
  const view = new View(parse(compiled), { renderer: 'none', loader: createRefusingLoader(refused), logLevel: 0 });
  try {
    const svg = await view.toSVG();
    if (refused.length > 0) throw new Error(`chart tried to load ${refused.join(', ')} (refused)`);
    if (/<script|<foreignObject|\s(?:href|xlink:href|src)\s*=\s*"(?!#)/i.test(svg)) {
      throw new Error('chart SVG contains active content');
    }
    return svg;
  } finally {
    view.finalize();
  }
}
