/**
 * Shared by the tests of selectors on merged findings: real reports (Trivy's secret result in
 * trivy-fs-vulns-misconfig-secrets.json, Gitleaks' json_simple test output) edited so that the two
 * tools report one line, and a dry run over them with a policy of the test's own.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

type Entry = Record<string, unknown>;

/** Trivy's report with only its secret.txt result: a github-pat at secret.txt:1 (CRITICAL unless given). */
export function trivySecret(severity = 'CRITICAL'): string {
  const report = JSON.parse(
    readFileSync(join(FIXTURES, 'trivy-json/trivy-fs-vulns-misconfig-secrets.json'), 'utf8'),
  ) as { Results: Entry[] };
  const results = report.Results.filter((r) => r.Class === 'secret' && r.Target === 'secret.txt');
  expect(results).toHaveLength(1);
  const [result] = results as [{ Secrets: Entry[] }];
  expect(result.Secrets).toHaveLength(1);
  expect(result.Secrets[0]).toMatchObject({ RuleID: 'github-pat', Severity: 'CRITICAL', StartLine: 1 });
  result.Secrets = [{ ...result.Secrets[0], Severity: severity }];
  return JSON.stringify({ ...report, Results: results });
}

/** Gitleaks' report with its one finding moved to secret.txt:1 under the given rule (Gitleaks rates none). */
export function gitleaksSecret(rule = 'generic-api-key'): string {
  const [first] = JSON.parse(
    readFileSync(join(FIXTURES, 'gitleaks-json/gitleaks-8-testdata-simple.json'), 'utf8'),
  ) as Entry[];
  return JSON.stringify([{ ...first, RuleID: rule, File: 'secret.txt', StartLine: 1, EndLine: 1 }]);
}

/**
 * A dry run over the reports (name → text, under reports/) with `.shipgate/policy.yml` and any other
 * files (path → text); the one secret finding it must make, and the evaluation.
 */
export async function evaluateSecret(
  reports: Record<string, string>,
  policy: string,
  files: Record<string, string> = {},
  prefix = 'sg-merged-secret-',
) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'reports'));
  mkdirSync(join(root, '.shipgate'));
  writeFileSync(join(root, '.shipgate/policy.yml'), policy);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const [name, text] of Object.entries(reports)) writeFileSync(join(root, 'reports', name), text);
  const { evaluation } = await run({
    root,
    scans: Object.keys(reports).map((name) => `reports/${name}`),
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  const secrets = evaluation.findings.filter((f) => f.scanType === 'secret');
  expect(secrets).toHaveLength(1);
  return { evaluation, secret: secrets[0] as (typeof secrets)[number] };
}
