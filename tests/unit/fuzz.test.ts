// The hostile-input property (tests/fuzz/hostile.mjs), a short run: a few hundred random cases,
// every command in every output format, in-process through main(). The long run is
// `node scripts/fuzz.mjs --runs N` (after a build). A failure prints the seed and the shrunk case.
// main() is the built bundle's, loaded with Node's own require as the bin does (tests/helpers/cli.ts):
// what ships, and about a quarter of the time of the same cases through vitest's module transform.

import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bundleMain } from '../helpers/cli.js';
// @ts-expect-error: plain JavaScript, shared with scripts/fuzz.mjs
import { COMMANDS, hostileProperty, removeCaseFolder, runCase } from '../fuzz/hostile.mjs';

const main = bundleMain();
const RUNS = Number(process.env.TILTAKSKORT_FUZZ_RUNS ?? 200);

describe('hostile input, every command and format', () => {
  afterAll(() => removeCaseFolder());
  it('each command once on a deck full of hostile text', async () => {
    const nasty =
      '\u001b]0;x\u0007\u001b[2J\u009b31m\u202e\r\n<script>alert(1)</script>[x](javascript:alert(1))![i](https://e.example/i.png)<https://e.example>';
    const failures: unknown[] = [];
    const codes = new Map<number, number>();
    const count = (code: number) => codes.set(code, (codes.get(code) ?? 0) + 1);
    for (let command = 0; command < (COMMANDS as unknown[]).length; command++) {
      const bad = await runCase(
        main,
        {
          mutations: Array.from({ length: 30 }, (_, i) => ({
            pick: i * 7,
            text: nasty,
            how: 'append',
            other: false,
            key: null,
          })),
          overlay: {
            file: 'default',
            municipality: nasty,
            entries: [
              {
                id: 'lokal-barnevern',
                name: nasty,
                when: nasty,
                phone: '22 33 44 55',
                url: null,
                emergency: null,
                extra: null,
              },
            ],
            broken: '',
          },
          answers: {
            json: false,
            entries: [
              ['sektor', 'skole'],
              ['bekymring', ['vold']],
              ['mistenkt', 'ja'],
              ['leder', 'ja'],
            ],
          },
          arg: nasty,
          command,
        },
        count,
      );
      if (bad) failures.push(bad);
    }
    if (failures.length) throw new Error(JSON.stringify(failures, null, 2));
    expect(codes.get(0) ?? 0).toBeGreaterThan((COMMANDS as unknown[]).length / 2); // most commands reach their output
  }, 60_000);

  it(`${RUNS} random cases hold every promise`, async () => {
    const codes = new Map<number, number>();
    await fc.assert(
      hostileProperty(main, (code: number) => codes.set(code, (codes.get(code) ?? 0) + 1)),
      { numRuns: RUNS, interruptAfterTimeLimit: 60_000 },
    );
    // Not all content errors: a good share of the cases reach an output format.
    expect(codes.get(0) ?? 0).toBeGreaterThan(RUNS / 5);
  }, 90_000);
});
