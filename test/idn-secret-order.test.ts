/**
 * Ids never depend on the order of a report's entries (README "Identity and de-duplication"). Two
 * different secrets of one rule at one place without a line (gitleaks before v7, TruffleHog sources
 * without lines) are occurrences `:1` and `:2` told apart by a keyed hash of the secret, but the
 * occurrence rule numbered them in report order: the same two gitleaks entries listed the other way
 * round swapped ids, so an exception or register row for one secret moved to the other. They are now
 * numbered in the order of their keyed hashes (whose key is fixed); the same secret twice stays one
 * finding. Real reports (gitleaks-legacy-many.json, trufflehog-v3-git.jsonl), edited in the test.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

type Entry = Record<string, unknown>;

const SECRET_A = 'c77e01c1e89682e4d4b94a059a7fd2b37ab326ed';
const SECRET_B = '0000000000000000000000000000000000000001';
const SECRET_C = 'aaaa01c1e89682e4d4b94a059a7fd2b37ab3bbbb';

/** The legacy report's first entry (rule Github in .bashrc, no line) with another secret. */
function gitleaks(secret: string): Entry {
  const [first] = JSON.parse(
    readFileSync(join(FIXTURES, 'gitleaks-json/gitleaks-legacy-many.json'), 'utf8'),
  ) as Entry[];
  return { ...first, offender: `GITHUB_TOKEN="${secret}"`, line: `export JEKYLL_GITHUB_TOKEN="${secret}"` };
}

/** The TruffleHog fixture's first result moved to Stdin (no file, no line), with another secret. */
function trufflehog(secret: string): Entry {
  const [first] = readFileSync(join(FIXTURES, 'trufflehog-json/trufflehog-v3-git.jsonl'), 'utf8').split('\n');
  return { ...(JSON.parse(first as string) as Entry), SourceMetadata: { Data: { Stdin: {} } }, Raw: secret };
}

/**
 * A dry run over one report holding `secrets` in that order (a JSON array, or JSON lines): the id of the
 * finding of each secret, by secret, and the number of findings.
 */
async function idsBySecret(kind: 'gitleaks' | 'trufflehog', secrets: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'sg-idn-secret-order-'));
  const file = kind === 'gitleaks' ? 'gitleaks.json' : 'trufflehog.jsonl';
  writeFileSync(
    join(root, file),
    kind === 'gitleaks'
      ? JSON.stringify(secrets.map(gitleaks))
      : `${secrets.map((s) => JSON.stringify(trufflehog(s))).join('\n')}\n`,
  );
  const { evaluation } = await run({
    root,
    scans: [file],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    policy: 'release',
  });
  const ids = new Map<string, string>();
  for (const finding of evaluation.findings)
    for (const source of finding.sources) {
      // `/1` (a JSON array's entry) or `line 2` (JSON lines), 0-based here.
      const index = kind === 'gitleaks' ? Number(source.pointer.slice(1)) : Number(source.pointer.slice(5)) - 1;
      const secret = secrets[index] as string;
      expect(ids.get(secret) ?? finding.id).toBe(finding.id);
      ids.set(secret, finding.id);
    }
  return { ids, count: evaluation.findings.length, identities: evaluation.findings.map((f) => f.identity).sort() };
}

describe.each(['gitleaks', 'trufflehog'] as const)('%s secrets of one rule at one place without a line', (kind) => {
  it('keep their ids whatever order the report lists them in', async () => {
    const forward = await idsBySecret(kind, [SECRET_A, SECRET_B]);
    const reversed = await idsBySecret(kind, [SECRET_B, SECRET_A]);
    expect(forward.count).toBe(2);
    expect(forward.identities).toEqual(reversed.identities);
    expect(forward.identities.map((i) => i.slice(-2))).toEqual([':1', ':2']);
    expect(forward.ids.get(SECRET_A)).not.toBe(forward.ids.get(SECRET_B));
    expect(reversed.ids).toEqual(forward.ids);
  });

  it('keep them among three secrets in any order', async () => {
    const orders = [
      [SECRET_A, SECRET_B, SECRET_C],
      [SECRET_C, SECRET_A, SECRET_B],
      [SECRET_B, SECRET_C, SECRET_A],
      [SECRET_C, SECRET_B, SECRET_A],
    ];
    const [first, ...rest] = await Promise.all(orders.map((order) => idsBySecret(kind, order)));
    expect(first?.count).toBe(3);
    expect(new Set(first?.ids.values()).size).toBe(3);
    for (const other of rest) expect(other.ids).toEqual(first?.ids);
  });

  it('keep one secret reported twice one finding, with the same id, wherever the repeat is', async () => {
    const twice = await idsBySecret(kind, [SECRET_A, SECRET_B, SECRET_A]);
    const first = await idsBySecret(kind, [SECRET_A, SECRET_A, SECRET_B]);
    const last = await idsBySecret(kind, [SECRET_B, SECRET_A, SECRET_A]);
    expect([twice.count, first.count, last.count]).toEqual([2, 2, 2]);
    expect(first.ids).toEqual(twice.ids);
    expect(last.ids).toEqual(twice.ids);
    // The same secret alone is one finding of the place's first occurrence.
    const alone = await idsBySecret(kind, [SECRET_A, SECRET_A]);
    expect(alone.count).toBe(1);
    expect(alone.identities[0]?.endsWith(':1')).toBe(true);
  });
});
