/**
 * Gitleaks findings without a line (before v7: `rule`, `file`, `offender`, `line`, no `lineNumber`): the
 * identity `secret|<path>||<rule>` named nothing that told two secrets of one rule in one file apart, so
 * they became one finding with two sources. Each secret is now an occurrence of its own (`:1`, `:2` in
 * the order of the secrets' keyed hashes, whatever order the report lists them in), told apart by a keyed hash of the secret that stays in memory (TruffleHog's hashSecret):
 * no identity, id or output holds it. The same secret twice at one place stays one finding. Real findings
 * (gitleaks-legacy-many.json), edited in the test.
 */
import { FIXTURES, createHarness } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitleaks } from '../../src/ingest/gitleaks.js';
import { hashSecret } from '../../src/ingest/trufflehog.js';
import { assignIds } from '../../src/normalize.js';
import type { RawFinding } from '../../src/model.js';

const FOLDER = 'gitleaks-json';
const { parseText, parseFolderFixture } = createHarness(gitleaks, FOLDER);

type Entry = Record<string, unknown>;

/** The fixture's first finding (rule Github in .bashrc, no line). */
const legacy = (): Entry =>
  (JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'gitleaks-legacy-many.json'), 'utf8')) as Entry[])[0] as Entry;

/** The real finding with another secret: `offender` and the `line` that holds it. */
function withSecret(secret: string, extra: Entry = {}): Entry {
  return {
    ...legacy(),
    offender: `GITHUB_TOKEN="${secret}"`,
    line: `export JEKYLL_GITHUB_TOKEN="${secret}"`,
    ...extra,
  };
}

const SECRET_A = 'c77e01c1e89682e4d4b94a059a7fd2b37ab326ed';
const SECRET_B = 'aaaa01c1e89682e4d4b94a059a7fd2b37ab3bbbb';

/** Identity and source pointers of each finding after the occurrence rule. */
function findingsOf(raw: RawFinding[]) {
  return assignIds(raw).map((f) => ({ identity: f.identity, sources: f.sources.map((s) => s.pointer) }));
}

describe('Gitleaks findings without a line', () => {
  it('keeps two different secrets of one rule in one file apart, as occurrences in the order of their hashes', async () => {
    const result = await parseText('two.json', [withSecret(SECRET_A), withSecret(SECRET_B)]);
    expect(findingsOf(result.findings)).toEqual([
      { identity: 'secret|.bashrc||Github:1', sources: ['/0'] },
      { identity: 'secret|.bashrc||Github:2', sources: ['/1'] },
    ]);
    // The report's order does not decide: reversed, each secret keeps its occurrence.
    const reversed = await parseText('two-reversed.json', [withSecret(SECRET_B), withSecret(SECRET_A)]);
    expect(findingsOf(reversed.findings)).toEqual([
      { identity: 'secret|.bashrc||Github:1', sources: ['/1'] },
      { identity: 'secret|.bashrc||Github:2', sources: ['/0'] },
    ]);
  });

  it('keeps the same secret twice in one file (two commits) as one finding with both sources', async () => {
    const result = await parseText('same.json', [
      withSecret(SECRET_A),
      withSecret(SECRET_A, { commit: '0000000000000000000000000000000000000001', line: 'other text' }),
    ]);
    expect(findingsOf(result.findings)).toEqual([{ identity: 'secret|.bashrc||Github:1', sources: ['/0', '/1'] }]);
  });

  it('tells secrets apart by the line that holds them when a finding has no offender', async () => {
    const noOffender = (secret: string): Entry => {
      const entry = withSecret(secret);
      delete entry.offender;
      return entry;
    };
    const apart = await parseText('lines.json', [noOffender(SECRET_A), noOffender(SECRET_B)]);
    expect(findingsOf(apart.findings).map((f) => f.identity)).toEqual([
      'secret|.bashrc||Github:1',
      'secret|.bashrc||Github:2',
    ]);
    const same = await parseText('lines-same.json', [noOffender(SECRET_A), noOffender(SECRET_A)]);
    expect(findingsOf(same.findings)).toEqual([{ identity: 'secret|.bashrc||Github:1', sources: ['/0', '/1'] }]);
  });

  it('keeps the real fixture (two rules in one file) as it was: one finding per rule', async () => {
    const { findings } = await parseFolderFixture('gitleaks-legacy-many.json');
    expect(findingsOf(findings)).toEqual([
      { identity: 'secret|.bashrc||Github:1', sources: ['/0'] },
      { identity: 'secret|.bashrc||MailChimp API key:1', sources: ['/1'] },
    ]);
  });

  it('holds the hash in memory only: in no finding, identity or id after the occurrence rule, and no secret either', async () => {
    const result = await parseText('hash.json', [withSecret(SECRET_A), withSecret(SECRET_B)]);
    const hashes = result.findings.map((f) => f.occurrenceKey);
    // The offender is hashed (TruffleHog's keyed hash), not copied.
    expect(hashes).toEqual([hashSecret(`GITHUB_TOKEN="${SECRET_A}"`), hashSecret(`GITHUB_TOKEN="${SECRET_B}"`)]);
    const findings = assignIds(result.findings);
    for (const f of findings) expect(Object.keys(f)).not.toContain('occurrenceKey');
    const text = JSON.stringify(findings);
    for (const value of [...(hashes as string[]), SECRET_A, SECRET_B]) expect(text).not.toContain(value);
  });

  it('reads a v8 finding without StartLine the same way (Secret hashed), and one with a line too', async () => {
    const v8 = (secret: string, line?: number): Entry => ({
      RuleID: 'generic-api-key',
      File: 'conf/app.env',
      Secret: secret,
      Match: `key=${secret}`,
      ...(line !== undefined ? { StartLine: line } : {}),
    });
    const noLine = await parseText('v8-noline.json', [v8(SECRET_A), v8(SECRET_B), v8(SECRET_A)]);
    // Numbered in the order of the secrets' keyed hashes, not the report's: SECRET_B's comes first.
    expect(findingsOf(noLine.findings)).toEqual([
      { identity: 'secret|conf/app.env||generic-api-key:1', sources: ['/1'] },
      { identity: 'secret|conf/app.env||generic-api-key:2', sources: ['/0', '/2'] },
    ]);
    // With a line, DESIGN's `secret|<path>|<line>` holds, and two secrets at that line (a key rotated
    // on it in a later commit) are two occurrences, numbered by hash; the same secret twice is one.
    const lined = await parseText('v8-line.json', [v8(SECRET_A, 3), v8(SECRET_B, 3), v8(SECRET_A, 3)]);
    expect(findingsOf(lined.findings)).toEqual([
      { identity: 'secret|conf/app.env|3:1', sources: ['/1'] },
      { identity: 'secret|conf/app.env|3:2', sources: ['/0', '/2'] },
    ]);
  });

  it('leaves v7 findings, which have a lineNumber, with their identities (a hash only tells occurrences apart)', async () => {
    const { findings } = await parseFolderFixture('gitleaks-7.5.0.json');
    expect(findings.every((f) => /^[0-9a-f]{16}$/.test(f.occurrenceKey ?? ''))).toBe(true);
    expect(findings[0]?.identityKey).toBe(
      'secret|dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json|13',
    );
  });
});
