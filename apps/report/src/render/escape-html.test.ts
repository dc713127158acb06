import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';
import { escapeMarkdown } from './escape-markdown.js';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<script>alert("x")</script> & <img src=x onerror='y'>`)).toBe(
      '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#60;img src=x onerror=&#39;y&#39;&#62;',
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes Markdown syntax, raw HTML and line breaks', () => {
    expect(escapeMarkdown('a|b *c* [x](y) <script>\nz & _w_')).toBe('a\\|b \\*c\\* \\[x\\](y) &lt;script&gt; z &amp; \\_w\\_');
  });
});

describe('escaping properties', () => {
  it('escapeHtml leaves no markup character and decodes back to the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))).toBe(text);
      }),
    );
  });

  it('escapeMarkdown output has no raw HTML, no unescaped markup character and no line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[<>\n\r]/);
        // Every markup character is preceded by a backslash (which is itself escaped when literal).
        expect(escaped.replace(/\\[\\`*_[\]|~]/g, '')).not.toMatch(/[\\`*_[\]|~]/);
      }),
    );
  });
});
