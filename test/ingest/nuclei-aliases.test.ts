/**
 * A Nuclei template's `info.classification.cve-id` may name several CVEs: the CVE-2021-44228 template
 * lists CVE-2021-45046 (the incomplete fix) too. Every one of them was an alias of the finding, so an
 * exception or override for CVE-2021-45046 excepted or lowered the Log4Shell finding and the release
 * was approved. As other readers do (joinableAliases), the classification's CVEs are aliases only while
 * the template id and they name at most one CVE; past that, the finding is named by its template id
 * (its rule) alone. The first line of the real nuclei-jsonl-critical.jsonl, edited in the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nuclei } from '../../src/ingest/nuclei.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { FIXTURES, createHarness } from './harness.js';

const { parseText } = createHarness(nuclei, 'nuclei-json');

const LOG4SHELL = 'CVE-2021-44228';
const INCOMPLETE_FIX = 'CVE-2021-45046';

/** The fixture's first result (dvwa-default-login, critical) as the given template with the given cve-id. */
function line(templateId: string, cveId: unknown): string {
  const [first] = readFileSync(join(FIXTURES, 'nuclei-json/nuclei-jsonl-critical.jsonl'), 'utf8').split('\n');
  const result = JSON.parse(first as string) as { 'template-id': string; info: Record<string, unknown> };
  expect(result['template-id']).toBe('dvwa-default-login');
  expect(result.info.severity).toBe('critical');
  result['template-id'] = templateId;
  result.info.classification = { ...(result.info.classification as object), 'cve-id': cveId };
  return `${JSON.stringify(result)}\n`;
}

async function aliasesOf(templateId: string, cveId: unknown): Promise<string[]> {
  const { findings } = await parseText('nuclei.jsonl', line(templateId, cveId));
  expect(findings).toHaveLength(1);
  expect(findings[0]?.ruleId).toBe(templateId);
  return findings[0]?.aliases ?? [];
}

describe('Nuclei classification CVEs as aliases', () => {
  it('takes the one CVE a template names, as a list or a string, whatever its id', async () => {
    expect(await aliasesOf(LOG4SHELL, ['cve-2021-44228'])).toEqual([LOG4SHELL]);
    expect(await aliasesOf(LOG4SHELL, LOG4SHELL)).toEqual([LOG4SHELL]);
    expect(await aliasesOf('apache-log4j-rce', [LOG4SHELL])).toEqual([LOG4SHELL]);
    expect(await aliasesOf('apache-log4j-rce', null)).toEqual([]);
  });

  it('takes none of the CVEs when the template id and classification name two', async () => {
    expect(await aliasesOf(LOG4SHELL, [LOG4SHELL, INCOMPLETE_FIX])).toEqual([]);
    expect(await aliasesOf(LOG4SHELL, `${LOG4SHELL}, ${INCOMPLETE_FIX}`)).toEqual([]);
    expect(await aliasesOf(LOG4SHELL, [INCOMPLETE_FIX])).toEqual([]);
    expect(await aliasesOf('apache-log4j-rce', [LOG4SHELL, INCOMPLETE_FIX])).toEqual([]);
  });
});

/**
 * A dry run over the edited line (the Log4Shell template unless given), with an exception for the given
 * vulnerability and the given override, each when given.
 */
async function evaluate(cveId: unknown, options: { exception?: string; override?: string; templateId?: string } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'sg-nuclei-aliases-'));
  mkdirSync(join(root, 'reports'));
  mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
  writeFileSync(join(root, 'reports/nuclei.jsonl'), line(options.templateId ?? LOG4SHELL, cveId));
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    [
      'version: 1',
      ...(options.override ? ['severity:', '  overrides:', `    - ${options.override}`] : []),
      'gates:',
      '  evidence-completeness: { enforcement: off }',
      '  control-verification: { enforcement: off }',
      '  disposition-integrity: { enforcement: off }',
      '  scan-cleanliness: { max: { critical: 0 }, requirePlan: [] }',
      '',
    ].join('\n'),
  );
  if (options.exception !== undefined)
    writeFileSync(
      join(root, '.shipgate/exceptions/log4j.yml'),
      [
        'exceptions:',
        '  - id: EXC-1',
        '    type: false-positive',
        `    match: { vulnerability: ${options.exception} }`,
        '    reason: we are not affected by the 45046 variant',
        '    owner: alice',
        '    approvedBy: security-lead',
        '    approvedOn: 2026-11-20',
        '    expires: 2027-01-20',
        '',
      ].join('\n'),
    );
  const { evaluation } = await run({
    root,
    scans: ['reports/nuclei.jsonl'],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  expect(evaluation.findings).toHaveLength(1);
  return { evaluation, finding: evaluation.findings[0] as (typeof evaluation.findings)[number] };
}

const BOTH = [LOG4SHELL, INCOMPLETE_FIX];

describe('an exception or override for one CVE of a Nuclei template that names two', () => {
  it('does not except the Log4Shell finding through CVE-2021-45046', async () => {
    const { evaluation, finding } = await evaluate(BOTH, { exception: INCOMPLETE_FIX });
    expect(finding).toMatchObject({ ruleId: LOG4SHELL, severity: 'critical', excepted: false });
    expect(evaluation.exceptions.unused.map((u) => u.id)).toEqual(['EXC-1']);
    expect(evaluation.decision).toBe('rejected');
  });

  it('does not lower it through CVE-2021-45046', async () => {
    const { evaluation, finding } = await evaluate(BOTH, {
      override: `{ match: { vulnerability: ${INCOMPLETE_FIX} }, severity: low }`,
    });
    expect(finding.severity).toBe('critical');
    expect(evaluation.decision).toBe('rejected');
  });

  it('still excepts and lowers it by its own CVE, the template id', async () => {
    const excepted = await evaluate(BOTH, { exception: LOG4SHELL });
    expect(excepted.finding).toMatchObject({ excepted: true, exceptionId: 'EXC-1' });
    expect(excepted.evaluation.decision).not.toBe('rejected');
    const lowered = await evaluate(BOTH, { override: `{ match: { vulnerability: ${LOG4SHELL} }, severity: low }` });
    expect(lowered.finding.severity).toBe('low');
  });

  it('excepts and lowers a template through the one CVE it names as its alias', async () => {
    // The classification names CVE-2021-45046 alone, beside a template id that is no CVE: one CVE, an alias.
    const excepted = await evaluate(BOTH.slice(1), { exception: INCOMPLETE_FIX, templateId: 'log4j-jndi-followup' });
    expect(excepted.finding).toMatchObject({ aliases: [INCOMPLETE_FIX], excepted: true, exceptionId: 'EXC-1' });
    const lowered = await evaluate(BOTH.slice(1), {
      override: `{ match: { vulnerability: ${INCOMPLETE_FIX} }, severity: low }`,
      templateId: 'log4j-jndi-followup',
    });
    expect(lowered.finding.severity).toBe('low');
  });
});
