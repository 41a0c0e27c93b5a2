/**
 * Fail closed on reports that carry no sign a scan ran: a document that has only the result list, without
 * the metadata every real report of that tool writes, is refused even when its format is declared.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { findIngestor } from '../../src/ingest/registry.js';
import { readInputFile } from '../../src/ingest/read.js';
import { silentLogger } from '../../src/logger.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'shipgate-bare-'));

async function parse(format: string, text: string) {
  writeFileSync(join(root, 'r.json'), text);
  const ingestor = findIngestor(format);
  if (!ingestor) throw new Error(`no ingestor ${format}`);
  return ingestor.parse(readInputFile(root, 'r.json'), { root, logger: silentLogger });
}

describe('bare reports', () => {
  it.each([
    ['trivy', '{"SchemaVersion": 2}', /r\.json: \/ArtifactName: the key is missing/],
    ['trivy', '[]', /r\.json: \(root\): the legacy report lists no targets/],
    // What Trivy writes when it finds nothing to scan (no OS, lock file or config): no evidence of a scan.
    [
      'trivy',
      '{"SchemaVersion": 2, "ArtifactName": ".", "ArtifactType": "filesystem"}',
      /r\.json: \/Results: the key is missing, so the report shows no scanned target/,
    ],
    ['grype', '{"matches": []}', /r\.json: \/descriptor: the report has neither a descriptor nor a source/],
    ['bandit', '{"results": []}', /r\.json: \/metrics: the key is missing/],
    ['semgrep', '{"results": []}', /r\.json: \/errors: the key is missing/],
    ['snyk', '{"vulnerabilities": []}', /r\.json: \/ok: found nothing \(expected true or false/],
  ])('%s refuses %s', async (format, text, message) => {
    const error = await parse(format, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    [
      'trivy',
      '{"SchemaVersion": 2, "ArtifactName": ".", "ArtifactType": "filesystem", "Results": [{"Target": "package-lock.json", "Class": "lang-pkgs", "Type": "npm"}]}',
    ],
    ['grype', '{"matches": [], "descriptor": {"name": "grype", "version": "0.74.0"}, "source": {"type": "directory"}}'],
    ['bandit', '{"results": [], "errors": [], "metrics": {"_totals": {}}, "generated_at": "2026-11-25T12:00:00Z"}'],
    ['semgrep', '{"results": [], "errors": []}'],
    ['snyk', '{"ok": true, "vulnerabilities": [], "dependencyCount": 3}'],
    ['gitleaks', '[]'],
    ['osv-scanner', '{"results": []}'],
  ])('%s accepts the clean report a real scan writes: %s', async (format, text) => {
    const result = await parse(format, text);
    expect(result.findings).toEqual([]);
    expect(result.runs.every((r) => r.completed)).toBe(true);
  });
});
