import { FIXTURES, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipAudit } from '../../src/ingest/pip-audit.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'pip-audit-json';
const NEW_FORMAT = `${FOLDER}/pip-audit-new-format-many.json`;
const OLD_FORMAT = `${FOLDER}/pip-audit-old-format-many.json`;
const { parseText, parseFixture, otherFormatFiles, parseError } = createHarness(pipAudit, FOLDER);

const AIOHTTP_DESCRIPTION =
  'aiohttp is an asynchronous HTTP client/server framework for asyncio and Python. In aiohttp before version 3.7.4 there is an open redirect vulnerability. A maliciously crafted link to an aiohttp-based web-server could redirect the browser to a different website. It is caused by a bug in the `aiohttp.web_middlewares.normalize_path_middleware` middleware.';

describe('ingest/pip-audit', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toEqual([NEW_FORMAT, OLD_FORMAT]);
  });

  // manifest: 7 dependencies, 7 vulns, no severity field. Both files list the same dependencies: aiohttp 1,
  // django 1, lxml 1 and twisted 4 vulnerabilities; azure-devops was skipped. Every finding is unknown.
  it.each([
    [NEW_FORMAT, '/dependencies'],
    [OLD_FORMAT, ''],
  ])('counts %s as 7 findings of unknown severity', async (file, base) => {
    const result = await parseFixture(file);
    expect(result.findings).toHaveLength(7);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), unknown: 7 });
    expect(result.runs).toEqual([
      { tool: 'pip-audit', scanType: 'dependency', completed: true, problems: [], resultCount: 7 },
    ]);
    expect(result.findings.map((f) => `${f.package?.name} ${f.ruleId}`)).toEqual([
      'aiohttp PYSEC-2021-76',
      'django PYSEC-2021-439',
      'lxml PYSEC-2021-852',
      'twisted PYSEC-2019-128',
      'twisted PYSEC-2020-260',
      'twisted PYSEC-2019-129',
      'twisted PYSEC-2020-259',
    ]);
    expect(result.warnings).toEqual([
      `${file}: ${base}/3: pip-audit did not audit 'azure-devops': 'Dependency not found on PyPI and could not be audited: azure-devops (0.17.0)'.`,
    ]);
  });

  it('maps a vulnerability with every field', async () => {
    const result = await parseFixture(NEW_FORMAT);
    const finding = result.findings[0];
    expect(finding).toEqual({
      scanType: 'dependency',
      ruleId: 'PYSEC-2021-76',
      title: expect.stringMatching(/^aiohttp is an asynchronous HTTP client\/server framework/) as unknown,
      severity: 'unknown',
      severitySource: 'no severity in pip-audit',
      aliases: ['PYSEC-2021-76'],
      cwe: [],
      location: {},
      package: { name: 'aiohttp', version: '3.6.2', ecosystem: 'pypi', fixedVersions: ['3.7.4'] },
      sources: [{ input: NEW_FORMAT, format: 'pip-audit', tool: 'pip-audit', pointer: '/dependencies/1/vulns/0' }],
      identityKey: 'dep|PYSEC-2021-76|pypi:aiohttp|3.6.2',
      run: 0,
    });
    // The 626-character description is cut to a 300-character title.
    expect(finding?.title).toHaveLength(300);
    expect(AIOHTTP_DESCRIPTION.startsWith(finding?.title.slice(0, -1) ?? 'x')).toBe(true);
    expect(finding?.title.endsWith('…')).toBe(true);
    // lxml has an empty fix_versions: no fixedVersions at all.
    expect(result.findings[2]?.package).toEqual({ name: 'lxml', version: '4.6.4', ecosystem: 'pypi' });
    expect(result.findings[1]?.package?.fixedVersions).toEqual(['2.2.25', '3.1.14', '3.2.10']);
  });

  it('gives the same identities for the old and the new layout', async () => {
    const fresh = await parseFixture(NEW_FORMAT);
    const old = await parseFixture(OLD_FORMAT);
    expect(old.findings.map((f) => f.identityKey)).toEqual(fresh.findings.map((f) => f.identityKey));
    expect(old.findings[0]?.sources[0]?.pointer).toBe('/1/vulns/0');
  });

  it('takes aliases from the id and aliases[], with the CVE as primary id', async () => {
    const result = await parseText('aliases.json', {
      dependencies: [
        {
          name: 'jinja2',
          version: '2.11.2',
          vulns: [
            {
              id: 'GHSA-g3rq-g295-4j3m',
              fix_versions: ['2.11.3'],
              aliases: ['CVE-2020-28493', 'PYSEC-2021-66'],
              description: 'ReDoS in Jinja2',
            },
            { id: 'GHSA-g3rq-g295-4j3m', fix_versions: [], aliases: [], description: 'duplicate' },
          ],
        },
      ],
      fixes: [],
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'GHSA-g3rq-g295-4j3m',
      title: 'ReDoS in Jinja2',
      aliases: ['CVE-2020-28493', 'GHSA-g3rq-g295-4j3m', 'PYSEC-2021-66'],
      identityKey: 'dep|CVE-2020-28493|pypi:jinja2|2.11.2',
    });
  });

  describe('an advisory whose aliases name several CVEs', () => {
    /** The real report with aliases given to twisted's first advisory (hand-made: the fixture has none). */
    const withAliases = (aliases: string[]): unknown => {
      const doc = JSON.parse(readFileSync(join(FIXTURES, NEW_FORMAT), 'utf8')) as {
        dependencies: { name: string; vulns?: { aliases?: string[] }[] }[];
      };
      const twisted = doc.dependencies.find((d) => d.name === 'twisted');
      (twisted?.vulns?.[0] as { aliases?: string[] }).aliases = aliases;
      return doc;
    };

    it('joins the one CVE an advisory names', async () => {
      const { findings } = await parseText('one-cve.json', withAliases(['CVE-2019-12387', 'GHSA-6cc5-2vg4-cc7m']));
      expect(findings[3]).toMatchObject({
        ruleId: 'PYSEC-2019-128',
        aliases: ['CVE-2019-12387', 'GHSA-6cc5-2vg4-cc7m', 'PYSEC-2019-128'],
        identityKey: 'dep|CVE-2019-12387|pypi:twisted|18.9.0',
      });
    });

    it('joins none of two CVEs: the advisory is a finding of its own', async () => {
      const { findings } = await parseText(
        'two-cves.json',
        withAliases(['CVE-2019-12387', 'CVE-2019-12855', 'GHSA-6cc5-2vg4-cc7m']),
      );
      expect(findings[3]).toMatchObject({
        ruleId: 'PYSEC-2019-128',
        aliases: ['PYSEC-2019-128'],
        identityKey: 'dep|PYSEC-2019-128|pypi:twisted|18.9.0',
      });
      expect(findings).toHaveLength(7);
    });
  });

  it('names a finding without description by id and package', async () => {
    const result = await parseText('nodesc.json', [
      { name: 'pyyaml', version: '5.3', vulns: [{ id: 'PYSEC-2020-96' }] },
    ]);
    expect(result.findings[0]?.title).toBe('PYSEC-2020-96 in pyyaml 5.3');
  });

  it('applies the declared scan type', async () => {
    const result = await parseFixture(OLD_FORMAT, { scanType: 'container' });
    expect(result.findings.every((f) => f.scanType === 'container')).toBe(true);
    expect(result.runs[0]?.scanType).toBe('container');
  });

  describe('reports that audited nothing', () => {
    it('marks an empty dependency list as not a completed scan', async () => {
      const result = await parseText('none.json', { dependencies: [], fixes: [] });
      expect(result.findings).toEqual([]);
      expect(result.runs[0]).toMatchObject({ completed: false, problems: ['pip-audit listed no dependencies'] });
    });

    it('marks a report whose every dependency was skipped as not a completed scan', async () => {
      const result = await parseText('skipped.json', [
        { name: 'private-pkg', skip_reason: 'Dependency not found on PyPI' },
      ]);
      expect(result.runs[0]).toMatchObject({
        completed: false,
        problems: ['pip-audit skipped every dependency; nothing was audited'],
      });
      expect(result.warnings).toHaveLength(1);
    });
  });

  describe('a skipped dependency', () => {
    it('is a warning with {name, skip_reason}, as pip-audit writes it, and an input error when it lists vulnerabilities', async () => {
      const real = JSON.parse(
        readFileSync(join(FIXTURES, 'pip-audit-json/pip-audit-new-format-many.json'), 'utf8'),
      ) as { dependencies: { name: string; vulns?: unknown[]; skip_reason?: string }[] };
      const index = real.dependencies.findIndex((d) => (d.vulns?.length ?? 0) > 0);
      const vulnerable = real.dependencies[index]!;
      const listed = vulnerable.vulns!.length;
      const edited = structuredClone(real);
      edited.dependencies[index] = { ...vulnerable, skip_reason: 'audited elsewhere' };
      const error = await parseError('skip-with-vulns.json', edited);
      expect(error.message).toBe(
        `skip-with-vulns.json: /dependencies/${index}: '${vulnerable.name}' has a skip_reason and lists ${listed} vulnerabilit${listed === 1 ? 'y' : 'ies'} (expected either a skipped dependency, {name, skip_reason}, or an audited one, {name, version, vulns}, as pip-audit writes them).`,
      );
      // A skip reason beside an empty vulns list hides nothing: a warning, as for {name, skip_reason}.
      const empty = structuredClone(real);
      empty.dependencies[index] = { ...vulnerable, vulns: [], skip_reason: 'audited elsewhere' };
      const read = await parseText('skip-empty.json', empty);
      expect(read.warnings.some((w) => w.includes(`pip-audit did not audit '${vulnerable.name}'`))).toBe(true);
    });
  });

  describe('malformed input', () => {
    it.each([
      [
        'truncated.json',
        '{"dependencies": [{"name": "x", "vulns": [',
        /^truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/,
      ],
      ['null.json', 'null', /^null\.json: the document is null/],
      ['string.json', '"pip-audit"', /^string\.json: the document is the string "pip-audit"/],
      [
        'object.json',
        { deps: [] },
        /^object\.json: \/dependencies: found nothing \(expected the array of audited dependencies\)\.$/,
      ],
      [
        'dep.json',
        { dependencies: [7] },
        /^dep\.json: \/dependencies\/0: found the number 7 \(expected a dependency object\)\.$/,
      ],
      [
        'name.json',
        [{ version: '1', vulns: [] }],
        /^name\.json: \/0\/name: found nothing \(expected the package name\)\.$/,
      ],
      [
        'version.json',
        [{ name: 'x', vulns: [] }],
        /^version\.json: \/0\/version: found nothing \(expected the installed version, or a skip_reason\)\.$/,
      ],
      ['vulns.json', [{ name: 'x', version: '1', vulns: 'none' }], /^vulns\.json: \/0\/vulns: found the string "none"/],
      [
        'id.json',
        [{ name: 'x', version: '1', vulns: [{ id: '' }] }],
        /^id\.json: \/0\/vulns\/0\/id: found the string ""/,
      ],
      [
        'fix.json',
        { dependencies: [{ name: 'x', version: '1', vulns: [{ id: 'PYSEC-1', fix_versions: '2.0' }] }] },
        /^fix\.json: \/dependencies\/0\/vulns\/0\/fix_versions: found the string "2\.0" \(expected an array of versions\)\.$/,
      ],
      [
        'aliases.json',
        [{ name: 'x', version: '1', vulns: [{ id: 'PYSEC-1', aliases: [1] }] }],
        /^aliases\.json: \/0\/vulns\/0\/aliases: found an array \(expected an array of ids\)\.$/,
      ],
    ])('rejects %s with the file and pointer', async (name, content, pattern) => {
      const error = await parseError(name, content);
      expect(error.message).toMatch(pattern);
    });
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('is certain of %s', (rel) => {
      expect(pipAudit.detect(sampleOf(FIXTURES, rel))).toBe('certain');
    });

    it('is never certain of other formats, Dependency-Check with its dependencies[] included', () => {
      const files = otherFormatFiles();
      expect(files.filter((rel) => rel.startsWith('sarif/')).length).toBeGreaterThan(20);
      expect(files.some((rel) => rel.startsWith('dependency-check-json/'))).toBe(true);
      const certain = files.filter((rel) => pipAudit.detect(sampleOf(FIXTURES, rel)) === 'certain');
      expect(certain).toEqual([]);
    });

    it('answers no for null and for an empty array, which many formats write', () => {
      expect(pipAudit.detect({ path: 'x.json', head: 'null', document: null })).toBe('no');
      expect(pipAudit.detect({ path: 'x.json', head: '[]', document: [] })).toBe('no');
      const empty = { dependencies: [], fixes: [] };
      expect(pipAudit.detect({ path: 'x.json', head: JSON.stringify(empty), document: empty })).toBe('certain');
    });
  });
});
