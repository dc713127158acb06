import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../test/fixtures/sample-report.js';
import { REPORT_CSP, renderHtml } from './render-html.js';

describe('renderHtml', () => {
  it('is one self-contained page with a strict CSP, inline charts and no script', async () => {
    const html = await renderHtml(createSampleReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html.match(/<svg/g)?.length).toBe(5);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|<object|<embed|@import|url\((?!#)|<[^>]*\ssrc=/i);
    // Only in-page links.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href!.startsWith('#')).toBe(true);
    // Element ids are unique within the page.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes corpus text everywhere, charts included', async () => {
    const html = await renderHtml(createSampleReport());
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>fett');
    expect(html).toContain('Titel mit &#60;img src=x onerror=alert(2)&#62;');
    expect(html).toContain('Schlecht &#34; onerror=&#34;alert(4)');
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.join('')).toContain('Anna &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is the same for the same report', async () => {
    expect(await renderHtml(createSampleReport())).toBe(await renderHtml(createSampleReport()));
  });
});
