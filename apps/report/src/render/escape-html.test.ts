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
