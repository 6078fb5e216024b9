// The formatter registry: each format is imported only when it is asked for.
import type { Format, Formatter } from './types.js';

export const formatters: Record<Format, () => Promise<Formatter>> = {
  text: async () => (await import('./text.js')).text,
  json: async () => (await import('./json.js')).json,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
};
