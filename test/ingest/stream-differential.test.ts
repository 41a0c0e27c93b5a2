/** Differential: the streaming path gives exactly the whole-document path's findings on every corpus file of every streamed format. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { readInputFile } from '../../src/ingest/read.js';
import { grype } from '../../src/ingest/grype.js';
import { sarif } from '../../src/ingest/sarif.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { Ingestor } from '../../src/ingest/types.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

function files(folders: string[], extension: string): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((f) => f.endsWith(extension))
      .map((f) => `${folder}/${f}`),
  );
}

const CASES: [string, Ingestor][] = [
  ...files(['sarif', 'malformed', 'suites/codeql-action-testdata', 'suites/sarif-sdk-validate/inputs'], '.sarif').map(
    (f): [string, Ingestor] => [f, sarif],
  ),
  ...files(['trivy-json'], '.json').map((f): [string, Ingestor] => [f, trivy]),
  ...files(['grype-json'], '.json').map((f): [string, Ingestor] => [f, grype]),
  ...files(['semgrep-json'], '.json').map((f): [string, Ingestor] => [f, semgrep]),
];

async function outcome<T>(fn: () => Promise<T>): Promise<{ value?: T; error?: string }> {
  try {
    return { value: await fn() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: 'InputError' };
  }
}

describe('ingest streaming (differential)', () => {
  it.each(CASES)('%s: the same findings, runs and warnings through both paths', async (path, ingestor) => {
    const context = { root: FIXTURES, logger: silentLogger };
    const whole = await outcome(() => ingestor.parse(readInputFile(FIXTURES, path), context));
    const abs = join(FIXTURES, path);
    const size = (() => {
      try {
        return readInputFile(FIXTURES, path).size;
      } catch {
        return 0;
      }
    })();
    if (size === 0) return; // zero-byte files are refused before any parser runs
    for (const chunkSize of [7, 4096]) {
      const streamed = await outcome(() => ingestor.parseStream!({ path, absPath: abs, size }, context, { chunkSize }));
      expect(streamed.error).toBe(whole.error);
      if (whole.value && streamed.value) {
        expect(streamed.value.findings).toEqual(whole.value.findings);
        expect(streamed.value.runs).toEqual(whole.value.runs);
        expect(streamed.value.warnings).toEqual(whole.value.warnings);
        expect(streamed.value.sha256).toBe(readInputFile(FIXTURES, path).sha256);
      }
    }
  });
});
