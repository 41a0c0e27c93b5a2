/** `shipgate validate`: checks the policy, exception files, register and assessment without scan inputs. */
import { createWorkspaceReader, type EvidenceReader } from '../evidence/source.js';
import { readExceptionFiles } from '../evidence/exceptions.js';
import { parseRegister } from '../evidence/register.js';
import { parseAssessment } from '../evidence/assessment.js';
import { loadPolicy } from '../policy/load.js';

export interface ValidateOptions {
  root: string;
  policy?: string;
  evidence?: EvidenceReader;
}

/** Returns a report of what was checked; throws ConfigError (exit 2) or InputError (exit 3) on the first bad file. */
export async function validateEvidence(options: ValidateOptions): Promise<string> {
  const reader = options.evidence ?? createWorkspaceReader(options.root);
  const lines: string[] = [];
  const loaded = loadPolicy(reader, options.policy);
  const { policy } = loaded;
  lines.push(`policy: ${loaded.chain.map((c) => c.source).join(' -> ')}: valid`);
  const { exceptions, files } = readExceptionFiles(reader, policy.exceptions.paths);
  for (const file of files) lines.push(`exceptions: ${file.path}: ${file.count} exception(s), valid`);
  if (exceptions.length === 0) lines.push('exceptions: none');
  const registerPath = policy.gates['disposition-integrity'].register;
  const register = reader.read(registerPath);
  if (register) {
    const parsed = await parseRegister(register.bytes.toString('utf8'), register.path);
    lines.push(`register: ${register.path}: ${parsed.rows.length} row(s), valid`);
  } else lines.push(`register: ${registerPath}: not found (evaluate writes a new one)`);
  const assessmentPath = policy.gates['control-verification'].assessment;
  const assessment = reader.read(assessmentPath);
  if (assessment) {
    const parsed = parseAssessment(assessment.bytes.toString('utf8'), assessment.path);
    lines.push(`assessment: ${assessment.path}: ${parsed.controls.length} control(s), valid`);
  } else
    lines.push(
      `assessment: ${assessmentPath}: not found${policy.gates['control-verification'].enforcement === 'off' ? '' : ' (control-verification will fail until it exists)'}`,
    );
  return `${lines.join('\n')}\n`;
}
