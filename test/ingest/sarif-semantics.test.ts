/**
 * SARIF semantics a review found read wrongly: suppressions (validated, and a merged finding is
 * suppressed only while every copy is), baselineState 'absent', hierarchical rule ids and rules found
 * through their tool component's guid. Both the whole-document and the streaming path.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const EXT_GUID = '0F4C3B1A-1111-4A2B-9C3D-ABCDEF012345';

function log(results: unknown[], extras: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            rules: [
              { id: 'R', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '8.0' } },
              { id: 'CA5350', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.1' } },
              { id: 'X', defaultConfiguration: { level: 'note' } },
            ],
          },
          extensions: [
            {
              name: 'pack',
              guid: EXT_GUID,
              rules: [
                { id: 'X', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.5' } },
              ],
            },
          ],
        },
        results,
        ...extras,
      },
    ],
  });
}

function result(line: number, extra: Record<string, unknown> = {}, ruleId = 'R'): Record<string, unknown> {
  return {
    ruleId,
    message: { text: `m${line}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: line } } }],
    partialFingerprints: { primaryLocationLineHash: `h${line}` },
    ...extra,
  };
}

async function evaluate(text: string, honor: boolean, stream: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'sg-sarif-sem-'));
  writeFileSync(join(root, 'r.sarif'), text);
  mkdirSync(join(root, '.shipgate'));
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    `version: 1\nexceptions:\n  inFileSuppressions: ${honor ? 'honor' : 'ignore'}\n`,
  );
  return run({
    root,
    scans: ['r.sarif'],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    ...(stream ? { streamAboveBytes: 1 } : {}),
  }).then(
    (r) => r.evaluation,
    (e: Error) => e.message,
  );
}

const accepted = { suppressions: [{ kind: 'external', status: 'accepted' }] };

describe.each([false, true])('ingest/sarif semantics (streamed: %s)', (stream) => {
  it('excepts a finding only while every copy of it is suppressed', async () => {
    // The same result twice: one copy suppressed, one not. Open, with or without honor.
    const mixed = await evaluate(log([result(5), result(5, accepted)]), true, stream);
    if (typeof mixed === 'string') throw new Error(mixed);
    expect(mixed.findings).toHaveLength(1);
    expect(mixed.findings[0]?.excepted).toBe(false);
    expect(mixed.findings[0]?.suppressions).toBeUndefined();
    // Both copies suppressed: excepted under honor, recorded only under ignore.
    const both = await evaluate(log([result(5, accepted), result(5, accepted)]), true, stream);
    if (typeof both === 'string') throw new Error(both);
    expect(both.findings[0]?.excepted).toBe(true);
    const ignored = await evaluate(log([result(5, accepted)]), false, stream);
    if (typeof ignored === 'string') throw new Error(ignored);
    expect(ignored.findings[0]?.excepted).toBe(false);
  });

  it.each([
    [
      'a suppression that is not an object',
      ['accepted'],
      /\/runs\/0\/results\/0\/suppressions\/0: got .* \(expected a SARIF suppression object\)/,
    ],
    [
      'a suppression without kind',
      [{ status: 'accepted' }],
      /suppressions\/0\/kind: the key is missing \(expected inSource or external/,
    ],
    ['a pre-release kind', [{ kind: 'suppressionRejected' }], /suppressions\/0\/kind: .*'suppressionRejected'/],
    ['a status that is not a word SARIF defines', [{ kind: 'inSource', status: 0 }], /suppressions\/0\/status/],
    [
      'the draft schema\'s "state"',
      [{ kind: 'inSource', state: 'rejected' }],
      /suppressions\/0\/state: 'state' is not a SARIF 2\.1\.0 key/,
    ],
  ])('refuses %s, which must never read as accepted', async (_name, suppressions, message) => {
    const outcome = await evaluate(log([result(5, { suppressions })]), true, stream);
    expect(typeof outcome).toBe('string');
    expect(outcome).toMatch(message);
  });

  it("reads a suppression without status as accepted, and never 'underReview' or 'rejected'", async () => {
    const outcome = await evaluate(
      log([
        result(1, { suppressions: [{ kind: 'inSource' }] }),
        result(2, { suppressions: [{ kind: 'inSource', status: 'underReview' }] }),
        result(3, {
          suppressions: [
            { kind: 'external', status: 'accepted' },
            { kind: 'inSource', status: 'rejected' },
          ],
        }),
      ]),
      true,
      stream,
    );
    if (typeof outcome === 'string') throw new Error(outcome);
    const byLine = [...outcome.findings].sort((a, b) => (a.location.startLine ?? 0) - (b.location.startLine ?? 0));
    expect(byLine.map((f) => [f.location.startLine, f.excepted])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
  });

  it("leaves out results whose baselineState is 'absent', and refuses a state SARIF does not define", async () => {
    const outcome = await evaluate(
      log(['new', 'unchanged', 'updated', 'absent'].map((state, i) => result(i + 1, { baselineState: state }))),
      false,
      stream,
    );
    if (typeof outcome === 'string') throw new Error(outcome);
    expect(outcome.findings.map((f) => f.baselineState).sort()).toEqual(['new', 'unchanged', 'updated']);
    expect(await evaluate(log([result(1, { baselineState: 'gone' })]), false, stream)).toMatch(
      /\/runs\/0\/results\/0\/baselineState: .*'gone'/,
    );
  });

  it('finds the rule of a hierarchical rule id, and a rule through its component guid', async () => {
    const outcome = await evaluate(
      log([
        result(1, {}, 'CA5350/md5'),
        result(2, { rule: { id: 'CA5350/md5', index: 1 } }, 'CA5350/md5'),
        result(3, { rule: { id: 'X', toolComponent: { guid: EXT_GUID.toLowerCase() } } }, 'X'),
        result(4, {}, 'X'),
      ]),
      false,
      stream,
    );
    if (typeof outcome === 'string') throw new Error(outcome);
    const byLine = [...outcome.findings].sort((a, b) => (a.location.startLine ?? 0) - (b.location.startLine ?? 0));
    expect(byLine.map((f) => [f.location.startLine, f.severity])).toEqual([
      [1, 'critical'],
      [2, 'critical'],
      [3, 'critical'],
      [4, 'low'],
    ]);
  });

  it('keeps results with no place and no fingerprint apart by their message, and one message one finding', async () => {
    const bare = (text: string, uri?: string) => ({
      ruleId: 'R',
      message: { text },
      ...(uri ? { locations: [{ physicalLocation: { artifactLocation: { uri } } }] } : {}),
    });
    const outcome = await evaluate(
      log([bare('first'), bare('second'), bare('first'), bare('in a', 'src/a.js'), bare('other in a', 'src/a.js')]),
      false,
      stream,
    );
    if (typeof outcome === 'string') throw new Error(outcome);
    expect(outcome.findings).toHaveLength(4);
    expect(
      outcome.findings
        .filter((f) => f.location.path === undefined)
        .map((f) => f.sources.length)
        .sort(),
    ).toEqual([1, 2]);
  });

  it("keeps DAST results read from SARIF apart by their request's method and by relative URIs", async () => {
    const zap = (uri: string, method?: string) => ({
      ruleId: '40012',
      message: { text: 'Cross Site Scripting (Reflected)' },
      locations: [{ physicalLocation: { artifactLocation: { uri } } }],
      ...(method ? { webRequest: { method, target: uri } } : {}),
    });
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'ZAP',
              rules: [{ id: '40012', defaultConfiguration: { level: 'error' }, properties: { cwe: 'CWE-79' } }],
            },
          },
          results: [
            zap('https://ex.com/search?q=1', 'GET'),
            zap('https://ex.com/search', 'post'),
            zap('https://ex.com/search?q=2', 'GET'),
            zap('/login'),
            zap('/admin'),
          ],
        },
      ],
    });
    const outcome = await evaluate(text, false, stream);
    if (typeof outcome === 'string') throw new Error(outcome);
    // Two GETs of one path that differ only in the query are one finding (the identity drops the query).
    expect(outcome.findings.map((f) => f.identity.replace(/\|[^|]*$/, '')).sort()).toEqual([
      'dast|40012|GET|https://ex.com/search',
      'dast|40012|POST|https://ex.com/search',
      'dast|40012||/admin',
      'dast|40012||/login',
    ]);
  });
});
