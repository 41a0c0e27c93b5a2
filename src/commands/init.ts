/** `shipgate init`: scaffolds .shipgate/ and the evidence files the release preset expects. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_CONTROLS, renderAssessmentTemplate } from '../evidence/assessment.js';
import { REGISTER_COLUMNS } from '../evidence/register.js';

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

function exceptionExample(today: string): string {
  return `# Exceptions: each entry excepts matching findings until it expires.
# An entry must select by finding, vulnerability or rule; it applies while approvedOn <= today < expires,
# when expires - approvedOn <= maxDays (90 in the release preset), and when approvedBy is on the
# policy's approver list and is not the owner. Add entries with: shipgate waive SG-... --reason ...
exceptions: []
# Example:
#  - id: EXC-0001
#    type: risk-acceptance            # risk-acceptance | false-positive | compensating-control
#    match:
#      vulnerability: CVE-2020-8203   # or finding: SG-0123456789abcdef, or rule: js/sql-injection
#      package: lodash
#    reason: Not reachable; the input is server-generated.
#    owner: alice
#    approvedBy: security-lead
#    approvedOn: ${today}
#    expires: ${today}
#    ticket: SEC-1
`;
}

/** Writes the scaffold under `target`; existing files are kept. Returns the files created. */
export function initProject(target: string, now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  const files: [string, string][] = [
    ['.shipgate/policy.yml', POLICY],
    ['.shipgate/exceptions/example.yml', exceptionExample(today)],
    ['security/findings-register.csv', `${REGISTER_COLUMNS.join(',')}\n`],
    ['security/manual-assessment.md', renderAssessmentTemplate(DEFAULT_CONTROLS)],
  ];
  const created: string[] = [];
  for (const [relative, content] of files) {
    const path = join(target, relative);
    if (existsSync(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content, { flag: 'wx' });
    created.push(relative);
  }
  return created;
}
