// The string literals of a TypeScript file, with their line: a small lexer (comments, strings,
// templates with nested ${…}, regular expressions), enough for our own sources. TypeScript 7 has
// no JavaScript API to ask instead.

export interface Literal {
  line: number;
  /** The literal's text; a template's ${…} parts are left out. */
  text: string;
}

export function stringLiterals(src: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  let line = 1;
  // Brace depth of each template whose ${…} we are inside.
  const templates: number[] = [];
  let depth = 0;
  let prev = ''; // the last significant character, to tell a regex from a division
  const advance = () => {
    if (src[i] === '\n') line++;
    i++;
  };
  const template = () => {
    // At the character after ` or after the } closing a ${…}.
    const start = line;
    let text = '';
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\\') {
        text += ' '; // an escape (\n, \") is not part of a word
        advance();
        advance();
      } else if (c === '`') {
        advance();
        out.push({ line: start, text });
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        advance();
        advance();
        out.push({ line: start, text });
        templates.push(depth);
        depth++;
        return;
      } else {
        text += c;
        advance();
      }
    }
  };
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') advance();
    } else if (c === '/' && next === '*') {
      advance();
      advance();
      while (i < src.length && !(src[i] === '*' && src[i + 1] === '/')) advance();
      advance();
      advance();
    } else if (c === "'" || c === '"') {
      const start = line;
      let text = '';
      advance();
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') {
          advance();
          text += ' ';
        } else text += src[i];
        advance();
      }
      advance();
      out.push({ line: start, text });
      prev = 'a';
    } else if (c === '`') {
      advance();
      template();
      prev = 'a';
    } else if (c === '/' && (prev === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prev))) {
      // A regular expression: skip it, classes included.
      advance();
      let inClass = false;
      while (i < src.length && (inClass || src[i] !== '/')) {
        if (src[i] === '\\') advance();
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        advance();
      }
      advance();
      prev = 'a';
    } else if (c === '{') {
      depth++;
      prev = c;
      advance();
    } else if (c === '}') {
      depth--;
      advance();
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        template();
        prev = 'a';
      } else prev = c;
    } else {
      if (!/\s/.test(c)) prev = /[\w$)\]]/.test(c) ? 'a' : c;
      advance();
    }
  }
  return out;
}
