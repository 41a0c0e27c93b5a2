import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grype } from '../../src/ingest/grype.js';
import { dependencyIdentity } from '../../src/ingest/identity.js';
import { readInputFile } from '../../src/ingest/read.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity, type ScanType, type SeverityCounts } from '../../src/model.js';

const FOLDER = 'grype-json';
const { context, parseFixture, otherFormatFiles, parseText, parseError, writeTemp } = createHarness(grype, FOLDER);

/** A Grype document around the given matches. */
function report(matches: unknown[], sourceType = 'directory'): string {
  return JSON.stringify({
    matches,
    source: { type: sourceType, target: '.' },
    distro: { name: '', version: '' },
    descriptor: { name: 'grype', version: '0.80.0' },
  });
}

function match(vulnerability: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    vulnerability: { id: 'CVE-2024-0001', severity: 'High', ...vulnerability },
    relatedVulnerabilities: [],
    matchDetails: [],
    artifact: { name: 'lodash', version: '4.17.20', type: 'npm', locations: [{ path: 'package-lock.json' }] },
    ...extra,
  };
}

describe('ingest/grype', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toHaveLength(4);
  });

  // Manifest column "Findings by severity (computed)" (raw vulnerability.severity words) next to what
  // shipgate counts. Where they differ the reason is in `why`.
  const table: {
    file: string;
    manifest: string;
    expected: Partial<SeverityCounts>;
    scanType: ScanType;
    toolVersion: string;
    why?: string;
  }[] = [
    {
      file: 'grype-0.24.0-directory.json',
      manifest: '9 matches; severity {Critical: 2, High: 2, Medium: 5}',
      expected: { critical: 2, high: 2, medium: 5 },
      scanType: 'dependency',
      toolVersion: '0.24.0',
    },
    {
      file: 'grype-0.7.0-image-many.json',
      manifest: '327 matches; severity {Critical: 5, High: 24, Low: 27, Medium: 155, Negligible: 106, Unknown: 10}',
      expected: { critical: 5, high: 24, medium: 155, low: 133, unknown: 10 },
      scanType: 'container',
      toolVersion: '0.7.0',
      why: 'Negligible counts as low (DESIGN 3.1): 27 Low + 106 Negligible = 133 low',
    },
    {
      file: 'grype-0.7.0-no-vulns.json',
      manifest: '0 matches; severity {0}',
      expected: {},
      scanType: 'container',
      toolVersion: '0.7.0',
    },
    {
      file: 'grype-0.96.0-image.json',
      manifest: '35 matches; severity {Critical: 1, High: 18, Low: 2, Medium: 13, None: 1}',
      expected: { critical: 1, high: 19, medium: 13, low: 2 },
      scanType: 'container',
      toolVersion: '0.96.0',
      why: 'the match without vulnerability.severity (None) takes High from its related GHSA: 18 + 1 = 19 high',
    },
  ];

  it('covers every fixture in the table', () => {
    expect(table.map((row) => `${FOLDER}/${row.file}`).sort()).toEqual(fixtureFiles(FOLDER));
  });

  it.each(table)('counts $file against the manifest ($manifest)', async ({ file, expected, scanType, toolVersion }) => {
    const result = await parseFixture(`${FOLDER}/${file}`);
    expect(countBySeverity(result.findings)).toEqual(counts(expected));
    expect(result.runs).toEqual([
      {
        tool: 'grype',
        toolVersion,
        scanType,
        completed: true,
        problems: [],
        resultCount: result.findings.length,
      },
    ]);
    expect(new Set(result.findings.map((f) => f.scanType)).size).toBeLessThanOrEqual(1);
    for (const finding of result.findings) expect(finding.scanType).toBe(scanType);
    expect(result.warnings).toEqual([]);
  });

  it('reads every field of a match whose severity comes from a related vulnerability', async () => {
    const rel = `${FOLDER}/grype-0.96.0-image.json`;
    const { findings } = await parseFixture(rel);
    const finding = findings.find((f) => f.ruleId === 'CVE-2024-26308');
    const pkg = {
      name: 'commons-compress',
      version: '1.21',
      ecosystem: 'java-archive',
      purl: 'pkg:maven/org.apache.commons/commons-compress@1.21',
      fixedVersions: ['1.26.0'],
    };
    expect(finding).toEqual({
      identityKey: dependencyIdentity('CVE-2024-26308', ['CVE-2024-26308', 'GHSA-4265-ccf5-phj5'], pkg),
      run: 0,
      scanType: 'container',
      ruleId: 'CVE-2024-26308',
      title:
        'Allocation of Resources Without Limits or Throttling vulnerability in Apache Commons Compress.This issue affects Apache Commons Compress: from 1.21 before 1.26. Users are recommended to upgrade to version 1.26, which fixes the issue.',
      severity: 'high',
      severitySource: 'grype High (from related GHSA-4265-ccf5-phj5)',
      aliases: ['CVE-2024-26308', 'GHSA-4265-ccf5-phj5'],
      cwe: [],
      location: { path: '/opt/kafka/plugins/apicurio/commons-compress-1.21.jar' },
      package: pkg,
      sources: [{ input: rel, format: 'grype', tool: 'grype', toolVersion: '0.96.0', pointer: '/matches/33' }],
    });
  });

  it('reads the old schema: Negligible is low, fixedInVersion is a fixed version, no description gives a built title', async () => {
    const { findings } = await parseFixture(`${FOLDER}/grype-0.7.0-image-many.json`);
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2019-18276',
      title: 'CVE-2019-18276 in bash 5.0-4',
      severity: 'low',
      severitySource: 'grype Negligible',
      location: { path: '/var/lib/dpkg/status' },
      package: { name: 'bash', version: '5.0-4', ecosystem: 'deb', purl: 'pkg:deb/debian/bash@5.0-4?arch=amd64' },
    });
    expect(findings[0]?.package?.fixedVersions).toBeUndefined();
    const fixed = findings.find((f) => f.ruleId === 'CVE-2021-24031');
    expect(fixed?.package?.fixedVersions).toEqual(['1.3.8+dfsg-3+deb10u1']);
    expect(findings.filter((f) => f.severity === 'unknown').every((f) => f.severitySource === 'grype Unknown')).toBe(
      true,
    );
  });

  it('merges relatedVulnerabilities ids into the aliases, so a GHSA match gets its CVE', async () => {
    const { findings } = await parseFixture(`${FOLDER}/grype-0.24.0-directory.json`);
    const ghsa = findings.find((f) => f.ruleId === 'GHSA-8v27-2fg9-7h62');
    expect(ghsa?.aliases).toEqual(['CVE-2021-23334', 'GHSA-8v27-2fg9-7h62']);
    expect(ghsa?.identityKey).toBe('dep|CVE-2021-23334|npm:static-eval|2.1.0');
    expect(ghsa?.location).toEqual({ path: 'components/yarn.lock' });
  });

  it('keeps a match relating two CVEs apart from both: its own id only (the real cups-libs match)', async () => {
    const { findings } = await parseFixture(`${FOLDER}/grype-0.96.0-image.json`);
    const cups = findings.find((f) => f.sources[0]?.pointer === '/matches/34');
    expect(cups?.ruleId).toBe('CVE-2023-44981');
    expect(cups?.aliases).toEqual(['CVE-2023-44981']);
    expect(cups?.identityKey).toBe('dep|CVE-2023-44981|rpm:cups-libs|1:2.2.6-50.el8');
    // One CVE and its GHSA are still aliases.
    const compress = findings.find((f) => f.sources[0]?.pointer === '/matches/33');
    expect(compress?.aliases).toEqual(['CVE-2024-26308', 'GHSA-4265-ccf5-phj5']);
  });

  it.each([
    ['an advisory and the one CVE it fixes', 'ALAS-2023-1', ['CVE-2023-0286'], ['ALAS-2023-1', 'CVE-2023-0286']],
    ['an advisory and the two CVEs it fixes', 'ALAS-2023-1935', ['CVE-2023-0286', 'CVE-2023-0215'], ['ALAS-2023-1935']],
    ['a CVE and its NVD record', 'CVE-2023-0286', ['CVE-2023-0286'], ['CVE-2023-0286']],
    ['a CVE and another CVE', 'CVE-2023-0286', ['CVE-2023-0215'], ['CVE-2023-0286']],
    ['a GHSA and its CVE', 'GHSA-p6mc-m468-83gw', ['CVE-2020-8203'], ['CVE-2020-8203', 'GHSA-p6mc-m468-83gw']],
    ['a GHSA and two CVEs', 'GHSA-p6mc-m468-83gw', ['CVE-2020-8203', 'CVE-2020-28500'], ['GHSA-p6mc-m468-83gw']],
    [
      'a CVE and an advisory (never an alias)',
      'CVE-2023-0286',
      ['ELSA-2023-1', 'GHSA-p6mc-m468-83gw'],
      ['CVE-2023-0286', 'GHSA-p6mc-m468-83gw'],
    ],
  ])('takes related ids as aliases only when they cannot join distinct CVEs: %s', async (_, id, related, aliases) => {
    const result = await parseText(
      'aliases.json',
      report([match({ id }, { relatedVulnerabilities: related.map((rel) => ({ id: rel })) })]),
    );
    expect(result.findings[0]?.aliases).toEqual(aliases);
  });

  it('names a Java artifact group:artifact from its purl, as Trivy and OSV do', async () => {
    const { findings } = await parseFixture(`${FOLDER}/grype-0.96.0-image.json`);
    const avro = findings.filter((f) => f.package?.name === 'avro').map((f) => f.identityKey);
    expect(avro.sort()).toEqual([
      'dep|CVE-2023-39410|maven:org.apache.avro:avro|1.11.1',
      'dep|CVE-2023-39410|maven:org.apache.avro:avro|1.9.2',
    ]);
  });

  it('takes the highest related severity when several are given, and unknown when none is', async () => {
    const result = await parseText(
      'related.json',
      report([
        match(
          { severity: undefined },
          {
            relatedVulnerabilities: [
              { id: 'GHSA-aaaa-bbbb-cccc', severity: 'Low' },
              { id: 'CVE-2024-0001', severity: 'Critical' },
            ],
          },
        ),
        match({ id: 'CVE-2024-0002', severity: undefined }),
      ]),
    );
    expect(result.findings.map((f) => [f.severity, f.severitySource])).toEqual([
      ['critical', 'grype Critical (from related CVE-2024-0001)'],
      ['unknown', 'no severity in grype'],
    ]);
  });

  describe('a match rated Unknown', () => {
    /** grype-0.96.0-image.json with the severity of the matches at these indexes set to a word. */
    const imageWith = (word: string, ...indexes: number[]): string => {
      const doc = JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'grype-0.96.0-image.json'), 'utf8')) as {
        matches: { vulnerability: Record<string, unknown> }[];
      };
      for (const index of indexes)
        (doc.matches[index] as { vulnerability: Record<string, unknown> }).vulnerability.severity = word;
      return JSON.stringify(doc);
    };
    /** Both paths, which must agree; returns the whole-document result. */
    const readBothWays = async (name: string, text: string) => {
      const { root, rel } = writeTemp(name, text);
      const input = readInputFile(root, rel);
      const whole = await grype.parse(input, { root, logger: silentLogger });
      const streamed = await grype.parseStream!(
        { path: rel, absPath: join(root, rel), size: input.size },
        { root, logger: silentLogger },
        { chunkSize: 4096 },
      );
      expect(streamed.findings).toEqual(whole.findings);
      expect(streamed.runs).toEqual(whole.runs);
      expect(streamed.warnings).toEqual(whole.warnings);
      return whole;
    };
    const rated = (findings: readonly { ruleId: string; severity: string; severitySource: string }[], id: string) =>
      findings.filter((f) => f.ruleId === id).map((f) => [f.severity, f.severitySource]);

    // The defect: Unknown ignored the related ratings that a missing severity takes.
    it('takes the highest related rating, as a match without a severity does (the real CVE-2024-26308)', async () => {
      const before = await parseFixture(`${FOLDER}/grype-0.96.0-image.json`);
      expect(rated(before.findings, 'CVE-2024-26308')).toEqual([
        ['high', 'grype High (from related GHSA-4265-ccf5-phj5)'],
      ]);
      const result = await readBothWays('unknown-26308.json', imageWith('Unknown', 33));
      expect(rated(result.findings, 'CVE-2024-26308')).toEqual([
        ['high', 'grype High (from related GHSA-4265-ccf5-phj5)'],
      ]);
      expect(countBySeverity(result.findings)).toEqual(countBySeverity(before.findings));
    });

    it('takes Critical from the related record of the real CVE-2017-6519 match (rated Low by Grype)', async () => {
      const result = await readBothWays('unknown-6519.json', imageWith('Unknown', 7));
      expect(rated(result.findings, 'CVE-2017-6519')).toEqual([
        ['critical', expect.stringMatching(/^grype Critical \(from related /)],
      ]);
      // Any case, and an empty word, read the same way; a missing key already did.
      for (const word of ['unknown', 'UNKNOWN', '', '  '])
        expect(rated((await readBothWays('word.json', imageWith(word, 7))).findings, 'CVE-2017-6519')).toEqual([
          ['critical', expect.stringMatching(/^grype Critical \(from related /)],
        ]);
    });

    it('stays unknown when no related record rates it (the 10 real Unknown matches of grype 0.7.0 have none)', async () => {
      const old = await parseFixture(`${FOLDER}/grype-0.7.0-image-many.json`);
      expect(old.findings.filter((f) => f.severitySource === 'grype Unknown')).toHaveLength(10);
      expect(
        old.findings.filter((f) => f.severitySource === 'grype Unknown').every((f) => f.severity === 'unknown'),
      ).toBe(true);
      const result = await parseText(
        'unknown-related.json',
        report([
          match(
            { severity: 'Unknown' },
            { relatedVulnerabilities: [{ id: 'GHSA-aaaa-bbbb-cccc', severity: 'Unknown' }] },
          ),
          match(
            { id: 'CVE-2024-0002', severity: 'Unknown' },
            { relatedVulnerabilities: [{ id: 'GHSA-aaaa-bbbb-dddd' }] },
          ),
        ]),
      );
      expect(result.findings.map((f) => [f.severity, f.severitySource])).toEqual([
        ['unknown', 'grype Unknown'],
        ['unknown', 'grype Unknown'],
      ]);
    });

    it('keeps Negligible as Grype rated it (low), whatever the related records say', async () => {
      const result = await parseText(
        'negligible.json',
        report([
          match(
            { severity: 'Negligible' },
            { relatedVulnerabilities: [{ id: 'GHSA-aaaa-bbbb-cccc', severity: 'Critical' }] },
          ),
        ]),
      );
      expect(result.findings.map((f) => [f.severity, f.severitySource])).toEqual([['low', 'grype Negligible']]);
    });

    it('refuses a related severity Grype does not write, as for a match without a severity', async () => {
      const error = await parseError(
        'unknown-bad-related.json',
        report([
          match(
            { severity: 'Unknown' },
            { relatedVulnerabilities: [{ id: 'GHSA-aaaa-bbbb-cccc', severity: 'Severe' }] },
          ),
        ]),
      );
      expect(error.message).toMatch(
        /^unknown-bad-related\.json: \/matches\/0\/relatedVulnerabilities\/0\/severity: 'Severe' is not a Grype severity/,
      );
    });
  });

  it('reads matches Grype ignore rules set aside as suppressed findings, with the reason of the rule', async () => {
    const doc = JSON.parse(report([match({})]));
    doc.ignoredMatches = [
      match(
        { id: 'CVE-2024-9', severity: 'Critical' },
        { appliedIgnoreRules: [{ vulnerability: 'CVE-2024-9', reason: 'Not reachable: the parser is not used.' }] },
      ),
      match(
        { id: 'CVE-2024-8' },
        {
          appliedIgnoreRules: [
            { namespace: 'vex', 'vex-status': 'not_affected', 'vex-justification': 'vulnerable_code_not_present' },
          ],
        },
      ),
      match({ id: 'CVE-2024-7', severity: 'Low' }, { appliedIgnoreRules: [{ vulnerability: 'CVE-2024-7' }] }),
    ];
    const result = await parseText('ignored.json', JSON.stringify(doc));
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.sources[0]?.pointer, f.suppressions])).toEqual([
      ['CVE-2024-0001', 'high', '/matches/0', undefined],
      [
        'CVE-2024-9',
        'critical',
        '/ignoredMatches/0',
        [{ kind: 'external', status: 'accepted', justification: 'Not reachable: the parser is not used.' }],
      ],
      [
        'CVE-2024-8',
        'high',
        '/ignoredMatches/1',
        [{ kind: 'external', status: 'accepted', justification: 'VEX not_affected: vulnerable_code_not_present' }],
      ],
      ['CVE-2024-7', 'low', '/ignoredMatches/2', [{ kind: 'external', status: 'accepted' }]],
    ]);
    // The identity a match has when it is not ignored.
    const pkg = { name: 'lodash', version: '4.17.20', ecosystem: 'npm' };
    expect(result.findings[1]?.identityKey).toBe(dependencyIdentity('CVE-2024-9', ['CVE-2024-9'], pkg));
    const unignored = await parseText('unignored.json', report([match({ id: 'CVE-2024-9', severity: 'Critical' })]));
    expect(unignored.findings[0]?.identityKey).toBe(result.findings[1]?.identityKey);
    expect(result.runs[0]?.resultCount).toBe(4);
    expect(result.warnings).toEqual([
      'ignored.json: 3 matches were ignored by Grype ignore rules (ignoredMatches); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor.',
    ]);
  });

  it('joins the reasons of several applied rules, and reads a match without rules as a match, not suppressed', async () => {
    const doc = JSON.parse(report([]));
    doc.ignoredMatches = [
      match({}, { appliedIgnoreRules: [{ reason: 'a' }, { reason: 'b' }, { reason: 'a' }, { reason: ' ' }] }),
      match({ id: 'CVE-2024-2' }),
    ];
    const result = await parseText('rules.json', JSON.stringify(doc));
    expect(result.findings.map((f) => f.suppressions)).toEqual([
      [{ kind: 'external', status: 'accepted', justification: 'a; b' }],
      undefined,
    ]);
    expect(result.warnings).toEqual([
      'rules.json: 1 match was ignored by Grype ignore rules (ignoredMatches); it is read as a suppressed finding and counted unless the policy sets exceptions.inFileSuppressions: honor.',
      "rules.json: 1 ignored match was set aside by no rule that names a vulnerability, a package or a VEX status (only rules of a fix state, as Grype's --only-fixed and --only-notfixed add, or no rule at all): it is read as a match, with no suppression, since a filter is not a decision about a vulnerability; run the gate's scan without those options.",
    ]);
  });

  it('reads matches --only-fixed set aside (fix-state rules) as matches, never suppressed; a rule naming the vulnerability or package is a decision', async () => {
    const real = JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'grype-0.24.0-directory.json'), 'utf8')) as {
      matches: Record<string, unknown>[];
      ignoredMatches?: unknown[];
    };
    const [first, second, ...rest] = real.matches;
    const onlyFixed = [{ 'fix-state': 'not-fixed' }, { 'fix-state': 'wont-fix' }, { 'fix-state': 'unknown' }];
    const doc = {
      ...real,
      matches: rest,
      ignoredMatches: [
        { ...first, appliedIgnoreRules: [onlyFixed[0]] },
        { ...second, appliedIgnoreRules: [{ 'fix-state': 'not-fixed', package: { name: 'x' } }] },
      ],
    };
    const result = await parseText('only-fixed.json', JSON.stringify(doc));
    const whole = await parseFixture(`${FOLDER}/grype-0.24.0-directory.json`);
    // The same findings as the report without filter; only the one a package rule set aside is suppressed.
    expect(result.findings.map((f) => f.identityKey).sort()).toEqual(whole.findings.map((f) => f.identityKey).sort());
    expect(result.findings.filter((f) => f.suppressions !== undefined)).toHaveLength(1);
    expect(result.warnings.some((w) => w.includes('1 ignored match was set aside by no rule'))).toBe(true);
    // An empty package selector names nothing: a filter too.
    const empty = {
      ...doc,
      ignoredMatches: [{ ...first, appliedIgnoreRules: [{ 'fix-state': 'unknown', package: {} }] }],
    };
    const emptyResult = await parseText('empty-package.json', JSON.stringify(empty));
    expect(emptyResult.findings.every((f) => f.suppressions === undefined)).toBe(true);
  });

  it('lets the declared scan type override every finding and the run', async () => {
    const result = await parseFixture(`${FOLDER}/grype-0.24.0-directory.json`, { scanType: 'container' });
    expect(new Set(result.findings.map((f) => f.scanType))).toEqual(new Set(['container']));
    expect(result.runs[0]?.scanType).toBe('container');
  });

  it('reuses the document the caller already parsed', async () => {
    const input = readInputFile(FIXTURES, `${FOLDER}/grype-0.7.0-no-vulns.json`);
    const document = JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'grype-0.24.0-directory.json'), 'utf8'));
    expect((await grype.parse(input, context({ document }))).findings).toHaveLength(9);
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('detects %s as certain', (rel) => {
      expect(grype.detect(sampleOf(FIXTURES, rel))).toBe('certain');
    });

    it.each(otherFormatFiles())('does not claim %s', (rel) => {
      expect(grype.detect(sampleOf(FIXTURES, rel))).not.toBe('certain');
    });

    it('says no to SARIF written by Grype', () => {
      const files = fixtureFiles('sarif').filter((r) => /grype/.test(r));
      expect(files.length).toBeGreaterThan(0);
      for (const rel of files) expect(grype.detect(sampleOf(FIXTURES, rel))).toBe('no');
    });

    it('never throws, whatever the sample', () => {
      for (const document of [undefined, null, 1, [], {}, { matches: 1 }, { matches: [], descriptor: 1 }])
        expect(() => grype.detect({ path: 'x.json', head: '', document })).not.toThrow();
    });
  });

  describe('malformed input', () => {
    it('names the file, line and column of truncated JSON', async () => {
      const error = await parseError('truncated.json', '{"matches": [{"vulnerability": ');
      expect(error.message).toMatch(/^truncated\.json: line 1, column \d+/);
    });

    it('refuses a document without matches', async () => {
      const error = await parseError('other.json', '{"vulnerabilities": []}');
      expect(error.message).toBe(
        "other.json: (root): got an object without 'matches' (expected a Grype JSON report (an object with 'matches')).",
      );
    });

    it('names the pointer of matches that is not an array', async () => {
      const error = await parseError('matches.json', '{"matches": {"a": 1}, "descriptor": {"name": "grype"}}');
      expect(error.message).toBe('matches.json: /matches: got an object (expected an array).');
    });

    it('names the pointer of a match without an artifact name', async () => {
      const error = await parseError('noname.json', report([match({}, { artifact: { version: '1.0.0' } })]));
      expect(error.message).toBe('noname.json: /matches/0/artifact/name: the key is missing (expected a string).');
    });

    it('refuses a severity word Grype does not write', async () => {
      const error = await parseError('severe.json', report([match({}), match({ severity: 'Severe' })]));
      expect(error.message).toBe(
        "severe.json: /matches/1/vulnerability/severity: 'Severe' is not a Grype severity (expected Critical, High, Medium, Low, Negligible or Unknown).",
      );
    });

    it('reads an ignored match as strictly as a match, and its applied rules as a list of objects', async () => {
      const doc = JSON.parse(report([]));
      doc.ignoredMatches = [
        match({}, { appliedIgnoreRules: { reason: 'x' } }),
        match({}, { appliedIgnoreRules: ['x'] }),
        match({ severity: 'Severe' }),
      ];
      const error = await parseError('ignored-bad.json', JSON.stringify(doc));
      expect(error.problems).toEqual([
        'ignored-bad.json: /ignoredMatches/0/appliedIgnoreRules: got an object (expected an array).',
        "ignored-bad.json: /ignoredMatches/1/appliedIgnoreRules/0: got the string 'x' (expected an ignore rule object).",
        "ignored-bad.json: /ignoredMatches/2/vulnerability/severity: 'Severe' is not a Grype severity (expected Critical, High, Medium, Low, Negligible or Unknown).",
      ]);
      const notArray = await parseError(
        'ignored-object.json',
        JSON.stringify({ ...JSON.parse(report([])), ignoredMatches: {} }),
      );
      expect(notArray.message).toBe('ignored-object.json: /ignoredMatches: got an object (expected an array).');
    });

    it('gathers every problem into one error', async () => {
      const error = await parseError(
        'many.json',
        report([match({ id: 7 }), { artifact: { name: 'x' } }, match({ fix: { versions: [1] } })]),
      );
      expect(error.problems).toEqual([
        'many.json: /matches/0/vulnerability/id: got the number 7 (expected a string).',
        'many.json: /matches/1/vulnerability: the key is missing (expected a vulnerability object).',
        'many.json: /matches/2/vulnerability/fix/versions/0: got the number 1 (expected a version string).',
      ]);
    });
  });

  it("makes the run incomplete when the descriptor says Grype's database had an error; null or absent is complete", async () => {
    const withDb = (error: unknown) =>
      JSON.stringify({
        matches: [],
        source: { type: 'directory', target: '.' },
        descriptor: {
          name: 'grype',
          version: '0.80.0',
          db: { built: '2024-02-22T01:23:26Z', schemaVersion: 5, error },
        },
      });
    const failed = await parseText('db-error.json', withDb('failed to load vulnerability db: checksum mismatch'));
    expect(failed.runs[0]?.completed).toBe(false);
    expect(failed.runs[0]?.problems).toEqual([
      "/descriptor/db/error: Grype's vulnerability database reported an error (failed to load vulnerability db: checksum mismatch), so the matches may be missing; the scan is not complete (update the database with grype db update and scan again).",
    ]);
    // A Go error serialized to JSON is an empty object: said as no message.
    expect((await parseText('db-empty.json', withDb({}))).runs[0]?.problems[0]).toContain(
      "Grype's vulnerability database reported an error (no message)",
    );
    expect((await parseText('db-ok.json', withDb(null))).runs[0]?.completed).toBe(true);
    expect((await parseText('db-none.json', report([]))).runs[0]?.completed).toBe(true);
  });
});
