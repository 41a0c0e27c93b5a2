/** Differential: the streaming SARIF path gives exactly the whole-document path's findings on every corpus file. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { readInputFile } from '../../src/ingest/read.js';
import { sarif } from '../../src/ingest/sarif.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

function sarifFiles(): string[] {
  const folders = ['sarif', 'malformed', 'suites/codeql-action-testdata', 'suites/sarif-sdk-validate/inputs'];
  return folders.flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((f) => f.endsWith('.sarif'))
      .map((f) => `${folder}/${f}`),
  );
}

async function outcome<T>(fn: () => Promise<T>): Promise<{ value?: T; error?: string }> {
  try {
    return { value: await fn() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: 'InputError' };
  }
}

describe('ingest/sarif streaming', () => {
  it.each(sarifFiles())('%s: the same findings, runs and warnings through both paths', async (path) => {
    const context = { root: FIXTURES, logger: silentLogger };
    const whole = await outcome(() => sarif.parse(readInputFile(FIXTURES, path), context));
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
      const streamed = await outcome(() => sarif.parseStream!({ path, absPath: abs, size }, context, { chunkSize }));
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
