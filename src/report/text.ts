/**
 * The text output people read first: the decision on the first line, then what to do about it, then every
 * gate with its reasons, then the findings that block (or, when nothing blocks, the top findings).
 */
import { BIDI_CONTROLS, compareText } from '../strings.js';
import { approvalObstacles, type Evaluation } from '../evaluation.js';
import { describeFinding, type EvaluatedFinding, type GateResult } from '../gates/types.js';
import type { Finding, SeverityCounts, ToolRun } from '../model.js';
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

/**
 * Removes terminal control sequences and bidirectional controls (see markdown.ts) from untrusted text,
 * and keeps it on its line: a line break or tab in a rule id, a path or a title would start a line of
 * its own, which could pass for one of shipgate's (a "PASS" gate) or a CI workflow command.
 */
export function plain(text: string): string {
  return (
    text
      .replace(/[\t\n\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?')
      .replace(BIDI_CONTROLS, '\ufffd')
  );
}

const DISPLAY_ORDER = ['critical', 'high', 'medium', 'low', 'info'] as const;
const DISPLAY_RANK: Partial<Record<string, number>> = Object.fromEntries(DISPLAY_ORDER.map((s, i) => [s, i]));

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
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i += 1)
    sorted = compareText((findings[i - 1] as EvaluatedFinding).id, (findings[i] as EvaluatedFinding).id) <= 0;
  const source = sorted ? findings : [...findings].sort((a, b) => compareText(a.id, b.id));
  // Bucket b = (excepted ? 5 : 0) + the severity's place in DISPLAY_ORDER.
  const buckets: EvaluatedFinding[][] = Array.from({ length: 2 * DISPLAY_ORDER.length }, () => []);
  const first = buckets[0] as EvaluatedFinding[];
  for (const f of source) {
    if (!keep(f)) continue;
    const place = DISPLAY_RANK[f.countedSeverity];
    if (place === undefined) continue;
    (buckets[(f.excepted ? DISPLAY_ORDER.length : 0) + place] as EvaluatedFinding[]).push(f);
    // The first bucket comes first in display order: once it holds `limit` findings they are the answer.
    if (first.length >= limit) break;
  }
  const result: EvaluatedFinding[] = [];
  for (const bucket of buckets) {
    for (const f of bucket) {
      if (result.length >= limit) return result;
      result.push(f);
    }
  }
  return result;
}

/**
 * What the policy's severity overrides did, in one sentence (undefined when they set none): the text
 * output, the job summary and the disposition record say it, not only the certificate, since a rejected
 * release has no certificate and an override may be what let a release through.
 */
export function describeOverrides(evaluation: Pick<Evaluation, 'severityOverrides'>): string | undefined {
  const overrides = evaluation.severityOverrides ?? [];
  if (overrides.length === 0) return undefined;
  const total = overrides.reduce((sum, o) => sum + o.findings, 0);
  const parts = overrides.map((o) => {
    const before = Object.entries(o.from)
      .map(([severity, n]) => `${n} ${severity}`)
      .join(', ');
    return `#${o.override} (${o.match}) set ${o.findings} to ${o.severity} (was ${before})`;
  });
  return `The policy's severity overrides set the severity of ${total} finding(s): ${parts.join('; ')}.`;
}

/** A gate that stops the release: blocking, and failed or errored. */
function isBlocking(gate: GateResult): boolean {
  return gate.enforcement === 'blocking' && (gate.status === 'fail' || gate.status === 'error');
}

/** What the failing gates say about findings, read back from their reasons. */
interface Blockers {
  /** Per failing gate: the findings its reasons name (each reason starts with the finding it is about). */
  named: Map<GateResult, { findings: EvaluatedFinding[]; tails: string[]; more: number; other: string[] }>;
  /** Severities over scan-cleanliness's maximum, with the count and the maximum. */
  overMax: { severity: string; count: number; max: number }[];
}

const FINDING_ID = /^SG-[0-9a-f]{16}\b/;
// scan-cleanliness: "3 open critical finding(s), at most 0 allowed: ..."; every open finding of that severity blocks.
const OVER_MAX = /^(\d+) open (critical|high|medium|low|info) finding\(s\), at most (\d+) allowed/;
// FindingProblems: "and 12 more finding(s) without ..." after the first 100 named.
const MORE = /^and (\d+) more /;

function readBlockers(evaluation: Evaluation): Blockers {
  const byId = new Map<string, EvaluatedFinding>();
  const named: Blockers['named'] = new Map();
  const overMax: Blockers['overMax'] = [];
  const failing = evaluation.gates.filter(isBlocking);
  // Only the findings the reasons name (each gate names at most 100) are looked up.
  const namedIds = new Set<string>();
  for (const gate of failing)
    for (const reason of gate.reasons) {
      const id = FINDING_ID.exec(reason)?.[0];
      if (id) namedIds.add(id);
    }
  if (namedIds.size > 0) for (const f of evaluation.findings) if (namedIds.has(f.id)) byId.set(f.id, f);
  for (const gate of failing) {
    const entry = { findings: [] as EvaluatedFinding[], tails: [] as string[], more: 0, other: [] as string[] };
    named.set(gate, entry);
    for (const reason of gate.reasons) {
      const over = gate.id === 'scan-cleanliness' ? OVER_MAX.exec(reason) : null;
      if (over) {
        overMax.push({ severity: over[2] as string, count: Number(over[1]), max: Number(over[3]) });
        continue;
      }
      const more = MORE.exec(reason);
      if (more) {
        entry.more += Number(more[1]);
        continue;
      }
      const finding = byId.get(FINDING_ID.exec(reason)?.[0] ?? '');
      const head = finding ? describeFinding(finding) : undefined;
      if (finding && head && reason.startsWith(head)) {
        entry.findings.push(finding);
        entry.tails.push(reason.slice(head.length));
      } else entry.other.push(reason);
    }
  }
  return { named, overMax };
}

function countSeverities(findings: readonly EvaluatedFinding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.countedSeverity, (counts.get(f.countedSeverity) ?? 0) + 1);
  return DISPLAY_ORDER.filter((s) => counts.has(s))
    .map((s) => `${s} ${counts.get(s)}`)
    .join(', ');
}

/**
 * "2 open high finding(s)", "5 finding(s) (high 2, low 3)", or, when the gate named only the first of
 * them, "25000 finding(s) (of the 100 named: high 100)": the severities of the rest are not known here.
 */
function describeCount(findings: readonly EvaluatedFinding[], more: number, open: boolean): string {
  const severities = new Set(findings.map((f) => f.countedSeverity));
  const total = findings.length + more;
  const prefix = `${total}${open ? ' open' : ''}`;
  if (severities.size === 1 && more === 0) return `${prefix} ${[...severities][0]} finding(s)`;
  if (more > 0) return `${prefix} finding(s) (of the ${findings.length} named: ${countSeverities(findings)})`;
  return `${prefix} finding(s) (${countSeverities(findings)})`;
}

function listIds(findings: readonly EvaluatedFinding[], more: number, shown = 3): string {
  const ids = topFindings(findings, shown).map((f) => f.id);
  const rest = findings.length - ids.length + more;
  return `${ids.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/** The register a reason names ("... add it to security/findings-register.csv with an owner ..."). */
function registerName(evaluation: Evaluation, tails: readonly string[]): string {
  for (const tail of tails) {
    const match = / to (\S+) with (?:an )?owner/.exec(tail);
    if (match) return match[1] as string;
  }
  return evaluation.evidence.find((e) => e.kind === 'register')?.path ?? 'the findings register';
}

const MAX_VERBATIM = 5;

/** A reason as an item of its own: "the manual assessment ..." -> "The manual assessment ..."; paths stay as they are. */
function sentence(reason: string): string {
  return /^[a-z][a-z-]* /.test(reason) ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}` : reason;
}

/** Whether a reason about a named finding says its register plan is due further ahead than maxPlanDays. */
function dueTooFar(tails: readonly string[]): boolean {
  return tails.some((tail) => tail.includes('(gates.disposition-integrity.maxPlanDays: '));
}

/** The concrete fixes, one per problem kind, in gate order. */
function whatToDo(evaluation: Evaluation, blockers: Blockers): string[] {
  const items: string[] = [];
  let findingFixes = false;
  const verbatim = (gate: GateResult, reasons: readonly string[]): void => {
    for (const reason of reasons.slice(0, MAX_VERBATIM)) items.push(`${plain(sentence(reason))} (${gate.id})`);
    if (reasons.length > MAX_VERBATIM)
      items.push(`... and ${reasons.length - MAX_VERBATIM} more from ${gate.id} (see the gates below)`);
  };
  for (const [gate, entry] of blockers.named) {
    if (gate.status === 'error') {
      verbatim(gate, gate.reasons);
      continue;
    }
    if (gate.id === 'scan-cleanliness') {
      for (const over of blockers.overMax) {
        const found = evaluation.findings.filter((f) => !f.excepted && f.countedSeverity === over.severity);
        items.push(
          `Fix, or accept with an exception, ${over.count} open ${over.severity} finding(s) (the policy allows at most ${over.max}): ${listIds(found, over.count - found.length)}. (${gate.id})`,
        );
        findingFixes = true;
      }
      if (entry.findings.length > 0 || entry.more > 0) {
        items.push(
          `Give ${describeCount(entry.findings, entry.more, true)} a current mitigation plan (a row in ${plain(registerName(evaluation, entry.tails))} with owner, remediation_plan and a due_date not yet passed${dueTooFar(entry.tails) ? " nor further ahead than the policy's maxPlanDays" : ''}), or fix them, or add an exception: ${listIds(entry.findings, entry.more)}. (${gate.id})`,
        );
        findingFixes = true;
      }
    } else if (gate.id === 'disposition-integrity' && (entry.findings.length > 0 || entry.more > 0)) {
      items.push(
        `Give ${describeCount(entry.findings, entry.more, false)} a resolution path (a row in ${plain(registerName(evaluation, entry.tails))} with an owner and a remediation plan${dueTooFar(entry.tails) ? " due within the policy's maxPlanDays" : ''}, or status risk-accepted or false-positive with a valid exception_id), or add an exception: ${listIds(entry.findings, entry.more)}. (${gate.id})`,
      );
      findingFixes = true;
    } else {
      // Reasons that name a finding but belong to no known fix are listed as they are.
      verbatim(gate, [
        ...entry.findings.map((f, i) => `${describeFinding(f)}${entry.tails[i] ?? ''}`),
        ...(entry.more > 0 ? [`and ${entry.more} more finding(s)`] : []),
      ]);
      if (entry.findings.length > 0) findingFixes = true;
    }
    verbatim(gate, entry.other);
  }
  const blocking = evaluation.gates.filter((g) => g.enforcement === 'blocking');
  if (blocking.length === 0)
    items.push(
      'To be certified, make at least one gate blocking (extend the release or strict preset); mode: advisory keeps the job green meanwhile.',
    );
  const lines = items.map((item, i) => `  ${i + 1}. ${item}`);
  if (findingFixes)
    lines.push(
      '  To accept a risk: shipgate waive FINDING_ID --reason TEXT --owner NAME --approved-by NAME --expires YYYY-MM-DD',
    );
  return lines;
}

/** The first line: the decision, and in a few words why. */
function headline(evaluation: Evaluation): string {
  const blocking = evaluation.gates.filter((g) => g.enforcement === 'blocking');
  const failed = blocking.filter(isBlocking);
  const advisory = evaluation.mode === 'advisory' ? ' (advisory mode: the job does not fail on gates)' : '';
  if (evaluation.decision === 'rejected') {
    // Obstacles past the failed blocking gates (see approvalObstacles), after them.
    const others = approvalObstacles(evaluation.gates).slice(failed.length);
    const gates = `${failed.length} of ${blocking.length} blocking gate(s) failed: ${failed
      .map((g) => `${g.id}${g.status === 'error' ? ' (error)' : ''}`)
      .join(', ')}`;
    return `REJECTED — ${[...(failed.length > 0 ? [gates] : []), ...others].join('; ')}${advisory}`;
  }
  const passed = `${blocking.length} of ${blocking.length} blocking gate(s) passed`;
  if (evaluation.decision === 'approved-with-conditions')
    return `APPROVED WITH CONDITIONS — ${passed}; ${evaluation.conditions.length} condition(s)${advisory}`;
  return `APPROVED — ${passed}; no conditions${advisory}`;
}

function describePolicy(source: string, digest: string, named: boolean): string {
  const preset = source.startsWith('preset:') ? source.slice('preset:'.length) : undefined;
  const what =
    preset === 'release' && !named
      ? 'the built-in release preset (the default when there is no .shipgate/policy.yml)'
      : preset
        ? `the built-in ${plain(preset)} preset`
        : plain(source);
  return `${what}, sha256 ${digest.slice(0, 12)}`;
}

/**
 * `385 open: critical 18, high 69, unknown 7 (counted as high)`: findings without a severity count as
 * the policy's `severity.unknown` says, which the gates' numbers include, so the line says so.
 */
/**
 * How each run of an input is named in the reports: its tool (and version, with `withVersion`), with
 * the run's scan type when the input has several runs of that tool (a Trivy report with package,
 * config and secret results is `Trivy (dependency), Trivy (iac), Trivy (secret)`).
 */
export function runLabels(runs: readonly ToolRun[], withVersion = false): string[] {
  const count = new Map<string, number>();
  for (const r of runs) count.set(r.tool, (count.get(r.tool) ?? 0) + 1);
  return runs.map((r) => {
    const name = withVersion && r.toolVersion ? `${r.tool} ${r.toolVersion}` : r.tool;
    return (count.get(r.tool) ?? 0) > 1 ? `${name} (${r.scanType})` : name;
  });
}

function describeOpen(open: SeverityCounts, findings: readonly EvaluatedFinding[] = []): string {
  const countedAs = open.unknown > 0 ? findings.find((f) => f.severity === 'unknown')?.countedSeverity : undefined;
  const counts = SEVERITIES.filter((s) => open[s] > 0).map(
    (s) => `${s} ${open[s]}${s === 'unknown' && countedAs ? ` (counted as ${countedAs})` : ''}`,
  );
  const total = SEVERITIES.reduce((n, s) => n + open[s], 0);
  return total === 0 ? 'none open' : `${total} open: ${counts.join(', ')}`;
}

function findingLine(f: EvaluatedFinding): string {
  return `  ${f.countedSeverity.toUpperCase().padEnd(8)} ${f.id} ${plain(f.ruleId)} ${plain(formatLocation(f))} — ${plain(f.title)}${f.excepted ? ` [excepted: ${plain(f.exceptionId ?? '')}]` : ''}`;
}

/**
 * Which of the ids `among` name open findings (no exception or suppression applies); by default the
 * ids the rejected exceptions would cover, which every report words as "stay open" or "covered otherwise".
 */
export function openFindingIds(
  evaluation: Evaluation,
  among: Iterable<string> = evaluation.exceptions.rejected.flatMap((r) => r.wouldCover),
): Set<string> {
  // Only the ids asked about (those rejected exceptions would cover): a set of every open finding's id
  // took 50 MiB at 579,000 findings, past what reading them took.
  const wanted = new Set(among);
  const open = new Set<string>();
  if (wanted.size === 0) return open;
  for (const f of evaluation.findings) if (!f.excepted && wanted.has(f.id)) open.add(f.id);
  return open;
}

/**
 * What a rejected exception leaves open: the findings it matches that nothing else covers (another
 * exception with the same match, or an accepted in-file suppression, may cover them).
 */
export function staysOpen(wouldCover: readonly string[], open: ReadonlySet<string>): string {
  const count = wouldCover.filter((id) => open.has(id)).length;
  const covered = wouldCover.length - count;
  return `${count} finding(s) stay open${covered > 0 ? ` (${covered} covered otherwise)` : ''}`;
}

export function renderText(evaluation: Evaluation, options: TextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const decisionColor = evaluation.decision === 'approved' ? '32' : evaluation.decision === 'rejected' ? '31' : '33';
  const limit = options.top ?? 10;
  const lines: string[] = [];
  lines.push(paint(`1;${decisionColor}`, headline(evaluation)));
  // The policy file's own sha256, as sha256sum prints it and the certificate records it.
  lines.push(
    `Policy: ${describePolicy(evaluation.policy.source, evaluation.policy.chain[0]?.sha256 ?? evaluation.policy.digest, evaluation.policy.named === true)}`,
  );
  lines.push(
    `Findings: ${evaluation.findings.length} from ${evaluation.inputs.length} input(s); ${describeOpen(evaluation.open, evaluation.findings)}`,
  );

  const blockers = readBlockers(evaluation);
  if (evaluation.decision === 'rejected') {
    lines.push('', 'What to do:', ...whatToDo(evaluation, blockers));
  }
  if (evaluation.conditions.length > 0) {
    lines.push('');
    lines.push(
      evaluation.decision === 'rejected'
        ? 'Conditions (listed with the decision once nothing blocks):'
        : 'What to do: meet these conditions (the certificate lists them):',
    );
    for (const condition of evaluation.conditions.slice(0, 20)) lines.push(`  - ${plain(condition)}`);
    if (evaluation.conditions.length > 20) lines.push(`  - ... and ${evaluation.conditions.length - 20} more`);
  }
  const rejected = evaluation.exceptions.rejected;
  if (rejected.length > 0) {
    lines.push('');
    lines.push('Exceptions not applied:');
    const open = openFindingIds(evaluation);
    for (const e of rejected)
      lines.push(
        `  - ${plain(e.id)} (${plain(e.file)}: line ${e.line}): ${plain(e.reason)}; ${staysOpen(e.wouldCover, open)}`,
      );
  }

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

  if (evaluation.decision === 'rejected') {
    const namedIds = new Set([...blockers.named.values()].flatMap((e) => e.findings.map((f) => f.id)));
    const over = new Set(blockers.overMax.map((o) => o.severity));
    const blocks = (f: EvaluatedFinding): boolean => namedIds.has(f.id) || (!f.excepted && over.has(f.countedSeverity));
    // Counted, not collected: a rejected evaluation may hold hundreds of thousands of blocking findings.
    let blocking = 0;
    for (const f of evaluation.findings) if (blocks(f)) blocking += 1;
    const shown = topFindings(evaluation.findings, limit, blocks);
    // A gate names at most 100 findings and counts the rest; the count is then a lower bound.
    const atLeast = Math.max(
      blocking,
      ...[...blockers.named.values()].map((e) => e.findings.length + e.more),
      ...blockers.overMax.map((o) => o.count),
    );
    if (atLeast > 0) {
      lines.push('');
      lines.push(
        `Blocking findings (${atLeast > blocking ? `at least ${atLeast}` : atLeast}${evaluation.findings.length > atLeast ? ` of ${evaluation.findings.length}` : ''}):`,
      );
      for (const f of shown) lines.push(findingLine(f));
      if (atLeast > shown.length)
        lines.push(
          `  ... and ${atLeast - shown.length} more (every finding is in scan-results.json; --format json prints it)`,
        );
    }
  } else {
    const top = topFindings(evaluation.findings, limit);
    if (top.length > 0) {
      lines.push('');
      lines.push(`Top findings (${top.length} of ${evaluation.findings.length}):`);
      for (const f of top) lines.push(findingLine(f));
    }
  }

  const totals = SEVERITIES.map((s) => `${s} ${evaluation.totals[s]}`).join(', ');
  lines.push('');
  lines.push(`Inputs (${evaluation.inputs.length}); all findings before exceptions: ${totals}`);
  const overridden = describeOverrides(evaluation);
  if (overridden) lines.push(plain(overridden));
  for (const input of evaluation.inputs.slice(0, 20))
    lines.push(`  ${plain(input.path)} [${input.format}: ${runLabels(input.runs).map(plain).join(', ')}]`);
  if (evaluation.inputs.length > 20) lines.push(`  ... and ${evaluation.inputs.length - 20} more`);

  if (evaluation.warnings.length > 0) {
    lines.push('');
    lines.push(`Warnings (${evaluation.warnings.length}):`);
    for (const w of evaluation.warnings.slice(0, 10)) lines.push(`  - ${plain(w)}`);
    if (evaluation.warnings.length > 10)
      lines.push(`  - ... and ${evaluation.warnings.length - 10} more (see scan-results.json)`);
  }
  return `${lines.join('\n')}\n`;
}
