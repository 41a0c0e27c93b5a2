/** Differential: the streaming path gives exactly the whole-document path's findings on every corpus file of every streamed format. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('ingest streaming (the checks outside the results, in both paths)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'shipgate-skeleton-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const context = { root: tmp, logger: silentLogger };
  // Errors by their message: the two paths must name the same key at the same byte.
  const read = async <T>(fn: () => Promise<T>): Promise<{ value?: T; error?: string }> => {
    try {
      return { value: await fn() };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { error: error.message };
    }
  };
  const both = async (ingestor: Ingestor, name: string, text: string) => {
    writeFileSync(join(tmp, name), text);
    const whole = await read(() => ingestor.parse(readInputFile(tmp, name), context));
    const size = Buffer.byteLength(text);
    const streamed = await read(() => ingestor.parseStream!({ path: name, absPath: join(tmp, name), size }, context));
    return { whole, streamed };
  };
  const firstOfEachFormat: [string, Ingestor][] = [
    ['sarif/codeql-2.19.0-ruby-security-severity.sarif', sarif],
    ['trivy-json/trivy-0.69.1-fs-cvssv4.json', trivy],
    ['grype-json/grype-0.24.0-directory.json', grype],
    ['semgrep-json/semgrep-many.json', semgrep],
  ];

  it.each(firstOfEachFormat)(
    '%s: a key twice outside the results is refused by both, naming the key and the byte',
    async (path, ingestor) => {
      const text = readFileSync(join(FIXTURES, path), 'utf8');
      const key = Object.keys(JSON.parse(text) as object)[0] as string;
      const value = JSON.stringify((JSON.parse(text) as Record<string, unknown>)[key]);
      const open = text.indexOf('{');
      const twice = `${text.slice(0, open + 1)}${JSON.stringify(key)}: ${value},${text.slice(open + 1)}`;
      const { whole, streamed } = await both(ingestor, `twice-${path.replace(/\W/g, '_')}`, twice);
      // The second spelling of the key is the one refused: after the inserted copy and its value.
      const at = Buffer.byteLength(twice.slice(0, twice.indexOf(JSON.stringify(key), open + value.length + 3)));
      for (const error of [whole.error, streamed.error])
        expect(error).toMatch(
          new RegExp(
            `line \\d+ \\(byte ${at}\\): the key '${key.replace(/\$/g, '\\$')}' appears twice in the root object`,
          ),
        );
    },
  );

  it('a key twice inside a result is read by both as JSON.parse reads it: the last one counts', async () => {
    const text = readFileSync(join(FIXTURES, 'sarif/codeql-2.19.0-ruby-security-severity.sarif'), 'utf8');
    const plain = await both(sarif, 'result.sarif', text);
    // The first result starts with its ruleId: a wrong one before it is overridden by the real one.
    const twice = text.replace(/"results":\s*\[\s*\{/, (opening) => `${opening}"ruleId": "not-the-rule", `);
    expect(twice).not.toBe(text);
    const { whole, streamed } = await both(sarif, 'result.sarif', twice);
    expect(whole.error).toBeUndefined();
    expect(whole.value?.findings.length).toBeGreaterThan(0);
    expect(whole.value?.findings).toEqual(plain.whole.value?.findings);
    expect(streamed.value?.findings).toEqual(plain.whole.value?.findings);
  });

  it('a key twice inside the rules, before the results: both read the last, also when results are resolved early', async () => {
    const text = readFileSync(join(FIXTURES, 'sarif/codeql-2.19.0-ruby-security-severity.sarif'), 'utf8');
    const rule = text.indexOf('"id":"rb/request-forgery"');
    const severity = text.indexOf('"security-severity":', rule);
    expect(rule).toBeGreaterThan(0);
    expect(severity).toBeLessThan(text.indexOf('"results"'));
    // The rule's own value first, then a second spelling of the key: JSON.parse keeps the second.
    const value = text.indexOf('"', severity + '"security-severity":'.length);
    const end = text.indexOf('"', value + 1) + 1;
    const twice = `${text.slice(0, end)},"security-severity":"1.0"${text.slice(end)}`;
    const { whole, streamed } = await both(sarif, 'rules-twice.sarif', twice);
    expect(whole.error).toBeUndefined();
    const forgery = (whole.value?.findings ?? []).filter((f) => f.ruleId === 'rb/request-forgery');
    expect(forgery.length).toBeGreaterThan(0);
    for (const f of forgery) expect([f.severity, f.severitySource]).toEqual(['low', 'security-severity 1.0']);
    expect(streamed.value?.findings).toEqual(whole.value?.findings);
    for (const chunkSize of [7, 4096]) {
      const again = await read(() =>
        sarif.parseStream!(
          { path: 'rules-twice.sarif', absPath: join(tmp, 'rules-twice.sarif'), size: Buffer.byteLength(twice) },
          context,
          { chunkSize },
        ),
      );
      expect(again.value?.findings).toEqual(whole.value?.findings);
    }
  });

  it('nesting deeper than 512 outside the results is refused by both', async () => {
    const text = readFileSync(join(FIXTURES, 'sarif/codeql-2.19.0-ruby-security-severity.sarif'), 'utf8');
    const deep = `${'['.repeat(600)}${']'.repeat(600)}`;
    const inProperties = text.replace(/^\{/, `{"properties": {"deep": ${deep}},`);
    const { whole, streamed } = await both(sarif, 'deep.sarif', inProperties);
    for (const error of [whole.error, streamed.error])
      expect(error).toMatch(/: the JSON nests deeper than 512 levels \(expected at most 512\)\.$/);
  });
});
