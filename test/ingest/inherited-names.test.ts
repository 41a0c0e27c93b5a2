/**
 * Report values that are names every plain object inherits ("constructor", "toString", "__proto__"):
 * a severity word, a ZAP risk code, a CVSS metric value, a Trivy status, an ecosystem, a SARIF
 * messageId. Looked up in a plain object they found the Object function: a finding whose severity
 * was a function passed every gate uncounted, and a release was approved. Each is tested on a real
 * report from fixtures/ with the value changed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { bandit } from '../../src/ingest/bandit.js';
import { dependencyCheck } from '../../src/ingest/dependency-check.js';
import { gitlab } from '../../src/ingest/gitlab.js';
import { grype } from '../../src/ingest/grype.js';
import { npmAudit } from '../../src/ingest/npm-audit.js';
import { osvScanner } from '../../src/ingest/osv-scanner.js';
import { readInputFile } from '../../src/ingest/read.js';
import { sarif } from '../../src/ingest/sarif.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import { cvss2BaseScore, cvss3BaseScore, cvss4BaseScore, severityFromWord } from '../../src/ingest/severity.js';
import { snyk } from '../../src/ingest/snyk.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { IngestResult, Ingestor } from '../../src/ingest/types.js';
import { yarnAudit } from '../../src/ingest/yarn-audit.js';
import { zap } from '../../src/ingest/zap.js';
import { silentLogger } from '../../src/logger.js';
import { isSeverity } from '../../src/model.js';
import { FIXTURES } from './harness.js';

const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

/** Sets every value of `key` in the document (at any depth) to `value`. */
function setAll(node: unknown, key: string, value: unknown): number {
  let n = 0;
  if (Array.isArray(node)) for (const item of node) n += setAll(item, key, value);
  else if (node !== null && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    for (const k of Object.keys(object)) {
      if (k === key) {
        object[k] = value;
        n += 1;
      } else n += setAll(object[k], key, value);
    }
  }
  return n;
}

/** Removes every `key` (at any depth). */
function removeAll(node: unknown, key: string): void {
  if (Array.isArray(node)) for (const item of node) removeAll(item, key);
  else if (node !== null && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    delete object[key];
    for (const k of Object.keys(object)) removeAll(object[k], key);
  }
}

async function parseChanged(
  ingestor: Ingestor,
  fixture: string,
  change: (doc: unknown) => void,
): Promise<IngestResult> {
  const doc: unknown = JSON.parse(readFileSync(join(FIXTURES, fixture), 'utf8'));
  change(doc);
  const root = mkdtempSync(join(tmpdir(), 'sg-inherited-'));
  writeFileSync(join(root, 'report.json'), JSON.stringify(doc));
  return ingestor.parse(readInputFile(root, 'report.json'), { root, logger: silentLogger });
}

/** Readers that refuse a severity they do not know, a fixture of each, and the keys that hold its severities. */
const REFUSING: [string, Ingestor, ...string[]][] = [
  ['npm-audit-json/npm-audit-v2-many.json', npmAudit, 'severity'],
  ['npm-audit-json/npm-audit-v1-many.json', npmAudit, 'severity'],
  ['zap-json/zap-2.14.0-traditional.json', zap, 'riskcode'],
  ['grype-json/grype-0.24.0-directory.json', grype, 'severity'],
  ['trivy-json/trivy-image-schema2-many.json', trivy, 'Severity'],
  ['snyk-json/snyk-maven-many.json', snyk, 'severity', 'severityWithCritical'],
  ['snyk-json/snyk-container-all-targets.json', snyk, 'severity', 'severityWithCritical'],
  ['bandit-json/bandit-one.json', bandit, 'issue_severity'],
  ['semgrep-json/semgrep-many.json', semgrep, 'severity'],
  ['gitlab-dependency-scanning-json/gl-dependency-scanning-v15-many.json', gitlab, 'severity'],
];

describe('inherited names in report values', () => {
  it('are not severity words, CVSS metric values or CVSS metrics', () => {
    for (const name of INHERITED) {
      expect(severityFromWord(name)).toBeUndefined();
      expect(severityFromWord(name.toUpperCase())).toBeUndefined();
      expect(cvss3BaseScore(`CVSS:3.1/AV:${name}/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`)).toBeUndefined();
      expect(cvss3BaseScore(`CVSS:3.1/AV:N/AC:L/PR:${name}/UI:N/S:C/C:H/I:H/A:H`)).toBeUndefined();
      expect(cvss3BaseScore(`CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/${name}:X`)).toBeUndefined();
      expect(cvss2BaseScore(`AV:N/AC:${name}/Au:N/C:P/I:P/A:P`)).toBeUndefined();
      expect(cvss2BaseScore(`AV:N/AC:L/Au:N/C:P/I:P/A:P/${name}:X`)).toBeUndefined();
      expect(cvss4BaseScore(`CVSS:4.0/AV:${name}/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N`)).toBeUndefined();
      expect(
        cvss4BaseScore(`CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/${name}:X`),
      ).toBeUndefined();
    }
    // The same vectors with real values score, so the refusals above are the values' doing.
    expect(severityFromWord('Critical')).toBe('critical');
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss2BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBe(7.5);
    expect(cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe(9.3);
  });

  // The readers that refuse a severity they do not know: the report is an input error naming the value.
  it.each(REFUSING)(
    '%s: a severity of "constructor" (and the other inherited names) is refused',
    async (fixture, ingestor, ...keys) => {
      for (const name of INHERITED) {
        const parsed = parseChanged(ingestor, fixture, (doc) => {
          expect(keys.reduce((n, key) => n + setAll(doc, key, name), 0)).toBeGreaterThan(0);
        });
        await expect(parsed, `${fixture} ${keys.join('/')}=${name}`).rejects.toThrow(InputError);
        await expect(parsed).rejects.toThrow(name === '__proto__' ? /__proto__/ : new RegExp(name));
      }
    },
  );

  it('yarn (1 and berry, JSON lines): a severity of "constructor" is refused', async () => {
    for (const [fixture, pattern] of [
      ['yarn-audit-json/yarn-berry-audit.json', /"Severity":"[a-z]+"/g],
      ['yarn-audit-json/yarn-v1-audit-many.jsonl', /"severity":"[a-z]+"/g],
    ] as const) {
      const text = readFileSync(join(FIXTURES, fixture), 'utf8');
      const root = mkdtempSync(join(tmpdir(), 'sg-inherited-'));
      const changed = text.replace(pattern, (m) => m.replace(/"[a-z]+"$/, '"constructor"'));
      expect(changed).not.toBe(text);
      writeFileSync(join(root, 'report.json'), changed);
      await expect(
        yarnAudit.parse(readInputFile(root, 'report.json'), { root, logger: silentLogger }),
        fixture,
      ).rejects.toThrow(/'constructor'/);
    }
  });

  it('Dependency-Check and OSV-Scanner: a severity word of "constructor" without a score is unknown, with a warning, never a non-severity', async () => {
    const dc = await parseChanged(
      dependencyCheck,
      'dependency-check-json/dependency-check-12.1.3-maven.json',
      (doc) => {
        for (const key of ['cvssv2', 'cvssv3', 'cvssv4']) removeAll(doc, key);
        expect(setAll(doc, 'severity', 'constructor')).toBeGreaterThan(0);
      },
    );
    expect(dc.findings.length).toBeGreaterThan(0);
    for (const f of dc.findings) expect(f.severity).toBe('unknown');
    expect(dc.warnings.some((w) => w.includes("'constructor' is not a severity word"))).toBe(true);
    const osv = await parseChanged(osvScanner, 'osv-scanner-json/osv-scanner-many.json', (doc) => {
      removeAll(doc, 'max_severity');
      removeAll(doc, 'severity');
      expect(setAll(doc, 'database_specific', { severity: 'constructor' })).toBeGreaterThan(0);
    });
    expect(osv.findings.length).toBeGreaterThan(0);
    for (const f of osv.findings) expect(f.severity).toBe('unknown');
  });

  it('Trivy: a modified finding whose status is "constructor" is accepted as other statuses, with a string status', async () => {
    const result = await parseChanged(trivy, 'trivy-json/trivy-dev-npm-with-suppressed.json', (doc) => {
      expect(setAll(doc, 'Status', 'constructor')).toBeGreaterThan(0);
    });
    const suppressed = result.findings.filter((f) => f.suppressions);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const f of suppressed) for (const s of f.suppressions ?? []) expect(s.status).toBe('accepted');
  });

  it('SARIF: a messageId of "toString" that the rule does not define gives the rule\'s text, never a function', async () => {
    const result = await parseChanged(sarif, 'sarif/codeql-2.19.0-ruby-security-severity.sarif', (doc) => {
      const results = (doc as { runs: { results: Record<string, unknown>[] }[] }).runs[0]?.results ?? [];
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        r.message = { id: 'toString' };
        r.messageId = 'toString';
      }
    });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(typeof f.title).toBe('string');
      expect(f.title).not.toMatch(/native code|function/);
      expect(isSeverity(f.severity)).toBe(true);
    }
  });
});
