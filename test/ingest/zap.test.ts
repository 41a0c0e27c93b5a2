import { FIXTURES, createHarness } from './harness.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInputFile } from '../../src/ingest/read.js';
import { zap } from '../../src/ingest/zap.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'zap-json';
const harness = createHarness(zap, FOLDER);
const { parseText, parseFolderFixture, sampleAt, otherFormatFiles } = harness;
const fixtures = FIXTURES;
const context = harness.context();

function report(alerts: unknown[]): string {
  return JSON.stringify({
    '@version': '2.15.0',
    '@generated': 'Mon, 1 Jan 2024 00:00:00',
    site: [{ '@name': 'https://app.example', alerts }],
  });
}

const alert = (overrides: Record<string, unknown>) => ({
  pluginid: '40012',
  alertRef: '40012',
  name: 'Cross Site Scripting (Reflected)',
  riskcode: '3',
  confidence: '2',
  cweid: '79',
  instances: [
    { uri: 'https://app.example/search?q=1', method: 'get', param: 'q', attack: '<script>', evidence: '<script>' },
  ],
  count: '1',
  ...overrides,
});

describe('ingest/zap', () => {
  it.each([
    // The manifest counts alerts per riskcode; shipgate counts instances, one finding per URL to fix.
    // 2.12.0: alerts {0: 3, 1: 2, 2: 3} -> 49 instances; 2.14.0: {0: 7, 1: 4, 2: 2} -> 32; 2.8.0: {0: 1, 1: 6, 2: 1} -> 27.
    ['zap-2.12.0-traditional.json', '2.12.0', { medium: 17, low: 19, info: 13 }, 49],
    ['zap-2.14.0-traditional.json', '2.14.0', { medium: 6, low: 10, info: 16 }, 32],
    ['zap-2.8.0-traditional.json', '2.8.0', { medium: 2, low: 21, info: 4 }, 27],
  ])('counts the instances of %s per riskcode', async (name, version, counts, total) => {
    const result = await parseFolderFixture(name);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), ...counts });
    expect(result.findings).toHaveLength(total);
    expect(result.runs).toEqual([
      { tool: 'ZAP', toolVersion: version, scanType: 'dast', completed: true, problems: [], resultCount: total },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads an alert instance with every field, and no evidence or bodies', async () => {
    const result = await parseFolderFixture('zap-2.14.0-traditional.json');
    const url = 'https://vhers-virus-scan-tools-c82b4c-tools.apps.silver.devops.gov.bc.ca/';
    expect(result.findings[0]).toEqual({
      identityKey: `dast|CWE-693|GET|${url}|content-security-policy|10055-4`,
      run: 0,
      scanType: 'dast',
      ruleId: '10055-4',
      title: 'CSP: Wildcard Directive',
      severity: 'medium',
      severitySource: 'zap riskcode 2 (Medium)',
      aliases: [],
      cwe: ['CWE-693'],
      location: { url, method: 'GET', param: 'content-security-policy' },
      sources: [
        {
          input: 'zap-json/zap-2.14.0-traditional.json',
          format: 'zap',
          tool: 'ZAP',
          toolVersion: '2.14.0',
          pointer: '/site/0/alerts/0/instances/0',
        },
      ],
    });
    expect(JSON.stringify(result)).not.toContain("default-src 'none'");
  });

  it('falls back to pluginid in ZAP 2.8 (no alertRef) and to the rule when cweid is absent', async () => {
    const { findings } = await parseFolderFixture('zap-2.8.0-traditional.json');
    expect(findings[0]?.ruleId).toBe('10038');
    const cached = findings.find((f) => f.ruleId === '10050');
    expect(cached).toMatchObject({
      cwe: [],
      severity: 'info',
      location: { url: 'https://www.example.com', method: 'GET' },
      identityKey: 'dast|10050|GET|https://www.example.com|',
    });
    expect(cached?.location).not.toHaveProperty('param');
  });

  it('keeps alerts that share a CWE at one URL apart by adding the rule to the identity', async () => {
    // CSP Header Not Set (10038-1) and Permissions Policy Header Not Set (10063-1) are both CWE-693
    // with no parameter, on the same 7 URLs: DESIGN 3.2's key alone would make 49 instances 42 identities.
    const { findings } = await parseFolderFixture('zap-2.12.0-traditional.json');
    expect(new Set(findings.map((f) => f.identityKey)).size).toBe(49);
    const csp = findings.find((f) => f.ruleId === '10038-1');
    const permissions = findings.find(
      (f) => f.ruleId === '10063-1' && f.location.url === csp?.location.url && f.location.param === undefined,
    );
    expect(permissions?.identityKey).not.toBe(csp?.identityKey);
    expect(permissions?.identityKey.replace(/\|10063-1$/, '')).toBe(csp?.identityKey.replace(/\|10038-1$/, ''));
  });

  it('reads alerts ZAP marks as false positives (confidence 0) as findings with an accepted suppression', async () => {
    const result = await parseText(
      'fp.json',
      report([
        alert({}),
        alert({
          alertRef: '10021',
          pluginid: '10021',
          confidence: '0',
          instances: [
            { uri: 'https://app.example/a', method: 'GET' },
            { uri: 'https://app.example/b', method: 'GET' },
          ],
          count: '2',
        }),
      ]),
    );
    // A false positive set in ZAP (an alert filter in a committed plan, a context file) never excepts a
    // finding by itself: it is a suppression, open unless the policy honors suppressions.
    expect(result.findings.map((f) => f.ruleId)).toEqual(['40012', '10021', '10021']);
    expect(result.findings.map((f) => f.suppressions)).toEqual([
      undefined,
      [{ kind: 'external', status: 'accepted', justification: 'ZAP confidence 0 (False Positive)' }],
      [{ kind: 'external', status: 'accepted', justification: 'ZAP confidence 0 (False Positive)' }],
    ]);
    expect(result.runs[0]?.resultCount).toBe(3);
    expect(result.warnings).toEqual([
      'fp.json: 2 instance(s) of 1 alert(s) are marked as false positives in ZAP (confidence 0); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor.',
    ]);
    // With confidence 1 the same alert carries no suppression.
    const low = await parseText('low.json', report([alert({ confidence: '1' })]));
    expect(low.findings.map((f) => f.suppressions)).toEqual([undefined]);
  });

  it('maps riskcode 3 to high, upper-cases the method and keeps the query in the URL but not the identity', async () => {
    const { findings } = await parseText('high.json', report([alert({})]));
    expect(findings[0]).toMatchObject({
      severity: 'high',
      severitySource: 'zap riskcode 3 (High)',
      location: { url: 'https://app.example/search?q=1', method: 'GET', param: 'q' },
      identityKey: expect.stringMatching(/^dast\|CWE-79\|GET\|https:\/\/app\.example\/search\|q\|/),
    });
    expect(JSON.stringify(findings)).not.toContain('<script>');
  });

  it('locates an alert whose instances were left out at the site', async () => {
    // ZAP counts the instances it lists: "0" (a count that disagrees is refused, zap-review.test.ts).
    const { findings } = await parseText('noinst.json', report([alert({ instances: [], count: '0' })]));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.location).toEqual({ url: 'https://app.example' });
    expect(findings[0]?.sources[0]?.pointer).toBe('/site/0/alerts/0');
  });

  it('lets the policy set the scan type', async () => {
    const input = readInputFile(fixtures, `${FOLDER}/zap-2.8.0-traditional.json`);
    const result = await zap.parse(input, { ...context, scanType: 'other' });
    expect(new Set(result.findings.map((f) => f.scanType))).toEqual(new Set(['other']));
    expect(result.runs[0]?.scanType).toBe('other');
  });

  describe('sites', () => {
    /** A fresh copy of a real fixture's document, to damage in a test. */
    const fixtureDocument = (name: string): Record<string, unknown> =>
      JSON.parse(readFileSync(join(fixtures, FOLDER, name), 'utf8')) as Record<string, unknown>;

    it('refuses the real report with its site list emptied: nothing was scanned', async () => {
      const doc = { ...fixtureDocument('zap-2.14.0-traditional.json'), site: [] };
      await expect(parseText('no-site.json', JSON.stringify(doc))).rejects.toThrow(
        new InputError(
          'no-site.json: /site: the list of sites is empty, so the report shows no scanned site (expected at least one site; ZAP writes a site with empty alerts for a clean scan, and a report of nothing scanned is not a clean scan).',
        ),
      );
    });

    it('reads the real report with its site alerts emptied, as ZAP writes a clean scan, as a completed clean scan', async () => {
      const doc = fixtureDocument('zap-2.14.0-traditional.json');
      doc.site = (doc.site as Record<string, unknown>[]).map((site) => ({ ...site, alerts: [] }));
      const result = await parseText('clean.json', JSON.stringify(doc));
      expect(result.findings).toEqual([]);
      expect(result.runs).toEqual([
        { tool: 'ZAP', toolVersion: '2.14.0', scanType: 'dast', completed: true, problems: [], resultCount: 0 },
      ]);
      expect(result.warnings).toEqual([]);
    });
  });

  describe('detection', () => {
    it.each(readdirSync(join(fixtures, FOLDER)).filter((f) => f.endsWith('.json')))('is certain of %s', (name) => {
      expect(zap.detect(sampleAt(`${FOLDER}/${name}`))).toBe('certain');
    });

    it('is not certain of any other format, ZAP XML included', () => {
      const others = otherFormatFiles();
      expect(others).toContain('zap-xml/zap-2.10.0-juice-shop.xml');
      for (const rel of others) expect([rel, zap.detect(sampleAt(rel))]).not.toEqual([rel, 'certain']);
    });
  });

  describe('malformed input', () => {
    it('names the file and position of truncated JSON', async () => {
      const error = await parseText('truncated.json', report([alert({})]).slice(0, 80)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/);
    });

    it('refuses a report without a site array', async () => {
      await expect(parseText('nosite.json', '{"@version": "2.14.0", "site": {}}')).rejects.toThrow(
        /^nosite\.json: \/site: found an object \(expected an array of sites\)/,
      );
    });

    it('refuses a riskcode outside 0-3 and names its pointer', async () => {
      await expect(parseText('risk.json', report([alert({}), alert({ riskcode: '4' })]))).rejects.toThrow(
        /^risk\.json: \/site\/0\/alerts\/1\/riskcode: '4' is not a ZAP risk code/,
      );
    });

    it('refuses an instance without a uri', async () => {
      await expect(parseText('uri.json', report([alert({ instances: [{ method: 'GET' }] })]))).rejects.toThrow(
        /^uri\.json: \/site\/0\/alerts\/0\/instances\/0\/uri: /,
      );
    });

    it('refuses alerts without instances', async () => {
      const bare: Record<string, unknown> = alert({});
      delete bare.instances;
      await expect(parseText('bare.json', report([bare]))).rejects.toThrow(
        /^bare\.json: \/site\/0\/alerts\/0\/instances: the key is missing/,
      );
    });
  });
});
