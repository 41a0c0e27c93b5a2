/**
 * Secrets that two tools report at one path and line are one finding (identity `secret|<path>|<line>`)
 * whose rule id is its first copy's. A `rule` exception, and a `vulnerability` exception compared with
 * rule ids, used to compare only that one id: an exception for Gitleaks' generic-api-key noise waived
 * the critical GitHub token Trivy reported on the same line, and the release was approved. Such a
 * selector now covers a merged finding only when every copy has the rule, as `tool` and `path` do; an
 * exception by finding id still covers it, and a dependency finding joined across tools by a shared
 * id is still matched by its rule id and any alias. Real reports (Trivy's secret result in
 * trivy-fs-vulns-misconfig-secrets.json, Gitleaks' json_simple test output), edited in the test.
 */
import { describe, expect, it } from 'vitest';
import { exceptionMatches } from '../../src/evidence/exceptions.js';
import type { Finding } from '../../src/model.js';
import { mergeFindings } from '../../src/normalize.js';
import { makeFinding } from '../helpers.js';
import { evaluateSecret, gitleaksSecret, trivySecret } from '../merged-secret.js';

/** An exception file with one entry of the given match (YAML flow mapping). */
function exceptionFile(match: string): string {
  return [
    'exceptions:',
    '  - id: EXC-0002',
    '    type: false-positive',
    `    match: ${match}`,
    '    reason: Gitleaks generic-api-key hits are entropy noise in test data.',
    '    owner: alice',
    '    approvedBy: security-lead',
    '    approvedOn: 2026-11-20',
    '    expires: 2027-01-20',
    '',
  ].join('\n');
}

/** The reviewer's policy: only a critical finding blocks the release. */
const POLICY = [
  'version: 1',
  'gates:',
  '  evidence-completeness: { enforcement: off }',
  '  control-verification: { enforcement: off }',
  '  disposition-integrity: { enforcement: off }',
  '  scan-cleanliness: { max: { critical: 0 }, requirePlan: [] }',
  '',
].join('\n');

/** A dry run over the given reports and exception match (none when undefined). */
const evaluate = (reports: Record<string, string>, match?: string) =>
  evaluateSecret(
    reports,
    POLICY,
    match !== undefined ? { '.shipgate/exceptions/secrets.yml': exceptionFile(match) } : {},
    'sg-exc-merged-rule-',
  );

const BOTH = { 'trivy.json': trivySecret(), 'gitleaks.json': gitleaksSecret() };

describe('a rule exception on a secret two tools report at one line', () => {
  it('the two reports make one critical finding shown under generic-api-key, which blocks the release', async () => {
    const { evaluation, secret } = await evaluate(BOTH);
    expect(secret).toMatchObject({ ruleId: 'generic-api-key', severity: 'critical', excepted: false });
    expect(secret.sources.map((s) => s.tool).sort()).toEqual(['Gitleaks', 'Trivy']);
    expect(evaluation.decision).toBe('rejected');
  });

  it("does not waive Trivy's github-pat through an exception for Gitleaks' generic-api-key", async () => {
    for (const match of ['{ rule: generic-api-key }', '{ vulnerability: generic-api-key }', '{ rule: github-pat }']) {
      const { evaluation, secret } = await evaluate(BOTH, match);
      expect(secret.excepted, match).toBe(false);
      expect(
        evaluation.exceptions.unused.map((u) => u.id),
        match,
      ).toEqual(['EXC-0002']);
      expect(evaluation.decision, match).toBe('rejected');
    }
  });

  it("still waives Gitleaks' finding alone, and Trivy's alone, by its rule", async () => {
    const alone = await evaluate({ 'gitleaks.json': gitleaksSecret() }, '{ rule: generic-api-key }');
    expect(alone.secret).toMatchObject({ excepted: true, exceptionId: 'EXC-0002' });
    const vulnerability = await evaluate({ 'gitleaks.json': gitleaksSecret() }, '{ vulnerability: GENERIC-API-KEY }');
    expect(vulnerability.secret).toMatchObject({ excepted: true, exceptionId: 'EXC-0002' });
    const pat = await evaluate({ 'trivy.json': trivySecret() }, '{ rule: github-pat }');
    expect(pat.secret).toMatchObject({ excepted: true, exceptionId: 'EXC-0002' });
    expect(pat.evaluation.decision).not.toBe('rejected');
  });

  it('waives the merged finding when every copy has the rule, or by its finding id', async () => {
    // Both tools name the same rule: every copy matches.
    const same = await evaluate(
      { 'trivy.json': trivySecret(), 'gitleaks.json': gitleaksSecret('github-pat') },
      '{ rule: github-pat }',
    );
    expect(same.secret.sources).toHaveLength(2);
    expect(same.secret).toMatchObject({ excepted: true, exceptionId: 'EXC-0002' });
    const { secret } = await evaluate(BOTH);
    const byId = await evaluate(BOTH, `{ finding: ${secret.id} }`);
    expect(byId.secret).toMatchObject({ id: secret.id, excepted: true, exceptionId: 'EXC-0002' });
    expect(byId.evaluation.decision).not.toBe('rejected');
    // A rule beside the finding id must hold for every copy too.
    const narrowed = await evaluate(BOTH, `{ finding: ${secret.id}, rule: generic-api-key }`);
    expect(narrowed.secret.excepted).toBe(false);
  });
});

describe('exceptionMatches on a dependency finding joined across tools', () => {
  // Trivy names the CVE with the GHSA as an alias; npm audit names only the GHSA. The two are joined by
  // the shared GHSA: one vulnerability, whatever rule id each tool gave it.
  const copy = (ruleId: string, aliases: string[], tool: string): Finding =>
    makeFinding({
      identity: `dep|${ruleId}|npm:lodash|4.17.15:1`,
      scanType: 'dependency',
      ruleId,
      aliases,
      location: { path: 'package-lock.json' },
      package: { ecosystem: 'npm', name: 'lodash', version: '4.17.15' },
      sources: [{ input: `${tool}.json`, format: tool, tool, pointer: '/0' }],
    });
  const [merged, ...rest] = mergeFindings([
    copy('CVE-2020-8203', ['GHSA-p6mc-m468-83gw'], 'Trivy'),
    copy('GHSA-p6mc-m468-83gw', [], 'npm audit'),
  ]) as [Finding];

  it('is one finding shown under the CVE', () => {
    expect(rest).toEqual([]);
    expect(merged.sources).toHaveLength(2);
    expect(merged.ruleId).toBe('CVE-2020-8203');
  });

  it('matches a vulnerability selector by the rule id or any alias, as before', () => {
    for (const vulnerability of ['CVE-2020-8203', 'cve-2020-8203', 'GHSA-p6mc-m468-83gw'])
      expect(exceptionMatches({ match: { vulnerability } }, merged), vulnerability).toBe(true);
    expect(exceptionMatches({ match: { vulnerability: 'CVE-2020-0000' } }, merged)).toBe(false);
  });

  it('matches a rule selector by the rule the finding shows, its copies being one vulnerability', () => {
    // As before the every-copy rule for secrets: a second scanner's GHSA copy does not take the CVE's
    // exception away (the GHSA, which the finding does not show, matches by `vulnerability`).
    expect(exceptionMatches({ match: { rule: 'CVE-2020-8203' } }, merged)).toBe(true);
    expect(exceptionMatches({ match: { rule: 'GHSA-p6mc-m468-83gw' } }, merged)).toBe(false);
    expect(exceptionMatches({ match: { rule: 'CVE-2020-0000' } }, merged)).toBe(false);
    expect(exceptionMatches({ match: { finding: merged.id } }, merged)).toBe(true);
  });
});
