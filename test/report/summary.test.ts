import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/evaluation.js';
import { COMMENT_MARKER, renderComment, renderJobSummary } from '../../src/report/summary.js';
import { evaluationOf, makeFinding } from '../helpers.js';

function evaluationWith(count: number): Evaluation {
  const findings = Array.from({ length: count }, (_, i) =>
    makeFinding({
      id: `SG-${i.toString(16).padStart(16, '0')}`,
      title: `A long finding title number ${i} `.repeat(4),
      severity: 'high',
    }),
  );
  const reasons = findings.slice(0, 100).map((f) => `${f.id} has no resolution path ${'x'.repeat(200)}`);
  return evaluationOf(findings, {
    gates: [
      { id: 'disposition-integrity', enforcement: 'blocking', status: 'fail', reasons, conditions: [], summary: 's' },
    ],
    conditions: findings.map((f) => `${f.id} is open with a plan ${'y'.repeat(300)}`),
  });
}

describe('report/summary', () => {
  it('keeps the job summary under 1 MiB with explicit "more omitted" lines', () => {
    const summary = renderJobSummary(evaluationWith(150_000));
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toMatch(/^## ❌ shipgate: rejected/);
    expect(summary).toMatch(/_\d+ more findings \(all are in scan-results\.json\) omitted\._/);
    expect(summary).toMatch(/_\d+ more conditions omitted\._/);
  });

  it('keeps the pull request comment under 65,536 characters and marks it for updating in place', () => {
    const comment = renderComment(evaluationWith(150_000));
    expect(comment.length).toBeLessThan(65_536);
    expect(comment.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment).toMatch(/more reasons omitted|more findings .* omitted/);
  });

  it('cuts the per-tool rows too: thousands of tools with long names stay within both limits', () => {
    const evaluation = evaluationWith(6_000);
    evaluation.findings.forEach((f, i) => {
      (f.sources[0] as { tool: string }).tool = `tool-${i}-${'n'.repeat(240)}`;
    });
    const summary = renderJobSummary(evaluation);
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toMatch(/\n\n_\d+ more tools omitted\._\n/);
    const comment = renderComment(evaluation);
    expect(comment.length).toBeLessThan(65_536);
    expect(comment).toMatch(/_\d+ more tools omitted\._/);
    // The open and all rows are never cut.
    expect(comment).toMatch(/^\| open \| 0 \| 6000 \|/m);
  });

  it('omits nothing when everything fits', () => {
    const summary = renderJobSummary(evaluationWith(3));
    expect(summary).not.toContain('omitted');
    expect(summary.match(/^\| high \| SG-/gm)).toHaveLength(3);
  });
});
