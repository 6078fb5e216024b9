import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/cli/page.js';
import { helpLines } from '../../src/cli/prompts.js';

/** The lines a window takes: its items and an indicator line above and below when set. */
const used = (h: number[], w: ReturnType<typeof pageWindow>) =>
  h.slice(w.start, w.end).reduce((a, b) => a + b, 0) + Number(w.above) + Number(w.below);

describe('pageWindow', () => {
  it('shows everything, with no indicators, when it fits', () => {
    expect(pageWindow([1, 2, 1], 2, 4)).toEqual({ start: 0, end: 3, above: false, below: false });
  });

  it('counts lines, not items: two-line labels push items below the edge, and says so', () => {
    const h = [1, 2, 1, 1, 2, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1]; // the worry question at 80 columns, back and why last
    const w = pageWindow(h, 0, 12);
    expect(w.above).toBe(false);
    expect(w.below).toBe(true);
    expect(used(h, w)).toBeLessThanOrEqual(12);
  });

  it('keeps the highlighted item wholly on screen at every position, for any room from the tallest item plus two indicator lines', () => {
    const h = [1, 2, 1, 1, 3, 1, 1, 1, 1, 3, 2, 3, 2, 1, 1];
    for (let room = 5; room <= 20; room++) {
      let prev = 0;
      for (const order of [[...h.keys()], [...h.keys()].reverse()]) {
        for (const active of order) {
          const w = pageWindow(h, active, room, prev);
          prev = w.start;
          expect(active).toBeGreaterThanOrEqual(w.start);
          expect(active).toBeLessThan(w.end);
          expect(used(h, w), `room ${room}, active ${active}`).toBeLessThanOrEqual(room);
          expect(w.above).toBe(w.start > 0);
          expect(w.below).toBe(w.end < h.length);
        }
      }
    }
  });

  it('moves only as far as it must', () => {
    const h = Array<number>(10).fill(1);
    const w = pageWindow(h, 5, 5, 3);
    expect(w.start).toBe(3);
  });
});

describe("an option's help under the list", () => {
  it('is wrapped to the width and cut to three lines, the last ending in an ellipsis', () => {
    const long = 'ord '.repeat(80).trim();
    const lines = helpLines(long, 40);
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => [...l].length <= 37)).toBe(true);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  it('is kept whole when it fits', () => {
    expect(helpLines('Kort hjelp.', 80)).toEqual(['Kort hjelp.']);
  });
});
