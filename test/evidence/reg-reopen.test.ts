/** A resolved row whose finding is reported again is reopened without its due date. */
import { describe, expect, it } from 'vitest';
import {
  parseRegister,
  renderUpdatedRegister,
  updateRegister,
  type StreamedRegisterFinding,
} from '../../src/evidence/register.js';

const SOURCE = 'security/findings-register.csv';
const TODAY = '2026-11-25';
const HEADER = 'finding_id,title,severity,owner,status,remediation_plan,due_date,ticket';
const TEXT = [
  HEADER,
  'SG-00000000000000a1,back,high,alice,resolved,Encode the output,2026-12-15,WEB-101',
  'SG-00000000000000a2,still gone,high,bob,resolved,Upgrade,2026-12-16,WEB-102',
  'SG-00000000000000a3,still here,high,carol,in-remediation,Patch,2026-12-17,WEB-103',
  'SG-00000000000000a4,gone now,high,dave,open,Remove,2026-12-18,WEB-104',
].join('\n');

const finding = (id: string): StreamedRegisterFinding => ({ id, title: id, severity: 'high', scanType: 'sast' });
const current = [finding('SG-00000000000000a1'), finding('SG-00000000000000a3')];

describe('evidence/register reopening', () => {
  it('clears the due date of a reopened row and keeps its owner, plan and ticket', async () => {
    const register = await parseRegister(TEXT, SOURCE);
    const { register: updated, reopened } = updateRegister(
      register,
      current.map((f) => ({ ...f, location: '' })),
      TODAY,
    );
    expect(reopened).toEqual(['SG-00000000000000a1']);
    const [back, stillGone, stillHere, goneNow] = updated.rows;
    expect(back).toMatchObject({
      status: 'open',
      owner: 'alice',
      remediationPlan: 'Encode the output',
      ticket: 'WEB-101',
    });
    expect(back).not.toHaveProperty('dueDate');
    // Every other row keeps its date: one still resolved, one still open, one that becomes resolved.
    expect(stillGone).toMatchObject({ status: 'resolved', dueDate: '2026-12-16' });
    expect(stillHere).toMatchObject({ status: 'in-remediation', dueDate: '2026-12-17' });
    expect(goneNow).toMatchObject({ status: 'resolved', dueDate: '2026-12-18' });
    // The register read is not changed.
    expect(register.rows[0]).toMatchObject({ status: 'resolved', dueDate: '2026-12-15' });
  });

  it.each([
    ['in id order (streamed)', current],
    ['not in id order (through updateRegister)', [...current].reverse()],
  ])(
    'writes the reopened row with an empty due_date, and the backlog lists it without days left, %s',
    async (_, findings) => {
      const register = await parseRegister(TEXT, SOURCE);
      const out = renderUpdatedRegister(register, findings, () => 'src/a.ts:1', TODAY);
      const csv = [...out.register].join('');
      expect(csv.split('\r\n').slice(1, 5)).toEqual([
        '"SG-00000000000000a1","back","high","alice","open","Encode the output","","WEB-101","","",""',
        '"SG-00000000000000a2","still gone","high","bob","resolved","Upgrade","2026-12-16","WEB-102","","",""',
        '"SG-00000000000000a3","still here","high","carol","in-remediation","Patch","2026-12-17","WEB-103","","",""',
        '"SG-00000000000000a4","gone now","high","dave","resolved","Remove","2026-12-18","WEB-104","","",""',
      ]);
      expect([...out.backlog].join('').split('\r\n')).toEqual([
        '"finding_id","title","severity","owner","remediation_plan","due_date","days_left"',
        '"SG-00000000000000a3","still here","high","carol","Patch","2026-12-17","22"',
        '"SG-00000000000000a1","back","high","alice","Encode the output","",""',
        '',
      ]);
      // Committed as README says, the reopened row reads back open with no due date: no current plan.
      const next = await parseRegister(csv, SOURCE);
      expect(next.rows[0]).toMatchObject({ findingId: 'SG-00000000000000a1', status: 'open', owner: 'alice' });
      expect(next.rows[0]?.dueDate).toBeUndefined();
    },
  );
});
