/**
 * Only URIs are percent-encoded (README "Identity and de-duplication"): SARIF artifact URIs and `file:`
 * URIs are decoded, but a path a native report writes is the file's name as it is, so Semgrep's
 * `src/a%41pp.py` and `src/aApp.py` are two files and two findings, not one. SARIF paths keep their ids.
 * Real reports, edited in the test.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

async function findingsOf(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'sg-idn-paths-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const { evaluation } = await run({
    root,
    scans: Object.keys(files),
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    policy: 'release',
  });
  return { findings: evaluation.findings };
}

/** Semgrep's report (semgrep-1.100.0-fingerprints.json) with its first result at each of `paths`. */
function semgrepAt(...paths: string[]): string {
  const report = JSON.parse(readFileSync(join(FIXTURES, 'semgrep-json/semgrep-1.100.0-fingerprints.json'), 'utf8')) as {
    results: Record<string, unknown>[];
  };
  const [first] = report.results;
  report.results = paths.map((path) => ({ ...first, path }));
  return JSON.stringify(report);
}

describe('paths of native reports', () => {
  it('keeps src/a%41pp.py and src/aApp.py two files, and two findings', async () => {
    const { findings } = await findingsOf({ 'semgrep.json': semgrepAt('src/a%41pp.py', 'src/aApp.py') });
    expect(findings.map((f) => f.location.path).sort()).toEqual(['src/a%41pp.py', 'src/aApp.py']);
    expect(new Set(findings.map((f) => f.id)).size).toBe(2);
  });

  it('reads a name with a percent sign as written, and decodes a file: URI', async () => {
    const { findings } = await findingsOf({
      'semgrep.json': semgrepAt('src/100%25.py', 'file:///opt/app/src/my%20app.py'),
    });
    expect(findings.map((f) => f.location.path).sort()).toEqual(['/opt/app/src/my app.py', 'src/100%25.py']);
  });
});

describe('paths of SARIF reports', () => {
  it('decodes artifact URIs: CodeQL’s yarn/src/%61pp.ts is yarn/src/app.ts, with the id it always had', async () => {
    const text = readFileSync(join(FIXTURES, 'sarif/codeql-2.19.0-typescript-one-result.sarif'), 'utf8');
    const encoded = text.replaceAll('"uri": "yarn/src/app.ts"', '"uri": "yarn/src/%61pp.ts"');
    expect(encoded).not.toBe(text);
    const { findings } = await findingsOf({ 'codeql.sarif': encoded });
    expect(findings.map((f) => [f.id, f.location.path])).toEqual([['SG-c7ff833b71c9dc52', 'yarn/src/app.ts']]);
  });
});
