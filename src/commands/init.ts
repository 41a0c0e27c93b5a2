/** `shipgate init`: scaffolds .shipgate/ and the evidence files the release preset expects. */
import { lstatSync, statSync } from 'node:fs';
import { InputError, OutputError } from '../errors.js';
import { DEFAULT_CONTROLS, renderAssessmentTemplate } from '../evidence/assessment.js';
import { REGISTER_COLUMNS } from '../evidence/register.js';
import { inspectWriteTarget, writeTargetFile, type WriteTarget } from './write-target.js';

const POLICY = `# shipgate policy: see https://github.com/shipgate/shipgate#policy
version: 1
extends: release
# inputs:
#   - path: reports/*.sarif
#   - { path: reports/gitleaks.json, format: gitleaks }
# gates:
#   scan-cleanliness: { max: { critical: 0, high: 3 } }
exceptions:
  approvers: [security-lead]
`;

/** Days from approvedOn to expires in the example exception: within every preset's maxDays (30 in strict). */
export const EXAMPLE_EXCEPTION_DAYS = 30;

function exceptionExample(now: Date): string {
  const today = now.toISOString().slice(0, 10);
  const expires = new Date(now.getTime() + EXAMPLE_EXCEPTION_DAYS * 86_400_000).toISOString().slice(0, 10);
  return `# Exceptions: each entry excepts matching findings until it expires.
# An entry must select by finding, vulnerability or rule; it applies while approvedOn <= today < expires,
# when expires - approvedOn <= maxDays (90 in the release preset), and when approvedBy is on the
# policy's approver list and is not the owner. Add entries with: shipgate waive SG-... --reason ...
exceptions: []
# Example:
#  - id: EXC-EXAMPLE-1               # any id; waive numbers its own EXC-0001, EXC-0002, ...
#    type: risk-acceptance            # risk-acceptance | false-positive | compensating-control
#    match:
#      vulnerability: CVE-2020-8203   # or finding: SG-0123456789abcdef, or rule: js/sql-injection
#      package: lodash
#    reason: Not reachable; the input is server-generated.
#    owner: alice
#    approvedBy: security-lead
#    approvedOn: ${today}
#    expires: ${expires}
#    ticket: SEC-1
`;
}

/** 'a', 'b' and 'c'. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function existsLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Writes the scaffold under `target`; existing files are kept. Every path is checked before anything is
 * written, so a file in the way leaves nothing half-made, and each file is written whole or not at all:
 * a write that fails part way (a full disk) is an OutputError naming the file and those already created.
 * Returns the files created.
 */
export function initProject(target: string, now: Date): string[] {
  const files: [string, string][] = [
    ['.shipgate/policy.yml', POLICY],
    ['.shipgate/exceptions/example.yml', exceptionExample(now)],
    ['security/findings-register.csv', `${REGISTER_COLUMNS.join(',')}\n`],
    ['security/manual-assessment.md', renderAssessmentTemplate(DEFAULT_CONTROLS)],
  ];
  let stat;
  try {
    stat = statSync(target);
  } catch {
    if (existsLink(target))
      throw new InputError(`${target}: the folder is a symbolic link to nothing (a dangling link).`);
    stat = undefined;
  }
  if (stat && !stat.isDirectory())
    throw new InputError(`${target}: the path is a file, not a folder (expected the folder to scaffold).`);
  const planned: { relative: string; content: string; state: WriteTarget }[] = [];
  const problems: string[] = [];
  for (const [relative, content] of files)
    try {
      planned.push({ relative, content, state: stat ? inspectWriteTarget(target, relative) : 'absent' });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
  if (problems.length > 0)
    throw new InputError(
      `${target}: nothing was written, as ${problems.length} files cannot be written there:`,
      problems,
    );
  const created: string[] = [];
  for (const { relative, content, state } of planned) {
    if (state === 'file') continue;
    try {
      writeTargetFile(target, relative, content, state);
    } catch (error) {
      // Each file is whole or absent: the ones written stay, and the message says which they are.
      if (!(error instanceof OutputError) || created.length === 0) throw error;
      throw new OutputError(
        `${target}: init stopped part way: ${error.message} It had already created ${listed(created)} in full, and kept ${created.length === 1 ? 'it' : 'them'}; run init again once the rest can be written (existing files are kept).`,
      );
    }
    created.push(relative);
  }
  return created;
}
