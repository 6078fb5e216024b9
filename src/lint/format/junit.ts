// JUnit XML for CI test reports. validate: one testsuite per file, one testcase per rule, a
// <failure> per error (warnings and notes go to <system-out>). test: one testcase per scenario,
// plus one for coverage. Everything XML-escaped; characters XML 1.0 cannot hold are dropped.

import type { Diagnostic } from '../../core/types.js';
import { coverageFails, pathsLine, type Formatter } from './types.js';
import { formatDiagnostic } from '../../core/diagnostics.js';

const INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xml(s: string): string {
  return s
    .replace(INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (diagnostics, ctx) => {
  const R = ctx.words.report;
  const line = (d: Diagnostic) => formatDiagnostic(d, { words: ctx.words });
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;

  if (ctx.command === 'test' && ctx.scenarios) {
    const cases: string[] = [];
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    for (const r of ctx.scenarios) {
      tests++;
      const attrs = `classname="${xml(r.file)}" name="${xml(r.id)}"`;
      if (r.status === 'pass') cases.push(`    <testcase ${attrs}/>`);
      else {
        failures++;
        const ds = (byFile.get(r.file) ?? []).filter((d) => d.card === r.id || (r.id === '(no id)' && !d.card));
        const body = [...r.problems, ...ds.map(line)].join('\n');
        cases.push(
          `    <testcase ${attrs}>\n      <failure type="${r.status === 'fail' ? 'scenario-failed' : 'scenario-error'}" message="${xml(r.problems[0]?.split('\n')[0] ?? 'failed')}">${xml(body)}</failure>\n    </testcase>`,
        );
      }
    }
    const errorsOutside = diagnostics.filter(
      (d) =>
        d.severity === 'error' &&
        !ctx.scenarios!.some((r) => r.file === d.file && (d.card === r.id || (r.id === '(no id)' && !d.card))),
    );
    if (errorsOutside.length > 0) {
      tests++;
      failures++;
      cases.push(
        `    <testcase classname="deck" name="deck">\n      <failure type="deck" message="${xml(R.deckErrors(errorsOutside.length))}">${xml(errorsOutside.map(line).join('\n'))}</failure>\n    </testcase>`,
      );
    }
    if (ctx.coverage) {
      tests++;
      const c = ctx.coverage;
      const msg = `${R.coverageShort(c.percent, c.reached, c.total)}${ctx.minCoverage !== undefined ? R.minimum(ctx.minCoverage) : ''}`;
      if (coverageFails(ctx)) {
        failures++;
        cases.push(
          `    <testcase classname="coverage" name="coverage">\n      <failure type="coverage" message="${xml(msg)}">${xml(`${msg}\n${R.neverReached}: ${c.missing.join(', ')}`)}</failure>\n    </testcase>`,
        );
      } else
        cases.push(
          `    <testcase classname="coverage" name="coverage">\n      <system-out>${xml(msg)}</system-out>\n    </testcase>`,
        );
    }
    // Path lengths are reported, never failed on: suite properties, which CI report viewers list.
    const p = ctx.paths;
    const props = p
      ? [
          '    <properties>',
          `      <property name="paths.median" value="${p.median}"/>`,
          ...(p.worst
            ? [
                `      <property name="paths.worst" value="${p.worst.questions}"/>`,
                `      <property name="paths.worst.scenario" value="${xml(p.worst.id)}"/>`,
              ]
            : []),
          `      <property name="scenarios.guarded" value="${p.guarded}"/>`,
          `      <property name="paths" value="${xml(pathsLine(p, ctx.scenarios.length, ctx.words))}"/>`,
          '    </properties>',
        ].join('\n') + '\n'
      : '';
    suites.push(
      `  <testsuite name="tiltakskort test" tests="${tests}" failures="${failures}" errors="0" skipped="0">\n${props}${cases.join('\n')}\n  </testsuite>`,
    );
  } else {
    const files = [...new Set([...ctx.files, ...diagnostics.map((d) => d.file)])].sort();
    const byKey = new Map<string, Diagnostic[]>();
    for (const d of diagnostics)
      byKey.set(`${d.file}\u0000${d.rule}`, [...(byKey.get(`${d.file}\u0000${d.rule}`) ?? []), d]);
    for (const file of files) {
      const rules = [...new Set([...ctx.rules, ...diagnostics.filter((d) => d.file === file).map((d) => d.rule)])];
      const cases: string[] = [];
      let fileFailures = 0;
      for (const rule of rules) {
        const ds = byKey.get(`${file}\u0000${rule}`) ?? [];
        const errors = ds.filter((d) => d.severity === 'error');
        const others = ds.filter((d) => d.severity !== 'error');
        const attrs = `classname="${xml(file)}" name="${xml(rule)}"`;
        const parts: string[] = [];
        if (errors.length > 0) {
          fileFailures++;
          parts.push(
            `      <failure type="${xml(rule)}" message="${xml(errors.length === 1 ? errors[0]!.message : R.nErrors(errors.length))}">${xml(errors.map(line).join('\n'))}</failure>`,
          );
        }
        if (others.length > 0) parts.push(`      <system-out>${xml(others.map(line).join('\n'))}</system-out>`);
        cases.push(
          parts.length ? `    <testcase ${attrs}>\n${parts.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`,
        );
      }
      tests += rules.length;
      failures += fileFailures;
      suites.push(
        `  <testsuite name="${xml(file)}" tests="${rules.length}" failures="${fileFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
      );
    }
  }
  out.push(`<testsuites name="tiltakskort ${ctx.command}" tests="${tests}" failures="${failures}" errors="0">`);
  out.push(...suites, '</testsuites>');
  return out.join('\n') + '\n';
};
