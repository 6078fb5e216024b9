// Renderers format the summary model and decide nothing: HTML is safe and self-contained, the
// Markdown has its sections in the required order, plain text fits 80 columns.

import { describe, expect, it } from 'vitest';
import { walk } from '../../src/core/engine.js';
import { labels } from '../../src/core/labels.js';
import { buildSummary, type Summary } from '../../src/core/summary.js';
import type { Deck, Lang } from '../../src/core/types.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { render } from '../../src/render/index.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { plain, wrap } from '../../src/render/wrap.js';
import { stripVTControlCharacters } from 'node:util';
import { contact, duty, makeDeck, q, sharing, step } from '../helpers/deck.js';

const LONG =
  'Du skal av eget tiltak, uten hinder av taushetsplikt, gi opplysninger til barnevernstjenesten når det er grunn til å tro at et barn blir eller vil bli mishandlet, utsatt for alvorlige mangler ved den daglige omsorgen eller annen alvorlig omsorgssvikt.';

function deck(): Deck {
  return makeDeck(
    {
      start: 'sektor',
      always: ['anonym'],
      texts: {
        actNow: 'Bli hos barnet til hjelpen kommer.',
        record: 'Skriv ned hva du så, med dato, i fagsystemet.',
        disagree: 'Drøft saken anonymt med barnevernet.',
        disclaimer: 'Dette er ikke juridisk rådgivning.',
      },
    },
    [
      q('sektor', [{ id: 'skole', label: 'Skole' }], { next: 'bekymring' }),
      q(
        'bekymring',
        [
          { id: 'akutt', label: 'Akutt fare', urgent: true, adds: ['politi', 'ring'] },
          { id: 'vold', label: 'Vold <b>og</b> overgrep', adds: ['meldeplikt', 'xss', 'lokal', 'skriv', 'alarm'] },
        ],
        { multiple: true },
      ),
      duty('meldeplikt', {
        title: 'Opplysningsplikt til barnevernet etter barnevernsloven, også når lederen din er uenig i vurderingen',
        summary: LONG,
        meaning: `**Meld selv.** ${LONG}`,
        limits: 'Gjelder ikke når barnet er over 18 år.',
      }),
      duty('xss', {
        title: 'Skript <script>alert(1)</script> i tittelen',
        summary: 'Se [denne lenken](javascript:alert(1)) og [Lovdata](https://lovdata.no/lov/2021-06-18-97).',
        meaning: '<img src=x onerror=alert(2)> og ![bilde](https://example.com/x.png)',
      }),
      sharing('anonym', { title: 'Anonym drøfting', not: 'Ikke navn.\u001b[2J\u0007 **Aldri** fødselsnummer.' }),
      contact('politi', { name: 'Politi', phone: '112', emergency: true, order: 1 }),
      contact('alarm', {
        name: 'Alarmtelefonen for barn og unge',
        phone: '116 111',
        url: 'https://www.116111.no',
        order: 20,
        hours: 'Hele døgnet',
      }),
      contact('lokal', { name: 'Barnevernstjenesten i kommunen', local: true, order: 10 }),
      step('ring', 'now', { title: 'Ring 112' }),
      step('skriv', 'today', { title: 'Skriv ned', text: LONG }),
    ],
  );
}

function summary(answers: Record<string, string[]>, lang: Lang = 'nb'): Summary {
  const d = deck();
  const w = walk(d, new Map(Object.entries(answers)));
  expect(w.complete).toBe(true);
  return buildSummary(d, w.path, { lang, generated: '2026-11-23', urgent: w.urgent });
}

const URGENT = { sektor: ['skole'], bekymring: ['akutt', 'vold'] };
const CALM = { sektor: ['skole'], bekymring: ['vold'] };

describe('HTML', () => {
  const html = renderHtml(summary(URGENT));

  it('escapes HTML in card text: a script in a card is shown as text', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\bonerror\s*=/i);
    expect(html).toContain('Vold &lt;b&gt;og&lt;/b&gt; overgrep');
  });

  it('drops javascript: links but keeps the link text and https links', () => {
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('denne lenken');
    expect(html).toContain('<a href="https://lovdata.no/lov/2021-06-18-97">Lovdata</a>');
  });

  it('is self-contained: no scripts, no external styles, fonts or images', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/<[^>]*\bhref\s*=\s*"?(https?:)?\/\/[^>]*\.(css|js)\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toMatch(/<style>[\s\S]*<\/style>/);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('prints on A4 and keeps items together', () => {
    expect(html).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(html).toMatch(/@media print/);
  });

  it('shows the steps as checkboxes, one per step, and again in the short block', () => {
    const s = summary(URGENT);
    expect(html.match(/<input type="checkbox">/g)).toHaveLength(2 * s.steps.length);
    expect(s.steps.length).toBe(2);
  });

  it('puts act-now with the emergency number first, and says a local number is missing', () => {
    const L = labels('nb');
    expect(html.indexOf(L.actNow)).toBeGreaterThan(-1);
    expect(html.indexOf(L.actNow)).toBeLessThan(html.indexOf(L.duties));
    expect(html).toContain('<strong class="phone">112</strong>');
    expect(html).toContain('Det lokale nummeret mangler her: spør lederen din om nummeret.');
  });

  it('is in the chosen language', () => {
    expect(renderHtml(summary(CALM, 'en'))).toContain('<html lang="en">');
    expect(html).toContain('<html lang="nb">');
  });
});

describe('Markdown', () => {
  const order = (lang: Lang, urgent: boolean) => {
    const L = labels(lang);
    return [
      ...(urgent ? [`## ⚠ ${L.actNow}`] : []),
      `## ${L.brief}`,
      `## ${L.contacts}`,
      `## ${L.steps}`,
      `## ${L.sharing}`,
      `## ${L.duties}`,
      `## ${L.answers}`,
      `## ${L.record}`,
      `## ${L.disagree}`,
      `## ${L.about}`,
    ];
  };

  it.each([
    ['nb', true],
    ['nb', false],
    ['en', true],
  ] as const)('has the sections in the required order (%s, urgent %s)', (lang, urgent) => {
    const md = renderMarkdown(summary(urgent ? URGENT : CALM, lang));
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(order(lang, urgent));
    // The disclaimer comes after "about", which names the deck, its version, review and generation dates.
    const about = md.slice(md.indexOf(`## ${labels(lang).about}`));
    expect(about).toMatch(/test\.unit .*2\.0\.0.*2026-11-01.*2026-11-23/);
    expect(about.indexOf('Dette er ikke juridisk rådgivning.')).toBeGreaterThan(0);
  });

  it('says why every item is there', () => {
    const md = renderMarkdown(summary(CALM));
    expect(md).toContain('*Fordi du svarte «Vold <b>og</b> overgrep».*');
    expect(md).toContain(`*${labels('nb').always}.*`);
  });

  it('says a shared reason once, not on every item in a row', () => {
    const md = renderMarkdown(summary(CALM));
    const steps = md.slice(md.indexOf(`## ${labels('nb').steps}`), md.indexOf(`## ${labels('nb').sharing}`));
    expect(steps.match(/Fordi du svarte/g)).toHaveLength(1);
  });

  it('lists the steps as a checklist', () => {
    expect(renderMarkdown(summary(URGENT))).toMatch(/^- \[ \] \*\*Ring 112\*\* \(nå\)$/m);
  });

  it('groups duties by status under the headings for each', () => {
    const s = summary(CALM);
    s.duties[1] = { ...s.duties[1]!, status: 'not-applicable' };
    s.duties.push({
      ...s.duties[0]!,
      id: 'x',
      title: 'Kanskje-plikt',
      status: 'conditional',
      condition: 'Hvis barnet bor i kommunen.',
    });
    const md = renderMarkdown(s);
    const L = labels('nb');
    const at = (t: string) => md.indexOf(t);
    expect(at(`### ${L.dutyStatus.applies}`)).toBeGreaterThan(at(`## ${L.duties}`));
    expect(at(`### ${L.dutyStatus.conditional}`)).toBeGreaterThan(at(`### ${L.dutyStatus.applies}`));
    expect(at(`### ${L.dutyStatus['not-applicable']}`)).toBeGreaterThan(at(`### ${L.dutyStatus.conditional}`));
    expect(at('#### Kanskje-plikt')).toBeGreaterThan(at(`### ${L.dutyStatus.conditional}`));
    expect(md).toContain('*Hvis barnet bor i kommunen.*');
    expect(renderHtml(s)).toContain('<h3 class="status-not-applicable">Gjelder ikke deg – men …</h3>');
    expect(renderText({ ...s, lang: 'en' } as Summary)).toBeTruthy();
  });
});

describe('"Kort fortalt"', () => {
  it('comes first (after act-now), fits an 80×24 screen, and names the duty, a number to call and steps with when', () => {
    for (const answers of [URGENT, CALM]) {
      const text = renderText(summary(answers));
      const start = text.indexOf('KORT FORTALT');
      const block = text.slice(start, text.indexOf('HVEM DU KONTAKTER')).trimEnd().split('\n');
      expect(start).toBeGreaterThan(-1);
      expect(block.length).toBeLessThanOrEqual(16);
      expect(block.join('\n')).toMatch(/Plikt som gjelder for deg: Opplysningsplikt/);
      expect(block.join('\n')).toMatch(/Ring først: (112|116 111) /);
      expect(block.join('\n')).toMatch(/^\[ \] (Nå|I dag): /m);
      // The first line that tells the person to do something is near the top.
      expect(text.split('\n').findIndex((l) => l.startsWith('[ ]'))).toBeLessThan(answers === URGENT ? 30 : 16);
    }
  });

  it('calls the emergency number first when urgent, else the first contact with a number', () => {
    expect(renderText(summary(URGENT))).toMatch(/Ring først: 112 Politi/);
    expect(renderText(summary(CALM))).toMatch(/Ring først: 116 111 Alarmtelefonen/);
  });

  it("uses a local contact's national fallback, and asks the person to ask their leader", () => {
    const d = deck();
    (d.cards.get('lokal') as { fallback?: string }).fallback = 'alarm';
    const w = walk(d, new Map(Object.entries(CALM)));
    const s = buildSummary(d, w.path, { lang: 'nb', generated: '2026-11-23', urgent: false });
    const text = renderText(s).replace(/\s+/g, ' ');
    expect(text).toContain(
      'Ring først: Barnevernstjenesten i kommunen – spør lederen din om nummeret. Får du ikke tak i dem: 116 111 (Alarmtelefonen for barn og unge) kan sette deg over eller melde videre.',
    );
    expect(text).toContain(
      'Det lokale nummeret mangler her. Ring 116 111 (Alarmtelefonen for barn og unge) i mellomtiden, og spør lederen din om det lokale nummeret.',
    );
  });

  it('never tells the person about tiltakskort.local.yaml, in any format or language', async () => {
    for (const lang of ['nb', 'en'] as const) {
      for (const answers of [URGENT, CALM]) {
        const s = summary(answers, lang);
        expect(s.contacts.some((c) => c.missing)).toBe(true);
        for (const out of [
          renderMarkdown(s),
          renderText(s),
          renderHtml(s),
          renderJson(s),
          renderTerminal(s, { color: true, width: 80 }),
        ]) {
          expect(out).not.toContain('tiltakskort.local.yaml');
          expect(out).not.toContain('README');
        }
      }
    }
  });
});

describe('plain text', () => {
  it.each([
    [URGENT, 'nb'],
    [CALM, 'en'],
  ] as const)('keeps every line within 80 columns', (answers, lang) => {
    const text = renderText(summary(answers, lang));
    const long = text.split('\n').filter((l) => [...l].length > 80);
    expect(long).toEqual([]);
    expect(text).toContain('Opplysningsplikt til barnevernet');
  });

  it('wraps to a narrower width when asked', () => {
    const text = renderText(summary(URGENT), 60);
    expect(text.split('\n').filter((l) => [...l].length > 60)).toEqual([]);
  });

  it('has no Markdown marks left', () => {
    const text = renderText(summary(CALM));
    expect(text).not.toMatch(/\*\*|^#+ /m);
    expect(text).toContain('[ ] Skriv ned (i dag)');
  });
});

describe('JSON', () => {
  it('is stable and machine-readable', async () => {
    const s = summary(URGENT);
    const json = await render('json', s);
    expect(json).toBe(renderJson(s));
    const data = JSON.parse(json);
    expect(data).toMatchObject({ status: 'complete', urgent: true, deck: { id: 'test.unit', version: '2.0.0' } });
    expect(data.actNow.contacts).toEqual(['politi']);
  });
});

describe('text for prompts', () => {
  it('plain() drops control characters along with the Markdown marks', () => {
    expect(plain('**Vold**\u001b[2J og \u202Eovergrep\u0007')).toBe('Vold og overgrep');
  });
});

describe('terminal, without colour (plain text)', () => {
  it('lets no control character from a card through', async () => {
    for (const out of [renderTerminal(summary(URGENT), { color: false, width: 80 }), renderText(summary(URGENT), 80)]) {
      expect(out).not.toContain('\u001b');
      expect(out).not.toContain('\u0007');
      expect(out).toContain('Aldri fødselsnummer');
    }
  });
});

describe('terminal, in colour', () => {
  it('styles the summary, wraps every line to the width, and lets no control character from a card through', async () => {
    const out = renderTerminal(summary(URGENT), { color: true, width: 60 });
    expect(out).toContain('\u001b[1m'); // bold, from our own styles
    expect(stripVTControlCharacters(out)).not.toMatch(/^\s*#{1,4} |\*\*/m); // no Markdown marks
    // A URL is never cut: each one is whole on a line of its own or after text.
    expect(stripVTControlCharacters(out)).toContain('https://lovdata.no/lov/2021-06-18-97');
    const lines = stripVTControlCharacters(out).split('\n');
    expect(lines.filter((l) => [...l].length > 60 && !/^\s*\(?https?:\/\/\S+$/.test(l))).toEqual([]);
    expect(out).not.toContain('\u001b[2J'); // a card cannot clear the user's screen
    expect(out).not.toContain('\u0007');
    expect(stripVTControlCharacters(out)).not.toMatch(/\[(1|22|3|23)m/); // no colour code without its ESC
    expect(stripVTControlCharacters(out)).toContain('Aldri fødselsnummer');
  });
});

describe('wrap', () => {
  it('counts columns, not code units: an emoji takes one, a colour code none, plain text its length', () => {
    // Ten two-unit emoji and their spaces fill 19 columns: a line of 20 holds ten, not five.
    expect(wrap(Array(20).fill('😀').join(' '), 20).split('\n')).toEqual([
      Array(10).fill('😀').join(' '),
      Array(10).fill('😀').join(' '),
    ]);
    const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
    const coloured = wrap(Array(8).fill(bold('ord')).join(' '), 15);
    expect(coloured.split('\n').map((l) => stripVTControlCharacters(l))).toEqual([
      'ord ord ord ord',
      'ord ord ord ord',
    ]);
    expect(wrap('- aaaa bbbb cccc dddd', 12)).toBe('- aaaa bbbb\n  cccc dddd');
  });
});
