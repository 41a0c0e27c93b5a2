// Findings of two reports that are different issues stay two findings, and the same issue one: rule-less
// SARIF results at one place told apart by their message, secrets without a line told apart by the
// keyed hash of the secret, whichever report each came from. And an exception by `rule` still covers a
// dependency finding two scanners report under a CVE and its GHSA.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Evaluates the reports (name → content) together, a dry run with the release preset. */
async function evaluate(reports: Record<string, unknown>, files: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'sg-merge-across-'));
  for (const [name, content] of Object.entries({ ...reports, ...files })) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  const result = await run({
    root,
    scans: Object.keys(reports),
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    clockPinned: true,
    logger: silentLogger,
  });
  return result.evaluation;
}

const fixture = (path: string): Json => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8'));

describe('rule-less SARIF results at one place, in two reports', () => {
  /** The real CodeQL log, its one result without a rule and with `text` as its message. */
  function ruleless(text: string): Json {
    const log = fixture('sarif/codeql-2.19.0-typescript-one-result.sarif');
    const result = log.runs[0].results[0];
    for (const key of ['ruleId', 'ruleIndex', 'rule', 'partialFingerprints', 'codeFlows', 'relatedLocations'])
      delete result[key];
    result.message = { text };
    return log;
  }

  it('two messages are two findings, whether in one report or two', async () => {
    const two = await evaluate({
      'a.sarif': ruleless('SQL injection from user input'),
      'b.sarif': ruleless('Command injection from user input'),
    });
    expect(two.findings).toHaveLength(2);
    const one = ruleless('SQL injection from user input');
    one.runs[0].results.push(ruleless('Command injection from user input').runs[0].results[0]);
    const together = await evaluate({ 'both.sarif': one });
    expect(together.findings.map((f) => f.id).sort()).toEqual(two.findings.map((f) => f.id).sort());
  });

  it('one message in two reports is one finding with both sources', async () => {
    const same = await evaluate({ 'a.sarif': ruleless('SQL injection'), 'b.sarif': ruleless('SQL injection') });
    expect(same.findings).toHaveLength(1);
    expect(same.findings[0]?.sources.map((s) => s.input)).toEqual(['a.sarif', 'b.sarif']);
  });
});

describe('secrets of one rule without a line, in two reports (gitleaks before v7)', () => {
  /** The real legacy gitleaks report's GitHub token entry, its secret replaced by `token`. */
  function gitleaks(...tokens: string[]): Json[] {
    const entry = fixture('gitleaks-json/gitleaks-legacy-many.json')[0] as Json;
    const original = /[0-9a-f]{40}/.exec(entry.offender as string)?.[0] as string;
    return tokens.map((token) => ({
      ...entry,
      offender: entry.offender.replace(original, token),
      line: entry.line.replace(original, token),
    }));
  }
  const first = 'c77e01c1e89682e4d4b94a059a7fd2b37ab326ed';
  const second = '0123456789abcdef0123456789abcdef01234567';
  const third = 'fedcba9876543210fedcba9876543210fedcba98';

  it('two different tokens are two findings, numbered as in one report that holds both', async () => {
    const two = await evaluate({ 'g1.json': gitleaks(first), 'g2.json': gitleaks(second) });
    expect(two.findings).toHaveLength(2);
    expect(two.findings.map((f) => f.identity.slice(-2)).sort()).toEqual([':1', ':2']);
    const together = await evaluate({ 'both.json': gitleaks(first, second) });
    expect(together.findings.map((f) => f.id).sort()).toEqual(two.findings.map((f) => f.id).sort());
  });

  it('the same token in both is one finding with both sources; a third in one of them is its own', async () => {
    const same = await evaluate({ 'g1.json': gitleaks(first), 'g2.json': gitleaks(first) });
    expect(same.findings).toHaveLength(1);
    expect(same.findings[0]?.sources.map((s) => s.input)).toEqual(['g1.json', 'g2.json']);
    const three = await evaluate({ 'g1.json': gitleaks(first, third), 'g2.json': gitleaks(first, second) });
    expect(three.findings).toHaveLength(3);
    expect(three.findings.map((f) => f.sources.length).sort()).toEqual([1, 1, 2]);
    const all = await evaluate({ 'all.json': gitleaks(first, second, third) });
    expect(three.findings.map((f) => f.id).sort()).toEqual(all.findings.map((f) => f.id).sort());
  });

  it('one report alone keeps the ids it had', async () => {
    const alone = await evaluate({ 'g1.json': gitleaks(first, third) });
    const beside = await evaluate({ 'g1.json': gitleaks(first, third), 'other.json': gitleaks(first, third) });
    expect(beside.findings.map((f) => f.id).sort()).toEqual(alone.findings.map((f) => f.id).sort());
  });
});

describe('code results without a line at two offsets, in two reports', () => {
  /** The real CodeQL log, its one result placed by character offset only, without fingerprints. */
  function atOffsets(...offsets: number[]): Json {
    const log = fixture('sarif/codeql-2.19.0-typescript-one-result.sarif');
    const [result] = log.runs[0].results;
    for (const key of ['partialFingerprints', 'codeFlows', 'relatedLocations']) delete result[key];
    log.runs[0].results = offsets.map((charOffset) => {
      const copy = structuredClone(result);
      copy.locations[0].physicalLocation.region = { charOffset, charLength: 8 };
      return copy;
    });
    return log;
  }

  it('are two findings, numbered as in one report holding both, so an exception for one cannot hide the other', async () => {
    const together = await evaluate({ 'both.sarif': atOffsets(10, 20) });
    expect(together.findings).toHaveLength(2);
    const two = await evaluate({ 'a.sarif': atOffsets(10), 'b.sarif': atOffsets(20) });
    expect(two.findings.map((f) => f.id).sort()).toEqual(together.findings.map((f) => f.id).sort());
    // Either way round: the numbers follow the offsets, not the order of the reports.
    const swapped = await evaluate({ 'a.sarif': atOffsets(20), 'b.sarif': atOffsets(10) });
    expect(swapped.findings.map((f) => f.id).sort()).toEqual(together.findings.map((f) => f.id).sort());
  });

  it('one offset in two reports is one finding with both sources; a report alone keeps its ids', async () => {
    const same = await evaluate({ 'a.sarif': atOffsets(10), 'b.sarif': atOffsets(10) });
    expect(same.findings).toHaveLength(1);
    expect(same.findings[0]?.sources.map((s) => s.input)).toEqual(['a.sarif', 'b.sarif']);
    const alone = await evaluate({ 'a.sarif': atOffsets(10, 20) });
    const beside = await evaluate({ 'a.sarif': atOffsets(10, 20), 'b.sarif': atOffsets(10, 20) });
    expect(beside.findings.map((f) => f.id).sort()).toEqual(alone.findings.map((f) => f.id).sort());
  });
});

describe('secrets of two rules at one line, in two reports (gitleaks 8)', () => {
  /** The real gitleaks 8 finding moved to config/app.env:5 under `rule`, with `secret` (REDACTED by --redact). */
  function at5(rule: string, secret: string, commit: string): Json {
    const [entry] = fixture('gitleaks-json/gitleaks-8-testdata-simple.json') as unknown as Json[];
    return {
      ...entry,
      RuleID: rule,
      Description: rule,
      File: 'config/app.env',
      StartLine: 5,
      EndLine: 5,
      StartColumn: 5,
      Secret: secret,
      Match: `KEY=${secret}`,
      Commit: commit,
      Fingerprint: `${commit}:config/app.env:${rule}:5`,
    };
  }
  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);
  type Found = { ruleId: string; identity: string; id: string; sources: unknown[] };
  /** [rule, what] of each finding, in rule order. */
  const byRule = <T>(findings: readonly Found[], what: (f: Found) => T): [string, T][] =>
    findings.map((f): [string, T] => [f.ruleId, what(f)]).sort(([a], [b]) => a.localeCompare(b));

  it('stay two findings when redacted (one hash), so an exception for one cannot hide the other', async () => {
    const history = [at5('aws-access-token', 'REDACTED', A), at5('github-pat', 'REDACTED', B)];
    const alone = await evaluate({ 'hist.json': history });
    expect(byRule(alone.findings, (f) => f.identity.slice(-2))).toEqual([
      ['aws-access-token', ':1'],
      ['github-pat', ':2'],
    ]);
    // The working tree's scan finds the PAT again: the two rules were merged into one finding.
    const both = await evaluate({ 'hist.json': history, 'dir.json': [at5('github-pat', 'REDACTED', B)] });
    expect(byRule(both.findings, (f) => f.sources.length)).toEqual([
      ['aws-access-token', 1],
      ['github-pat', 2],
    ]);
    expect(byRule(both.findings, (f) => f.id)).toEqual(byRule(alone.findings, (f) => f.id));
  });

  it('are numbered in rule order whatever their hashes, as in one report, with or without a second one', async () => {
    // Secrets whose hashes fall in either order against the rules' order: ids never move when a second
    // report of one of them is added (an exception written for the AWS key would cover the PAT).
    for (let i = 0; i < 6; i += 1) {
      const aws = `AKIA${String(i).repeat(16)}`;
      const pat = `ghp_${String(9 - i).repeat(36)}`;
      const history = [at5('github-pat', pat, B), at5('aws-access-token', aws, A)];
      const alone = await evaluate({ 'hist.json': history });
      const both = await evaluate({ 'hist.json': history, 'dir.json': [at5('github-pat', pat, B)] });
      expect(byRule(alone.findings, (f) => f.identity.slice(-2))).toEqual([
        ['aws-access-token', ':1'],
        ['github-pat', ':2'],
      ]);
      expect(byRule(both.findings, (f) => f.id)).toEqual(byRule(alone.findings, (f) => f.id));
    }
  });

  it('one secret two rules match is two findings in two reports as in one', async () => {
    const one = [at5('generic-api-key', 'abcdef0123456789abcdef', A), at5('github-pat', 'abcdef0123456789abcdef', A)];
    const alone = await evaluate({ 'a.json': one });
    const both = await evaluate({ 'a.json': one, 'b.json': one });
    expect(alone.findings).toHaveLength(2);
    expect(both.findings.map((f) => f.id)).toEqual(alone.findings.map((f) => f.id));
    expect(both.findings.every((f) => f.sources.length === 2)).toBe(true);
  });
});

describe('secrets of two rules at one line in two Gitleaks SARIF logs (line and column, no key)', () => {
  /** The real Gitleaks 8 SARIF log, its one result under `rule` at config.env:5. */
  function gitleaksSarif(...rules: string[]): Json {
    const log = fixture('sarif/gitleaks-8-testdata-simple.sarif');
    const [result] = log.runs[0].results;
    log.runs[0].results = rules.map((rule) => ({
      ...structuredClone(result),
      ruleId: rule,
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'config.env' }, region: { startLine: 5, startColumn: 1 } } },
      ],
    }));
    return log;
  }

  it('are two findings, as in one log, so an exception for one cannot hide the other', async () => {
    const together = await evaluate({ 'both.sarif': gitleaksSarif('github-pat', 'aws-access-token') });
    expect(together.findings).toHaveLength(2);
    const apart = await evaluate({
      'gh.sarif': gitleaksSarif('github-pat'),
      'aws.sarif': gitleaksSarif('aws-access-token'),
    });
    expect(apart.findings.map((f) => f.id).sort()).toEqual(together.findings.map((f) => f.id).sort());
    // One rule in both logs is one finding with both sources.
    const same = await evaluate({ 'a.sarif': gitleaksSarif('github-pat'), 'b.sarif': gitleaksSarif('github-pat') });
    expect(same.findings).toHaveLength(1);
    expect(same.findings[0]?.sources).toHaveLength(2);
  });
});

describe('code results at a line and column beside ones at an offset, in two reports', () => {
  /** The real CodeQL log, its result at each region given, without fingerprints. */
  function atRegions(...regions: Json[]): Json {
    const log = fixture('sarif/codeql-2.19.0-typescript-one-result.sarif');
    const [result] = log.runs[0].results;
    for (const key of ['partialFingerprints', 'codeFlows', 'relatedLocations']) delete result[key];
    log.runs[0].results = regions.map((region) => {
      const copy = structuredClone(result);
      copy.locations[0].physicalLocation.region = region;
      return copy;
    });
    return log;
  }

  it('keep every place apart: a column and an offset in one report, another offset in the other', async () => {
    const column = { startLine: 1, startColumn: 5 };
    const offset = (charOffset: number) => ({ startLine: 1, charOffset, charLength: 4 });
    const together = await evaluate({ 'all.sarif': atRegions(column, offset(100), offset(500)) });
    expect(together.findings).toHaveLength(3);
    const apart = await evaluate({ 'a.sarif': atRegions(column, offset(100)), 'b.sarif': atRegions(offset(500)) });
    expect(apart.findings).toHaveLength(3);
    expect(apart.findings.map((f) => f.id).sort()).toEqual(together.findings.map((f) => f.id).sort());
  });

  it('and a report whose one result of that identity sits at a line and column is numbered with them', async () => {
    const column = (startColumn: number) => ({ startLine: 1, startColumn });
    const offset = { startLine: 1, charOffset: 100, charLength: 4 };
    const together = await evaluate({ 'all.sarif': atRegions(column(5), column(9), offset) });
    expect(together.findings).toHaveLength(3);
    const apart = await evaluate({ 'a.sarif': atRegions(column(5), offset), 'b.sarif': atRegions(column(9)) });
    expect(apart.findings.map((f) => f.id).sort()).toEqual(together.findings.map((f) => f.id).sort());
    const two = await evaluate({ 'two.sarif': atRegions(column(5), offset) });
    const single = await evaluate({ 'b5.sarif': atRegions(column(5)), 'off.sarif': atRegions(offset) });
    expect(single.findings.map((f) => f.id).sort()).toEqual(two.findings.map((f) => f.id).sort());
    // Without an offset anywhere, reports keep numbering their own (the same place in two is one finding).
    const same = await evaluate({ 'a.sarif': atRegions(column(5)), 'b.sarif': atRegions(column(5)) });
    expect(same.findings).toHaveLength(1);
  });
});

describe('a rule exception on a dependency finding two scanners report', () => {
  /** Trivy's CVE-2021-23334 in static-eval 2.1.0, and Grype 0.24's real match of its GHSA there. */
  function reports(): Record<string, Json> {
    const grype = fixture('grype-json/grype-0.24.0-directory.json');
    grype.matches = grype.matches.filter((m: Json) => m.vulnerability.id === 'GHSA-8v27-2fg9-7h62');
    const trivy = fixture('trivy-json/trivy-fs-vulns-misconfig-secrets.json');
    const result = trivy.Results.find((r: Json) => Array.isArray(r.Vulnerabilities)) as Json;
    const vulnerability = {
      ...result.Vulnerabilities[0],
      VulnerabilityID: 'CVE-2021-23334',
      PkgName: 'static-eval',
      InstalledVersion: '2.1.0',
      FixedVersion: '2.1.1',
      Severity: 'CRITICAL',
    };
    delete vulnerability.VendorIDs;
    delete vulnerability.PkgIdentifier;
    trivy.Results = [{ ...result, Target: 'components/yarn.lock', Type: 'yarn', Vulnerabilities: [vulnerability] }];
    return { 'reports/trivy.json': trivy, 'reports/grype.json': grype };
  }
  const exception = (rule: string) =>
    `exceptions:\n  - id: EXC-0001\n    type: risk-acceptance\n    match:\n      rule: ${rule}\n    reason: The sandbox is never given user input in this service.\n    owner: carol\n    approvedBy: security-lead\n    approvedOn: 2026-11-20\n    expires: 2027-02-15\n`;

  it('the CVE the finding shows covers it, with the GHSA copy beside it', async () => {
    const evaluation = await evaluate(reports(), {
      '.shipgate/exceptions/x.yml': exception('CVE-2021-23334'),
    });
    const finding = evaluation.findings.find((f) => f.ruleId === 'CVE-2021-23334');
    expect(finding?.sources.map((s) => s.tool).sort()).toEqual(['Trivy', 'grype']);
    expect(finding?.excepted).toBe(true);
    expect(evaluation.open.critical).toBe(0);
  });

  it('an exception for another CVE covers nothing', async () => {
    const evaluation = await evaluate(reports(), {
      '.shipgate/exceptions/x.yml': exception('CVE-2021-99999'),
    });
    expect(evaluation.findings.find((f) => f.ruleId === 'CVE-2021-23334')?.excepted).toBe(false);
    expect(evaluation.open.critical).toBe(1);
  });
});
