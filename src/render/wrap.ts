// Word wrapping for plain text and prompts: long help text must fit a small laptop's terminal.

export function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') {
      out.push('');
      continue;
    }
    const lead = /^\s*([-*]|\d+\.|\[ \])?\s*/.exec(para)?.[0] ?? '';
    const hang = indent + ' '.repeat(lead.length);
    let line = indent + lead;
    let empty = true;
    for (const word of para.slice(lead.length).split(/\s+/).filter(Boolean)) {
      if (!empty && line.length + 1 + word.length > width) {
        out.push(line);
        line = hang + word;
      } else {
        line += (empty ? '' : ' ') + word;
      }
      empty = false;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Inline Markdown to plain text: links become "text (url)", emphasis marks go. */
export function plain(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, t: string, u: string) => (t === u ? u : `${t} (${u})`))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
