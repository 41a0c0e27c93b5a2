/**
 * The formats that grow large (SARIF, Trivy, Grype, Semgrep JSON) make each finding with the fields
 * added later (id, identity, countedSeverity, excepted) already declared, undefined, so that V8 keeps a
 * finding in one object instead of growing a separate property array (see RawFinding in model.ts).
 * Removing a declaration changes no output, only memory and time; this test is what notices.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { grype } from '../../src/ingest/grype.js';
import { sarif } from '../../src/ingest/sarif.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { Ingestor } from '../../src/ingest/types.js';
import { createHarness, fixtureFiles } from './harness.js';

const LATER = ['id', 'identity', 'countedSeverity', 'excepted'];

describe.each([
  [sarif, 'sarif'],
  [trivy, 'trivy-json'],
  [grype, 'grype-json'],
  [semgrep, 'semgrep-json'],
] as [Ingestor, string][])('%s findings are one object each', (ingestor, folder) => {
  it(`declares ${LATER.join(', ')} in every finding of every ${folder} fixture`, async () => {
    const harness = createHarness(ingestor, folder);
    let findings = 0;
    for (const rel of fixtureFiles(folder)) {
      let parsed;
      try {
        parsed = await harness.parseFixture(rel);
      } catch (error) {
        if (error instanceof InputError) continue;
        throw error;
      }
      for (const f of parsed.findings) {
        for (const key of LATER) {
          expect(Object.hasOwn(f, key), `${rel}: ${key}`).toBe(true);
          expect((f as unknown as Record<string, unknown>)[key], `${rel}: ${key}`).toBeUndefined();
        }
        findings += 1;
      }
    }
    expect(findings).toBeGreaterThan(10);
  });
});
