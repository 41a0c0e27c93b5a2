/**
 * A report streamed without a declared format is detected from its first bytes; that choice is then
 * confirmed on the whole document the stream put back, as a report read whole is detected. Without the
 * check, a Trivy report that starts with a Grype descriptor was read by the Grype reader as a clean scan,
 * and a Gitleaks report whose first entry starts with "Target" by the Trivy reader, while read whole the
 * same files gave their findings.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { run, type RunOptions } from '../../src/run.js';
import { rejectionOf } from '../helpers.js';
import { FIXTURES } from './harness.js';

type Json = Record<string, unknown>;
const clock = () => new Date('2026-11-25T12:00:00Z');
const STREAM = { streamAboveBytes: 1 };
const WHOLE = { streamAboveBytes: 1 << 30 };

function fixture(rel: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as unknown;
}

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-stream-detect-'));
  mkdirSync(join(root, 'reports'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

async function evaluate(root: string, scan: string, options: Partial<RunOptions> = {}, format?: string) {
  if (format !== undefined) {
    mkdirSync(join(root, '.shipgate'), { recursive: true });
    writeFileSync(
      join(root, '.shipgate/declared.yml'),
      `version: 1\nextends: advisory\ninputs:\n  - path: ${scan}\n    format: ${format}\n`,
    );
  }
  return run({
    root,
    scans: format === undefined ? [scan] : [],
    policy: format === undefined ? 'advisory' : '.shipgate/declared.yml',
    dryRun: true,
    clock,
    logger: silentLogger,
    ...options,
  });
}

/** A real Trivy image report with a Grype descriptor and `matches: null` written before its own members. */
function trivyStartingAsGrype(): string {
  const trivy = fixture('trivy-json/trivy-image-schema2-many.json') as Json;
  return JSON.stringify({ descriptor: { name: 'grype', version: '0.96.0' }, matches: null, ...trivy });
}

/** A real Gitleaks 7 report whose first entry starts with Trivy's "Target" key and holds a "VulnerabilityID". */
function gitleaksStartingAsTrivy(): string {
  const entries = fixture('gitleaks-json/gitleaks-7.5.0.json') as Json[];
  return JSON.stringify(
    entries.map((entry, i) =>
      // Gitleaks' own keys pushed past the first 4 KiB, where its head detector looks.
      i === 0
        ? { Target: 'repo', VulnerabilityID: 'none', ...entry, line: `${String(entry.line)}${' '.repeat(5000)}` }
        : entry,
    ),
  );
}

describe('a streamed report whose first bytes look like another format', () => {
  it('a Trivy report that starts like Grype: read whole it is Trivy; streamed it is refused, never a clean Grype scan', async () => {
    const root = workspace({ 'reports/scan.json': trivyStartingAsGrype() });
    const whole = await evaluate(root, 'reports/scan.json', WHOLE);
    expect(whole.evaluation.inputs[0]?.format).toBe('trivy');
    expect(whole.evaluation.findings.length).toBeGreaterThan(0);
    const streamed = await rejectionOf(() => evaluate(root, 'reports/scan.json', STREAM));
    expect(streamed).toBeInstanceOf(InputError);
    expect(streamed.message).toBe(
      "reports/scan.json: the report's first bytes look like grype, but the whole document is trivy: declare its format with 'format:' for this input in the policy (expected a report whose first bytes and whole document show one format).",
    );
    // Declared, it streams as what it is, with the findings read whole.
    const declared = await evaluate(root, 'reports/scan.json', STREAM, 'trivy');
    expect(declared.evaluation.findings.map((f) => f.id)).toEqual(whole.evaluation.findings.map((f) => f.id));
  });

  it('a Gitleaks report whose first entry starts with "Target": refused streamed, not read as an empty Trivy report', async () => {
    const root = workspace({ 'reports/leaks.json': gitleaksStartingAsTrivy() });
    const whole = await evaluate(root, 'reports/leaks.json', WHOLE);
    expect(whole.evaluation.inputs[0]?.format).toBe('gitleaks');
    expect(whole.evaluation.findings.length).toBeGreaterThan(0);
    const streamed = await rejectionOf(() => evaluate(root, 'reports/leaks.json', STREAM));
    expect(streamed.message).toMatch(/first bytes look like trivy, but the whole document is gitleaks/);
  });

  it('a document the whole detection finds ambiguous is refused as ambiguous when streamed too', async () => {
    const trivy = fixture('trivy-json/trivy-image-schema2-many.json') as Json;
    // Semgrep's members beside Trivy's: both detectors are certain.
    const text = JSON.stringify({ results: [], errors: [], paths: { scanned: ['a'] }, version: '1.50.0', ...trivy });
    const root = workspace({ 'reports/both.json': text });
    const whole = await rejectionOf(() => evaluate(root, 'reports/both.json', WHOLE));
    expect(whole.message).toMatch(/the format is ambiguous: it could be trivy or semgrep/);
    const streamed = await rejectionOf(() => evaluate(root, 'reports/both.json', STREAM));
    expect(streamed.message).toBe(whole.message);
  });

  it.each([
    'trivy-json/trivy-image-schema2-many.json',
    'trivy-json/trivy-legacy-list-many.json',
    'grype-json/grype-0.24.0-directory.json',
    'semgrep-json/semgrep-many.json',
  ])('%s streams undeclared, confirmed, with the findings read whole', async (rel) => {
    const root = workspace({ 'reports/r.json': readFileSync(join(FIXTURES, rel), 'utf8') });
    const whole = await evaluate(root, 'reports/r.json', WHOLE);
    const streamed = await evaluate(root, 'reports/r.json', STREAM);
    expect(streamed.evaluation.inputs[0]?.format).toBe(whole.evaluation.inputs[0]?.format);
    expect(streamed.evaluation.findings.map((f) => f.id)).toEqual(whole.evaluation.findings.map((f) => f.id));
    expect(streamed.evaluation.findings.length).toBeGreaterThan(0);
  });
});
