// Positions from js-yaml's events (yaml-positions.ts) must be `yaml`'s positions (yaml-cards.ts),
// to the column, or not be given at all: findings' line:col must not depend on which was asked.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCardFile, withinLimits } from '../../src/io/yaml-cards.js';
import { positionsFromEvents } from '../../src/io/yaml-positions.js';
import type { PositionTable } from '../../src/core/types.js';
import { repoYamlFiles } from '../helpers/yaml-files.js';

function exact(file: string, source: string): PositionTable {
  const positions: PositionTable = {};
  parseCardFile(file, source, positions);
  return positions;
}

describe('positions from js-yaml events', () => {
  it("are `yaml`'s positions for every YAML file in the repository, or not given", () => {
    const files = repoYamlFiles();
    expect(files.length).toBeGreaterThan(100);
    let given = 0;
    for (const f of files) {
      const source = readFileSync(f, 'utf8');
      const got = positionsFromEvents('x.yaml', source, withinLimits);
      if (got === undefined) continue;
      given++;
      expect(got, f).toEqual(exact('x.yaml', source));
    }
    // The point is not loading `yaml`: the deck's files must actually be read this way.
    expect(given).toBeGreaterThan(files.length - 5);
  });

  const same = [
    'id: a\ntitle: "quoted"\nother: \'single\'\nlist:\n  - one\n  - "two"\n  - {k: v, "q": [1, 2]}\n',
    'id: b\ntext: |\n  block\n  lines\nmore: >-\n\n  folded after a blank line\nkeep: |+ # a comment | with a bar\n  x\n\nend: 1\n',
    'id: c\nnested:\n  - a: 1\n    b:\n      - x\n      - y\n  -   spaced\n---\nid: d\n"quoted key": 2\n',
    'id: e\r\ntext: |\r\n  crlf\r\nn: 1\r\n',
    'id: f\nq: [a, [b, c], {d: e}]\n',
    '- just\n- a list\n',
    'id: a\n? explicit\n: key\n',
  ];
  it.each(same)('agree on %j', (source) => {
    const got = positionsFromEvents('x.yaml', source, withinLimits);
    expect(got).toBeDefined();
    expect(got).toEqual(exact('x.yaml', source));
  });

  // Where `yaml` places a node differently or js-yaml cannot tell, `yaml` is asked.
  const unsure = [
    'id: a\nempty:\nnext: 1\n',
    'id: a\nlist:\n  -\n  - b\n',
    'id: a\nx: &anchor 1\ny: *anchor\n',
    'id: a\nx: !!str 1\n',
    'id: a\n1: number key\n',
    'id: a\ntrue: bool key\n',
    'id: a\nflow: [k: v]\n',
    '---\n---\nid: a\n',
    'id: a\nid: twice\n',
    'id: a\n  bad: indent\n',
  ];
  it.each(unsure)('give way on %j', (source) => {
    expect(positionsFromEvents('x.yaml', source, withinLimits)).toBeUndefined();
  });
});
