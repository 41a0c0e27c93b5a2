/**
 * The security approval certificate: markdown for people, and an in-toto Statement v1 whose predicate
 * follows the SLSA Verification Summary Attestation v1, plus shipgate's own fields (signed-ready JSON).
 * https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 * https://slsa.dev/spec/v1.0/verification_summary
 */
import { createHash } from 'node:crypto';
import type { Evaluation } from '../evaluation.js';
import { SEVERITIES } from '../model.js';
import { renderExceptionSections } from './disposition-record.js';
import { escapeMarkdown, markdownTable } from './markdown.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
export const VERIFIER_ID = 'https://github.com/shipgate/shipgate';

/** The sha256 of a set of inputs, one `sha256  path` line each: the subject when there is no commit. */
export function inputSetDigest(inputs: readonly { sha256: string; path: string }[]): string {
  return createHash('sha256')
    .update(inputs.map((i) => `${i.sha256}  ${i.path}`).join('\n'))
    .digest('hex');
}

function subject(evaluation: Evaluation): { name: string; digest: Record<string, string> } {
  const name = evaluation.repository ?? 'release';
  if (evaluation.commit && /^[0-9a-f]{40}$/i.test(evaluation.commit))
    return { name, digest: { gitCommit: evaluation.commit.toLowerCase() } };
  // Without a commit, the subject is the set of evaluated inputs.
  return { name, digest: { sha256: inputSetDigest(evaluation.inputs) } };
}

export function buildCertificate(evaluation: Evaluation): Record<string, unknown> {
  const resourceUri = evaluation.repository
    ? `git+https://github.com/${evaluation.repository}${evaluation.commit ? `@${evaluation.commit}` : ''}`
    : `shipgate:inputs/${subject(evaluation).digest.sha256 ?? evaluation.commit ?? ''}`;
  return {
    _type: STATEMENT_TYPE,
    subject: [subject(evaluation)],
    predicateType: VSA_PREDICATE_TYPE,
    predicate: {
      verifier: { id: VERIFIER_ID, version: { shipgate: evaluation.shipgateVersion } },
      timeVerified: evaluation.evaluatedAt,
      resourceUri,
      policy: { uri: evaluation.policy.source, digest: { sha256: evaluation.policy.digest } },
      inputAttestations: [
        ...evaluation.inputs.map((i) => ({ uri: i.path, digest: { sha256: i.sha256 } })),
        ...evaluation.evidence
          .filter((e) => e.kind !== 'policy')
          .map((e) => ({ uri: e.path, digest: { sha256: e.sha256 } })),
      ],
      verificationResult: 'PASSED',
      verifiedLevels: [`SHIPGATE_${evaluation.decision === 'approved' ? 'APPROVED' : 'APPROVED_WITH_CONDITIONS'}`],
      shipgate: {
        decision: evaluation.decision,
        mode: evaluation.mode,
        ...(evaluation.commit ? { commit: evaluation.commit } : {}),
        totals: evaluation.totals,
        open: evaluation.open,
        gates: evaluation.gates.map((g) => ({
          id: g.id,
          enforcement: g.enforcement,
          status: g.status,
          summary: g.summary,
        })),
        conditions: evaluation.conditions,
        exceptionsApplied: evaluation.exceptions.applied.map((a) => ({
          id: a.id,
          type: a.type,
          expires: a.expires,
          approvedBy: a.approvedBy,
          findings: a.findings,
        })),
        exceptionsNotApplied: evaluation.exceptions.rejected.map((r) => ({
          id: r.id,
          status: r.status,
          reason: r.reason,
        })),
        evidence: evaluation.evidence,
      },
    },
  };
}

export function renderCertificateJson(evaluation: Evaluation): string {
  return `${JSON.stringify(buildCertificate(evaluation), null, 2)}\n`;
}

export function renderCertificateMarkdown(evaluation: Evaluation): string {
  const out: string[] = [];
  out.push('# Security approval certificate', '');
  out.push(
    `**${evaluation.decision === 'approved' ? 'Approved' : 'Approved with conditions'}** for release by shipgate ${evaluation.shipgateVersion} on ${evaluation.evaluatedAt}.`,
    '',
  );
  if (evaluation.repository) out.push(`- Repository: ${escapeMarkdown(evaluation.repository)}`);
  if (evaluation.commit) out.push(`- Commit: ${escapeMarkdown(evaluation.commit)}`);
  out.push(`- Policy: ${escapeMarkdown(evaluation.policy.source)} (sha256 ${evaluation.policy.digest})`);
  out.push(`- Mode: ${evaluation.mode}`, '');
  out.push('## Gates', '');
  out.push(
    markdownTable(
      ['Gate', 'Enforcement', 'Status', 'Summary'],
      evaluation.gates.map((g) => [g.id, g.enforcement, g.status, g.summary]),
    ),
  );
  out.push('', '## Open findings', '');
  out.push(
    markdownTable(
      ['', ...SEVERITIES],
      [
        ['open', ...SEVERITIES.map((s) => String(evaluation.open[s]))],
        ['all', ...SEVERITIES.map((s) => String(evaluation.totals[s]))],
      ],
    ),
  );
  out.push('', '## Conditions', '');
  out.push(
    evaluation.conditions.length === 0
      ? 'None.'
      : evaluation.conditions.map((c) => `- ${escapeMarkdown(c, 2000)}`).join('\n'),
  );
  out.push('', ...renderExceptionSections(evaluation));
  out.push('', '## Evidence', '');
  out.push(
    markdownTable(
      ['File', 'Kind', 'sha256'],
      [
        ...evaluation.inputs.map((i) => [i.path, `scan (${i.format})`, i.sha256]),
        ...evaluation.evidence.map((e) => [e.path, `${e.kind} (${e.origin})`, e.sha256]),
      ],
    ),
  );
  out.push(
    '',
    'The machine-readable certificate is `security-approval-certificate.json` (an in-toto Statement with a SLSA VSA predicate).',
  );
  return `${out.join('\n')}\n`;
}
