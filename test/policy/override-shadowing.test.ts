/**
 * `severity.overrides` apply in order and the last that matches a finding sets its severity
 * (src/evaluation.ts decidingOverride). A layer that keeps an inherited override but adds one after it
 * that can match the same findings and sets a lower severity loosens the gate as surely as dropping
 * it: a warning names both entries, the layer and the line. The order semantics are checked on the
 * evaluation itself, so that the warning says what applySeverityOverrides does.
 */
import { describe, expect, it } from 'vitest';
import { applySeverityOverrides } from '../../src/evaluation.js';
import type { Finding } from '../../src/model.js';
import { loadPolicy } from '../../src/policy/load.js';
import { makeFinding, memoryReader } from '../helpers.js';

const SECRET_CRITICAL = '- { match: { scanType: secret }, severity: critical }';

/** Loads a policy at .shipgate/policy.yml whose severity.overrides are these lines (and more policy after). */
function load(entries: string[], files: Record<string, string> = {}, head = 'version: 1\n') {
  return loadPolicy(
    memoryReader({
      '.shipgate/policy.yml': `${head}severity:\n  overrides:\n${entries.map((e) => `    ${e}\n`).join('')}`,
      ...files,
    }),
  );
}

/**
 * The shadowing warnings only: a team file with overrides of its own drops the release preset's, which
 * is the dropped-entries warning.
 */
const shadowings = (loaded: ReturnType<typeof loadPolicy>): string[] =>
  loaded.warnings.filter((w) => w.includes(' comes after '));

/** A Gitleaks secret as the release preset's override sees it. */
const gitleaksSecret = (): Finding =>
  makeFinding({
    scanType: 'secret',
    ruleId: 'generic-api-key',
    severity: 'high',
    sources: [{ input: 'gitleaks.json', format: 'gitleaks', tool: 'gitleaks', pointer: '/0' }],
  });

describe('policy/load: an override after an inherited one that lowers what it sets', () => {
  it('the last matching override decides: after the secret override, a Gitleaks override lowers secrets; before it, it does not', () => {
    const after = load([SECRET_CRITICAL, '- { match: { tool: gitleaks }, severity: low }']).policy;
    const before = load(['- { match: { tool: gitleaks }, severity: low }', SECRET_CRITICAL]).policy;
    expect(applySeverityOverrides([gitleaksSecret()], after.severity.overrides)[0]?.severity).toBe('low');
    expect(applySeverityOverrides([gitleaksSecret()], before.severity.overrides)[0]?.severity).toBe('critical');
  });

  it('warns for an overlapping entry that sets a lower severity after the inherited one, naming both, the layer and the line', () => {
    const loaded = load([SECRET_CRITICAL, '- { match: { tool: gitleaks }, severity: low }']);
    expect(loaded.warnings).toEqual([
      '.shipgate/policy.yml: line 5, column 7: severity.overrides entry 2, { match: { tool: gitleaks }, severity: low }, comes after { match: { scanType: secret }, severity: critical } of preset:release and can match the same findings, so it lowers them to low (the last override that matches a finding sets its severity: list it before that entry, or give it a match that entry cannot share).',
    ]);
  });

  it('warns for every selector that can hold with scanType secret: the same scan type, a rule, a vulnerability, a tool', () => {
    for (const match of [
      '{ scanType: secret }',
      '{ scanType: secret, tool: Gitleaks }',
      '{ rule: generic-api-key }',
      '{ vulnerability: CVE-2024-0001 }',
    ])
      expect(load([SECRET_CRITICAL, `- { match: ${match}, severity: high }`]).warnings).toEqual([
        expect.stringContaining(`severity.overrides entry 2, { match: ${match}, severity: high }, comes after`),
      ]);
  });

  it('no warning for a disjoint scan type, a raise, the same severity, or an entry placed before the inherited one', () => {
    for (const entries of [
      [SECRET_CRITICAL, '- { match: { scanType: dependency }, severity: low }'],
      [SECRET_CRITICAL, '- { match: { scanType: dependency, tool: gitleaks }, severity: info }'],
      [SECRET_CRITICAL, '- { match: { tool: gitleaks }, severity: critical }'],
      ['- { match: { tool: gitleaks }, severity: low }', SECRET_CRITICAL],
    ])
      expect(load(entries).warnings).toEqual([]);
  });

  it('compares tools case-insensitively and rules exactly, as the evaluation matches them', () => {
    const inherited = {
      '.shipgate/team.yml': 'version: 1\nseverity:\n  overrides:\n    - { match: { tool: Trivy }, severity: high }\n',
    };
    const head = 'version: 1\nextends: team.yml\n';
    const keep = '- { match: { tool: Trivy }, severity: high }';
    expect(shadowings(load([keep, '- { match: { tool: trivy }, severity: medium }'], inherited, head))).toEqual([
      expect.stringContaining('comes after { match: { tool: Trivy }, severity: high } of .shipgate/team.yml'),
    ]);
    expect(shadowings(load([keep, '- { match: { tool: grype }, severity: medium }'], inherited, head))).toEqual([]);

    const rules = {
      '.shipgate/team.yml': 'version: 1\nseverity:\n  overrides:\n    - { match: { rule: R1 }, severity: high }\n',
    };
    expect(
      shadowings(
        load(['- { match: { rule: R1 }, severity: high }', '- { match: { rule: r1 }, severity: low }'], rules, head),
      ),
    ).toEqual([]);
    expect(
      shadowings(
        load(
          ['- { match: { rule: R1 }, severity: high }', '- { match: { rule: R1, tool: x }, severity: low }'],
          rules,
          head,
        ),
      ),
    ).toEqual([expect.stringContaining('of .shipgate/team.yml and can match the same findings')]);
  });

  it('two different vulnerability ids can match one finding (an advisory and its CVE alias): a warning', () => {
    const team = {
      '.shipgate/team.yml':
        'version: 1\nseverity:\n  overrides:\n    - { match: { vulnerability: GHSA-aaaa-bbbb-cccc }, severity: critical }\n',
    };
    const loaded = load(
      [
        '- { match: { vulnerability: GHSA-aaaa-bbbb-cccc }, severity: critical }',
        '- { match: { vulnerability: CVE-2024-1 }, severity: low }',
      ],
      team,
      'version: 1\nextends: team.yml\n',
    );
    expect(shadowings(loaded)).toEqual([
      expect.stringContaining(
        'entry 2, { match: { vulnerability: CVE-2024-1 }, severity: low }, comes after { match: { vulnerability: GHSA-aaaa-bbbb-cccc }, severity: critical } of .shipgate/team.yml',
      ),
    ]);
    const advisory = makeFinding({ ruleId: 'GHSA-aaaa-bbbb-cccc', aliases: ['CVE-2024-1'], severity: 'medium' });
    expect(applySeverityOverrides([advisory], loaded.policy.severity.overrides)[0]?.severity).toBe('low');
  });

  it('does not warn again for an order the extended list already had, and warns for one a layer makes by moving an entry after', () => {
    const team = {
      '.shipgate/team.yml': `version: 1\nseverity:\n  overrides:\n    ${SECRET_CRITICAL}\n    - { match: { tool: gitleaks }, severity: low }\n`,
    };
    const head = 'version: 1\nextends: team.yml\n';
    // The team file's own order: its warning, once, not the policy's that keeps it.
    const kept = load([SECRET_CRITICAL, '- { match: { tool: gitleaks }, severity: low }'], team, head);
    expect(kept.warnings).toEqual([
      expect.stringMatching(/^\.shipgate\/team\.yml: line 5, column 7: severity\.overrides entry 2/),
    ]);

    const reversed = {
      '.shipgate/team.yml': `version: 1\nseverity:\n  overrides:\n    - { match: { tool: gitleaks }, severity: low }\n    ${SECRET_CRITICAL}\n`,
    };
    expect(load(['- { match: { tool: gitleaks }, severity: low }', SECRET_CRITICAL], reversed, head).warnings).toEqual(
      [],
    );
    expect(load([SECRET_CRITICAL, '- { match: { tool: gitleaks }, severity: low }'], reversed, head).warnings).toEqual([
      expect.stringMatching(
        /^\.shipgate\/policy\.yml: line 6, column 7: severity\.overrides entry 2, .* of \.shipgate\/team\.yml and can match/,
      ),
    ]);
  });

  it('a dropped inherited entry is the dropped-entries warning only', () => {
    expect(load(['- { match: { tool: gitleaks }, severity: low }']).warnings).toEqual([
      expect.stringContaining('severity.overrides replaces the 1 entry of preset:release'),
    ]);
  });
});
