/** shipgate.sarif is valid SARIF 2.1.0 (the SARIF SDK's schema), so upload-sarif accepts it. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { renderSarif } from '../../src/report/sarif.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const Ajv2020 = ajv2020.default.default ?? ajv2020.default;

describe('report/sarif', () => {
  it('writes SARIF that validates against the SARIF 2.1.0 schema, with excepted findings suppressed', async () => {
    const schema = JSON.parse(
      readFileSync(join(FIXTURES, 'suites/sarif-sdk-validate/sarif-2.1.0.schema.json'), 'utf8'),
    );
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    const result = await run({
      root: join(FIXTURES, 'demo/release'),
      scans: [],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
      commit: 'a'.repeat(40),
      repository: 'acme/payments',
    });
    const log = JSON.parse(renderSarif(result.evaluation));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0].results).toHaveLength(5);
    const suppressed = log.runs[0].results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'CVE-2025-66614',
        suppressions: [{ kind: 'external', status: 'accepted', justification: 'shipgate exception EXC-0001' }],
      }),
    ]);
  });

  it('carries the suppressions a report recorded, as the tool wrote them, for findings excepted by them; a package without a version is named alone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-sarif-infile-'));
    mkdirSync(join(root, 'reports'));
    mkdirSync(join(root, '.shipgate'));
    cpSync(join(FIXTURES, 'sarif/eslint-8.56.0-all-suppressed-insource.sarif'), join(root, 'reports/eslint.sarif'));
    cpSync(join(FIXTURES, 'npm-audit-json/npm-audit-v2-one.json'), join(root, 'reports/npm-audit.json'));
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      'version: 1\nextends: release\nexceptions:\n  inFileSuppressions: honor\n',
    );
    const result = await run({
      root,
      scans: ['reports/*'],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
    });
    const log = JSON.parse(renderSarif(result.evaluation));
    const results: { ruleId: string; suppressions?: unknown[]; locations: { logicalLocations?: unknown[] }[] }[] =
      log.runs[0].results;
    const eslint = results.filter((r) => r.suppressions);
    expect(eslint.length).toBeGreaterThan(0);
    for (const r of eslint)
      expect(r.suppressions).toEqual([
        { kind: 'inSource', status: 'accepted', justification: 'suppressed in the report, with no justification' },
      ]);
    const named = results.flatMap((r) => r.locations.flatMap((l) => l.logicalLocations ?? []));
    expect(named).toContainEqual({ fullyQualifiedName: 'debug' });
    expect(JSON.stringify(named)).not.toMatch(/@"/);
  });
});
