// `tiltakskort run` through the built CLI: the scripted contract CI jobs and trainers rely on.
// Results go to stdout, errors to stderr, and the exit code tells which: 0 complete,
// 3 incomplete, 2 a usage or content error. Build first (npm test does).

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BIN,
  BROKEN,
  EPOCH_DATE,
  MINI,
  MINI_COMPLETE,
  ROOT,
  STACK_LINE,
  cli,
  tempDir,
  testEnv,
} from '../helpers/cli.js';

const run = (...args: string[]) => cli(['run', '--cards', MINI, ...args]);
// biome-ignore lint/suspicious/noExplicitAny: the tests read deep into the JSON and let a wrong path fail there
const json = (s: string) => JSON.parse(s) as Record<string, any>;

/** The same --answer flags, last first: the order flags are given in must not matter. */
const pairsReversed = (flags: string[]) =>
  flags
    .flatMap((_, i) => (i % 2 === 0 ? [flags.slice(i, i + 2)] : []))
    .reverse()
    .flat();

interface Item {
  id: string;
  title: string;
  because: { question: string; option: string }[];
}

describe('run --format json: incomplete', () => {
  it('with no answers exits 3 and shows the first question with its options', async () => {
    const r = await run('--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(3);
    const out = json(r.stdout);
    expect(out).toMatchObject({
      status: 'incomplete',
      answers: [],
      next: {
        id: 'sektor',
        text: 'Hvor jobber du?',
        multiple: false,
        options: [
          { id: 'skole', label: 'Skole' },
          { id: 'barnehage', label: 'Barnehage' },
        ],
      },
    });
    expect(Object.keys(out.next).sort()).toEqual(['id', 'multiple', 'options', 'text']);
  });

  it('part-way shows the answers so far and the next question, multiple when it is', async () => {
    const r = await run('--format', 'json', '--answer', 'sektor=barnehage');
    expect(r.code).toBe(3);
    const out = json(r.stdout);
    expect(out.answers).toEqual([{ question: 'sektor', option: 'barnehage' }]);
    expect(out.next).toMatchObject({ id: 'bekymring', multiple: true });
    expect(out.next.options.map((o: { id: string }) => o.id)).toEqual(['akutt', 'vold', 'omsorgssvikt']);
  });

  it('in English with --lang en', async () => {
    const r = await run('--format', 'json', '--lang', 'en');
    expect(json(r.stdout).next).toMatchObject({
      text: 'Where do you work?',
      options: [
        { id: 'skole', label: 'School' },
        { id: 'barnehage', label: 'Kindergarten' },
      ],
    });
  });

  it('in text by default, naming the flag to add', async () => {
    const r = await run();
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('sektor');
    expect(r.stdout).toContain('--answer sektor=skole');
  });
});

describe('run --format json: complete', () => {
  it('exits 0 with the full contract', async () => {
    const r = await run('--format', 'json', ...MINI_COMPLETE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out).toMatchObject({
      status: 'complete',
      deck: { id: 'test.mini', version: '1.0.0' },
      urgent: false,
      generated: EPOCH_DATE,
    });
    expect(out.answers).toEqual([
      { question: 'sektor', option: 'skole' },
      { question: 'bekymring', option: 'vold' },
      { question: 'bekymring', option: 'omsorgssvikt' },
      { question: 'mistenkt', option: 'ja' },
      { question: 'leder', option: 'ja' },
    ]);
    for (const key of ['duties', 'sharing', 'contacts', 'steps'] as const) {
      expect(Array.isArray(out[key]), key).toBe(true);
      for (const item of out[key] as Item[]) {
        expect(typeof item.id).toBe('string');
        expect(typeof item.title).toBe('string');
        expect(Array.isArray(item.because), `${key}/${item.id}`).toBe(true);
      }
    }
    for (const item of [...out.duties, ...out.sharing] as { basis: unknown[] }[]) {
      expect(item.basis.length).toBeGreaterThan(0);
      for (const b of item.basis) expect(Object.keys(b as object).sort()).toEqual(['law', 'section', 'url']);
    }
    for (const c of out.contacts as { phone?: string; url?: string; missing: boolean }[]) {
      expect(Boolean(c.phone || c.url) || c.missing).toBe(true);
    }
    expect(out.duties.map((d: Item) => d.id)).toEqual(['meldeplikt', 'personlig']);
    expect(out.duties[0].because).toEqual([
      { question: 'bekymring', option: 'vold' },
      { question: 'bekymring', option: 'omsorgssvikt' },
    ]);
    expect(out.sharing).toEqual([expect.objectContaining({ id: 'anonym', because: [] })]);
    expect(out.contacts).toEqual([expect.objectContaining({ id: 'lokal-barnevern', missing: true, local: true })]);
    expect(out.steps.map((s: Item) => s.id)).toEqual(['ikke-foreldre']);
  });

  it('is byte-identical on a second run with the same answers', async () => {
    const [a, b] = await Promise.all([
      run('--format', 'json', ...MINI_COMPLETE),
      run('--format', 'json', ...pairsReversed(MINI_COMPLETE)),
    ]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('an urgent answer ends the flow and lists act-now with the emergency contact', async () => {
    const r = await run('--format', 'json', '--answer', 'sektor=skole', '--answer', 'bekymring=akutt,vold');
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.urgent).toBe(true);
    expect(out.actNow).toEqual({ text: 'Bli hos barnet til hjelpen kommer.', contacts: ['politi-112'] });
    expect(out.contacts).toEqual([expect.objectContaining({ id: 'politi-112', phone: '112', emergency: true })]);
  });

  it('reads answers from a YAML file and from a JSON file, with the same result as flags', async () => {
    const t = tempDir();
    try {
      writeFileSync(
        join(t.dir, 'svar.yaml'),
        'sektor: skole\nbekymring: [vold, omsorgssvikt]\nmistenkt: ja\nleder: ja\n',
      );
      writeFileSync(
        join(t.dir, 'svar.json'),
        JSON.stringify({ sektor: 'skole', bekymring: ['vold', 'omsorgssvikt'], mistenkt: 'ja', leder: 'ja' }),
      );
      const [flags, yaml, jsonFile] = await Promise.all([
        run('--format', 'json', ...MINI_COMPLETE),
        cli(['run', '--cards', MINI, '--format', 'json', '--answers', 'svar.yaml'], { cwd: t.dir }),
        cli(['run', '--cards', MINI, '--format', 'json', '--answers', join(t.dir, 'svar.json')]),
      ]);
      expect(yaml.stderr).toBe('');
      expect(yaml.code).toBe(0);
      expect(jsonFile.code).toBe(0);
      expect(yaml.stdout).toBe(flags.stdout);
      expect(jsonFile.stdout).toBe(flags.stdout);
    } finally {
      t.cleanup();
    }
  });

  it('lets --answer flags override the answers file', async () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, 'svar.yaml'), 'sektor: skole\nbekymring: omsorgssvikt\nleder: nei\n');
      const r = await cli(
        ['run', '--cards', MINI, '--format', 'json', '--answers', 'svar.yaml', '--answer', 'leder=ja'],
        { cwd: t.dir },
      );
      expect(r.code).toBe(0);
      expect(json(r.stdout).answers.at(-1)).toEqual({ question: 'leder', option: 'ja' });
    } finally {
      t.cleanup();
    }
  });

  it('prints a readable text summary by default', async () => {
    const r = await run(...MINI_COMPLETE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Opplysningsplikt til barnevernet');
    expect(r.stdout.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
  });
});

describe('run: wrong answers', () => {
  const expectUsage = (r: Awaited<ReturnType<typeof cli>>) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_LINE);
  };

  it('an unknown question id: exit 2, the valid question ids on stderr', async () => {
    const r = await run('--format', 'json', '--answer', 'sektr=skole');
    expectUsage(r);
    expect(r.stderr).toContain('Ukjent spørsmål "sektr"');
    expect(r.stderr).toContain('gyldige: sektor, bekymring, mistenkt, leder');
  });

  it("an unknown option id: exit 2, that question's option ids on stderr", async () => {
    const r = await run('--format', 'json', '--answer', 'sektor=helse');
    expectUsage(r);
    expect(r.stderr).toContain('Ukjent svar "helse" på spørsmålet "sektor"');
    expect(r.stderr).toContain('gyldige: skole, barnehage');
  });

  it('an answer to a question never reached: exit 2, the questions on the path on stderr', async () => {
    const r = await run(
      '--format',
      'json',
      '--answer',
      'sektor=skole',
      '--answer',
      'bekymring=akutt',
      '--answer',
      'leder=ja',
    );
    expectUsage(r);
    expect(r.stderr).toContain('Spørsmålet "leder" blir aldri stilt');
    expect(r.stderr).toContain('gyldige: sektor, bekymring');
  });

  it('a malformed --answer and an unreadable answers file are usage errors', async () => {
    const [a, b, c] = await Promise.all([
      run('--answer', 'sektor'),
      run('--answers', 'no-such-file.yaml'),
      (async () => {
        const t = tempDir();
        try {
          writeFileSync(join(t.dir, 'bad.json'), '{ "sektor": ');
          return await cli(['run', '--cards', MINI, '--answers', 'bad.json'], { cwd: t.dir });
        } finally {
          t.cleanup();
        }
      })(),
    ]);
    expectUsage(a);
    expect(a.stderr).toContain('SPØRSMÅL=SVAR');
    expectUsage(b);
    expect(b.stderr).toContain('no-such-file.yaml');
    expectUsage(c);
    expect(c.stderr).toContain('ikke gyldig JSON');
  });
});

describe('run: a broken deck', () => {
  it('exits 2 with every problem as file:line:col on stderr, no stack trace, nothing on stdout', async () => {
    const r = await cli(['run', '--format', 'json', '--cards', 'tests/fixtures/broken', ...MINI_COMPLETE], {
      cwd: ROOT,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_LINE);
    // The findings in the run's language (bokmål), like the closing line.
    expect(r.stderr).toContain('tests/fixtures/broken/syntax.yaml:3:8  error  YAML-feil');
    expect(r.stderr).toContain('tests/fixtures/broken/questions/bekymring.yaml:9:5  error  Ukjent felt «nxt».');
    expect(r.stderr).toContain('tips: Mente du «next»?');
    expect(r.stderr).toContain('tests/fixtures/broken/duties.yaml:12:1  error  Feltet «meaning» mangler.');
    expect(r.stderr).toContain('tests/fixtures/broken/steps.yaml:2:5  error  Id-en «meldeplikt» finnes to ganger');
    expect(r.stderr).toMatch(/ingenting ble kjørt/);
  });

  it('names the files as given on the command line, also when absolute', async () => {
    const r = await cli(['run', '--cards', BROKEN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${BROKEN}/steps.yaml:2:5`);
  });

  it('a missing deck folder is a usage error', async () => {
    const r = await cli(['run', '--cards', 'tests/fixtures/no-such-deck']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Fant ikke mappen med kortstokken'); // in the run's language
  });
});

describe('local contacts', () => {
  const OVERLAY =
    'kind: local\nmunicipality: Eksempel kommune\nreviewed: 2026-11-01\ncontacts:\n  - id: lokal-barnevern\n    phone: "22 33 44 55"\n';
  const contactOf = (stdout: string) =>
    (json(stdout).contacts as { id: string; phone?: string; missing: boolean }[]).find(
      (c) => c.id === 'lokal-barnevern',
    );

  it("--local FILE fills in the local contact's phone", async () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, 'kommune.yaml'), OVERLAY);
      const r = await run('--format', 'json', '--local', join(t.dir, 'kommune.yaml'), ...MINI_COMPLETE);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(contactOf(r.stdout)).toMatchObject({ phone: '22 33 44 55', missing: false });
      expect(json(r.stdout).municipality).toBe('Eksempel kommune');
    } finally {
      t.cleanup();
    }
  });

  it('tiltakskort.local.yaml in the working directory is picked up', async () => {
    const t = tempDir();
    try {
      const before = await cli(['run', '--cards', MINI, '--format', 'json', ...MINI_COMPLETE], { cwd: t.dir });
      expect(contactOf(before.stdout)).toMatchObject({ missing: true });
      writeFileSync(join(t.dir, 'tiltakskort.local.yaml'), OVERLAY);
      const after = await cli(['run', '--cards', MINI, '--format', 'json', ...MINI_COMPLETE], { cwd: t.dir });
      expect(after.code).toBe(0);
      expect(contactOf(after.stdout)).toMatchObject({ phone: '22 33 44 55', missing: false });
    } finally {
      t.cleanup();
    }
  });

  describe('on the bundled national deck', () => {
    const NATIONAL = [
      '--answer',
      'sektor=skole',
      '--answer',
      'alder=6-11',
      '--answer',
      'bekymring=omsorgssvikt',
      '--answer',
      'svikt=alvorlig',
      '--answer',
      'tid=ikke',
      '--answer',
      'foreldre-fare=nei',
      '--answer',
      'hemmelig=nei',
      '--answer',
      'leder=enig',
    ];
    const localBarnevern = (stdout: string) =>
      (json(stdout).contacts as { id: string; phone?: string; missing: boolean }[]).find(
        (c) => c.id === 'lokal-barnevernstjeneste',
      );

    it('says the local child welfare number is missing, and an overlay fills it in', async () => {
      const t = tempDir();
      try {
        const before = await cli(['run', '--format', 'json', ...NATIONAL], { cwd: t.dir });
        expect(before.code, before.stderr).toBe(0);
        expect(localBarnevern(before.stdout)).toMatchObject({ missing: true });
        expect(localBarnevern(before.stdout)).not.toHaveProperty('phone');
        writeFileSync(
          join(t.dir, 'kommune.yaml'),
          'kind: local\nmunicipality: Eksempel kommune\nreviewed: 2026-11-01\ncontacts:\n  - id: lokal-barnevernstjeneste\n    phone: "22 33 44 55"\n',
        );
        const after = await cli(['run', '--format', 'json', '--local', 'kommune.yaml', ...NATIONAL], { cwd: t.dir });
        expect(after.code, after.stderr).toBe(0);
        expect(localBarnevern(after.stdout)).toMatchObject({ phone: '22 33 44 55', missing: false });
      } finally {
        t.cleanup();
      }
    });

    it("a mistake in an overlay entry: that entry is skipped with the overlay's file:line:col, the run goes on", async () => {
      const t = tempDir();
      try {
        writeFileSync(
          join(t.dir, 'kommune.yaml'),
          'kind: local\nmunicipality: Eksempel kommune\nreviewed: 2026-11-01\ncontacts:\n  - id: lokal-barnevernstjeneste\n    phnoe: "22 33 44 55"\n',
        );
        const r = await cli(['run', '--local', 'kommune.yaml', ...NATIONAL, '--format', 'json'], { cwd: t.dir });
        expect(r.code).toBe(0);
        expect(r.stderr).toContain(
          'kommune.yaml:6:5  warning  Kontakten «lokal-barnevernstjeneste» i den lokale fila har en feil og er hoppet over.',
        );
        expect(r.stderr).toContain('Ukjent felt «phnoe».');
        expect(localBarnevern(r.stdout)).toMatchObject({ missing: true });
        expect(r.stderr).not.toMatch(STACK_LINE);
      } finally {
        t.cleanup();
      }
    });
  });

  it('a missing --local file is a usage error', async () => {
    const r = await run('--local', 'no-such.yaml', ...MINI_COMPLETE);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Fant ikke den lokale fila'); // in the run's language
  });
});

describe('card text with control characters (a deck that was never validated)', () => {
  it('reaches no output: no escape sequence or bell in any format or listing', async () => {
    const t = tempDir();
    try {
      cpSync(MINI, t.dir, { recursive: true });
      const cards = join(t.dir, 'cards.yaml');
      writeFileSync(cards, readFileSync(cards, 'utf8').replace('name: Politi\n', 'name: "Politi\\u001b[2J\\u0007"\n'));
      const urgent = ['--answer', 'sektor=skole', '--answer', 'bekymring=akutt'];
      for (const args of [
        ['run', ...urgent],
        ['run', ...urgent, '--format', 'md'],
        ['run', ...urgent, '--format', 'html'],
        ['show', 'politi-112'],
        ['list', 'contacts'],
        ['deck', '--format', 'md'],
        ['deck', '--format', 'html'],
      ]) {
        const r = await cli([...args, '--cards', t.dir]);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        expect(r.stdout, args.join(' ')).toContain('Politi');
        expect(r.stdout, args.join(' ')).not.toMatch(/\u001b|\u0007/);
      }
    } finally {
      t.cleanup();
    }
  });
});

describe('the program', () => {
  it('without a terminal, the guide exits 2 and says how to run without one (in the chosen language)', async () => {
    const r = await cli(['--cards', MINI]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('trenger en terminal');
    expect(r.stderr).toContain('--plain');
    expect(r.stderr).toContain('tiltakskort run');
    expect((await cli(['--cards', MINI, '--lang', 'en'])).stderr).toContain('needs a terminal');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('--help exits 0 and lists the commands on stdout', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('run');
    expect(r.stdout).toContain('schema');
    expect(r.stderr).toBe('');
  });

  it('run --help exits 0 and documents the exit codes, within 80 columns', async () => {
    const r = await cli(['run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--answer');
    expect(r.stdout).not.toContain('(default: [])');
    expect(r.stdout).toMatch(/^ {2}3 +run: svarene tok slutt før siste spørsmål/m);
    expect(r.stdout.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
  });

  it('an unknown command exits 2 with a suggestion', async () => {
    const r = await cli(['rnu']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Ukjent kommando "rnu"');
    expect(r.stderr).toContain('"run"');
  });

  it('an unknown option exits 2', async () => {
    const r = await cli(['run', '--cards', MINI, '--no-such-option']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--no-such-option');
  });

  it('a bad --lang or --format value exits 2', async () => {
    const [a, b] = await Promise.all([run('--lang', 'de'), run('--format', 'pdf')]);
    expect(a.code).toBe(2);
    expect(b.code).toBe(2);
  });

  it("a reader that stops early (| head) gets no error, and the exit code is still the command's own", () => {
    // graph's SVG is larger than a pipe's buffer, so the writes after `head` leaves fail with EPIPE.
    for (const [args, code] of [
      ['graph --format svg', '0'],
      ['run --format json', '3'],
    ] as const) {
      const r = spawnSync(
        'bash',
        ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" ${args} | head -c 10 >/dev/null`],
        { env: testEnv(), encoding: 'utf8' },
      );
      expect(r.stderr, args).toBe('');
      expect(String(r.status), args).toBe(code);
    }
  });

  it('schema prints the JSON Schema for card files', async () => {
    const r = await cli(['schema']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const schema = json(r.stdout);
    expect(typeof schema.$schema).toBe('string');
  });
});
