/**
 * GitHub code scanning refuses a whole upload with a run of more than 25,000 results or a rule with more
 * than 20 tags. shipgate.sarif holds every finding up to the limit, and past it the first findings in
 * display order (open before excepted, worst first, then by id), in id order, from either thread.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/evaluation.js';
import type { EvaluatedFinding } from '../../src/gates/types.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { renderSarif, renderSarifChunks, SARIF_MAX_RESULTS, sarifSelection } from '../../src/report/sarif.js';
import { writeOutputs } from '../../src/report/write.js';
import { generateSarif, makeFinding } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'sg-sarif-limits-'));
const ORDER = ['critical', 'high', 'medium', 'low', 'info'];

/** The first `max` ids in display order, worked out here without shipgate's code. */
function expectedIds(findings: readonly EvaluatedFinding[], max: number): string[] {
  const rank = (f: EvaluatedFinding) => (f.excepted ? ORDER.length : 0) + ORDER.indexOf(f.countedSeverity);
  return [...findings]
    .sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, max)
    .map((f) => f.id)
    .sort();
}

interface Log {
  runs: {
    tool: { driver: { rules: { id: string; properties: { tags: string[] } }[] } };
    properties?: { findings: number; omitted: number; omittedReason: string };
    results: { ruleId: string; partialFingerprints: { shipgateFindingId: string } }[];
  }[];
}

/** shipgate.sarif written with the second thread and without it, for a limit: the same bytes, parsed. */
async function written(name: string, evaluation: Evaluation, max: number): Promise<Log> {
  const texts = [];
  for (const min of [0, Number.POSITIVE_INFINITY]) {
    const out = join(tmp, `${name}-${min}`);
    await writeOutputs(out, evaluation, undefined, { sarifThreadMinFindings: min, sarifMaxResults: max });
    texts.push(readFileSync(join(out, 'shipgate.sarif'), 'utf8'));
  }
  expect(texts[0]).toBe(texts[1]);
  return JSON.parse(texts[0] as string) as Log;
}

describe('report/shipgate.sarif limits', () => {
  let evaluation: Evaluation;

  beforeAll(async () => {
    const root = join(tmp, 'release');
    mkdirSync(root);
    generateSarif(join(root, 'big.sarif'), '3MB', '9');
    evaluation = (
      await run({
        root,
        scans: ['big.sarif'],
        dryRun: true,
        clock: () => new Date('2026-11-25T12:00:00Z'),
        logger: silentLogger,
      })
    ).evaluation;
    // Some of every severity excepted, so open and excepted findings of one severity both occur.
    evaluation.findings.forEach((f, i) => {
      if (i % 7 === 0) Object.assign(f, { excepted: true, exceptionId: 'EX-1' });
    });
  }, 60_000);

  it('holds the first findings in display order past the limit, in id order, and says how many it left out', async () => {
    const total = evaluation.findings.length;
    expect(total).toBeGreaterThan(2000);
    for (const severity of ORDER)
      expect(evaluation.findings.some((f) => f.excepted && f.countedSeverity === severity)).toBe(true);
    // Limits that cut inside the open critical findings, inside the open low ones, and among the excepted.
    const openCritical = evaluation.findings.filter((f) => !f.excepted && f.countedSeverity === 'critical').length;
    const open = evaluation.findings.filter((f) => !f.excepted).length;
    for (const max of [openCritical - 3, open - 10, total - 5]) {
      const log = await written(`cut-${max}`, evaluation, max);
      const [run0] = log.runs;
      const ids = run0?.results.map((r) => r.partialFingerprints.shipgateFindingId) ?? [];
      expect(ids).toEqual([...ids].sort());
      expect(ids).toEqual(expectedIds(evaluation.findings, max));
      expect(run0?.properties).toMatchObject({ findings: total, omitted: total - max });
      expect(run0?.properties?.omittedReason).toContain(`more than ${max} results`);
      // The rules are those of the findings it holds.
      expect(run0?.tool.driver.rules.map((r) => r.id)).toEqual([...new Set(run0?.results.map((r) => r.ruleId))].sort());
    }
  }, 120_000);

  it('holds every finding at the limit, and leaves out exactly one just past it', async () => {
    const total = evaluation.findings.length;
    const at = await written('at', evaluation, total);
    expect(at.runs[0]?.results).toHaveLength(total);
    expect(at.runs[0]?.properties).toBeUndefined();
    const below = await written('below', evaluation, total - 1);
    expect(below.runs[0]?.results).toHaveLength(total - 1);
    expect(below.runs[0]?.properties).toMatchObject({ findings: total, omitted: 1 });
    // The one left out is the last in display order: excepted, the least severe there is, the highest id.
    const held = new Set(below.runs[0]?.results.map((r) => r.partialFingerprints.shipgateFindingId));
    const [left] = evaluation.findings.filter((f) => !held.has(f.id));
    const last = evaluation.findings
      .filter((f) => f.excepted && f.countedSeverity === 'info')
      .map((f) => f.id)
      .sort()
      .at(-1);
    expect(left?.id).toBe(last);
  }, 60_000);

  it('keeps 25,000 results by default, and a rule to 20 tags', () => {
    expect(SARIF_MAX_RESULTS).toBe(25_000);
    expect(sarifSelection(evaluation.findings).omitted).toBe(0);
    // A limit of nothing holds nothing, rather than failing.
    const none = sarifSelection(evaluation.findings, 0);
    expect(evaluation.findings.some((f) => none.holds(f))).toBe(false);
    expect(none.omitted).toBe(evaluation.findings.length);
    const cwe = Array.from({ length: 30 }, (_, i) => `CWE-${i + 1}`);
    const finding = makeFinding({ cwe, scanType: 'sast' });
    const log = JSON.parse(renderSarif({ ...evaluation, findings: [finding] })) as Log;
    const tags = log.runs[0]?.tool.driver.rules[0]?.properties.tags ?? [];
    expect(tags).toHaveLength(20);
    expect(tags.slice(0, 4)).toEqual(['security', 'sast', 'CWE-1', 'CWE-2']);
  });

  it("gives each rule its worst held finding's security-severity, where GitHub reads it", () => {
    const finding = (ruleId: string, countedSeverity: EvaluatedFinding['countedSeverity'], excepted = false) =>
      makeFinding({ ruleId, severity: countedSeverity, countedSeverity, excepted });
    const findings = [
      finding('mixed', 'low'),
      finding('mixed', 'high'),
      finding('mixed', 'medium'),
      finding('excepted', 'critical', true),
      finding('info-only', 'info'),
    ].sort((a, b) => (a.id < b.id ? -1 : 1));
    const log = JSON.parse(renderSarif({ ...evaluation, findings })) as Log;
    const score = (id: string) =>
      (log.runs[0]?.tool.driver.rules.find((r) => r.id === id)?.properties as Record<string, unknown>)[
        'security-severity'
      ];
    expect(score('mixed')).toBe('8.0');
    expect(score('excepted')).toBe('9.5');
    expect(score('info-only')).toBeUndefined();
    // A rule whose worst finding is left out of the log takes the worst of those it holds: the excepted
    // critical comes after the four open findings in display order, so a limit of 4 leaves it out.
    const both = [...findings, finding('mixed', 'critical', true)].sort((a, b) => (a.id < b.id ? -1 : 1));
    const held = JSON.parse(
      [...renderSarifChunks({ ...evaluation, findings: both }, sarifSelection(both, 4))].join(''),
    ) as Log;
    expect(held.runs[0]?.results).toHaveLength(4);
    const rules = held.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id).sort()).toEqual(['info-only', 'mixed']);
    expect((rules.find((r) => r.id === 'mixed')?.properties as Record<string, unknown>)['security-severity']).toBe(
      '8.0',
    );
  });

  it('is written only under its own name: no stray files from either thread', () => {
    for (const name of readdirSync(tmp).filter((n) => n.startsWith('cut-')))
      expect(readdirSync(join(tmp, name)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
