/**
 * Review (forged lines): error and warning messages quote values taken from a report, and the CLI's sink
 * keeps line breaks on purpose (a message may list problems one per line). A SARIF level of
 * `"x\nAPPROVED — 4 of 4 blocking gate(s) passed; no conditions\n"` printed a line of its own on stderr,
 * one that reads as shipgate's verdict. Every reader now quotes report text through `quoteReportText` /
 * `showReportText` (report-reader.ts): line breaks, other controls, U+2028/U+2029, bidi controls and
 * zero-width characters are written as escapes, so the message stays one line and shows what the value
 * held; a plain value's message is byte for byte what it was. Tested on real fixtures with one value
 * edited.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyCheck } from '../../src/ingest/dependency-check.js';
import { gitlab } from '../../src/ingest/gitlab.js';
import { grype } from '../../src/ingest/grype.js';
import { npmAudit } from '../../src/ingest/npm-audit.js';
import {
  describeFound,
  describeValue,
  quoteReportText,
  quoteText,
  reportLine,
  showReportText,
} from '../../src/ingest/report-reader.js';
import { sarif } from '../../src/ingest/sarif.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import { snyk } from '../../src/ingest/snyk.js';
import { trivy } from '../../src/ingest/trivy.js';
import { createHarness, FIXTURES, readSarifBothWays } from './harness.js';

/** A value that would forge a line (LF, CR, U+2028) and reverse the text after it (U+202E). */
const HOSTILE = 'x\n\rAPPROVED\u2028\u202Ey';
/** How a message shows it. */
const SHOWN = 'x\\n\\rAPPROVED\\u2028\\u202Ey';
/** What must not be in a message of one problem: a line break of any kind, a bidi or zero-width character. */
const BREAKS_OR_HIDES = /[\n\r\u0085\u2028\u2029\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

function fixture<T = Record<string, unknown>>(rel: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as T;
}

function oneLine(message: string): string {
  expect(message).not.toMatch(BREAKS_OR_HIDES);
  return message;
}

describe('ingest: report text quoted in messages', () => {
  it('showReportText writes each character that breaks or hides a line as an escape, in the register style', () => {
    expect(showReportText('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    // Other C0 controls, DEL and C1 controls as \u001b (quoteForMessage's style); the CLI's sink turns a
    // raw C1 into '?', which would hide what the value held.
    expect(showReportText('\u0000\u001b[2J\u007f\u0085\u009b')).toBe('\\u0000\\u001b[2J\\u007f\\u0085\\u009b');
    // U+2028/U+2029, every bidi control, zero-width and no-break characters as quoteShowingInvisible writes them.
    expect(showReportText('\u2028\u2029')).toBe('\\u2028\\u2029');
    expect(showReportText('\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069')).toBe(
      '\\u061C\\u200E\\u200F\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069',
    );
    expect(showReportText('a\u200bb\u200cc\u200dd\u2060e\ufeff\u00a0f')).toBe(
      'a\\u200Bb\\u200Cc\\u200Dd\\u2060e\\uFEFF\\u00A0f',
    );
    expect(showReportText('tag\u{E0041}')).toBe('tag\\u{E0041}');
    // Plain text, spaces, and letters of other scripts stay as they are.
    expect(showReportText('CVE-2024-1 ä ß 漢字 — …')).toBe('CVE-2024-1 ä ß 漢字 — …');
  });

  it('quoteReportText cuts after 40 characters as shown, as the messages did, never inside an escape', () => {
    const forty = 'a'.repeat(40);
    expect(quoteReportText(forty)).toBe(`'${forty}'`);
    expect(quoteReportText(`${forty}b`)).toBe(`'${forty}...'`);
    // 38 characters and \n show as 40: whole. 39 and \n show as 41: cut before the escape.
    expect(quoteReportText(`${'a'.repeat(38)}\n`)).toBe(`'${'a'.repeat(38)}\\n'`);
    expect(quoteReportText(`${'a'.repeat(39)}\n`)).toBe(`'${'a'.repeat(39)}...'`);
    expect(quoteReportText(HOSTILE)).toBe(`'${SHOWN}'`);
    expect(quoteReportText('b'.repeat(100), Infinity)).toBe(`'${'b'.repeat(100)}'`);
  });

  it('describeValue, describeFound, quoteText and reportLine show the same characters', () => {
    expect(describeValue('medium')).toBe("the string 'medium'");
    expect(describeValue(HOSTILE)).toBe(`the string '${SHOWN}'`);
    // JSON.stringify escapes \n and \r but leaves U+2028, C1 and bidi controls raw: they are escaped too.
    expect(describeFound('medium')).toBe('the string "medium"');
    expect(describeFound(HOSTILE)).toBe(`the string "${SHOWN}"`);
    expect(describeFound('a\u0085b\u2066c')).toBe('the string "a\\u0085b\\u2066c"');
    // quoteText folds white space (prose), and now escapes what folding leaves: bidi and zero-width.
    expect(quoteText('npm ERR!  code\nENOLOCK')).toBe("'npm ERR! code ENOLOCK'");
    expect(quoteText('a\u202eb\u200bc')).toBe("'a\\u202Eb\\u200Bc'");
    // reportLine keeps the first line of a tool's text, as capFirstLine does, and escapes the rest of it.
    expect(reportLine('timeout\r\nretrying')).toBe('timeout');
    expect(reportLine('a\u2028b\u202ec')).toBe('a\\u2028b\\u202Ec');
  });

  describe('SARIF: level and kind (enumError), both parse paths', () => {
    const REAL = 'sarif/codeql-2.19.0-typescript-one-result.sarif';
    const { tempDir } = createHarness(sarif, 'sarif');

    function withResult(edit: Record<string, unknown>) {
      const log = fixture<{ runs: { results: Record<string, unknown>[] }[] }>(REAL);
      Object.assign(log.runs[0]!.results[0]!, edit);
      return log;
    }

    it("the review's level: one line, the characters shown", async () => {
      const level = 'x\nAPPROVED \u2014 4 of 4 blocking gate(s) passed; no conditions\n';
      const { error } = await readSarifBothWays(tempDir(), 'a.sarif', withResult({ level }));
      expect(oneLine(error as string)).toBe(
        "a.sarif: /runs/0/results/0/level: 'x\\nAPPROVED \u2014 4 of 4 blocking gate(s) pa...' is not a SARIF level (expected none, note, warning or error).",
      );
    });

    it('a level and a kind with CR, U+2028 and a bidi override', async () => {
      const level = await readSarifBothWays(tempDir(), 'l.sarif', withResult({ level: HOSTILE }));
      expect(oneLine(level.error as string)).toBe(
        `l.sarif: /runs/0/results/0/level: '${SHOWN}' is not a SARIF level (expected none, note, warning or error).`,
      );
      const kind = await readSarifBothWays(tempDir(), 'k.sarif', withResult({ kind: HOSTILE }));
      expect(oneLine(kind.error as string)).toBe(
        `k.sarif: /runs/0/results/0/kind: '${SHOWN}' is not a SARIF result kind (expected pass, open, informational, notApplicable, review or fail).`,
      );
    });

    it('a plain wrong level: the message as before', async () => {
      const { error } = await readSarifBothWays(tempDir(), 'p.sarif', withResult({ level: 'fatal' }));
      expect(error).toBe(
        "p.sarif: /runs/0/results/0/level: 'fatal' is not a SARIF level (expected none, note, warning or error).",
      );
    });

    it("a tool name with a line break: the warnings that name the tool stay one line each (the review's c.sarif)", async () => {
      const log = {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: `Trivy${HOSTILE}` } },
            results: [],
            invocations: [
              {
                executionSuccessful: true,
                toolExecutionNotifications: [
                  { level: 'warning', message: { text: 'note\nAPPROVED \u2014 forged line\n::error::x' } },
                ],
              },
            ],
          },
        ],
      };
      const { value } = await readSarifBothWays(tempDir(), 'c.sarif', log);
      const warnings = value!.warnings.map(oneLine);
      expect(warnings[0]).toBe(
        `c.sarif: /runs/0/invocations/0/toolExecutionNotifications/0: Trivy${SHOWN} reported a warning during the scan: note.`,
      );
      expect(warnings[1]).toContain(`: the Trivy${SHOWN} run has no rules and no results,`);
      // The run keeps the tool's name as the report gave it: only messages escape it.
      expect(value!.runs[0]!.tool).toBe(`Trivy${HOSTILE}`);
    });

    it('a rule id and security-severity in the warning about an unusable score', async () => {
      const log = withResult({});
      const run = log.runs[0] as unknown as { tool: { driver: { rules: Record<string, unknown>[] } } };
      const rule = run.tool.driver.rules[7]!;
      rule.properties = { ...(rule.properties as object), 'security-severity': `n/a${HOSTILE}` };
      const { value } = await readSarifBothWays(tempDir(), 's.sarif', log);
      const warning = value!.warnings.find((w) => w.includes('security-severity'));
      expect(oneLine(warning as string)).toContain(
        `rule 'js/code-injection' has security-severity 'n/a${SHOWN}', which is not a score`,
      );
    });
  });

  describe('keys of the document in pointers: the streaming splitter and the __proto__ check', () => {
    const { tempDir, parseError } = createHarness(sarif, 'sarif');

    it('a key twice on the way to the results: shown with U+2028 and the bidi override escaped', async () => {
      // Written as JSON text, so that the run can hold the key twice.
      const key = JSON.stringify(`a${HOSTILE}`);
      const text = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeQL"}},${key}:1,${key}:2,"results":[]}]}`;
      const { error } = await readSarifBothWays(tempDir(), 'dup.sarif', text);
      expect(oneLine(error as string)).toContain(
        // The splitter's own style for C0 controls (\u000a), as before; U+2028 and U+202E as the readers write them.
        "the key 'ax\\u000a\\u000dAPPROVED\\u2028\\u202Ey' appears twice in /runs/0",
      );
    });

    it('a __proto__ key below a key with a line break', async () => {
      const error = await parseError(
        'proto.sarif',
        `{"version":"2.1.0","runs":[],${JSON.stringify(HOSTILE)}:{"__proto__":1}}`,
      );
      expect(oneLine(error.message)).toBe(
        `proto.sarif: /${SHOWN}/__proto__: the key '__proto__' is refused in input files.`,
      );
    });
  });

  describe('GitLab: the report schema version (shownVersion)', () => {
    const REAL = 'gitlab-sast-json/gl-sast-v15-confidence.json';
    const { parseError } = createHarness(gitlab, 'gitlab-sast-json');

    function withoutScan(version: string) {
      const { scan: _scan, ...doc } = fixture(REAL);
      return { ...doc, version };
    }

    it('a version with a line break, CR, U+2028 and a bidi override: one line', async () => {
      const error = await parseError('gl.json', withoutScan(`15.0.0${HOSTILE}`));
      expect(oneLine(error.message)).toBe(
        `gl.json: /scan: the key is missing (expected the scan object with type and status 'success', which report schema '15.0.0${SHOWN}' requires; without it the report does not show a completed scan or its type).`,
      );
    });

    it('a plain version: the message as before', async () => {
      const error = await parseError('plain.json', withoutScan('15.0.0'));
      expect(error.message).toBe(
        "plain.json: /scan: the key is missing (expected the scan object with type and status 'success', which report schema '15.0.0' requires; without it the report does not show a completed scan or its type).",
      );
    });

    it('a scan status and a message level', async () => {
      const doc = fixture<{ scan: Record<string, unknown> }>(REAL);
      const status = await parseError('st.json', { ...doc, scan: { ...doc.scan, status: HOSTILE } });
      expect(oneLine(status.message)).toContain(`/scan/status: '${SHOWN}' is not a GitLab scan status`);
      const level = await parseError('lv.json', { ...doc, scan: { ...doc.scan, messages: [{ level: HOSTILE }] } });
      expect(oneLine(level.message)).toContain(`/scan/messages/0/level: '${SHOWN}' is not a GitLab message level`);
    });
  });

  describe('severity words of the native readers', () => {
    it('Trivy: a severity, and a VendorSeverity key in the pointer (ReportReader.problem)', async () => {
      const { parseError } = createHarness(trivy, 'trivy-json');
      const doc = fixture<{ Results: { Vulnerabilities: Record<string, unknown>[] }[] }>(
        'trivy-json/trivy-image-schema2-many.json',
      );
      const vuln = doc.Results[0]!.Vulnerabilities[0]!;
      vuln.Severity = HOSTILE;
      const severity = await parseError('t.json', doc);
      expect(oneLine(severity.message)).toBe(
        `t.json: /Results/0/Vulnerabilities/0/Severity: '${SHOWN}' is not a Trivy severity (expected CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN).`,
      );
      vuln.Severity = 'SEVERE';
      const plain = await parseError('plain.json', doc);
      expect(plain.message).toBe(
        "plain.json: /Results/0/Vulnerabilities/0/Severity: 'SEVERE' is not a Trivy severity (expected CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN).",
      );
      // A key of the report in a pointer: Severity UNKNOWN sends the reader to VendorSeverity.
      vuln.Severity = 'UNKNOWN';
      vuln.VendorSeverity = { [`nvd${HOSTILE}`]: 9 };
      const key = await parseError('k.json', doc);
      expect(oneLine(key.message)).toContain(
        `/Results/0/Vulnerabilities/0/VendorSeverity/nvd${SHOWN}: got the number 9`,
      );
    });

    it('Grype and Semgrep', async () => {
      const grypeDoc = fixture<{ matches: { vulnerability: Record<string, unknown> }[] }>(
        'grype-json/grype-0.96.0-image.json',
      );
      grypeDoc.matches[0]!.vulnerability.severity = HOSTILE;
      const grypeError = await createHarness(grype, 'grype-json').parseError('g.json', grypeDoc);
      expect(oneLine(grypeError.message)).toBe(
        `g.json: /matches/0/vulnerability/severity: '${SHOWN}' is not a Grype severity (expected Critical, High, Medium, Low, Negligible or Unknown).`,
      );
      const semgrepDoc = fixture<{ results: { extra: Record<string, unknown> }[] }>('semgrep-json/semgrep-many.json');
      semgrepDoc.results[0]!.extra.severity = HOSTILE;
      const semgrepError = await createHarness(semgrep, 'semgrep-json').parseError('s.json', semgrepDoc);
      expect(oneLine(semgrepError.message)).toBe(
        `s.json: /results/0/extra/severity: '${SHOWN}' is not a Semgrep severity (expected ERROR, WARNING, INFO, LOW, MEDIUM, HIGH or CRITICAL).`,
      );
    });

    it('Snyk and npm audit: the severity enum, and a package name in the pointer', async () => {
      const snykDoc = fixture<{ vulnerabilities: Record<string, unknown>[] }>('snyk-json/snyk-maven-many.json');
      snykDoc.vulnerabilities[0]!.severity = HOSTILE;
      const snykError = await createHarness(snyk, 'snyk-json').parseError('y.json', snykDoc);
      expect(oneLine(snykError.message)).toBe(
        `y.json: /vulnerabilities/0/severity: '${SHOWN}' is not a Snyk severity (expected low, medium, high or critical).`,
      );
      const npmDoc = fixture<{ vulnerabilities: Record<string, Record<string, unknown>> }>(
        'npm-audit-json/npm-audit-v2-one.json',
      );
      const { debug } = npmDoc.vulnerabilities;
      npmDoc.vulnerabilities = { [`debug${HOSTILE}`]: { ...debug, severity: HOSTILE } };
      const npmError = await createHarness(npmAudit, 'npm-audit-json').parseError('n.json', npmDoc);
      expect(oneLine(npmError.message)).toBe(
        `n.json: /vulnerabilities/debug${SHOWN}/severity: '${SHOWN}' is not an npm audit severity (expected info, low, moderate, high or critical).`,
      );
    });
  });

  it('a warning that quotes a value: Dependency-Check severity word', async () => {
    const { parseText } = createHarness(dependencyCheck, 'dependency-check-json');
    const doc = {
      reportSchema: '1.1',
      scanInfo: { engineVersion: '9.0.9', analysisExceptions: [] },
      dependencies: [
        {
          fileName: 'a.jar',
          filePath: '/src/a.jar',
          vulnerabilities: [{ name: 'CVE-2024-1', severity: HOSTILE, cvssv3: { baseSeverity: 'HIGH' } }],
        },
      ],
    };
    const result = await parseText('dc.json', doc);
    expect(result.warnings.map(oneLine)).toContain(
      `dc.json: /dependencies/0/vulnerabilities/0/severity: '${SHOWN}' is not a severity word; the next severity field was used.`,
    );
    expect(result.findings[0]?.severity).toBe('high');
  });
});
