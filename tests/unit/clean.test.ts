// The one cleaner (src/core/clean.ts) and the last step for Markdown files (src/render/safe-markdown.ts).

import { describe, expect, it } from 'vitest';
import { Marked } from 'marked';
import { clean, cleanDeep, quote } from '../../src/core/clean.js';
import { safeMarkdown } from '../../src/render/safe-markdown.js';

describe('clean', () => {
  it('drops whole escape sequences (CSI, OSC with BEL or ST, 8-bit CSI), lone controls and bidi controls; keeps newlines', () => {
    expect(clean('a\u001b[2Jb\u001b]0;title\u0007c\u001b]8;;https://x\u001b\\d\u009b31me')).toBe('abcde');
    expect(clean('x\u202ey\u2066z\u200f\u061c!\u0000\u0007\u007f\u0085')).toBe('xyz!');
    expect(clean('one\r\ntwo\rthree\tfour')).toBe('one\ntwothree four');
    expect(clean('one\ntwo', 'line')).toBe('one two');
  });

  it('visible: every control shown as \\uXXXX on one line, nothing dropped', () => {
    expect(clean('a\u001b[2J\r\nb\u202e', 'visible')).toBe('a\\u001b[2J\\u000d\\u000ab\\u202e');
    expect(quote('x\ny')).toBe('"x\\u000ay"');
  });

  it('leaves ordinary text alone (the same string), Norwegian letters and emoji included', () => {
    const s = 'Ring 112 – «Barnevernvakten» æøå ÆØÅ 👍';
    expect(clean(s)).toBe(s);
  });

  it('cleanDeep cleans keys and values, keeps a "__proto__" key as a plain key, and returns the same object when nothing changes', () => {
    const same = { a: ['x', { b: 'y' }] };
    expect(cleanDeep(same)).toBe(same);
    const hostile = JSON.parse('{"__proto__": {"polluted": "\\u001b[2J"}, "t\\u001b[31mx": "y\\u202e"}') as Record<
      string,
      unknown
    >;
    const out = cleanDeep(hostile);
    expect(Object.keys(out)).toEqual(['__proto__', 'tx']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.tx).toBe('y');
  });
});

describe('safeMarkdown', () => {
  const render = (md: string) => new Marked({ gfm: true }).parse(safeMarkdown(md), { async: false }) as string;

  it('keeps https, mailto and tel links and our task list', () => {
    expect(render('[Lovdata](https://lovdata.no/a?b=1&c=2) · [e](mailto:a@b.no) · [t](tel:112)')).toBe(
      '<p><a href="https://lovdata.no/a?b=1&amp;c=2">Lovdata</a> · <a href="mailto:a@b.no">e</a> · <a href="tel:112">t</a></p>\n',
    );
    expect(safeMarkdown('- [ ] **Ring** (nå)')).toBe('- [ ] **Ring** (nå)');
  });

  it('turns raw HTML, other links, images, reference links and http/www autolinks into text', () => {
    const html = render(
      '<script>alert(1)</script> <img src=x onerror=y> [a](javascript:alert(1)) ![i](https://e.no/i.png) <https://e.no> http://e.no www.e.no\n\n[r]: javascript:alert(1)\n\n[r]',
    );
    expect(html).not.toMatch(/<script|<img|href="(?!https:)/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[a](javascript:alert(1))');
  });

  it("an author's escape stays an escape; a backslash cannot unescape our escapes", () => {
    expect(render('\\[ikke lenke\\]')).toBe('<p>[ikke lenke]</p>\n');
    expect(render('\\[a](javascript:x)')).not.toContain('href');
  });
});
