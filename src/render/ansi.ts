// The one place that writes terminal colour codes (SGR). Whether to colour at all is decided
// elsewhere, once (io/cli-io.ts colorOn); `on` carries that decision here.

/** Wraps text in an SGR code and the code that ends just that style. */
export const sgr =
  (open: string, close: string) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
}

const same = (s: string) => s;

/** The styles, or the identity for each when colour is off. */
export const paint = (on: boolean): Paint => ({
  bold: on ? sgr('1', '22') : same,
  dim: on ? sgr('2', '22') : same,
  cyan: on ? sgr('36', '39') : same,
  green: on ? sgr('32', '39') : same,
  yellow: on ? sgr('33', '39') : same,
  red: on ? sgr('31', '39') : same,
});
