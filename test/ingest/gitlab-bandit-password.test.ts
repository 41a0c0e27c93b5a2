/**
 * GitLab's Bandit analyzer copies Bandit's issue text into a vulnerability's message, and with it the
 * password Bandit's hardcoded-password tests (B105, B106, B107) quote: the title masks it, as the Bandit JSON
 * and SARIF readers do (PASSWORD_TITLE). Tested on the real v14 report (DefectDojo, four B105 issues) and on
 * hand-written reports for what it lacks (a scan object, B106/B107, a `name`, other scanners).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSWORD_TITLE } from '../../src/ingest/bandit.js';
import { gitlab } from '../../src/ingest/gitlab.js';
import { FIXTURES, createHarness } from './harness.js';

const REAL = 'gitlab-sast-json/gl-sast-v14-many.json';
const { parseText, parseFixture } = createHarness(gitlab, 'gitlab-sast-json');

type Doc = Record<string, unknown>;

/** A GitLab SAST report (schema 14.0.4) of GitLab's Bandit analyzer with these vulnerabilities. */
function report(vulnerabilities: Doc[], scanner = { id: 'bandit', name: 'Bandit', version: '1.7.4' }): Doc {
  return {
    version: '14.0.4',
    scan: {
      type: 'sast',
      status: 'success',
      start_time: '2025-01-01T00:00:00',
      end_time: '2025-01-01T00:01:00',
      analyzer: { id: 'bandit', name: 'Bandit', version: '2.0', vendor: { name: 'GitLab' } },
      scanner: { ...scanner, vendor: { name: 'GitLab' } },
    },
    vulnerabilities,
  };
}

/** One vulnerability as GitLab's Bandit analyzer writes it. */
function vulnerability(testId: string, message: string, extra: Doc = {}): Doc {
  return {
    id: '1',
    category: 'sast',
    message,
    severity: 'Low',
    confidence: 'Medium',
    scanner: { id: 'bandit', name: 'Bandit' },
    location: { file: 'app.py', start_line: 3, end_line: 3 },
    identifiers: [{ type: 'bandit_test_id', name: `Bandit Test ID ${testId}`, value: testId }],
    ...extra,
  };
}

describe('ingest/gitlab: the password of a Bandit hardcoded-password issue is never copied', () => {
  it('masks the four B105 titles of the real report and keeps the text of every other Bandit test', async () => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, REAL), 'utf8')) as { vulnerabilities: Doc[] };
    const result = await parseFixture(REAL);
    const masked = result.findings.filter((f) => f.ruleId === 'B105');
    expect(masked.map((f) => f.title)).toEqual([PASSWORD_TITLE, PASSWORD_TITLE, PASSWORD_TITLE, PASSWORD_TITLE]);
    const text = JSON.stringify(result);
    for (const secret of ["'Pass'", "'Fail'", "'POST'"]) expect(text).not.toContain(secret);
    // Every other finding keeps the message it had (the report has no `name`).
    result.findings.forEach((finding, i) => {
      const v = doc.vulnerabilities[i] as { message: string };
      if (finding.ruleId !== 'B105') expect(finding.title).toBe(v.message.split('\n')[0]!.trim());
    });
    expect(result.findings.filter((f) => f.ruleId === 'B308')).toHaveLength(55);
    expect(result.findings.find((f) => f.ruleId === 'B308')?.title).toBe(
      'Use of mark_safe() may expose cross-site scripting vulnerabilities and should be reviewed.',
    );
  });

  it.each(['B105', 'B106', 'B107', 'b106'])('masks %s, in the message and in a name', async (testId) => {
    const secret = "Possible hardcoded password: 'hunter2'";
    const plain = await parseText('pw.json', report([vulnerability(testId, secret)]));
    expect(plain.findings.map((f) => f.title)).toEqual([PASSWORD_TITLE]);
    const named = await parseText('named.json', report([vulnerability(testId, secret, { name: secret })]));
    expect(named.findings.map((f) => f.title)).toEqual([PASSWORD_TITLE]);
    expect(JSON.stringify([plain, named])).not.toContain('hunter2');
  });

  it('masks a vulnerability without its own scanner when the scan is Bandit', async () => {
    const { scanner: _, ...bare } = vulnerability('B105', "Possible hardcoded password: 'hunter2'");
    const result = await parseText('scan-level.json', report([bare]));
    expect(result.findings.map((f) => f.title)).toEqual([PASSWORD_TITLE]);
  });

  it('keeps the text of B104 and B108, the tests beside the password ones', async () => {
    const result = await parseText(
      'others.json',
      report([
        vulnerability('B104', 'Possible binding to all interfaces.'),
        vulnerability('B108', 'Probable insecure usage of temp file/directory.'),
      ]),
    );
    expect(result.findings.map((f) => f.title)).toEqual([
      'Possible binding to all interfaces.',
      'Probable insecure usage of temp file/directory.',
    ]);
  });

  it('keeps the message of another scanner, and of a B105 named by an identifier that is not a Bandit test id', async () => {
    const semgrep = vulnerability('B105', 'Hardcoded password detected', {
      scanner: { id: 'semgrep', name: 'Semgrep' },
      identifiers: [
        { type: 'semgrep_id', name: 'bandit.B105', value: 'bandit.B105' },
        { type: 'bandit_test_id', name: 'Bandit Test ID B105', value: 'B105' },
      ],
    });
    const otherId = vulnerability('B105', 'Possible hardcoded password', {
      identifiers: [{ type: 'cwe', name: 'CWE-259', value: 'B105' }],
    });
    const result = await parseText(
      'other.json',
      report([semgrep, otherId], { id: 'semgrep', name: 'Semgrep', version: '1.0' }),
    );
    expect(result.findings.map((f) => f.title)).toEqual(['Hardcoded password detected', 'Possible hardcoded password']);
  });
});
