/**
 * Review fix of the Semgrep JSON reader: a rule's `extra.metadata["security-severity"]` decides the severity
 * before `extra.severity`, as the SARIF reader lets the same value decide: Semgrep's SARIF writer copies it
 * into the rule's `properties.security-severity`. Before, one scan blocked as SARIF (critical) and passed as
 * JSON (INFO, low). A number, a numeric string or a word is read as the SARIF reader reads it; an unusable
 * value ("banana", 0, null) gives a warning once per rule, and `extra.severity` decides. Tested on the real
 * semgrep-many.json report through the whole-document and the streaming path, which must agree, and against
 * the SARIF reader on the real Semgrep 1.69.0 SARIF log with the same values.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/read.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import type { IngestContext, IngestResult } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import type { RawFinding } from '../../src/model.js';
import { FIXTURES, readSarifBothWays, settle } from './harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-semgrep-secsev-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REAL = 'semgrep-json/semgrep-many.json';
const RULE = 'python.lang.correctness.tempfile.flush.tempfile-without-flush';
const NOT_SET = Symbol('not set');

type Doc = { results: { check_id: string; extra: { severity: string; metadata: Record<string, unknown> } }[] };

/** The real report with result 0 (tempfile-without-flush, ERROR, empty metadata) at this severity and score. */
function edited(severity: string, score: unknown): Doc {
  const doc = JSON.parse(readFileSync(join(FIXTURES, REAL), 'utf8')) as Doc;
  const first = doc.results[0]!;
  expect(first.check_id).toBe(RULE);
  expect(first.extra.severity).toBe('ERROR');
  expect(first.extra.metadata).toEqual({});
  first.extra.severity = severity;
  if (score !== NOT_SET) first.extra.metadata['security-severity'] = score;
  return doc;
}

/**
 * Reads Semgrep JSON through the whole-document path and the streaming one (small and large chunks), which
 * must agree on the result or on the InputError's message; gives the whole-document outcome.
 */
async function readBothWays(name: string, document: unknown): Promise<{ value?: IngestResult; error?: string }> {
  const text = JSON.stringify(document);
  writeFileSync(join(tmp, name), text);
  const context: IngestContext = { root: tmp, logger: silentLogger };
  const whole = await settle(() => semgrep.parse(readInputFile(tmp, name), context));
  for (const chunkSize of [7, 65_536]) {
    const input = { path: name, absPath: join(tmp, name), size: Buffer.byteLength(text) };
    const streamed = await settle(() => semgrep.parseStream!(input, context, { chunkSize }));
    expect(streamed.error).toBe(whole.error);
    expect(streamed.value?.findings).toEqual(whole.value?.findings);
    expect(streamed.value?.runs).toEqual(whole.value?.runs);
    expect(streamed.value?.warnings).toEqual(whole.value?.warnings);
  }
  return whole;
}

const first = (value: IngestResult | undefined): RawFinding => value!.findings[0]!;

describe('Semgrep JSON: metadata security-severity decides before extra.severity', () => {
  it.each([
    // The reviewer's cases: the word Semgrep's registry rules write, and a score over an INFO rule.
    ['ERROR', 'CRITICAL', 'critical', 'security-severity CRITICAL'],
    ['INFO', 9.8, 'critical', 'security-severity 9.8'],
    // A numeric string, as Semgrep's SARIF writes the score; read as the number.
    ['INFO', '9.8', 'critical', 'security-severity 9.8'],
    // The band edges on both sides (DESIGN 3.1): 9.0 is critical, 8.9 high; 0.1 is low.
    ['INFO', 9.0, 'critical', 'security-severity 9'],
    ['INFO', 8.9, 'high', 'security-severity 8.9'],
    ['ERROR', 0.1, 'low', 'security-severity 0.1'],
    // A score can lower the severity too, as in SARIF: the rule's own rating wins over the coarse word.
    ['ERROR', 'low', 'low', 'security-severity low'],
  ])('%s with security-severity %j reads as %s', async (word, score, severity, source) => {
    const { value, error } = await readBothWays(`s-${word}-${String(score)}.json`, edited(word, score));
    expect(error).toBeUndefined();
    expect(first(value).severity).toBe(severity);
    expect(first(value).severitySource).toBe(source);
    expect(value!.warnings).toEqual([]);
  });

  it.each([
    ['ERROR', 'high'],
    ['INFO', 'low'],
  ])('%s without security-severity reads as before (%s)', async (word, severity) => {
    const { value } = await readBothWays(`none-${word}.json`, edited(word, NOT_SET));
    expect(first(value).severity).toBe(severity);
    expect(first(value).severitySource).toBe(`semgrep ${word}`);
    expect(value!.warnings).toEqual([]);
  });

  it.each([
    ['banana', 'banana'],
    // 0 is below the bands, as in SARIF: it must not turn an ERROR rule into an info finding.
    [0, '0'],
    [10.1, '10.1'],
    // null is present and says no score: unusable, with a warning, as in SARIF.
    [null, 'null'],
  ])('an unusable security-severity %j warns, and extra.severity decides', async (score, shown) => {
    const { value, error } = await readBothWays('bad.json', edited('ERROR', score));
    expect(error).toBeUndefined();
    expect(first(value).severity).toBe('high');
    expect(first(value).severitySource).toBe('semgrep ERROR');
    expect(value!.warnings).toEqual([
      `bad.json: /results/0/extra/metadata/security-severity: rule '${RULE}' has security-severity '${shown}', which is not a score from 0.1 to 10 (the bands of DESIGN 3.1; 0 has none) or a severity word; semgrep ERROR decides instead (high).`,
    ]);
  });

  it('warns of an unusable value once per rule, not once per result', async () => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, REAL), 'utf8')) as Doc;
    const md5 = doc.results.filter((r) => r.check_id.endsWith('insecure-hash-algorithm-md5'));
    expect(md5.length).toBe(33);
    for (const r of md5) r.extra.metadata['security-severity'] = 'banana';
    const { value } = await readBothWays('md5.json', doc);
    expect(value!.warnings).toHaveLength(1);
    expect(value!.warnings[0]).toMatch(/^md5\.json: \/results\/4\/extra\/metadata\/security-severity: rule '/);
  });
});

describe('Semgrep JSON and Semgrep SARIF read one security-severity alike', () => {
  const SARIF = 'sarif/semgrep-1.69.0-security-severity.sarif';
  const SARIF_RULE =
    'vulnerability-management-registry.semgrep-rules.gitlab-rules.sast-rules.rules.lgpl.javascript.database.rules_lgpl_javascript_database_rule-node-nosqli-js-injection';
  type Log = {
    runs: {
      tool: {
        driver: {
          rules: { id: string; defaultConfiguration: { level: string }; properties: Record<string, unknown> }[];
        };
      };
      results: { ruleId: string }[];
    }[];
  };

  /** The real Semgrep SARIF log with one rule at this level and score, as Semgrep's writer would give them. */
  function sarifWith(level: string, score: unknown): Log {
    const log = JSON.parse(readFileSync(join(FIXTURES, SARIF), 'utf8')) as Log;
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === SARIF_RULE)!;
    expect(rule.properties['security-severity']).toBe('CRITICAL');
    rule.defaultConfiguration.level = level;
    if (score === NOT_SET) delete rule.properties['security-severity'];
    else rule.properties['security-severity'] = score;
    return log;
  }

  // Semgrep's SARIF writes ERROR as level error and INFO as note.
  it.each([
    ['ERROR', 'error', 'CRITICAL'],
    ['INFO', 'note', '9.8'],
    ['INFO', 'note', NOT_SET],
    ['ERROR', 'error', 'banana'],
  ])('%s / %s with security-severity %s: the same severity', async (word, level, score) => {
    const json = await readBothWays('parity.json', edited(word, score));
    const sarif = await readSarifBothWays(tmp, 'parity.sarif', sarifWith(level, score));
    const fromSarif = sarif.value!.findings.find((f) => f.ruleId === SARIF_RULE)!;
    expect(first(json.value).severity).toBe(fromSarif.severity);
    // A usable score is named alike; otherwise each names its own word (semgrep ERROR, level error).
    if (score === 'CRITICAL' || score === '9.8')
      expect(first(json.value).severitySource).toBe(fromSarif.severitySource);
  });
});
