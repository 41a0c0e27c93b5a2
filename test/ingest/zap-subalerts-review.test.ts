/**
 * ZAP review defect (fail-open): a scan rule that raises several differently named alerts under one id
 * (the CSP rule 10055 with alertRef "10055", any such rule in ZAP before 2.11, whose JSON has only the
 * pluginid) gave them one identity where they met on one URL, method and parameter, so three medium
 * alerts were one finding, titled after whichever came first. Where two names meet at one place, each
 * alert's name is now part of its identity; every other alert keeps the id it had. Real reports, edited
 * in the test. (ZAP's XML report is not read by shipgate, see registry.test.ts, so there is no XML side.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zap } from '../../src/ingest/zap.js';
import { silentLogger } from '../../src/logger.js';
import { assignIds } from '../../src/normalize.js';
import { run } from '../../src/run.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'zap-json';
const { parseText, parseFolderFixture } = createHarness(zap, FOLDER);

type Alert = Record<string, unknown> & { instances: Record<string, unknown>[] };
interface Report {
  site: { alerts: Alert[] }[];
}

function report(name: string): Report {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as Report;
}
const alertsOf = (doc: Report): Alert[] => doc.site[0]?.alerts as Alert[];

/**
 * A copy of a real alert renamed as one of a rule's several alerts, on the first instance of the real
 * alert only: `id` is written as the pluginid, and as the alertRef unless the report has none.
 */
function subAlert(base: Alert, id: string, name: string, riskcode: string): Alert {
  const copy = structuredClone(base);
  copy.pluginid = id;
  if ('alertRef' in copy) copy.alertRef = id;
  copy.alert = name;
  copy.name = name;
  copy.riskcode = riskcode;
  copy.instances = copy.instances.slice(0, 1);
  if ('count' in copy) copy.count = '1';
  return copy;
}

/** The findings of a report as the occurrence rule makes them (one per identity, copies merged). */
async function findingsOf(name: string, doc: Report) {
  return assignIds((await parseText(name, doc)).findings);
}

const CSP = ['CSP: Wildcard Directive', 'CSP: script-src unsafe-inline', 'CSP: style-src unsafe-inline'];

describe('ZAP alerts of one rule id with different names', () => {
  it('ZAP 2.12 (alertRef "10055"): three CSP alerts at one place are three findings; every other alert keeps its id', async () => {
    const plain = assignIds((await parseFolderFixture('zap-2.12.0-traditional.json')).findings);
    expect(plain).toHaveLength(49);
    const doc = report('zap-2.12.0-traditional.json');
    const base = alertsOf(doc)[0] as Alert;
    expect(base.instances[0]).toMatchObject({ uri: 'http://www.itsecgames.com', method: 'GET', param: '' });
    // A notice first: before the fix, its title named the one finding the four alerts were.
    alertsOf(doc).push(
      subAlert(base, '10055', 'CSP: Notices', '0'),
      ...CSP.map((name) => subAlert(base, '10055', name, '2')),
    );
    const findings = await findingsOf('csp.json', doc);
    expect(findings).toHaveLength(53);
    const csp = findings.filter((f) => f.ruleId === '10055');
    expect(csp.map((f) => [f.identity, f.title, f.severity])).toEqual([
      ['dast|CWE-693|GET|http://www.itsecgames.com||10055|CSP: Notices:1', 'CSP: Notices', 'info'],
      ...CSP.map((name) => [`dast|CWE-693|GET|http://www.itsecgames.com||10055|${name}:1`, name, 'medium']),
    ]);
    // The real alerts keep the ids they had before the fix: one pinned in identity-stability.test.ts...
    expect(findings.find((f) => f.id === 'SG-00e5b4a6bcd72da2')?.identity).toBe(
      'dast|CWE-524|GET|http://www.itsecgames.com/bugs.htm||10049:1',
    );
    // ...and the real CSP Header Not Set alert at the very place the sub-alerts were put.
    expect(findings.find((f) => f.id === 'SG-96cc8d45bd99cb54')?.identity).toBe(
      'dast|CWE-693|GET|http://www.itsecgames.com||10038-1:1',
    );
    expect(findings.filter((f) => f.ruleId !== '10055').map((f) => f.id)).toEqual(plain.map((f) => f.id));
  });

  it('ZAP 2.8 (no alertRef, only the pluginid): two named alerts at one place are two findings; the rest keep their ids', async () => {
    const plain = assignIds((await parseFolderFixture('zap-2.8.0-traditional.json')).findings);
    expect(plain).toHaveLength(26);
    const doc = report('zap-2.8.0-traditional.json');
    const base = alertsOf(doc)[0] as Alert;
    expect(base).not.toHaveProperty('alertRef');
    expect(base.instances[0]).toEqual({ uri: 'https://www.example.com/robots.txt', method: 'GET' });
    alertsOf(doc).push(
      subAlert(base, '10055', 'CSP Scanner: Wildcard Directive', '2'),
      subAlert(base, '10055', 'CSP Scanner: script-src unsafe-inline', '1'),
    );
    const findings = await findingsOf('csp28.json', doc);
    expect(findings).toHaveLength(28);
    expect(findings.filter((f) => f.ruleId === '10055').map((f) => [f.identity, f.title, f.severity])).toEqual([
      [
        'dast|CWE-16|GET|https://www.example.com/robots.txt||10055|CSP Scanner: Wildcard Directive:1',
        'CSP Scanner: Wildcard Directive',
        'medium',
      ],
      [
        'dast|CWE-16|GET|https://www.example.com/robots.txt||10055|CSP Scanner: script-src unsafe-inline:1',
        'CSP Scanner: script-src unsafe-inline',
        'low',
      ],
    ]);
    // The real alert at that place, as before the fix (no alertRef is not reason enough to add the name).
    expect(findings.find((f) => f.id === 'SG-b6d13e21b0783725')?.identity).toBe(
      'dast|CWE-16|GET|https://www.example.com/robots.txt||10038:1',
    );
    expect(findings.filter((f) => f.ruleId !== '10055').map((f) => f.id)).toEqual(plain.map((f) => f.id));
  });

  it('ZAP 2.14 (10049 under one alertRef): two names that never meet keep their ids; where they meet, only there, each gets its name', async () => {
    const pinned = {
      'SG-b1784b60e8de2c96': ['/', 'Non-Storable Content'],
      'SG-4e95f80a95db96e0': ['/robots.txt', 'Storable and Cacheable Content'],
      'SG-064ada0c506624e8': ['/sitemap.xml', 'Storable and Cacheable Content'],
    };
    const site = 'https://vhers-virus-scan-tools-c82b4c-tools.apps.silver.devops.gov.bc.ca';
    const real = assignIds((await parseFolderFixture('zap-2.14.0-traditional.json')).findings);
    expect(real).toHaveLength(32);
    for (const [id, [path, title]] of Object.entries(pinned))
      expect(real.find((f) => f.id === id)).toMatchObject({
        identity: `dast|CWE-524|GET|${site}${path}||10049:1`,
        title,
      });

    // The real Non-Storable Content alert moved to /robots.txt, where Storable and Cacheable Content is.
    const doc = report('zap-2.14.0-traditional.json');
    const nonStorable = alertsOf(doc).find((a) => a.name === 'Non-Storable Content') as Alert;
    (nonStorable.instances[0] as Record<string, unknown>).uri = `${site}/robots.txt`;
    const met = await findingsOf('met.json', doc);
    expect(met).toHaveLength(32);
    expect(met.filter((f) => f.ruleId === '10049').map((f) => [f.id, f.identity, f.title])).toEqual([
      [expect.any(String), `dast|CWE-524|GET|${site}/robots.txt||10049|Non-Storable Content:1`, 'Non-Storable Content'],
      [
        expect.any(String),
        `dast|CWE-524|GET|${site}/robots.txt||10049|Storable and Cacheable Content:1`,
        'Storable and Cacheable Content',
      ],
      ['SG-064ada0c506624e8', `dast|CWE-524|GET|${site}/sitemap.xml||10049:1`, 'Storable and Cacheable Content'],
    ]);
  });

  it('keeps one finding for alerts of one name at one place, spaces in the name aside, and the same ids in any alert order', async () => {
    const doc = report('zap-2.12.0-traditional.json');
    const base = alertsOf(doc)[0] as Alert;
    // The real alert listed again at one of its places, once with its name's spaces changed: one name.
    alertsOf(doc).push(
      subAlert(base, '10038-1', 'Content Security Policy (CSP) Header Not Set', '2'),
      subAlert(base, '10038-1', ' Content  Security Policy (CSP)\nHeader Not Set ', '2'),
    );
    const findings = await findingsOf('again.json', doc);
    expect(findings).toHaveLength(49);
    const same = findings.find((f) => f.id === 'SG-96cc8d45bd99cb54');
    expect(same?.identity).toBe('dast|CWE-693|GET|http://www.itsecgames.com||10038-1:1');
    expect(same?.sources).toHaveLength(3);

    // Two names of one rule at one place, listed in either order: the same findings.
    const two = report('zap-2.12.0-traditional.json');
    alertsOf(two).push(...CSP.slice(0, 2).map((name) => subAlert(base, '10055', name, '2')));
    const forward = await findingsOf('forward.json', two);
    alertsOf(two).reverse();
    const backward = await findingsOf('backward.json', two);
    expect(forward).toHaveLength(51);
    expect(backward.map((f) => f.id).sort()).toEqual(forward.map((f) => f.id).sort());
  });
});

describe('ZAP sub-alerts, evaluated', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'shipgate-zap-subalerts-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** The review's policy: DAST required, at most 2 medium findings. */
  const POLICY = [
    'version: 1',
    'evidence: { required: [dast] }',
    'severity: { unknown: high, overrides: [] }',
    'gates:',
    '  control-verification: { enforcement: off }',
    '  disposition-integrity: { enforcement: off }',
    '  scan-cleanliness: { enforcement: blocking, max: { critical: 0, high: 0, medium: 2, low: 0, info: 0 }, requirePlan: [] }',
    '',
  ].join('\n');

  async function evaluate(names: readonly string[]) {
    const doc = report('zap-2.12.0-traditional.json');
    const base = alertsOf(doc)[0] as Alert;
    doc.site[0] = { ...doc.site[0], alerts: names.map((name) => subAlert(base, '10055', name, '2')) };
    const root = mkdtempSync(join(tmp, 'run-'));
    mkdirSync(join(root, '.shipgate'));
    writeFileSync(join(root, 'zap.json'), JSON.stringify(doc));
    writeFileSync(join(root, '.shipgate/policy.yml'), POLICY);
    const { evaluation } = await run({
      root,
      scans: ['zap.json'],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
    });
    return evaluation;
  }

  it('rejects three medium CSP alerts at one place under a policy of at most 2 medium; approves two', async () => {
    const three = await evaluate(CSP);
    expect(three.totals.medium).toBe(3);
    expect(three.decision).toBe('rejected');
    expect(three.gates.find((g) => g.id === 'scan-cleanliness')?.status).toBe('fail');
    const two = await evaluate(CSP.slice(0, 2));
    expect(two.totals.medium).toBe(2);
    expect(two.decision).not.toBe('rejected');
  });
});
