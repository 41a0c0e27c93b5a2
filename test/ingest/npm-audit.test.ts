import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { npmAudit } from '../../src/ingest/npm-audit.js';
import { readInputFile } from '../../src/ingest/read.js';
import { countBySeverity } from '../../src/model.js';

const FOLDER = 'npm-audit-json';
const OWN_MALFORMED = ['malformed/npm-audit-enoaudit-error.json'];
const { context, parseFixture, otherFormatFiles, parseText, parseError } = createHarness(
  npmAudit,
  FOLDER,
  OWN_MALFORMED,
);

describe('ingest/npm-audit', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toHaveLength(7);
  });

  // The manifest counts raw entries: v1 advisories, v2 vulnerable packages. shipgate counts findings:
  // v1 one per advisory and installed version, v2 one per advisory object in via[] (carriers add none),
  // with the advisory's own severity rather than the package's highest.
  it.each([
    // manifest: 5 advisories {high 3, low 1, moderate 1}; each has one installed version.
    ['npm-audit-v1-many.json', 5, counts({ high: 3, medium: 1, low: 1 })],
    // manifest: 41 advisories {critical 2, high 15, low 2, moderate 22}. ansi-regex (3.0.0, 4.1.0), ajv (6.10.0,
    // 5.5.2) and minimist advisory 1061405 (0.0.8, 0.0.10) are installed at two versions each: 44 findings.
    ['npm-audit-v1-multiple-cwes-critical.json', 44, counts({ critical: 2, high: 15, medium: 25, low: 2 })],
    ['npm-audit-v1-no-vulns.json', 0, counts({})],
    // manifest: 6 vulnerable packages {low 2, moderate 4}; @vercel/fun, @vercel/node and vercel only carry
    // debug, semver and undici: 3 advisories.
    ['npm-audit-v2-many.json', 3, counts({ medium: 2, low: 1 })],
    ['npm-audit-v2-no-vulns.json', 0, counts({})],
    // manifest: 15 vulnerable packages {high 1, low 12, moderate 2}; gulp, gulp-cli, handlebars, mkdirp,
    // optimist, sass-graph and yargs are carriers (via holds only names): 8 advisories.
    ['npm-audit-v2-npm7-many.json', 8, counts({ high: 1, medium: 2, low: 5 })],
    // manifest: 1 vulnerable package {high 1}; debug holds two advisories, one moderate and one high.
    ['npm-audit-v2-one.json', 2, counts({ high: 1, medium: 1 })],
  ])('counts %s as %i findings per severity', async (file, total, expected) => {
    const result = await parseFixture(`${FOLDER}/${file}`);
    expect(result.findings).toHaveLength(total);
    expect(countBySeverity(result.findings)).toEqual(expected);
    expect(result.runs).toHaveLength(1);
    expect(result.runs[0]).toMatchObject({ tool: 'npm audit', scanType: 'dependency', completed: true, problems: [] });
    expect(result.warnings).toEqual([]);
    for (const finding of result.findings) {
      expect(finding.package?.ecosystem).toBe('npm');
      expect(finding.sources[0]?.input).toBe(`${FOLDER}/${file}`);
    }
  });

  it('reports the raw entry count of each run', async () => {
    expect((await parseFixture(`${FOLDER}/npm-audit-v1-multiple-cwes-critical.json`)).runs[0]?.resultCount).toBe(41);
    expect((await parseFixture(`${FOLDER}/npm-audit-v2-npm7-many.json`)).runs[0]?.resultCount).toBe(15);
  });

  it('maps a v2 advisory with every field, leaving the installed version undefined', async () => {
    const result = await parseFixture(`${FOLDER}/npm-audit-v2-one.json`);
    const finding = result.findings.find((f) => f.ruleId === 'GHSA-9vvw-cc9w-f27h');
    expect(finding).toEqual({
      scanType: 'dependency',
      ruleId: 'GHSA-9vvw-cc9w-f27h',
      title: 'debug Inefficient Regular Expression Complexity vulnerability',
      severity: 'high',
      severitySource: 'npm audit high',
      aliases: ['GHSA-9vvw-cc9w-f27h'],
      cwe: ['CWE-1333'],
      location: {},
      package: { name: 'debug', ecosystem: 'npm' },
      sources: [
        {
          input: `${FOLDER}/npm-audit-v2-one.json`,
          format: 'npm-audit',
          tool: 'npm audit',
          pointer: '/vulnerabilities/debug/via/1',
        },
      ],
      identityKey: 'dep|GHSA-9vvw-cc9w-f27h|npm:debug|',
      run: 0,
    });
    expect(finding?.package && 'version' in finding.package).toBe(false);
    // The package-level severity is "high"; the other advisory keeps its own "moderate".
    const other = result.findings.find((f) => f.ruleId === 'GHSA-gxpj-cx7g-858c');
    expect(other).toMatchObject({ severity: 'medium', severitySource: 'npm audit moderate', cwe: ['CWE-400'] });
  });

  it('maps a v1 advisory with every field, one finding per installed version', async () => {
    const result = await parseFixture(`${FOLDER}/npm-audit-v1-multiple-cwes-critical.json`);
    const finding = result.findings.find((f) => f.ruleId === 'GHSA-896r-f27r-55mw');
    expect(finding).toEqual({
      scanType: 'dependency',
      ruleId: 'GHSA-896r-f27r-55mw',
      title: 'json-schema is vulnerable to Prototype Pollution',
      severity: 'medium',
      severitySource: 'npm audit moderate',
      aliases: ['CVE-2021-3918', 'GHSA-896r-f27r-55mw'],
      // cwe is written as the JSON-encoded string '["CWE-915","CWE-1321"]'.
      cwe: ['CWE-1321', 'CWE-915'],
      location: {},
      package: { name: 'json-schema', version: '0.2.3', ecosystem: 'npm', fixedVersions: ['>=0.4.0'] },
      sources: [
        {
          input: `${FOLDER}/npm-audit-v1-multiple-cwes-critical.json`,
          format: 'npm-audit',
          tool: 'npm audit',
          pointer: '/advisories/1059486/findings/0',
        },
      ],
      identityKey: 'dep|CVE-2021-3918|npm:json-schema|0.2.3',
      run: 0,
    });
    const minimist = result.findings.filter((f) => f.package?.name === 'minimist');
    expect(minimist.map((f) => f.package?.version).sort()).toEqual(['0.0.10', '0.0.8', '1.2.0']);
    expect(new Set(minimist.map((f) => f.identityKey)).size).toBe(3);
  });

  it('names old advisories without a GHSA by their npm advisory id', async () => {
    const v1 = await parseFixture(`${FOLDER}/npm-audit-v1-many.json`);
    const mime = v1.findings.find((f) => f.package?.name === 'mime');
    // Legacy nodesecurity.io advisory: no GHSA, one CVE, and the empty cwe "CWE-".
    expect(mime).toMatchObject({ ruleId: 'NPM-535', aliases: ['CVE-2017-16138'], cwe: [] });
    expect(mime?.identityKey).toBe('dep|CVE-2017-16138|npm:mime|1.3.4');
    const v2 = await parseFixture(`${FOLDER}/npm-audit-v2-npm7-many.json`);
    const acorn = v2.findings.find((f) => f.package?.name === 'acorn');
    expect(acorn).toMatchObject({ ruleId: 'NPM-1488', aliases: [], identityKey: 'dep|NPM-1488|npm:acorn|' });
  });

  it('joins none of the CVEs of a v1 advisory that names two (around cves[]), keeping its GHSA as its own id', async () => {
    /** The real report with json-schema's advisory given the cves here (hand-made: it names one). */
    const withCves = (cves: string[]): unknown => {
      const doc = JSON.parse(
        readFileSync(join(FIXTURES, FOLDER, 'npm-audit-v1-multiple-cwes-critical.json'), 'utf8'),
      ) as { advisories: Record<string, { cves: string[] }> };
      (doc.advisories['1059486'] as { cves: string[] }).cves = cves;
      return doc;
    };
    const jsonSchema = async (name: string, cves: string[]) =>
      (await parseText(name, withCves(cves))).findings.find((f) => f.ruleId === 'GHSA-896r-f27r-55mw');
    expect(await jsonSchema('one.json', ['CVE-2021-3918'])).toMatchObject({
      aliases: ['CVE-2021-3918', 'GHSA-896r-f27r-55mw'],
      identityKey: 'dep|CVE-2021-3918|npm:json-schema|0.2.3',
    });
    expect(await jsonSchema('two.json', ['CVE-2021-3918', 'CVE-2021-3919'])).toMatchObject({
      aliases: ['GHSA-896r-f27r-55mw'],
      identityKey: 'dep|GHSA-896r-f27r-55mw|npm:json-schema|0.2.3',
    });
    // Without a GHSA the npm advisory id is the finding's own id (negotiator, a legacy nodesecurity.io entry).
    const legacy = JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'npm-audit-v1-many.json'), 'utf8')) as {
      advisories: Record<string, { cves: string[] }>;
    };
    (legacy.advisories['106'] as { cves: string[] }).cves = ['CVE-2016-10539', 'CVE-2016-10540'];
    const negotiator = (await parseText('legacy.json', legacy)).findings.find((f) => f.package?.name === 'negotiator');
    expect(negotiator).toMatchObject({
      ruleId: 'NPM-106',
      aliases: [],
      identityKey: 'dep|NPM-106|npm:negotiator|0.5.3',
    });
  });

  it('counts only advisories, never transitive carriers', async () => {
    const result = await parseFixture(`${FOLDER}/npm-audit-v2-many.json`);
    expect(result.findings.map((f) => f.package?.name).sort()).toEqual(['debug', 'semver', 'undici']);
  });

  it('dedupes repeated advisories within a package and keeps a fix only for the package itself', async () => {
    const doc = {
      auditReportVersion: 2,
      vulnerabilities: {
        'a/b~c': {
          name: 'a/b~c',
          severity: 'critical',
          via: [
            { source: 7, title: 'Bad', url: 'https://github.com/advisories/GHSA-9wx7-jrvc-28mm', severity: 'critical' },
            { source: 7, title: 'Bad again', url: 'https://github.com/advisories/GHSA-9wx7-jrvc-28mm' },
            { url: 'https://example.test/advisory/9', title: 'No id', severity: 'info' },
            'other',
          ],
          fixAvailable: { name: 'a/b~c', version: '2.0.0', isSemVerMajor: true },
        },
        other: { name: 'other', severity: 'low', via: ['a/b~c'], fixAvailable: true },
      },
    };
    const result = await parseText('dedupe.json', JSON.stringify(doc));
    expect(result.findings).toHaveLength(2);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'GHSA-9wx7-jrvc-28mm',
      severity: 'critical',
      package: { name: 'a/b~c', ecosystem: 'npm', fixedVersions: ['2.0.0'] },
      sources: [{ pointer: '/vulnerabilities/a~1b~0c/via/0' }],
    });
    expect(result.findings[1]).toMatchObject({
      ruleId: 'https://example.test/advisory/9',
      severity: 'info',
      severitySource: 'npm audit info',
    });
  });

  it('applies the declared scan type to findings and the run', async () => {
    const result = await parseFixture(`${FOLDER}/npm-audit-v2-one.json`, { scanType: 'container' });
    expect(result.findings.every((f) => f.scanType === 'container')).toBe(true);
    expect(result.runs[0]?.scanType).toBe('container');
  });

  it('reuses the document the caller already parsed', async () => {
    const input = readInputFile(FIXTURES, `${FOLDER}/npm-audit-v1-no-vulns.json`);
    const document = JSON.parse(readFileSync(join(FIXTURES, `${FOLDER}/npm-audit-v2-one.json`), 'utf8')) as unknown;
    const result = await npmAudit.parse(input, context({ document }));
    expect(result.findings).toHaveLength(2);
  });

  describe('a summary that counts more than the report lists', () => {
    /** A fresh copy of a real fixture's document, to damage in a test. */
    const fixtureDocument = (name: string): Record<string, unknown> =>
      JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as Record<string, unknown>;

    it('refuses a v2 report whose vulnerabilities were emptied while the summary counts 6', async () => {
      const doc = { ...fixtureDocument('npm-audit-v2-many.json'), vulnerabilities: {} };
      const error = await parseError('v2-emptied.json', JSON.stringify(doc));
      expect(error.message).toBe(
        'v2-emptied.json: /vulnerabilities: the summary (/metadata/vulnerabilities) counts more vulnerable packages than the report lists (moderate: 4 counted, 0 listed; low: 2 counted, 0 listed; total: 6 counted, 0 listed), so vulnerabilities npm found would pass unseen or at a lower severity (expected an unfiltered, unedited npm audit --json report, which lists each package its summary counts, under the severity counted; was the report cut, filtered or edited?).',
      );
    });

    it('refuses a v2 report that lists fewer packages than its summary counts, since npm lists each one', async () => {
      const doc = fixtureDocument('npm-audit-v2-many.json');
      const vulnerabilities = doc.vulnerabilities as Record<string, unknown>;
      // The first entry, @vercel/fun, is a moderate carrier: it adds no finding, but npm counts it.
      delete vulnerabilities[Object.keys(vulnerabilities)[0] as string];
      const error = await parseError('v2-cut.json', JSON.stringify(doc));
      expect(error.message).toMatch(
        /^v2-cut\.json: \/vulnerabilities: the summary \(\/metadata\/vulnerabilities\) counts more vulnerable packages than the report lists \(moderate: 4 counted, 3 listed; total: 6 counted, 5 listed\), /,
      );
    });

    it('reads a v2 report whose summary and list agree, or that has no summary', async () => {
      // Every real v2 report lists as many packages as metadata.vulnerabilities.total (see the table above).
      const clean = await parseFixture(`${FOLDER}/npm-audit-v2-no-vulns.json`);
      expect(clean.findings).toEqual([]);
      expect(clean.runs[0]).toMatchObject({ completed: true, resultCount: 0 });
      const doc = fixtureDocument('npm-audit-v2-one.json');
      delete doc.metadata;
      expect((await parseText('v2-no-metadata.json', JSON.stringify(doc))).findings).toHaveLength(2);
    });

    it('refuses a v1 report whose advisories were emptied while the summary counts 15 paths', async () => {
      const doc = { ...fixtureDocument('npm-audit-v1-many.json'), advisories: {} };
      const error = await parseError('v1-emptied.json', JSON.stringify(doc));
      expect(error.message).toBe(
        'v1-emptied.json: /advisories: the summary (/metadata/vulnerabilities) counts more vulnerable paths than the advisories list in findings[].paths (high: 6 counted, 0 listed; moderate: 2 counted, 0 listed; low: 7 counted, 0 listed), so vulnerabilities npm found would pass unseen or at a lower severity (expected an unfiltered, unedited npm audit --json report, whose advisories list each path its summary counts, under the severity counted; pnpm audit --json needs --audit-level info and no auditConfig ignores; was the report cut, filtered or edited?).',
      );
    });

    it('refuses a v1 report that lists some advisories but fewer paths of a severity than its summary counts', async () => {
      // This report was read before (only an empty list was refused): see npm-audit-summary.test.ts.
      const doc = fixtureDocument('npm-audit-v1-many.json');
      const advisories = doc.advisories as Record<string, unknown>;
      // The first advisory, negotiator's, is high with one path.
      delete advisories[Object.keys(advisories)[0] as string];
      const error = await parseError('v1-fewer.json', JSON.stringify(doc));
      expect(error.message).toMatch(
        /^v1-fewer\.json: \/advisories: the summary \(\/metadata\/vulnerabilities\) counts more vulnerable paths than the advisories list in findings\[\]\.paths \(high: 6 counted, 5 listed\), /,
      );
      // The real clean v1 report counts 0 and lists none.
      expect((await parseFixture(`${FOLDER}/npm-audit-v1-no-vulns.json`)).findings).toEqual([]);
    });
  });

  describe('failed audits', () => {
    it('turns the ENOAUDIT error object into an input error naming the file and npm code', async () => {
      const error = await parseFixture('malformed/npm-audit-enoaudit-error.json').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      const message = (error as InputError).message;
      expect(message).toContain('malformed/npm-audit-enoaudit-error.json: /error:');
      expect(message).toContain('ENOAUDIT');
      expect(message).toContain('may not support audit requests');
    });

    it('turns a bare message object into an input error', async () => {
      const error = await parseError(
        'message.json',
        '{"message": "404 Not Found - POST https://r.test/-/npm/v1/security/audits"}',
      );
      expect(error.message).toMatch(/^message\.json: \/message: npm audit failed with '404 Not Found/);
    });
  });

  describe('malformed input', () => {
    it.each([
      [
        'truncated.json',
        '{"auditReportVersion": 2, "vulnerabilities": {"debug": {',
        /^truncated\.json: line 1, column \d+/,
      ],
      ['array.json', '[]', /^array\.json: the document is an array/],
      ['null.json', 'null', /^null\.json: the document is null/],
      ['neither.json', '{"metadata": {}}', /^neither\.json: the document has neither 'advisories'/],
      [
        'version.json',
        '{"auditReportVersion": 3, "vulnerabilities": {}}',
        /^version\.json: \/auditReportVersion: found the number 3/,
      ],
      [
        'vulns-array.json',
        '{"auditReportVersion": 2, "vulnerabilities": []}',
        /^vulns-array\.json: \/vulnerabilities: found an array/,
      ],
      [
        'via.json',
        '{"auditReportVersion": 2, "vulnerabilities": {"debug": {"name": "debug", "via": "ms"}}}',
        /^via\.json: \/vulnerabilities\/debug\/via: found the string "ms"/,
      ],
      [
        'via-entry.json',
        '{"auditReportVersion": 2, "vulnerabilities": {"debug": {"via": [42]}}}',
        /^via-entry\.json: \/vulnerabilities\/debug\/via\/0: found the number 42/,
      ],
      [
        'severity.json',
        '{"auditReportVersion": 2, "vulnerabilities": {"debug": {"severity": "high", "via": [{"source": 1, "severity": "severe"}]}}}',
        /^severity\.json: \/vulnerabilities\/debug\/via\/0\/severity: 'severe' is not an npm audit severity \(expected info, low, moderate, high or critical\)\.$/,
      ],
      [
        'module.json',
        '{"actions": [], "advisories": {"12": {"id": 12, "severity": "low", "findings": []}}}',
        /^module\.json: \/advisories\/12\/module_name: found nothing/,
      ],
      [
        'findings.json',
        '{"actions": [], "advisories": {"12": {"id": 12, "module_name": "x", "severity": "low", "findings": [{"paths": []}]}}}',
        /^findings\.json: \/advisories\/12\/findings\/0: found nothing \(expected \{version, paths\}/,
      ],
    ])('rejects %s with the file and location', async (name, content, pattern) => {
      const error = await parseError(name, content);
      expect(error.message).toMatch(pattern);
    });
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('is certain of %s', (rel) => {
      expect(npmAudit.detect(sampleOf(FIXTURES, rel))).toBe('certain');
    });

    it('is certain of the ENOAUDIT error object, so the failure is reported as npm audit', () => {
      expect(npmAudit.detect(sampleOf(FIXTURES, 'malformed/npm-audit-enoaudit-error.json'))).toBe('certain');
    });

    it('is never certain of other formats, SARIF included', () => {
      const files = otherFormatFiles();
      expect(files.filter((rel) => rel.startsWith('sarif/')).length).toBeGreaterThan(20);
      expect(files.some((rel) => rel.startsWith('yarn-audit-json/'))).toBe(true);
      const certain = files.filter((rel) => npmAudit.detect(sampleOf(FIXTURES, rel)) === 'certain');
      expect(certain).toEqual([]);
    });

    it('answers no for null and for arbitrary JSON', () => {
      expect(npmAudit.detect({ path: 'x.json', head: 'null', document: null })).toBe('no');
      expect(npmAudit.detect({ path: 'x.json', head: '{"a":1}', document: { a: 1 } })).toBe('no');
    });

    it('answers possible from the head alone when the document was not parsed', () => {
      const head = '{\n  "auditReportVersion": 2,\n  "vulnerabilities": {\n    "debug": {';
      expect(npmAudit.detect({ path: 'big.json', head })).toBe('possible');
    });
  });
});
