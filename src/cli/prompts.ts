// The guide's own prompts, built on @inquirer/core: one question card becomes one list, with
// "back" and "why do we ask?" after the options. They are actions, not answers: never tickable,
// never shown as the answer once the prompt is done. The list is paged by screen lines (page.ts),
// says when more lies above or below, and fits the terminal it is in, from 40×10 up. Colour
// follows the one decision in io.ts, never @inquirer's own. The engine never sees a prompt.

import type { Labels } from '../core/labels.js';
import { visible, wrap } from '../render/wrap.js';
import { loadCore } from './inquirer.js';
import { pageWindow } from './page.js';

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export type Reply =
  | { kind: 'answer'; options: string[] }
  | { kind: 'back' }
  | { kind: 'why'; picked: string[]; again?: boolean };

export interface Ask {
  message: string;
  /** `help` is shown under the list while the option is highlighted (as Inquirer's `description`). */
  options: { id: string; label: string; help?: string }[];
  multiple: boolean;
  defaults?: readonly string[];
  canGoBack: boolean;
  labels: Labels;
  /** Screen rows this prompt may take (the terminal's height less what must stay visible above). */
  rows: number;
  /** Columns to fit text in (80 at most, as the rest of the guide). */
  width?: number;
  color?: boolean;
}

type Item =
  | { kind: 'option'; id: string; label: string }
  | { kind: 'back'; label: string }
  | { kind: 'why'; label: string };

const CURSOR_HIDE = '\u001b[?25l';
/** Lines an option's help may take under the list; "why do we ask?" shows it whole. */
const HELP_LINES = 3;

import { paint, type Paint } from '../render/ansi.js';
export { paint, type Paint };

/** A label wrapped under its own first word (`prefix` columns of pointer and box before it). */
function itemLines(text: string, width: number, prefix: number): string[] {
  return wrap(text, Math.max(10, width - prefix - 1)).split('\n');
}

/** An option's help, wrapped to the width and cut to HELP_LINES lines (the last ending in "…"). */
export function helpLines(help: string, width: number): string[] {
  const lines = wrap(help, Math.max(10, width - 3)).split('\n');
  if (lines.length <= HELP_LINES) return lines;
  const kept = lines.slice(0, HELP_LINES);
  const last = kept[HELP_LINES - 1]!;
  const room = Math.max(10, width - 3) - 1;
  kept[HELP_LINES - 1] = `${visible(last) > room ? last.slice(0, room) : last}…`;
  return kept;
}

/**
 * The answer after the question once it is answered ("✔ … Hva er du bekymret for? Vold,
 * Omsorgssvikt"), wrapped so that its later lines start under the question, not at column 0.
 * When little room is left after the question (a long question's last line), the answer starts
 * on a line of its own, rather than one word at the margin or past it.
 */
export function fitAnswer(message: string, text: string, width: number): string {
  const lines = message.split('\n');
  const column = visible(lines.length > 1 ? lines[lines.length - 1]! : `✔ ${message}`) + 1;
  const full = width - 3;
  let room = width - column - 1;
  const words = text.split(' ').filter(Boolean);
  const whole = visible(text);
  const own = whole > room && room < Math.min(24, whole);
  const out: string[] = own ? [''] : [];
  if (own) room = full;
  let line = '';
  for (const word of words) {
    if (line && visible(line) + 1 + visible(word) > room) {
      out.push(line);
      line = '';
      room = full;
    }
    line += (line ? ' ' : '') + word;
  }
  out.push(line);
  return out.join('\n  ');
}

export async function askQuestion(ask: Ask, ctx: PromptContext): Promise<Reply> {
  const { createPrompt, useState, useKeypress, useRef, isEnterKey, isSpaceKey, isUpKey, isDownKey } = loadCore();
  const width = ask.width ?? 80;
  const p = paint(Boolean(ask.color));
  const T = ask.labels;
  const items: Item[] = [
    ...ask.options.map((o) => ({ kind: 'option' as const, id: o.id, label: o.label })),
    ...(ask.canGoBack ? [{ kind: 'back' as const, label: T.back }] : []),
    { kind: 'why', label: T.whyAsk },
  ];
  const firstAction = ask.options.length;
  const prefix = ask.multiple ? 3 : 2;
  const rendered = items.map((it) => itemLines(it.label, width, prefix));
  // The actions sit under a short rule, counted as a line of the first action.
  const heights = rendered.map((l, i) => l.length + (i === firstAction ? 1 : 0));
  const tallest = Math.max(...heights);
  const messageLines = ask.message.split('\n').length;
  const helps = items.map((it) => {
    const help = it.kind === 'option' ? ask.options.find((o) => o.id === it.id)?.help : undefined;
    return help ? helpLines(help, width) : [];
  });
  // Room for help is kept for the longest one, so the list does not jump as the cursor moves.
  const helpRoom = Math.max(0, ...helps.map((h) => h.length));

  const prompt = createPrompt<Reply, Record<string, never>>((_config, done) => {
    const startAt = ask.defaults?.[0]
      ? Math.max(
          0,
          ask.options.findIndex((o) => o.id === ask.defaults![0]),
        )
      : 0;
    const [active, setActive] = useState(startAt);
    const [ticked, setTicked] = useState<readonly string[]>(ask.multiple ? [...(ask.defaults ?? [])] : []);
    const [final, setFinal] = useState<string | undefined>(undefined);
    const windowStart = useRef(0);

    useKeypress((key) => {
      if (final !== undefined) return;
      if (isUpKey(key)) setActive(Math.max(0, active - 1));
      else if (isDownKey(key)) setActive(Math.min(items.length - 1, active + 1));
      else if (isSpaceKey(key) && ask.multiple) {
        const it = items[active]!;
        if (it.kind !== 'option') return; // back and why cannot be ticked
        setTicked(ticked.includes(it.id) ? ticked.filter((x) => x !== it.id) : [...ticked, it.id]);
      } else if (isEnterKey(key)) {
        const it = items[active]!;
        const picked = ask.options.map((o) => o.id).filter((id) => ticked.includes(id));
        if (it.kind === 'back') {
          setFinal('');
          done({ kind: 'back' });
        } else if (it.kind === 'why') {
          setFinal('');
          done({ kind: 'why', picked });
        } else {
          // Enter with nothing ticked answers with the highlighted option: what people expect.
          const chosen = ask.multiple ? (picked.length > 0 ? picked : [it.id]) : [it.id];
          setFinal(chosen.map((id) => ask.options.find((o) => o.id === id)!.label).join(', '));
          done({ kind: 'answer', options: chosen });
        }
      }
    });

    if (final !== undefined) {
      // Back and why leave no trace that could read as an answer.
      return final === ''
        ? ''
        : `${p.green('✔')} ${p.bold(ask.message)} ${p.cyan(fitAnswer(ask.message, final, width))}`;
    }

    const tip = wrap(ask.multiple ? T.tipMany : T.tipOne, width - 1).split('\n');
    let room = ask.rows - messageLines - 1;
    const withTip = room - tip.length >= tallest + 2;
    if (withTip) room -= tip.length;
    // The highlighted option's help, under the list, when the list still has room for two items.
    const withHelp = helpRoom > 0 && room - helpRoom - 1 >= tallest + 2;
    if (withHelp) room -= helpRoom + 1;
    room = Math.max(room, tallest + 2);
    const w = pageWindow(heights, active, room, windowStart.current);
    windowStart.current = w.start;

    const lines: string[] = [`${p.cyan('?')} ${p.bold(ask.message)}`];
    if (w.above) lines.push(p.dim(`  ${T.moreAbove}`));
    for (let i = w.start; i < w.end; i++) {
      const it = items[i]!;
      const on = i === active;
      if (i === firstAction) lines.push(p.dim(' ──────────────'));
      const pointer = on ? p.cyan('❯') : ' ';
      // Single choice: "❯ text". Several: "❯◉ text" for an option, "❯  text" for back and why.
      const mark = !ask.multiple
        ? ' '
        : it.kind === 'option'
          ? ticked.includes(it.id)
            ? `${p.green('◉')} `
            : '◯ '
          : '  ';
      const style = on ? p.cyan : it.kind === 'option' ? (t: string) => t : p.dim;
      rendered[i]!.forEach((text, j) =>
        lines.push(j === 0 ? `${pointer}${mark}${style(text)}` : `${' '.repeat(prefix)}${style(text)}`),
      );
    }
    if (w.below) lines.push(p.dim(`  ${T.moreBelow}`));
    if (withHelp) {
      const help = helps[active]!;
      lines.push('', ...help.map((l) => p.dim(`  ${l}`)));
      // Blank lines keep the height the same whichever option is highlighted.
      for (let i = help.length; i < helpRoom; i++) lines.push('');
    }
    if (withTip) lines.push(...tip.map(p.dim));
    return lines.join('\n') + CURSOR_HIDE;
  });

  return prompt({}, ctx);
}

/**
 * A line of text (a file name, yes or no), in the guide's language and colour decision. `check`
 * returns an error message to show and ask again, or undefined to accept.
 */
export async function askText(
  opts: {
    message: string;
    default?: string;
    color?: boolean;
    check?: (value: string) => string | undefined;
    show?: (value: string) => string;
  },
  ctx: PromptContext,
): Promise<string> {
  const { createPrompt, useState, useKeypress, isEnterKey, isTabKey } = loadCore();
  const p = paint(Boolean(opts.color));
  const prompt = createPrompt<string, Record<string, never>>((_config, done) => {
    const [value, setValue] = useState('');
    const [error, setError] = useState<string | undefined>(undefined);
    const [final, setFinal] = useState<string | undefined>(undefined);
    useKeypress((key, rl) => {
      if (final !== undefined) return;
      if (isEnterKey(key)) {
        const answer = (value || opts.default || '').trim();
        const problem = opts.check?.(answer);
        if (problem) {
          setError(problem);
          rl.write(value);
          return;
        }
        setFinal(answer);
        done(answer);
      } else if (isTabKey(key) && !value && opts.default) {
        rl.clearLine(0);
        rl.write(opts.default);
        setValue(opts.default);
      } else {
        setValue(rl.line);
        setError(undefined);
      }
    });
    if (final !== undefined)
      return `${p.green('✔')} ${p.bold(opts.message)} ${p.cyan(opts.show ? opts.show(final) : final)}`;
    const def = opts.default && !value ? `${p.dim(`(${opts.default})`)} ` : '';
    return [`${p.cyan('?')} ${p.bold(opts.message)} ${def}${value}`, error ? p.red(`> ${error}`) : ''];
  });
  return prompt({}, ctx);
}
