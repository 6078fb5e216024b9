// Which part of a long option list is on screen: counted in screen lines, not in options (a long
// label takes two or three lines), with a line for "more above" and one for "more below" whenever
// something lies there. Pure, so every terminal size can be tested without a terminal.

export interface PageWindow {
  /** First and one-past-last item shown. */
  start: number;
  end: number;
  above: boolean;
  below: boolean;
}

/**
 * @param heights lines each item takes
 * @param active the highlighted item: always wholly shown
 * @param room lines for the list, indicator lines included
 * @param prevStart where the window started last time: it moves only as far as it must
 */
export function pageWindow(heights: readonly number[], active: number, room: number, prevStart = 0): PageWindow {
  const n = heights.length;
  const total = heights.reduce((a, b) => a + b, 0);
  if (total <= room) return { start: 0, end: n, above: false, below: false };
  const endFrom = (start: number): number => {
    let avail = room - (start > 0 ? 1 : 0);
    let end = start;
    while (end < n && heights[end]! <= avail) avail -= heights[end++]!;
    // Something still below: it needs its indicator line, so give up the last item if need be.
    if (end < n && avail < 1 && end - start > 1) end--;
    return Math.max(end, start + 1);
  };
  let start = Math.min(Math.max(0, prevStart), n - 1);
  if (active < start) start = active;
  while (active >= endFrom(start) && start < active) start++;
  // Never leave room unused at the bottom of the list: pull the window up.
  while (start > 0 && endFrom(start - 1) === n && active < endFrom(start - 1)) start--;
  const end = endFrom(start);
  return { start, end, above: start > 0, below: end < n };
}
