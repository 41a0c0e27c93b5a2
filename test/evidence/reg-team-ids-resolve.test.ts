/**
 * Rows under the team's own ids (findings found by hand, `PENTEST-7`, `MANUAL-1`) are never in a
 * scanner report, so "its finding is gone" cannot be said of them: the updated register writes them
 * back with the status the team gave them, and the backlog keeps the open ones. Only rows under a
 * shipgate id (`SG-` and 16 lower-case hex digits) are resolved or reopened by presence. Before, every
 * team-id row was written `resolved` on every run and dropped from the backlog, without a message.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  parseRegister,
  renderBacklogCsv,
  renderRegisterCsv,
  renderUpdatedRegister,
  updateRegister,
  type StreamedRegisterFinding,
} from '../../src/evidence/register.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const DEMO = join(REPO, 'fixtures/demo/release');
const REGISTER = 'security/findings-register.csv';
const OUT = '.artifacts/review-security';
const NOW = '2026-11-25T12:00:00Z';
const TODAY = '2026-11-25';
/** The demo register, as committed: five rows under shipgate ids, all of them reported by the demo's scans. */
const DEMO_REGISTER = readFileSync(join(DEMO, REGISTER), 'utf8');

/** The reviewer's row: a finding from a penetration test, in remediation. */
const PENTEST =
  'PENTEST-7,IDOR on /admin/users,high,dast,/admin/users,dave,in-remediation,Add ownership check in AdminController,2026-12-20,,SEC-77';
/** A finding found by hand that the team has already closed. */
const MANUAL_RESOLVED =
  'MANUAL-1,Debug endpoint left enabled,medium,manual,/debug,erin,resolved,Removed the route,2026-11-01,,SEC-78';
/** A shipgate id no scan reports any more. */
const GONE = 'SG-0123456789abcdef,Old XSS,high,sast,src/old.js:1,frank,open,Remove the page,2026-12-30,,WEB-9';

/** The demo release with the given rows appended to its register; the outputs of one evaluation. */
async function evaluateWith(rows: readonly string[]) {
  const root = mkdtempSync(join(tmpdir(), 'sg-reg-team-ids-'));
  cpSync(DEMO, root, { recursive: true });
  writeFileSync(join(root, REGISTER), `${DEMO_REGISTER.trimEnd()}\n${rows.join('\n')}\n`);
  const result = await run({ root, scans: [], dryRun: false, clock: () => new Date(NOW), logger: silentLogger });
  const register = readFileSync(join(root, OUT, 'findings-register.csv'), 'utf8');
  return {
    result,
    register: await parseRegister(register, REGISTER),
    backlog: readFileSync(join(root, OUT, 'security-remediation-backlog.csv'), 'utf8').split('\r\n'),
  };
}

const statusOf = (register: { rows: { findingId: string; status: string }[] }, id: string) =>
  register.rows.find((row) => row.findingId === id)?.status;

describe('run: rows under the team’s own ids in the updated register and the backlog', () => {
  it('keeps PENTEST-7 in-remediation, written back unchanged, and lists it in the backlog (the reviewer’s repro)', async () => {
    const { result, register, backlog } = await evaluateWith([PENTEST]);
    expect(result.exitCode).toBe(0);
    const committed = await parseRegister(`${DEMO_REGISTER.trimEnd()}\n${PENTEST}\n`, REGISTER);
    // Every row as committed: the five demo findings are still reported, and PENTEST-7 is the team's.
    expect(register.rows).toEqual(committed.rows);
    expect(statusOf(register, 'PENTEST-7')).toBe('in-remediation');
    expect(backlog).toContain(
      '"PENTEST-7","IDOR on /admin/users","high","dave","Add ownership check in AdminController","2026-12-20","25"',
    );
  });

  it('keeps a team row the team resolved resolved and out of the backlog, and still resolves a shipgate id whose finding is gone', async () => {
    const { register, backlog } = await evaluateWith([PENTEST, MANUAL_RESOLVED, GONE]);
    expect(statusOf(register, 'MANUAL-1')).toBe('resolved');
    expect(statusOf(register, 'PENTEST-7')).toBe('in-remediation');
    // Unchanged behaviour: a shipgate id no scan reports is resolved, with its owner, plan and date kept.
    expect(register.rows.find((row) => row.findingId === 'SG-0123456789abcdef')).toMatchObject({
      status: 'resolved',
      owner: 'frank',
      dueDate: '2026-12-30',
    });
    // A shipgate id still reported stays as the team wrote it.
    expect(statusOf(register, 'SG-2a9db297a6a036a6')).toBe('open');
    expect(statusOf(register, 'SG-d58906d1d0eec93a')).toBe('in-remediation');
    const listed = backlog.slice(1, -1).map((line) => line.split(',')[0]);
    expect(listed).toEqual([
      '"SG-51bfe6fd5d2101cd"',
      '"SG-d58906d1d0eec93a"',
      '"PENTEST-7"',
      '"SG-2a9db297a6a036a6"',
      '"SG-a733676631a84515"',
    ]);
  });
});

describe('updateRegister and renderUpdatedRegister: presence decides only for shipgate ids', () => {
  const HEADER = 'finding_id,title,severity,owner,status,remediation_plan,due_date';
  const SHIPGATE_HERE = 'SG-00000000000000a1';
  const SHIPGATE_GONE = 'SG-00000000000000a2';
  const SHIPGATE_BACK = 'SG-00000000000000a3';
  const SHIPGATE_STILL_RESOLVED = 'SG-00000000000000a4';
  // SG- and 15 hex digits: not the form shipgate writes, so the team's own id (test/evidence/reg-ids.test.ts).
  const NEAR_SHIPGATE = 'SG-00000000000000a';
  const TEXT = [
    HEADER,
    `${SHIPGATE_HERE},here,high,alice,open,Patch,2026-12-01`,
    `${SHIPGATE_GONE},gone,high,bob,in-remediation,Patch,2026-12-02`,
    `${SHIPGATE_BACK},back,high,carol,resolved,Patched,2026-12-03`,
    `${SHIPGATE_STILL_RESOLVED},still gone,high,carol,resolved,Patched,2026-12-04`,
    'PENTEST-7,IDOR,high,dave,in-remediation,Ownership check,2026-12-20',
    'MANUAL-1,debug route,medium,erin,open,Remove it,',
    'MANUAL-2,closed by hand,high,erin,resolved,Removed,2026-11-01',
    'MANUAL-3,accepted by hand,high,erin,risk-accepted,,',
    'MANUAL-4,not a bug,low,erin,false-positive,,',
    `${NEAR_SHIPGATE},typed by hand,high,erin,open,Look into it,`,
  ].join('\n');
  const finding = (id: string): StreamedRegisterFinding => ({ id, title: id, severity: 'high', scanType: 'sast' });
  // Reported now: one existing shipgate row, one resolved shipgate row, and a new finding.
  const current = [finding(SHIPGATE_HERE), finding(SHIPGATE_BACK), finding('SG-00000000000000b1')];

  it('resolves and reopens only shipgate ids, and writes every team row back with its own status', async () => {
    const register = await parseRegister(TEXT, REGISTER);
    const update = updateRegister(
      register,
      current.map((f) => ({ ...f, location: '' })),
      TODAY,
    );
    expect(update.resolved).toEqual([SHIPGATE_GONE]);
    expect(update.reopened).toEqual([SHIPGATE_BACK]);
    expect(update.added).toEqual(['SG-00000000000000b1']);
    expect(update.register.rows.map((row) => [row.findingId, row.status])).toEqual([
      [SHIPGATE_HERE, 'open'],
      [SHIPGATE_GONE, 'resolved'],
      [SHIPGATE_BACK, 'open'],
      [SHIPGATE_STILL_RESOLVED, 'resolved'],
      ['PENTEST-7', 'in-remediation'],
      ['MANUAL-1', 'open'],
      ['MANUAL-2', 'resolved'],
      ['MANUAL-3', 'risk-accepted'],
      ['MANUAL-4', 'false-positive'],
      [NEAR_SHIPGATE, 'open'],
      ['SG-00000000000000b1', 'open'],
    ]);
    // Team rows are the rows as read, due dates included.
    expect(update.register.rows.slice(4, 10)).toEqual(register.rows.slice(4, 10));
  });

  it.each([
    ['in id order (streamed)', current],
    ['not in id order (through updateRegister)', [...current].reverse()],
  ])('keeps the open team rows in the backlog and the closed ones out, %s', async (_, findings) => {
    const register = await parseRegister(TEXT, REGISTER);
    const out = renderUpdatedRegister(register, findings, () => 'src/a.ts:1', TODAY);
    expect([...out.backlog].join('').split('\r\n')).toEqual([
      '"finding_id","title","severity","owner","remediation_plan","due_date","days_left"',
      `"${SHIPGATE_HERE}","here","high","alice","Patch","2026-12-01","6"`,
      '"PENTEST-7","IDOR","high","dave","Ownership check","2026-12-20","25"',
      // Undated, worst severity first, then by id: the reopened row and the new finding merged with
      // the undated team rows.
      `"${NEAR_SHIPGATE}","typed by hand","high","erin","Look into it","",""`,
      `"${SHIPGATE_BACK}","back","high","carol","Patched","",""`,
      '"SG-00000000000000b1","SG-00000000000000b1","high","","","",""',
      '"MANUAL-1","debug route","medium","erin","Remove it","",""',
      '',
    ]);
    // The streamed bytes are those of updateRegister and the renderers, team rows included.
    const updated = updateRegister(
      register,
      findings.map((f) => ({ ...f, location: 'src/a.ts:1', status: 'open' as const, exceptionId: '' })),
      TODAY,
    ).register;
    const streamed = renderUpdatedRegister(register, findings, () => 'src/a.ts:1', TODAY);
    expect([...streamed.register].join('')).toBe(await renderRegisterCsv(updated));
    expect([...streamed.backlog].join('')).toBe(
      await renderBacklogCsv(updated.rows, TODAY, new Map(findings.map((f) => [f.id, f.severity]))),
    );
  });
});
