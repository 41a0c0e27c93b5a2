/**
 * The occurrence rule for secrets (README "Identity and de-duplication"): a secret's identity names its
 * path and line, and most secret scanners give no column, so two secrets of different rules on one line
 * were one finding, and an exception for one hid the other. They are two occurrences of one key (`:1`,
 * `:2`, in rule order), the first keeping the id the line had; a secret reported twice by one rule at
 * one place is still one finding. Real reports, edited in the test.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** A dry run over `scans`, with the release preset, or with the root's own policy when `policy` is null. */
async function evaluate(root: string, scans: string[], policy: string | null = 'release') {
  const result = await run({
    root,
    scans,
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    ...(policy === null ? {} : { policy }),
  });
  return result.evaluation;
}

function readFixture<T>(rel: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as T;
}

function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'sg-idn-secrets-'));
}

/** id, identity, rule and number of sources of each finding, by identity. */
function summary(findings: readonly { id: string; identity: string; ruleId: string; sources: unknown[] }[]) {
  return findings
    .map((f) => [f.identity, f.id, f.ruleId, f.sources.length] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

describe('secrets of different rules at one place', () => {
  it('gitleaks v7: a GitHub token and a MailChimp key on .bashrc:5 are two findings, and excepting one leaves the other open', async () => {
    const root = tempRoot();
    // The legacy report's two secrets in .bashrc, both given line 5 (gitleaks v7 writes lineNumber).
    const entries = readFixture<Record<string, unknown>[]>('gitleaks-json/gitleaks-legacy-many.json');
    writeFileSync(join(root, 'gitleaks.json'), JSON.stringify(entries.map((e) => ({ ...e, lineNumber: 5 }))));
    mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      'version: 1\nextends: release\ninputs:\n  - gitleaks.json\nexceptions:\n  approvers: [security-lead]\n',
    );
    writeFileSync(
      join(root, '.shipgate/exceptions/github.yml'),
      [
        'exceptions:',
        '  - id: EXC-0001',
        '    type: false-positive',
        '    match:',
        '      rule: Github',
        '      path: .bashrc',
        '    reason: The GitHub token on this line is a revoked example token.',
        '    owner: carol',
        '    approvedBy: security-lead',
        '    approvedOn: 2026-11-20',
        '    expires: 2027-02-15',
        '    ticket: SEC-1',
        '',
      ].join('\n'),
    );
    const evaluation = await evaluate(root, [], null);
    expect(summary(evaluation.findings)).toEqual([
      // The line's id before the fix, now the GitHub token's alone.
      ['secret|.bashrc|5:1', 'SG-7991ace65e6f23f8', 'Github', 1],
      ['secret|.bashrc|5:2', 'SG-84f4e5d91ba5f09c', 'MailChimp API key', 1],
    ]);
    expect(evaluation.findings.map((f) => [f.ruleId, f.excepted])).toEqual(
      expect.arrayContaining([
        ['Github', true],
        ['MailChimp API key', false],
      ]),
    );
    expect(evaluation.open.critical).toBe(1);
    expect(evaluation.decision).toBe('rejected');
    expect(JSON.stringify(evaluation)).not.toContain('38c47f19e349153fa963bb3b3212fe8e');
  });

  it('Trivy: a second rule on secret.txt:1 is a finding of its own; the first keeps its id', async () => {
    const root = tempRoot();
    const report = readFixture<{ Results: { Target: string; Secrets?: Record<string, unknown>[] }[] }>(
      'trivy-json/trivy-fs-vulns-misconfig-secrets.json',
    );
    const secrets = report.Results.find((r) => r.Target === 'secret.txt')?.Secrets as Record<string, unknown>[];
    secrets.push({
      ...secrets[0],
      RuleID: 'slack-access-token',
      Category: 'Slack',
      Title: 'Slack token',
      Match: 'SLACK_TOKEN=*****',
    });
    writeFileSync(join(root, 'trivy.json'), JSON.stringify(report));
    const findings = (await evaluate(root, ['trivy.json'])).findings.filter((f) => f.scanType === 'secret');
    expect(summary(findings)).toEqual([
      ['secret|Dockerfile|24:1', 'SG-faa49fbaa64ac784', 'github-pat', 1],
      ['secret|secret.txt|1:1', 'SG-14504f63e20f3305', 'github-pat', 1],
      ['secret|secret.txt|1:2', 'SG-fd054bb95e6e8b46', 'slack-access-token', 1],
    ]);
  });

  it('TruffleHog: two detectors on keys:4 are two findings, numbered in rule order whatever the order of the lines', async () => {
    const root = tempRoot();
    const lines = readFileSync(join(FIXTURES, 'trufflehog-json/trufflehog-v3-git.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { DetectorName: string; SourceMetadata: { Data: { Git: { line: number } } } });
    // The URI detector's result moved to the AWS key's line.
    const uri = structuredClone(lines[1]) as (typeof lines)[number];
    uri.SourceMetadata.Data.Git.line = 4;
    const aws = lines[0] as (typeof lines)[number];
    const expected = [
      ['secret|keys|4:1', 'SG-dd6f4bd5079ed32e', 'AWS', 1],
      ['secret|keys|4:2', 'SG-900c1d0ea6165435', 'URI', 1],
    ];
    for (const order of [
      [aws, uri],
      [uri, aws],
    ]) {
      writeFileSync(join(root, 'trufflehog.jsonl'), `${order.map((l) => JSON.stringify(l)).join('\n')}\n`);
      expect(summary((await evaluate(root, ['trufflehog.jsonl'])).findings)).toEqual(expected);
    }
  });

  it('keeps one secret reported twice by one rule at one place one finding, and a single secret its id', async () => {
    // TruffleHog's report holds the URI on keys:3 twice (same commit, same detector).
    const findings = (await evaluate(FIXTURES, ['trufflehog-json/trufflehog-v3-git.jsonl'])).findings;
    expect(summary(findings)).toEqual([
      ['secret|keys|1:1', 'SG-438f06eddaca76a3', 'PrivateKey', 1],
      ['secret|keys|3:1', 'SG-568560b30f5cc3af', 'URI', 2],
      ['secret|keys|4:1', 'SG-dd6f4bd5079ed32e', 'AWS', 1],
    ]);
  });

  it('still merges one secret found by two scanners at one place', async () => {
    const root = tempRoot();
    cpSync(join(FIXTURES, 'trivy-json/trivy-fs-vulns-misconfig-secrets.json'), join(root, 'trivy.json'));
    const line = JSON.parse(
      readFileSync(join(FIXTURES, 'trufflehog-json/trufflehog-v3-git.jsonl'), 'utf8').split('\n')[0] as string,
    );
    line.SourceMetadata.Data.Git.file = 'secret.txt';
    line.SourceMetadata.Data.Git.line = 1;
    writeFileSync(join(root, 'trufflehog.jsonl'), `${JSON.stringify(line)}\n`);
    const findings = (await evaluate(root, ['trivy.json', 'trufflehog.jsonl'])).findings;
    const secret = findings.filter((f) => f.location.path === 'secret.txt');
    expect(secret.map((f) => [f.id, f.sources.map((s) => s.format).sort()])).toEqual([
      ['SG-14504f63e20f3305', ['trivy', 'trufflehog']],
    ]);
  });
});
