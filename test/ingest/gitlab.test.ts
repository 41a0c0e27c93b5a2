import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { gitlab } from '../../src/ingest/gitlab.js';
import { readInputFile } from '../../src/ingest/read.js';
import type { DetectSample } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const fixtures = fileURLToPath(new URL('../../fixtures', import.meta.url));
const SAST = 'gitlab-sast-json';
const DS = 'gitlab-dependency-scanning-json';
const context = { root: fixtures, logger: silentLogger };
const tmp = mkdtempSync(join(tmpdir(), 'shipgate-gitlab-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function parseFixture(relPath: string) {
  return gitlab.parse(readInputFile(fixtures, relPath), context);
}

function sampleOf(relPath: string): DetectSample {
  const text = readFileSync(join(fixtures, relPath), 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    document = undefined;
  }
  return { path: relPath, head: text.slice(0, 65536), document };
}

function otherFixtures(): string[] {
  return readdirSync(fixtures)
    .filter((dir) => ![SAST, DS, 'suites'].includes(dir) && statSync(join(fixtures, dir)).isDirectory())
    .flatMap((dir) =>
      readdirSync(join(fixtures, dir))
        .filter((f) => !f.endsWith('.md') && statSync(join(fixtures, dir, f)).isFile())
        .map((f) => `${dir}/${f}`),
    );
}

async function parseText(name: string, value: unknown) {
  writeFileSync(join(tmp, name), typeof value === 'string' ? value : JSON.stringify(value));
  return gitlab.parse(readInputFile(tmp, name), { root: tmp, logger: silentLogger });
}

const scan = (type: string, status = 'success') => ({
  scanner: { id: 'semgrep', name: 'Semgrep', version: '1.50.0', vendor: { name: 'GitLab' } },
  type,
  start_time: '2024-01-01T00:00:00',
  end_time: '2024-01-01T00:01:00',
  status,
});

const sastVulnerability = (overrides: Record<string, unknown> = {}) => ({
  id: 'b1',
  name: 'Improper neutralization of special elements used in an OS command',
  description: 'long text',
  severity: 'Critical',
  scanner: { id: 'semgrep', name: 'Semgrep' },
  location: { file: 'app/run.py', start_line: 12, end_line: 14 },
  identifiers: [
    { type: 'semgrep_id', name: 'bandit.B602', value: 'bandit.B602' },
    { type: 'cwe', name: 'CWE-78', value: '78' },
    { type: 'owasp', name: 'A1:2017 - Injection', value: 'A1:2017' },
  ],
  ...overrides,
});

describe('ingest/gitlab', () => {
  it.each([
    [`${SAST}/gl-sast-v14-many.json`, { critical: 13, high: 4, medium: 143, low: 41, unknown: 266 }],
    [`${SAST}/gl-sast-v15-confidence.json`, { high: 8 }],
    [`${DS}/gl-dependency-scanning-v15-many.json`, { high: 5, unknown: 1 }],
  ])('counts %s per severity as the manifest does', async (relPath, counts) => {
    const result = await parseFixture(relPath);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), ...counts });
    expect(result.warnings).toEqual([]);
  });

  it('reads a SAST vulnerability with every field', async () => {
    const result = await parseFixture(`${SAST}/gl-sast-v15-confidence.json`);
    // njsscan writes the rule's description as the primary identifier's value: it is the id GitLab matches on.
    const ruleId = 'A hardcoded username in plain text is identified. Store it properly in an environment variable.';
    expect(result.findings[0]).toEqual({
      identityKey: `code|njsscan|${ruleId}|data/datacreator.js|246`,
      run: 0,
      scanType: 'sast',
      ruleId,
      title: 'node_username',
      severity: 'high',
      severitySource: 'gitlab High',
      aliases: [],
      cwe: ['CWE-798'],
      location: { path: 'data/datacreator.js', startLine: 246, endLine: 246 },
      sources: [
        {
          input: 'gitlab-sast-json/gl-sast-v15-confidence.json',
          format: 'gitlab',
          tool: 'njsscan',
          toolVersion: '0.1.9',
          pointer: '/vulnerabilities/0',
        },
      ],
    });
    expect(result.runs).toEqual([
      { tool: 'njsscan', toolVersion: '0.1.9', scanType: 'sast', completed: true, problems: [], resultCount: 8 },
    ]);
  });

  it('reads a dependency scanning vulnerability with its package, CVE alias and ecosystem', async () => {
    const result = await parseFixture(`${DS}/gl-dependency-scanning-v15-many.json`);
    expect(result.findings[0]).toEqual({
      identityKey: 'dep|CVE-2020-29652|golang:golang.org/x/crypto|v0.0.0-20190219172222-a4c6cb3142f2',
      run: 0,
      scanType: 'dependency',
      ruleId: 'CVE-2020-29652',
      title: 'Nil Pointer Dereference',
      severity: 'high',
      severitySource: 'gitlab High',
      aliases: ['CVE-2020-29652'],
      cwe: [],
      location: { path: 'service/go.sum' },
      package: { name: 'golang.org/x/crypto', version: 'v0.0.0-20190219172222-a4c6cb3142f2', ecosystem: 'go' },
      sources: [
        {
          input: 'gitlab-dependency-scanning-json/gl-dependency-scanning-v15-many.json',
          format: 'gitlab',
          tool: 'Gemnasium',
          toolVersion: '2.24.1',
          pointer: '/vulnerabilities/0',
        },
      ],
    });
    // Without a CVE the analyzer's own id is the vulnerability id.
    expect(result.findings[5]).toMatchObject({
      ruleId: '7368f513-0aa9-4e34-a08d-40ea81f48e0e',
      aliases: [],
      severity: 'unknown',
      severitySource: 'gitlab Unknown',
    });
    expect(result.runs).toEqual([
      {
        tool: 'Gemnasium',
        toolVersion: '2.24.1',
        scanType: 'dependency',
        completed: true,
        problems: [],
        resultCount: 6,
      },
    ]);
  });

  it('makes one run per scanner in a pre-14 report without a scan object', async () => {
    const result = await parseFixture(`${SAST}/gl-sast-v14-many.json`);
    expect(result.runs.map((r) => [r.tool, r.scanType, r.resultCount])).toEqual([
      ['TruffleHog', 'sast', 12],
      ['Gitleaks', 'sast', 1],
      ['Bandit', 'sast', 188],
      ['ESLint', 'sast', 266],
    ]);
    expect(result.findings[2]?.run).toBe(1);
    // The same identity a Bandit JSON report of this issue gets, so the two merge.
    expect(result.findings[13]).toMatchObject({
      run: 2,
      ruleId: 'B501',
      title: 'Requests call with verify=False disabling SSL certificate checks, security issue.',
      identityKey: 'code|Bandit|B501|tests/check_status.py|61',
      sources: [{ tool: 'Bandit', pointer: '/vulnerabilities/13' }],
    });
  });

  it('reads a secret detection report as secret findings', async () => {
    const result = await parseText('secrets.json', {
      version: '15.0.7',
      vulnerabilities: [
        sastVulnerability({
          name: 'AWS access token',
          scanner: { id: 'gitleaks', name: 'Gitleaks' },
          location: { file: 'config/.env', start_line: 3, end_line: 3, commit: { sha: '0000000' } },
          raw_source_code_extract: 'AKIAIOSFODNN7EXAMPLE',
        }),
      ],
      scan: { ...scan('secret_detection'), scanner: { id: 'gitleaks', name: 'Gitleaks', version: '8.18.0' } },
    });
    expect(result.findings[0]).toMatchObject({
      scanType: 'secret',
      identityKey: 'secret|config/.env|3',
      location: { path: 'config/.env', startLine: 3, endLine: 3 },
    });
    expect(result.runs[0]).toMatchObject({ tool: 'Gitleaks', toolVersion: '8.18.0', scanType: 'secret' });
    expect(JSON.stringify(result)).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('tells apart two SAST vulnerabilities of one rule in one file without a line by their text', async () => {
    const lineless = (name: string, description = 'long text') =>
      sastVulnerability({
        name,
        description,
        scanner: { id: 'kubesec', name: 'kubesec' },
        location: { file: 'k8s/deploy.yaml' },
        identifiers: [{ type: 'kubesec_Identifier', name: 'Privileged', value: 'Privileged' }],
      });
    const result = await parseText('sast-no-line.json', {
      version: '15.0.7',
      vulnerabilities: [
        lineless('Privileged container in deployment web'),
        lineless('Privileged container in deployment db'),
        // The same text twice is one finding, as an exact repeat of a SARIF result is.
        lineless('Privileged container in deployment db'),
        lineless('Privileged container in deployment db', 'another description'),
      ],
      scan: { ...scan('sast'), scanner: { id: 'kubesec', name: 'kubesec', version: '2.13.0' } },
    });
    const keys = result.findings.map((f) => f.identityKey);
    expect(keys.every((k) => /^code\|kubesec\|Privileged\|k8s\/deploy\.yaml\|message:[0-9a-f]{16}$/.test(k))).toBe(
      true,
    );
    expect(new Set(keys).size).toBe(3);
    expect(keys[1]).toBe(keys[2]);
    // With a line, the line stands in the identity as before, whatever the text.
    const lined = await parseText('sast-line.json', {
      version: '15.0.7',
      vulnerabilities: [sastVulnerability({ name: 'one' }), sastVulnerability({ name: 'two' })],
      scan: scan('sast'),
    });
    expect(lined.findings.map((f) => f.identityKey)).toEqual([
      'code|Semgrep|bandit.B602|app/run.py|12',
      'code|Semgrep|bandit.B602|app/run.py|12',
    ]);
  });

  it('adds the primary identifier to the identity of a secret without a line', async () => {
    const secret = (value: string) =>
      sastVulnerability({
        name: value,
        scanner: { id: 'gitleaks', name: 'Gitleaks' },
        location: { file: 'config/.env' },
        identifiers: [{ type: 'gitleaks_rule_id', name: value, value }],
      });
    const result = await parseText('secrets-no-line.json', {
      version: '15.0.7',
      vulnerabilities: [secret('AWS'), secret('Github')],
      scan: { ...scan('secret_detection'), scanner: { id: 'gitleaks', name: 'Gitleaks', version: '8.18.0' } },
    });
    expect(result.findings.map((f) => f.identityKey)).toEqual([
      'secret|config/.env||AWS',
      'secret|config/.env||Github',
    ]);
  });

  it('reads a container scanning report with the image as the location', async () => {
    const result = await parseText('cs.json', {
      version: '15.0.7',
      vulnerabilities: [
        {
          name: 'CVE-2023-0464 in openssl',
          severity: 'Medium',
          location: {
            image: 'registry.example/app:1.2',
            operating_system: 'alpine 3.17',
            dependency: { package: { name: 'openssl' }, version: '3.0.8-r0' },
          },
          identifiers: [{ type: 'cve', name: 'CVE-2023-0464', value: 'CVE-2023-0464' }],
        },
      ],
      scan: scan('container_scanning'),
    });
    expect(result.findings[0]).toMatchObject({
      scanType: 'container',
      ruleId: 'CVE-2023-0464',
      location: { path: 'registry.example/app:1.2' },
      package: { name: 'openssl', version: '3.0.8-r0' },
      identityKey: 'dep|CVE-2023-0464|:openssl|3.0.8-r0',
    });
  });

  it('takes GHSA aliases and CWE ids from the identifiers', async () => {
    const { findings } = await parseText('ids.json', {
      version: '15.0.7',
      vulnerabilities: [
        sastVulnerability({
          identifiers: [
            { type: 'gemnasium', name: 'Gemnasium-1', value: 'abc-1' },
            { type: 'ghsa', name: 'GHSA-JFH8-C2JP-5V3Q', value: 'GHSA-JFH8-C2JP-5V3Q' },
            { type: 'cwe', name: 'CWE-1321', value: '1321' },
          ],
        }),
      ],
      scan: scan('sast'),
    });
    expect(findings[0]).toMatchObject({ ruleId: 'abc-1', aliases: ['GHSA-jfh8-c2jp-5v3q'], cwe: ['CWE-1321'] });
    expect(findings[0]?.identityKey).toBe('code|Semgrep|abc-1|app/run.py|12');
  });

  describe('identifiers that name several CVEs', () => {
    /** The real Gemnasium report, its first vulnerability's CVE identifiers replaced by these. */
    const withCves = (cves: string[]): Record<string, unknown> => {
      const doc = JSON.parse(readFileSync(join(fixtures, DS, 'gl-dependency-scanning-v15-many.json'), 'utf8')) as {
        vulnerabilities: { identifiers: Record<string, string>[] }[];
      };
      const first = doc.vulnerabilities[0] as { identifiers: Record<string, string>[] };
      first.identifiers = [
        first.identifiers[0] as Record<string, string>,
        ...cves.map((cve) => ({ type: 'cve', name: cve, value: cve })),
      ];
      return doc as unknown as Record<string, unknown>;
    };
    const version = 'v0.0.0-20190219172222-a4c6cb3142f2';

    it('joins the one CVE the identifiers name', async () => {
      const { findings } = await parseText('one.json', withCves(['CVE-2020-29652']));
      expect(findings[0]).toMatchObject({
        ruleId: 'CVE-2020-29652',
        aliases: ['CVE-2020-29652'],
        identityKey: `dep|CVE-2020-29652|golang:golang.org/x/crypto|${version}`,
      });
    });

    it('joins none of two: the Gemnasium advisory is a finding of its own', async () => {
      const { findings } = await parseText('two.json', withCves(['CVE-2020-29652', 'CVE-2020-9283']));
      expect(findings[0]).toMatchObject({
        ruleId: 'ffb814a0-404c-11eb-b378-0242ac130002',
        aliases: [],
        identityKey: `dep|ffb814a0-404c-11eb-b378-0242ac130002|golang:golang.org/x/crypto|${version}`,
      });
    });

    it('keeps a CVE primary identifier as the finding own id, joining no other CVE', async () => {
      const doc = withCves([]) as { vulnerabilities: { identifiers: Record<string, string>[] }[] };
      (doc.vulnerabilities[0] as { identifiers: Record<string, string>[] }).identifiers = [
        { type: 'cve', name: 'CVE-2020-29652', value: 'CVE-2020-29652' },
        { type: 'cve', name: 'CVE-2020-9283', value: 'CVE-2020-9283' },
        { type: 'ghsa', name: 'GHSA-3vm4-22fp-5rfm', value: 'GHSA-3vm4-22fp-5rfm' },
      ];
      const { findings } = await parseText('primary.json', doc);
      expect(findings[0]).toMatchObject({
        ruleId: 'CVE-2020-29652',
        aliases: ['CVE-2020-29652'],
        identityKey: `dep|CVE-2020-29652|golang:golang.org/x/crypto|${version}`,
      });
    });
  });

  it('keeps an empty report as a completed run of its scanner', async () => {
    const result = await parseText('empty.json', { version: '15.0.7', vulnerabilities: [], scan: scan('sast') });
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      { tool: 'Semgrep', toolVersion: '1.50.0', scanType: 'sast', completed: true, problems: [], resultCount: 0 },
    ]);
  });

  it('lets the policy set the scan type', async () => {
    const result = await gitlab.parse(readInputFile(fixtures, `${DS}/gl-dependency-scanning-v15-many.json`), {
      ...context,
      scanType: 'other',
    });
    expect(new Set(result.findings.map((f) => f.scanType))).toEqual(new Set(['other']));
    expect(result.runs[0]?.scanType).toBe('other');
  });

  describe('scan status', () => {
    /** The real njsscan report with its scan.status replaced (undefined removes the key). */
    const withStatus = (status: unknown): Record<string, unknown> => {
      const doc = JSON.parse(readFileSync(join(fixtures, SAST, 'gl-sast-v15-confidence.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      const scanObject = { ...(doc.scan as Record<string, unknown>), status };
      if (status === undefined) delete scanObject.status;
      return { ...doc, scan: scanObject };
    };
    const expected =
      "(expected 'success' or 'failure', which the report schema requires; a scan that does not say 'success' is not a completed scan).";

    it("reads the real report, whose status is exactly 'success', as a completed scan", async () => {
      const result = await parseText('success.json', withStatus('success'));
      expect(result.findings).toHaveLength(8);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    });

    it.each([
      ['failed', "'failed' is not a GitLab scan status"],
      ['Failure', "'Failure' is not a GitLab scan status"],
      ['Success', "'Success' is not a GitLab scan status"],
      ['', "'' is not a GitLab scan status"],
      [undefined, 'the key is missing'],
      [null, 'found null'],
      [1, 'found a number'],
    ])('refuses the real report with scan.status %j', async (status, wrong) => {
      await expect(parseText('status.json', withStatus(status))).rejects.toThrow(
        new InputError(`status.json: /scan/status: ${wrong} ${expected}`),
      );
    });

    it("refuses the real report with scan.status 'failure' as a failed scan", async () => {
      await expect(parseText('failure.json', withStatus('failure'))).rejects.toThrow(
        new InputError(
          "failure.json: /scan/status: the report says the njsscan scan failed (expected status 'success'; a failed scan is not a clean one).",
        ),
      );
    });
  });

  describe('a report without a scan object', () => {
    /** The real njsscan report (schema 3.0.0, with a scan) at another schema version, its scan removed. */
    const withoutScan = (version: string): Record<string, unknown> => {
      const doc = JSON.parse(readFileSync(join(fixtures, SAST, 'gl-sast-v15-confidence.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      delete doc.scan;
      return { ...doc, version };
    };
    const problem = (version: string) =>
      `the report (schema '${version}') has no 'scan' object, so it does not show a completed scan or its type; its findings count, but it covers no scan type (use a report whose analyzer writes 'scan' with its type and status)`;

    it('reads the real pre-15 report (schema 2.3): every finding counts, no run is a completed scan', async () => {
      const result = await parseFixture(`${SAST}/gl-sast-v14-many.json`);
      expect(result.findings).toHaveLength(467);
      expect(result.runs).toHaveLength(4);
      for (const run of result.runs) expect(run).toMatchObject({ completed: false, problems: [problem('2.3')] });
    });

    it.each(['3.0.0', '14.1.3'])('counts its findings but covers no scan type at schema %s', async (version) => {
      const result = await parseText('no-scan.json', withoutScan(version));
      expect(result.findings).toHaveLength(8);
      // Its vulnerabilities name no scanner, and the scan object that named njsscan is gone.
      expect(result.runs).toEqual([
        {
          tool: 'GitLab security report',
          scanType: 'sast',
          completed: false,
          problems: [problem(version)],
          resultCount: 8,
        },
      ]);
    });

    it('covers no scan type with an empty report either', async () => {
      const result = await parseText('minimal.json', { version: '14.0.0', vulnerabilities: [] });
      expect(result.runs).toEqual([
        {
          tool: 'GitLab security report',
          scanType: 'sast',
          completed: false,
          problems: [problem('14.0.0')],
          resultCount: 0,
        },
      ]);
    });

    it.each(['15.0.0', '15.0.4', '16.1.0'])('refuses one at schema %s, which requires scan', async (version) => {
      await expect(parseText('no-scan.json', withoutScan(version))).rejects.toThrow(
        new InputError(
          `no-scan.json: /scan: the key is missing (expected the scan object with type and status 'success', which report schema '${version}' requires; without it the report does not show a completed scan or its type).`,
        ),
      );
    });

    it('refuses the minimal report the review wrote (schema 15.0.4, no scan, no vulnerabilities)', async () => {
      await expect(parseText('gl-minimal.json', { version: '15.0.4', vulnerabilities: [] })).rejects.toThrow(
        /^gl-minimal\.json: \/scan: the key is missing/,
      );
    });

    it('refuses a scan that is not an object, and a scan without a type', async () => {
      await expect(parseText('scan.json', { ...withoutScan('15.0.0'), scan: 'sast' })).rejects.toThrow(
        new InputError('scan.json: /scan: found a string (expected the scan object with its type and status).'),
      );
      const { type, ...untyped } = scan('sast');
      expect(type).toBe('sast');
      await expect(parseText('type.json', { ...withoutScan('15.0.0'), scan: untyped })).rejects.toThrow(
        new InputError(
          'type.json: /scan/type: the key is missing (expected sast, secret_detection, dependency_scanning or container_scanning, which the report schema requires in every scan object).',
        ),
      );
    });
  });

  describe('detection', () => {
    it.each([
      `${SAST}/gl-sast-v14-many.json`,
      `${SAST}/gl-sast-v15-confidence.json`,
      `${DS}/gl-dependency-scanning-v15-many.json`,
    ])('is certain of %s', (relPath) => {
      expect(gitlab.detect(sampleOf(relPath))).toBe('certain');
    });

    it('is not certain of any other format, Snyk and npm audit (also "vulnerabilities") included', () => {
      const others = otherFixtures();
      expect(others).toContain('snyk-json/snyk-maven-many.json');
      expect(others).toContain('npm-audit-json/npm-audit-v2-many.json');
      for (const rel of others) expect([rel, gitlab.detect(sampleOf(rel))]).not.toEqual([rel, 'certain']);
    });
  });

  describe('malformed input', () => {
    it('names the file and position of truncated JSON', async () => {
      const error = await parseText('truncated.json', '{"version": "15.0.0", "vulnerabilities": [{').catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/);
    });

    it('refuses a report that says the scan failed', async () => {
      await expect(
        parseText('failed.json', { version: '15.0.7', vulnerabilities: [], scan: scan('sast', 'failure') }),
      ).rejects.toThrow(/^failed\.json: \/scan\/status: the report says the Semgrep scan failed/);
    });

    it('refuses a report type it does not read rather than count it as clean', async () => {
      await expect(
        parseText('dast.json', { version: '15.0.7', vulnerabilities: [], scan: scan('dast') }),
      ).rejects.toThrow(/^dast\.json: \/scan\/type: the report type 'dast' is not supported/);
    });

    it('refuses a report without a vulnerabilities array', async () => {
      await expect(parseText('novulns.json', { version: '15.0.7', scan: scan('sast') })).rejects.toThrow(
        /^novulns\.json: \/vulnerabilities: the key is missing/,
      );
    });

    it('refuses a severity GitLab does not write and names its pointer', async () => {
      await expect(
        parseText('sev.json', {
          version: '15.0.7',
          vulnerabilities: [sastVulnerability(), sastVulnerability({ severity: 'Severe' })],
          scan: scan('sast'),
        }),
      ).rejects.toThrow(/^sev\.json: \/vulnerabilities\/1\/severity: 'Severe' is not a GitLab severity/);
    });

    it('refuses a vulnerability without identifiers', async () => {
      await expect(
        parseText('noid.json', {
          version: '15.0.7',
          vulnerabilities: [sastVulnerability({ identifiers: [] })],
          scan: scan('sast'),
        }),
      ).rejects.toThrow(/^noid\.json: \/vulnerabilities\/0\/identifiers: found an empty array/);
    });

    it('refuses a dependency finding that names no package', async () => {
      await expect(
        parseText('nopkg.json', {
          version: '15.0.7',
          vulnerabilities: [sastVulnerability({ location: { file: 'go.sum', dependency: { version: '1' } } })],
          scan: scan('dependency_scanning'),
        }),
      ).rejects.toThrow(/^nopkg\.json: \/vulnerabilities\/0\/location\/dependency\/package\/name: /);
    });
  });
});
