/**
 * scan-results.json writes each finding with a hand-written serializer (findingJson) for speed. It
 * must be exactly `JSON.stringify(findingForOutput(f))`: the test holds the two equal on every finding
 * of every scanner report under fixtures/, and on findings that use every optional field and strings
 * JSON must escape.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { findingForOutput, findingJson, JsonStrings } from '../../src/report/scan-results.js';
import { run } from '../../src/run.js';
import { makeFinding, scannerReports } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

describe('report/findingJson', () => {
  it('writes every finding of every fixture exactly as JSON.stringify(findingForOutput(f))', async () => {
    let reports = 0;
    let findings = 0;
    const shared = new JsonStrings();
    for (const file of scannerReports()) {
      let evaluation;
      try {
        ({ evaluation } = await run({
          root: REPO,
          scans: [relative(REPO, file)],
          policy: 'release',
          dryRun: true,
          clock: () => new Date('2026-11-25T12:00:00Z'),
          logger: silentLogger,
        }));
      } catch (error) {
        if (error instanceof InputError) continue;
        throw error;
      }
      reports += 1;
      for (const f of evaluation.findings) {
        const expected = JSON.stringify(findingForOutput(f));
        expect(findingJson(f), relative(REPO, file)).toBe(expected);
        // A cache shared across reports (as across the findings of one file) changes nothing.
        expect(findingJson(f, shared)).toBe(expected);
        findings += 1;
      }
    }
    expect(reports).toBeGreaterThan(80);
    expect(findings).toBeGreaterThan(5000);
  }, 120_000);

  it('writes every optional field, escapes what JSON escapes, and omits what is absent', () => {
    const full = makeFinding({
      title: 'quote " backslash \\ newline \n tab \t control \u0001 lone \ud800 line sep \u2028',
      aliases: ['CVE-2026-0001', 'GHSA-xxxx'],
      cwe: ['CWE-79'],
      location: { path: 'a b/ü.js', startLine: 3, endLine: 4, startColumn: 2, url: 'https://x/?a="b"' },
      package: { name: 'lodash', version: '4.17.20', ecosystem: 'npm', fixedVersions: ['4.17.21'] },
      sources: [
        { input: 'r.sarif', format: 'sarif', tool: 'CodeQL', toolVersion: '2.19.0', pointer: '/runs/0/results/1' },
        { input: 'r2.json', format: 'trivy', tool: 'Trivy', pointer: '/Results/0/Vulnerabilities/3' },
      ],
      suppressions: [{ kind: 'inSource', justification: 'test' }],
      baselineState: 'new',
      excepted: true,
      exceptionId: 'EXC-0001',
    });
    const bare = makeFinding({ location: {}, suppressions: undefined, baselineState: '', exceptionId: '' });
    for (const f of [full, bare]) expect(findingJson(f)).toBe(JSON.stringify(findingForOutput(f)));
    expect(JSON.parse(findingJson(full)).title).toBe(full.title);
    expect(findingJson(bare)).not.toContain('baselineState');
    expect(findingJson(bare)).not.toContain('exceptionId');
    expect(findingJson(bare)).not.toContain('toolVersion');
  });

  it('stops caching at its bound and still encodes every string', () => {
    const strings = new JsonStrings(2);
    expect([strings.get('a'), strings.get('b'), strings.get('c"'), strings.get('c"')]).toEqual([
      '"a"',
      '"b"',
      '"c\\""',
      '"c\\""',
    ]);
    expect(strings.size).toBe(2);
    expect(strings.array([])).toBe('[]');
    expect(strings.array(['x', 'y\n'])).toBe('["x","y\\n"]');
  });
});
