/** Every output stays valid and escaped when findings carry the Big List of Naughty Strings. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { csvReportText, parseRegister } from '../../src/evidence/register.js';
import { renderText } from '../../src/report/text.js';
import { renderComment, renderJobSummary } from '../../src/report/summary.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const NAUGHTY: string[] = JSON.parse(readFileSync(join(FIXTURES, 'suites/naughty-strings/blns.json'), 'utf8'));

function tableColumnCounts(markdown: string): number[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.replace(/\\\|/g, '').split('|').length);
}

describe('report/naughty strings', () => {
  it('keeps JSON, CSV, SARIF, markdown and text outputs valid for every string in blns.json', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-naughty-'));
    const strings = NAUGHTY.filter((s) => s.trim() !== '');
    const results = strings.map((s, i) => ({
      ruleId: `rule-${i}-${s}`,
      level: 'error',
      message: { text: s },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `src/${encodeURIComponent(s)}.js` },
            region: { startLine: i + 1 },
          },
        },
      ],
    }));
    writeFileSync(
      join(root, 'n.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL' } }, results }] }),
    );
    const result = await run({
      root,
      scans: ['n.sarif'],
      dryRun: false,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: createMemoryLogger(),
      outDir: join(root, 'out'),
    });
    const out = (name: string) => readFileSync(join(root, 'out', name), 'utf8');

    const scan = JSON.parse(out('scan-results.json'));
    const titles = new Set(scan.findings.map((f: { title: string }) => f.title));
    for (const s of strings) {
      const line = s.split(/\r?\n/, 1)[0]?.trim() ?? '';
      if (line !== '' && line.length < 300) expect(titles.has(line)).toBe(true);
    }
    expect(JSON.parse(out('shipgate.sarif')).runs[0].results).toHaveLength(scan.findings.length);

    const register = await parseRegister(out('findings-register.csv'), 'findings-register.csv');
    const byId = new Map(register.rows.map((r) => [r.findingId, r]));
    // Round trip, but for a report's terminal and bidirectional controls, written harmless (csvReportText).
    for (const f of scan.findings) expect(byId.get(f.id)?.title).toBe(csvReportText(f.title));
    expect(scan.findings.some((f: { title: string }) => csvReportText(f.title) !== f.title)).toBe(true);

    for (const name of ['disposition-record.md']) {
      const markdown = out(name);
      expect(markdown).not.toMatch(/<script|<img|<svg|<iframe/i);
      const findingsSection = markdown.slice(markdown.indexOf('\n## Findings\n'));
      const counts = new Set(tableColumnCounts(findingsSection.split('\n## ')[1] ?? ''));
      expect(counts.size).toBe(1);
    }
    for (const markdown of [renderJobSummary(result.evaluation), renderComment(result.evaluation)]) {
      expect(markdown).not.toMatch(/<script|<img|<svg|<iframe/i);
      expect(markdown).not.toMatch(/(^|\s)@[a-z0-9]/i);
      const top = (markdown.split('#### Top open findings')[1] ?? '').trimStart().split('\n\n')[0] ?? '';
      expect(new Set(tableColumnCounts(top)).size).toBe(1);
    }
    // eslint-disable-next-line no-control-regex
    expect(renderText(result.evaluation, { color: false })).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
