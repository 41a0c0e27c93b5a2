import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { detectFormat, detectFormatFromHead } from '../../src/ingest/detect.js';
import { readInputFile, readInputHead } from '../../src/ingest/read.js';
import { INGESTORS, createRegistry } from '../../src/ingest/registry.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

/** Fixture folder -> the format every file in it must be detected as. */
const FOLDERS: Record<string, string> = {
  sarif: 'sarif',
  'trivy-json': 'trivy',
  'grype-json': 'grype',
  'osv-scanner-json': 'osv-scanner',
  'dependency-check-json': 'dependency-check',
  'npm-audit-json': 'npm-audit',
  'yarn-audit-json': 'yarn-audit',
  'snyk-json': 'snyk',
  'pip-audit-json': 'pip-audit',
  'govulncheck-json': 'govulncheck',
  'gitleaks-json': 'gitleaks',
  'trufflehog-json': 'trufflehog',
  'zap-json': 'zap',
  'nuclei-json': 'nuclei',
  'semgrep-json': 'semgrep',
  'bandit-json': 'bandit',
  'checkov-json': 'checkov',
  'gitlab-sast-json': 'gitlab',
  'gitlab-dependency-scanning-json': 'gitlab',
};

/** Formats in the corpus that shipgate does not read: they must be refused, never read as something else. */
const UNSUPPORTED = ['anchore-json', 'dependency-check-xml', 'eslint-json', 'kics-json', 'tfsec-json', 'zap-xml'];

/** Files that cannot be detected on their own and need `format:` declared (DESIGN 7). */
const NEEDS_DECLARATION = new Set(['gitleaks-json/gitleaks-no-findings-null.json', 'nuclei-json/nuclei-empty.jsonl']);

function files(folder: string): string[] {
  return readdirSync(join(FIXTURES, folder)).filter((f) => f !== 'README.md' && !f.startsWith('.'));
}

describe('ingest/registry', () => {
  it('refuses two ingestors with one id', () => {
    expect(() => createRegistry([INGESTORS[0]!, INGESTORS[0]!])).toThrow(/share the id 'sarif'/);
  });

  it('has one ingestor per format, each with fixtures', () => {
    expect(INGESTORS.map((i) => i.id).sort()).toEqual([...new Set(Object.values(FOLDERS))].sort());
  });

  for (const [folder, format] of Object.entries(FOLDERS))
    it(`detects every file in fixtures/${folder} as ${format}, and only as ${format}`, () => {
      for (const file of files(folder)) {
        const path = `${folder}/${file}`;
        if (NEEDS_DECLARATION.has(path)) continue;
        const input = readInputFile(FIXTURES, path);
        expect([path, detectFormat(input).ingestor.id]).toEqual([path, format]);
      }
    });

  it('detects every fixture of a streamed format from its first 64 KiB alone (how a large report is detected)', () => {
    for (const [folder, format] of Object.entries(FOLDERS)) {
      if (!['sarif', 'trivy', 'grype', 'semgrep'].includes(format)) continue;
      for (const file of files(folder)) {
        const path = `${folder}/${file}`;
        const input = readInputFile(FIXTURES, path);
        if (NEEDS_DECLARATION.has(path) || input.size < 1024) continue;
        expect([path, detectFormatFromHead(path, readInputHead(FIXTURES, path)).id]).toEqual([path, format]);
      }
    }
  });

  it('refuses the files that need a declared format instead of guessing', () => {
    expect(() => detectFormat(readInputFile(FIXTURES, 'gitleaks-json/gitleaks-no-findings-null.json'))).toThrow(
      InputError,
    );
    expect(() => readInputFile(FIXTURES, 'nuclei-json/nuclei-empty.jsonl')).toThrow(/empty/);
  });

  for (const folder of UNSUPPORTED)
    it(`refuses fixtures/${folder} as an unrecognized format rather than reading it as another`, () => {
      for (const file of files(folder)) {
        const path = `${folder}/${file}`;
        const input = readInputFile(FIXTURES, path);
        let outcome: string;
        try {
          outcome = `detected as ${detectFormat(input).ingestor.id}`;
        } catch (error) {
          outcome = error instanceof InputError ? 'refused' : `crash: ${String(error)}`;
        }
        expect([path, outcome]).toEqual([path, 'refused']);
      }
    });
});
