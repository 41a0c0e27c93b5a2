/** disposition-record.md: the decision, each gate with its reasons, conditions, exceptions and every finding's disposition. */
import type { Evaluation } from '../evaluation.js';
import { SEVERITIES } from '../model.js';
import { escapeMarkdown, markdownRow, markdownTable } from './markdown.js';
import { formatLocation, openFindingIds, runLabels, topFindings } from './text.js';
import { SARIF_MAX_RESULTS } from './sarif.js';
import { overridesNote } from './summary.js';

export function renderExceptionSections(evaluation: Evaluation): string[] {
  const e = evaluation.exceptions;
  const out: string[] = [];
  out.push('## Exceptions applied', '');
  out.push(
    e.applied.length === 0
      ? 'None.'
      : markdownTable(
          ['Exception', 'Type', 'Expires', 'Owner', 'Approved by', 'Findings', 'Reason', 'File'],
          e.applied.map((a) => [
            a.id,
            a.type,
            a.expires,
            a.owner,
            a.approvedBy,
            a.findings.join(', '),
            a.reason,
            `${a.file}:${a.line}`,
          ]),
        ),
  );
  out.push('', '## Exceptions not applied', '');
  // A finding another exception (or an honored suppression) covers does not count as open: say so.
  const open = openFindingIds(evaluation);
  const wouldCover = (ids: readonly string[]): string =>
    ids.map((id) => (open.has(id) ? id : `${id} (covered otherwise)`)).join(', ') || 'none';
  const notApplied = [
    ...e.rejected.map((r) => [r.id, r.status, r.reason, wouldCover(r.wouldCover), `${r.file}:${r.line}`]),
    ...e.unused.map((u) => [u.id, 'unused', 'matches no finding', 'none', `${u.file}:${u.line}`]),
    ...e.pending.map((p) => ['(file)', 'pending review', p.reason, 'not evaluated', p.file]),
  ];
  out.push(
    notApplied.length === 0
      ? 'None.'
      : markdownTable(
          ['Exception', 'Status', 'Why', 'Findings it would cover (open unless covered otherwise)', 'File'],
          notApplied,
        ),
  );
  if (e.expiringSoon.length > 0) {
    out.push('', '## Exceptions expiring soon', '');
    out.push(
      markdownTable(
        ['Exception', 'Expires', 'Days left'],
        e.expiringSoon.map((x) => [x.id, x.expires, String(x.daysLeft)]),
      ),
    );
  }
  return out;
}

/** The record lists the worst findings first, at most this many; the rest are in scan-results.json. */
export const MAX_RECORD_FINDINGS = 5000;

/** The record as text chunks; the findings table is yielded row by row. */
export function* renderDispositionRecordChunks(evaluation: Evaluation): Generator<string> {
  const out: string[] = [];
  out.push('# Security disposition record', '');
  out.push(`**Decision: ${evaluation.decision}**${evaluation.mode === 'advisory' ? ' (advisory mode)' : ''}`, '');
  out.push(`- Evaluated: ${evaluation.evaluatedAt} by shipgate ${evaluation.shipgateVersion}`);
  if (evaluation.repository) out.push(`- Repository: ${escapeMarkdown(evaluation.repository)}`);
  if (evaluation.commit) out.push(`- Commit: ${escapeMarkdown(evaluation.commit)}`);
  // The file's own sha256 (what sha256sum prints, and the certificate's policy digest), then the chain's.
  const file = evaluation.policy.chain[0];
  out.push(
    `- Policy: ${escapeMarkdown(evaluation.policy.source)}${file ? ` (sha256 ${file.sha256})` : ''}`,
    `- Policy chain: ${escapeMarkdown(evaluation.policy.chain.map((c) => c.source).join(' -> '))} (sha256 over the chain ${evaluation.policy.digest})`,
    '',
  );
  out.push('## Counts', '');
  out.push(
    markdownTable(
      ['', ...SEVERITIES],
      [
        ['all findings', ...SEVERITIES.map((s) => String(evaluation.totals[s]))],
        ['open (after exceptions)', ...SEVERITIES.map((s) => String(evaluation.open[s]))],
      ],
    ),
    ...overridesNote(evaluation),
  );
  out.push('', '## Gates', '');
  out.push(
    markdownTable(
      ['Gate', 'Enforcement', 'Status', 'Summary'],
      evaluation.gates.map((g) => [g.id, g.enforcement, g.status, g.summary]),
    ),
  );
  for (const gate of evaluation.gates) {
    if (gate.reasons.length === 0) continue;
    out.push('', `### ${gate.id}: ${gate.status}`, '');
    for (const reason of gate.reasons) out.push(`- ${escapeMarkdown(reason, 2000)}`);
  }
  out.push('', '## Conditions', '');
  out.push(
    evaluation.conditions.length === 0
      ? 'None.'
      : evaluation.conditions.map((c) => `- ${escapeMarkdown(c, 2000)}`).join('\n'),
  );
  out.push('', ...renderExceptionSections(evaluation));
  out.push('', '## Inputs', '');
  out.push(
    markdownTable(
      ['Input', 'Format', 'Tools', 'Completed', 'sha256'],
      evaluation.inputs.map((i) => [
        i.path,
        i.format,
        runLabels(i.runs, true).join(', '),
        i.runs.every((r) => r.completed) ? 'yes' : 'no',
        i.sha256,
      ]),
    ),
  );
  out.push('', '## Findings', '');
  if (evaluation.findings.length === 0) out.push('None.');
  else {
    out.push(markdownTable(['Id', 'Severity', 'Counted as', 'Scan', 'Rule', 'Location', 'Title', 'Disposition'], []));
    yield `${out.join('\n')}\n`;
    out.length = 0;
    for (const f of topFindings(evaluation.findings, MAX_RECORD_FINDINGS))
      yield `${markdownRow([
        f.id,
        f.severity,
        f.countedSeverity,
        f.scanType,
        f.ruleId,
        formatLocation(f),
        f.title,
        f.excepted ? `excepted (${f.exceptionId})` : 'open',
      ])}\n`;
  }
  if (evaluation.findings.length > MAX_RECORD_FINDINGS)
    out.push(
      '',
      `${evaluation.findings.length - MAX_RECORD_FINDINGS} more findings omitted here; every finding is in scan-results.json and findings-register.csv${evaluation.findings.length > SARIF_MAX_RESULTS ? ` (shipgate.sarif holds the first ${SARIF_MAX_RESULTS})` : ', and in shipgate.sarif'}.`,
    );
  if (evaluation.warnings.length > 0) {
    out.push('', '## Warnings', '');
    for (const w of evaluation.warnings) out.push(`- ${escapeMarkdown(w, 2000)}`);
  }
  if (out.length > 0) yield `${out.join('\n')}\n`;
}

export function renderDispositionRecord(evaluation: Evaluation): string {
  return [...renderDispositionRecordChunks(evaluation)].join('');
}
