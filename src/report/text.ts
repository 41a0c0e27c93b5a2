/** The text output people read at a glance: decision first, then gates with reasons, then the top findings. */
import { compareText } from '../strings.js';
import type { Evaluation } from '../evaluation.js';
import type { EvaluatedFinding } from '../gates/types.js';
import type { Finding } from '../model.js';
import { SEVERITIES } from '../model.js';

export interface TextOptions {
  color: boolean;
  /** How many findings to list. */
  top?: number;
}

/** `path:line`, `METHOD url [param]`, or `package@version`. */
export function formatLocation(f: Pick<Finding, 'location' | 'package'>): string {
  const l = f.location;
  if (l.url) return `${l.method ? `${l.method} ` : ''}${l.url}${l.param ? ` [${l.param}]` : ''}`;
  if (l.path) return `${l.path}${l.startLine ? `:${l.startLine}` : ''}`;
  if (f.package) return `${f.package.name}${f.package.version ? `@${f.package.version}` : ''}`;
  return '';
}

/** Removes terminal control sequences from untrusted text. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

const DISPLAY_ORDER = ['critical', 'high', 'medium', 'low', 'info'] as const;

/**
 * The first `limit` findings in display order: open before excepted, worst severity first, then by id.
 * Linear: the findings arrive sorted by id, so bucketing by (excepted, severity) keeps id order without
 * sorting a list that may hold hundreds of thousands of findings.
 */
export function topFindings(
  findings: readonly EvaluatedFinding[],
  limit = Number.POSITIVE_INFINITY,
  keep: (f: EvaluatedFinding) => boolean = () => true,
): EvaluatedFinding[] {
  const sorted = findings.every((f, i) => i === 0 || compareText((findings[i - 1] as EvaluatedFinding).id, f.id) <= 0);
  const source = sorted ? findings : [...findings].sort((a, b) => compareText(a.id, b.id));
  const buckets = new Map<string, EvaluatedFinding[]>();
  for (const excepted of [false, true]) for (const severity of DISPLAY_ORDER) buckets.set(`${excepted}${severity}`, []);
  for (const f of source) if (keep(f)) buckets.get(`${f.excepted}${f.countedSeverity}`)?.push(f);
  const result: EvaluatedFinding[] = [];
  for (const bucket of buckets.values()) {
    for (const f of bucket) {
      if (result.length >= limit) return result;
      result.push(f);
    }
  }
  return result;
}

export function renderText(evaluation: Evaluation, options: TextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const decisionColor = evaluation.decision === 'approved' ? '32' : evaluation.decision === 'rejected' ? '31' : '33';
  const lines: string[] = [];
  lines.push(
    paint(`1;${decisionColor}`, `Decision: ${evaluation.decision.toUpperCase()}`) +
      (evaluation.mode === 'advisory' ? ' (advisory mode: the job does not fail on gates)' : ''),
  );
  const counts = (c: Evaluation['open']): string => SEVERITIES.map((s) => `${s} ${c[s]}`).join(', ');
  lines.push(`Open findings: ${counts(evaluation.open)}`);
  lines.push(`All findings (before exceptions): ${counts(evaluation.totals)}`);
  lines.push(`Policy: ${evaluation.policy.source} (sha256 ${evaluation.policy.digest.slice(0, 12)})`);
  lines.push(
    `Inputs: ${evaluation.inputs.map((i) => `${plain(i.path)} [${i.format}: ${i.runs.map((r) => plain(r.tool)).join(', ')}]`).join('; ')}`,
  );
  lines.push('');
  lines.push('Gates:');
  for (const gate of evaluation.gates) {
    const mark =
      gate.status === 'pass'
        ? paint('32', 'PASS')
        : gate.status === 'off'
          ? 'OFF '
          : paint('31', gate.status.toUpperCase());
    lines.push(`  ${mark} ${gate.id} (${gate.enforcement}): ${plain(gate.summary)}`);
    const shown = gate.reasons.slice(0, 15);
    for (const reason of shown) lines.push(`       - ${plain(reason)}`);
    if (gate.reasons.length > shown.length)
      lines.push(`       - ... and ${gate.reasons.length - shown.length} more (see disposition-record.md)`);
  }
  if (evaluation.conditions.length > 0) {
    lines.push('');
    lines.push('Conditions:');
    for (const condition of evaluation.conditions.slice(0, 20)) lines.push(`  - ${plain(condition)}`);
    if (evaluation.conditions.length > 20) lines.push(`  - ... and ${evaluation.conditions.length - 20} more`);
  }
  const rejected = evaluation.exceptions.rejected;
  if (rejected.length > 0) {
    lines.push('');
    lines.push('Exceptions not applied:');
    for (const e of rejected)
      lines.push(
        `  - ${plain(e.id)} (${plain(e.file)}: line ${e.line}): ${plain(e.reason)}; ${e.wouldCover.length} finding(s) stay open`,
      );
  }
  const top = topFindings(evaluation.findings, options.top ?? 10);
  if (top.length > 0) {
    lines.push('');
    lines.push(`Top findings (${Math.min(top.length, evaluation.findings.length)} of ${evaluation.findings.length}):`);
    for (const f of top)
      lines.push(
        `  ${f.countedSeverity.toUpperCase().padEnd(8)} ${f.id} ${plain(f.ruleId)} ${plain(formatLocation(f))} — ${plain(f.title)}${f.excepted ? ` [excepted: ${f.exceptionId}]` : ''}`,
      );
  }
  if (evaluation.warnings.length > 0) {
    lines.push('');
    lines.push(`Warnings (${evaluation.warnings.length}):`);
    for (const w of evaluation.warnings.slice(0, 10)) lines.push(`  - ${plain(w)}`);
    if (evaluation.warnings.length > 10)
      lines.push(`  - ... and ${evaluation.warnings.length - 10} more (see scan-results.json)`);
  }
  return `${lines.join('\n')}\n`;
}
