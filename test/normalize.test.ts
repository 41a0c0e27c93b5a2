/** The occurrence rule and the merged finding (DESIGN 3.2), on hand-made findings and a ZAP report. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import type { Finding, Location, RawFinding, ScanType } from '../src/model.js';
import { assignIds, findingId, mergeFindings } from '../src/normalize.js';
import { run } from '../src/run.js';

function raw(identityKey: string, scanType: ScanType, location: Location, pointer: string): RawFinding {
  return {
    identityKey,
    run: 0,
    scanType,
    ruleId: 'rule',
    title: 'title',
    severity: 'high',
    severitySource: 'test',
    aliases: [],
    cwe: [],
    location,
    sources: [{ input: 'scan.json', format: 'test', tool: 'test', pointer }],
  };
}

/** A ZAP report of one XSS alert with the given instances. */
function zapReport(instances: { uri: string; method: string; param: string }[]): string {
  return JSON.stringify({
    '@version': '2.14.0',
    '@generated': 'Mon, 1 Jan 2024 00:00:00',
    site: [
      {
        '@name': 'https://ex.com',
        alerts: [
          {
            pluginid: '40012',
            alertRef: '40012',
            alert: 'Cross Site Scripting (Reflected)',
            name: 'Cross Site Scripting (Reflected)',
            riskcode: '3',
            confidence: '2',
            cweid: '79',
            instances: instances.map((i) => ({ ...i, attack: '', evidence: '' })),
          },
        ],
      },
    ],
  });
}

async function evaluateZap(text: string) {
  const root = mkdtempSync(join(tmpdir(), 'sg-normalize-'));
  writeFileSync(join(root, 'zap.json'), text);
  const result = await run({
    root,
    scans: ['zap.json'],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    policy: 'release',
  });
  return result.evaluation.findings;
}

describe('normalize', () => {
  describe('assignIds', () => {
    it('makes DAST results that differ only in the query or fragment one finding with every source', () => {
      const key = 'dast|CWE-79|GET|https://ex.com/search|q|40012';
      const findings = assignIds([
        raw(key, 'dast', { url: 'https://ex.com/search?q=2', method: 'GET', param: 'q' }, '/0'),
        raw(key, 'dast', { url: 'https://ex.com/search?q=1', method: 'GET', param: 'q' }, '/1'),
        raw(key, 'dast', { url: 'https://ex.com/search#frag', method: 'GET', param: 'q' }, '/2'),
      ]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ identity: `${key}:1`, id: findingId(`${key}:1`) });
      expect(findings[0]?.sources.map((s) => s.pointer)).toEqual(['/2', '/1', '/0']);
    });

    it('still splits code and secret findings that share an identity at different places', () => {
      const code = 'code|tool|rule|src/a.js|hash';
      const secret = 'secret|.env|3';
      const findings = assignIds([
        raw(code, 'sast', { path: 'src/a.js', startLine: 9 }, '/0'),
        raw(code, 'sast', { path: 'src/a.js', startLine: 2 }, '/1'),
        raw(code, 'sast', { path: 'src/a.js', startLine: 2 }, '/2'),
        raw(secret, 'secret', { path: '.env', startLine: 3, startColumn: 5 }, '/3'),
        raw(secret, 'secret', { path: '.env', startLine: 3, startColumn: 1 }, '/4'),
      ]);
      expect(findings.map((f) => [f.identity, f.sources.map((s) => s.pointer)])).toEqual([
        [`${code}:1`, ['/1', '/2']],
        [`${code}:2`, ['/0']],
        [`${secret}:1`, ['/4']],
        [`${secret}:2`, ['/3']],
      ]);
    });
  });

  describe('a ZAP report', () => {
    const instances = [
      { uri: 'https://ex.com/search?q=1', method: 'get', param: 'q' },
      { uri: 'https://ex.com/search?q=2', method: 'GET', param: 'q' },
      { uri: 'https://ex.com/search#frag', method: 'GET', param: 'q' },
      { uri: 'https://ex.com/search?q=1', method: 'POST', param: 'q' },
      { uri: 'https://ex.com/other?q=1', method: 'GET', param: 'q' },
    ];

    it('gives one finding per method, URL without query and parameter, the same in any instance order', async () => {
      const findings = await evaluateZap(zapReport(instances));
      expect(findings.map((f) => [f.identity, f.sources.length]).sort()).toEqual([
        ['dast|CWE-79|GET|https://ex.com/other|q|40012:1', 1],
        ['dast|CWE-79|GET|https://ex.com/search|q|40012:1', 3],
        ['dast|CWE-79|POST|https://ex.com/search|q|40012:1', 1],
      ]);
      const reversed = await evaluateZap(zapReport([...instances].reverse()));
      const strip = (list: typeof findings) => list.map((f) => ({ ...f, sources: f.sources.length }));
      expect(strip(reversed)).toEqual(strip(findings));
    });
  });

  describe('mergeFindings', () => {
    it('merges findings with equal ids into the same finding in any order', () => {
      const [a] = assignIds([raw('code|tool|rule|src/a.js|7', 'sast', { path: 'src/a.js', startLine: 7 }, '/0')]);
      const [b] = assignIds([
        {
          ...raw('code|tool|rule|src/a.js|7', 'sast', { path: 'src/a.js', startLine: 7, endLine: 9 }, '/5'),
          title: 'another message',
          severity: 'critical',
          severitySource: 'other',
          sources: [{ input: 'other.json', format: 'other', tool: 'other', pointer: '/5' }],
        },
      ]);
      const forward = mergeFindings([a, b].map((f) => structuredClone(f as Finding)));
      const backward = mergeFindings([b, a].map((f) => structuredClone(f as Finding)));
      expect(backward).toEqual(forward);
      expect(forward).toHaveLength(1);
      expect(forward[0]).toMatchObject({ severity: 'critical', severitySource: 'other', title: 'another message' });
    });
  });
});
