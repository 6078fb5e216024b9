// The only module that asks @inquirer's select and checkbox: one question card becomes one
// prompt, with "back" and "why do we ask?" offered after the options. The engine never sees a
// prompt.

import type { Labels } from '../core/labels.js';
import { loadCheckbox, loadSelect } from './inquirer.js';
import { wrap } from '../render/wrap.js';

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
  options: { id: string; label: string }[];
  multiple: boolean;
  defaults?: readonly string[];
  canGoBack: boolean;
  labels: Labels;
  pageSize: number;
  /** Columns to fit option labels in (80 at most, as the rest of the guide). */
  width?: number;
}

const BACK = ':back';
const WHY = ':why';
const opt = (id: string) => `o:${id}`;
const unopt = (v: string) => v.slice(2);

/**
 * A long option label wrapped with a hanging indent, so its second line starts under its first
 * word instead of at column 0 (inquirer wraps at the terminal's edge with no indent). `prefix`
 * is the width inquirer puts before the label: "❯ " in a select, "❯◯ " in a checkbox.
 */
function fit(label: string, width: number | undefined, prefix: number): string {
  if (!width || label.length + prefix < width) return label;
  return wrap(label, width - prefix - 1).replace(/\n/g, `\n${' '.repeat(prefix)}`);
}

/**
 * The answer shown after a question once it is answered ("✔ … Hva er du bekymret for? Vold,
 * Omsorgssvikt"), wrapped so its later lines start under the question text, not at column 0.
 */
function fitAnswer(message: string, width: number | undefined): (text: string) => string {
  return (text) => {
    if (!width) return text;
    const lines = message.split('\n');
    // inquirer writes "✔ " before the message, so a one-line message starts at column 2.
    const column = [...(lines.length > 1 ? lines[lines.length - 1]! : `✔ ${message}`)].length + 1;
    const out: string[] = [];
    let line = '';
    let room = width - column;
    for (const word of text.split(' ')) {
      if (line && [...line].length + 1 + [...word].length > room) {
        out.push(line);
        line = '';
        room = width - 2;
      }
      line += (line ? ' ' : '') + word;
    }
    out.push(line);
    return out.join('\n  ');
  };
}

export async function askQuestion(ask: Ask, ctx: PromptContext): Promise<Reply> {
  const { default: select, Separator } = loadSelect();
  const extras = [
    new Separator(),
    ...(ask.canGoBack ? [{ name: ask.labels.back, value: BACK }] : []),
    { name: ask.labels.whyAsk, value: WHY },
  ];
  const pageSize = Math.max(5, Math.min(ask.pageSize, ask.options.length + extras.length));
  const answerFit = fitAnswer(ask.message, ask.width);

  if (!ask.multiple) {
    const value = await select<string>({
      message: ask.message,
      choices: [...ask.options.map((o) => ({ name: fit(o.label, ask.width, 2), short: answerFit(o.label), value: opt(o.id) })), ...extras],
      ...(ask.defaults?.[0] ? { default: opt(ask.defaults[0]) } : {}),
      pageSize,
      loop: false,
      theme: { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([k, a]) => `${k} ${ask.labels.keys[a] ?? a}`).join(' • ') } },
    }, ctx);
    if (value === BACK) return { kind: 'back' };
    if (value === WHY) return { kind: 'why', picked: [] };
    return { kind: 'answer', options: [unopt(value)] };
  }

  // Loaded on first use: the first question (the sector) is a single choice, and every module
  // kept off the way to the first prompt is start-up time saved.
  const { default: checkbox } = loadCheckbox();
  const values = await checkbox<string>({
    message: ask.message,
    choices: [
      ...ask.options.map((o) => ({ name: fit(o.label, ask.width, 3), short: o.label, value: opt(o.id), checked: Boolean(ask.defaults?.includes(o.id)) })),
      ...extras,
    ],
    pageSize,
    loop: false,
    // @inquirer 5 dropped `instructions`: our own help line takes the place of its key list.
    theme: { style: { renderSelectedChoices: (chosen: readonly { short: string }[]) => answerFit(chosen.map((c) => c.short).join(', ')), keysHelpTip: () => ask.labels.chooseMany } },
  }, ctx);
  const picked = values.filter((v) => v.startsWith('o:')).map(unopt);
  if (values.includes(BACK)) return { kind: 'back' };
  if (values.includes(WHY)) return { kind: 'why', picked };
  if (picked.length === 0) {
    // Enter with nothing ticked: people expect Enter on "Tilbake" to go back, as in the
    // single-choice prompts, so offer back and why here instead of an error.
    const next = await select<string>({
      message: ask.labels.pickAtLeastOne,
      choices: [
        { name: ask.labels.chooseAgain, value: ':again' },
        ...(ask.canGoBack ? [{ name: ask.labels.back, value: BACK }] : []),
        { name: ask.labels.whyAsk, value: WHY },
      ],
      theme: { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([k, a]) => `${k} ${ask.labels.keys[a] ?? a}`).join(' • ') } },
    }, ctx);
    if (next === BACK) return { kind: 'back' };
    return { kind: 'why', picked: [], ...(next === WHY ? {} : { again: true }) };
  }
  return { kind: 'answer', options: picked };
}
