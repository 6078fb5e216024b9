// One colour decision for prompts and summary alike (cli/io.ts colorOn): every combination of
// NO_COLOR, FORCE_COLOR, TERM and a terminal.

import { describe, expect, it } from 'vitest';
import { colorOn } from '../../src/io/cli-io.js';

describe('colorOn', () => {
  it.each([
    // NO_COLOR, FORCE_COLOR, TERM, tty → colour
    [undefined, undefined, 'xterm', true, true],
    [undefined, undefined, 'xterm', false, false],
    [undefined, undefined, 'dumb', true, false],
    ['1', undefined, 'xterm', true, false],
    ['', undefined, 'xterm', true, true], // an empty NO_COLOR counts as unset
    ['', undefined, 'xterm', false, false],
    [undefined, '0', 'xterm', true, false], // FORCE_COLOR=0 turns colour off, even on a terminal
    [undefined, '1', 'xterm', false, true],
    [undefined, '3', 'dumb', false, true],
    [undefined, '', 'xterm', true, true], // an empty FORCE_COLOR counts as unset
    [undefined, '', 'xterm', false, false],
    ['1', '1', 'xterm', true, false], // NO_COLOR wins over FORCE_COLOR
    ['1', '1', 'xterm', false, false],
    ['', '1', 'xterm', false, true],
    ['', '0', 'xterm', true, false],
  ] as const)('NO_COLOR=%s FORCE_COLOR=%s TERM=%s tty=%s → %s', (noColor, force, term, tty, want) => {
    const env: NodeJS.ProcessEnv = { TERM: term };
    if (noColor !== undefined) env.NO_COLOR = noColor;
    if (force !== undefined) env.FORCE_COLOR = force;
    expect(colorOn(env, tty)).toBe(want);
  });
});
