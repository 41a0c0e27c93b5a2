/** The pure middle of the data path: findings -> exceptions -> gates -> decision (DESIGN 1 and 5). */
import type { Decision, Finding, FindingSource, InputRecord, ScanType, Severity, SeverityCounts } from './model.js';
import { countBySeverity, SEVERITY_RANK } from './model.js';
import type { CountedSeverity, Policy, SeverityOverride } from './policy/types.js';
import { GATES } from './gates/index.js';
import type { EvaluatedFinding, GateContext, GateResult } from './gates/types.js';
import type { ExceptionReport } from './evidence/exceptions.js';
import { copiesOf, joinedByVulnerability, ruleIdsOf, type FindingCopy } from './normalize.js';
import { pushAll } from './strings.js';

/** Everything the outputs render. */
export interface Evaluation {
  shipgateVersion: string;
  /** Declared timestamp field: when the evaluation ran (ISO 8601, UTC). */
  evaluatedAt: string;
  /** YYYY-MM-DD (UTC) used for date rules. */
  today: string;
  root: string;
  /** The root's real path, when it is given through a symbolic link (scanners write real paths). */
  rootReal?: string;
  /**
   * The folder the outputs go to, relative to the root (POSIX), when it is inside the root and not the
   * root itself: the folder the inputs' globs skipped, which `verify` skips in turn.
   */
  outputs?: string;
  commit?: string;
  repository?: string;
  /** The GitHub server the repository is on, when it is not https://github.com (GitHub Enterprise Server). */
  serverUrl?: string;
  /**
   * The root's folder in its git repository (`services/api/`), absent at the repository's top or outside
   * one: shipgate.sarif names files from the repository's top, where GitHub code scanning places them.
   */
  repositoryFolder?: string;
  mode: Policy['mode'];
  policy: {
    source: string;
    digest: string;
    chain: { source: string; sha256: string; origin: string }[];
    /** The run named the policy (`--policy`, the Action's `policy`) rather than finding the default. */
    named?: boolean;
  };
  inputs: InputRecord[];
  findings: EvaluatedFinding[];
  /** De-duplicated findings per severity, before exceptions. */
  totals: SeverityCounts;
  /** Open findings per severity, after valid exceptions. */
  open: SeverityCounts;
  gates: GateResult[];
  conditions: string[];
  decision: Decision;
  warnings: string[];
  exceptions: ExceptionReport;
  /** Evidence files read (policy chain, exceptions, register, assessment) with their digests. */
  evidence: { path: string; sha256: string; origin: string; kind: string }[];
  /** What the policy's severity overrides decided (absent or empty when none matched). */
  severityOverrides?: OverrideSummary[];
}

/** What one severity override of the policy decided: the findings whose severity it set, and from what. */
export interface OverrideSummary {
  /** 1-based place of the override in `severity.overrides`. */
  override: number;
  /** Its selectors, as `key=value` joined by ', '. */
  match: string;
  severity: Severity;
  /** How many findings it decided (the last matching override decides). */
  findings: number;
  /** How many of them had each severity before. */
  from: Partial<Record<Severity, number>>;
  /** The ids of the first of them, at most OVERRIDE_IDS_LISTED. */
  ids: string[];
}

export const OVERRIDE_IDS_LISTED = 20;

function describeMatch(override: SeverityOverride): string {
  return Object.entries(override.match)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

/**
 * What the overrides decided, from the findings before and after `applySeverityOverrides` (same order):
 * a certificate says when a policy set a finding's severity, not only the scan results do. `unknownAs`
 * is the policy's `severity.unknown`, as given to applySeverityOverrides.
 */
export function summarizeOverrides(
  before: readonly Finding[],
  after: readonly Finding[],
  overrides: readonly SeverityOverride[],
  unknownAs?: CountedSeverity,
): OverrideSummary[] {
  if (overrides.length === 0) return [];
  const summaries = new Map<number, OverrideSummary>();
  after.forEach((finding, i) => {
    const original = before[i] as Finding;
    if (finding === original) return;
    const decided = decidingOverride(original, overrides, unknownAs);
    const override = overrides[decided];
    if (override === undefined) return;
    let summary = summaries.get(decided);
    if (summary === undefined) {
      summary = {
        override: decided + 1,
        match: describeMatch(override),
        severity: override.severity,
        findings: 0,
        from: {},
        ids: [],
      };
      summaries.set(decided, summary);
    }
    summary.findings += 1;
    summary.from[original.severity] = (summary.from[original.severity] ?? 0) + 1;
    if (summary.ids.length < OVERRIDE_IDS_LISTED) summary.ids.push(finding.id);
  });
  return [...summaries.values()].sort((a, b) => a.override - b.override);
}

/**
 * Whether `to` in place of `from` makes a finding count lower, `unknown` ranked as `unknownAs` (the
 * policy's `severity.unknown`). Without it, `unknown` ranks as whatever makes the change a lowering
 * (critical as the severity replaced, info as the one set): a change is never taken for a raise when it
 * may lower.
 */
function lowers(from: Severity, to: Severity, unknownAs: CountedSeverity | undefined): boolean {
  if (from === to) return false;
  const rankFrom = SEVERITY_RANK[from === 'unknown' ? (unknownAs ?? 'critical') : from];
  const rankTo = SEVERITY_RANK[to === 'unknown' ? (unknownAs ?? 'info') : to];
  return rankTo < rankFrom;
}

/** Whether an override's scanType, tool and rule selectors (those it gives) match one copy of a finding. */
function copyMatches(match: SeverityOverride['match'], scanType: ScanType, tool: string, ruleId: string): boolean {
  return (
    (match.scanType === undefined || match.scanType === scanType) &&
    (match.tool === undefined || match.tool.toLowerCase() === tool.toLowerCase()) &&
    (match.rule === undefined || match.rule === ruleId)
  );
}

/**
 * Whether an override applies to a finding that has `severity` so far. The `scanType`, `tool` and `rule`
 * selectors speak for the copies of a merged finding (whose own scan type and rule id are only its
 * first copy's): an override that would lower the finding applies only when they match every copy, one
 * that raises it (or sets what it has) when they match any copy, since merged findings keep the highest
 * severity (an override for Grype, or for container findings, must not lower what Trivy's dependency
 * scan rated HIGH). A copy is matched by all of them at once, so a merged finding is raised only when
 * the override would raise one of its copies alone. `vulnerability` matches any alias of the finding's
 * copies, or a rule id (vulnerabilityNamesRule).
 */
function overrideApplies(
  override: SeverityOverride,
  finding: Finding,
  severity: Severity,
  unknownAs: CountedSeverity | undefined,
): boolean {
  const m = override.match;
  const every = lowers(severity, override.severity, unknownAs);
  if (m.scanType !== undefined || m.tool !== undefined || m.rule !== undefined) {
    const copies = copiesOf(finding);
    if (copies !== undefined) {
      const matches = (copy: FindingCopy): boolean => copyMatches(m, copy.scanType, copy.tool, copy.ruleId);
      if (!(every ? copies.every(matches) : copies.some(matches))) return false;
    } else {
      // Every copy has the finding's scan type and rule id; only the tools of its sources may differ.
      if (m.scanType !== undefined && m.scanType !== finding.scanType) return false;
      if (m.rule !== undefined && m.rule !== finding.ruleId) return false;
      if (m.tool !== undefined) {
        const tool = m.tool.toLowerCase();
        const reported = (source: FindingSource): boolean => source.tool.toLowerCase() === tool;
        if (!(every ? finding.sources.every(reported) : finding.sources.some(reported))) return false;
      }
    }
  }
  if (m.vulnerability !== undefined) {
    const wanted = m.vulnerability.toUpperCase();
    if (!finding.aliases.some((a) => a.toUpperCase() === wanted) && !vulnerabilityNamesRule(wanted, finding, every))
      return false;
  }
  return true;
}

/**
 * Whether a `vulnerability` selector (`wanted`, upper case) names the finding by rule id, as
 * exceptionMatches (evidence/exceptions.ts) judges an exception's. Copies joined as one vulnerability
 * (dependency and container findings, joined by a shared CVE, GHSA or other id) are all named by the
 * finding's rule id, as by an alias. Copies joined by place (secrets of two tools at one line) each
 * claim their own rule: an override that would lower the finding needs every copy's rule to be the one
 * named, since Gitleaks' generic-api-key noise lowered to low must not lower the GitHub token Trivy
 * reported CRITICAL on the same line, which the merged finding shows under generic-api-key; one that
 * raises it needs any copy's rule.
 */
function vulnerabilityNamesRule(wanted: string, finding: Finding, every: boolean): boolean {
  const named = (ruleId: string): boolean => ruleId.toUpperCase() === wanted;
  if (!every) return ruleIdsOf(finding).some(named);
  return joinedByVulnerability(finding) ? named(finding.ruleId) : ruleIdsOf(finding).every(named);
}

/** The index of the override that decides a finding's severity (the last that applies), or -1. */
function decidingOverride(
  finding: Finding,
  overrides: readonly SeverityOverride[],
  unknownAs: CountedSeverity | undefined,
): number {
  let decided = -1;
  let severity = finding.severity;
  overrides.forEach((override, index) => {
    if (!overrideApplies(override, finding, severity, unknownAs)) return;
    decided = index;
    severity = override.severity;
  });
  return decided;
}

/**
 * Policy severity overrides apply last; the last that applies wins and is recorded. `unknownAs` is the
 * policy's `severity.unknown`, which says whether an override of an `unknown` finding (or to `unknown`)
 * lowers it; without it such an override counts as lowering (see overrideApplies).
 */
export function applySeverityOverrides(
  findings: readonly Finding[],
  overrides: readonly SeverityOverride[],
  unknownAs?: CountedSeverity,
): Finding[] {
  return findings.map((finding) => {
    const decided = decidingOverride(finding, overrides, unknownAs);
    const override = overrides[decided];
    if (override === undefined) return finding;
    return {
      ...finding,
      severity: override.severity,
      severitySource: `policy override #${decided + 1} (${describeMatch(override)}; was ${finding.severitySource})`,
    };
  });
}

/** Runs every gate; a gate that throws is `error`, which rejects. */
export function runGates(context: GateContext): GateResult[] {
  return GATES.map((gate) => {
    const enforcement = context.policy.gates[gate.id].enforcement;
    if (enforcement === 'off')
      return {
        id: gate.id,
        enforcement,
        status: 'off',
        reasons: [],
        conditions: [],
        summary: 'turned off by the policy',
      };
    try {
      return { id: gate.id, enforcement, ...gate.evaluate(context) };
    } catch (error) {
      return {
        id: gate.id,
        enforcement,
        status: 'error',
        reasons: [`the gate failed to evaluate: ${(error as Error).message}`],
        conditions: [],
        summary: 'could not be evaluated',
      };
    }
  });
}

/** A gate that failed or errored. */
function failed(gate: GateResult): boolean {
  return gate.status === 'fail' || gate.status === 'error';
}

/**
 * What stands between the evaluation and an approval, one phrase each; empty when nothing does: a
 * blocking gate that failed or errored (DESIGN 5), or no blocking gate at all. DESIGN's "every blocking
 * gate passes" holds for a policy without one (the advisory preset), which would then certify a
 * release on gates that all failed; see README "Where shipgate departs from DESIGN.md".
 */
export function approvalObstacles(gates: readonly GateResult[]): string[] {
  const blocking = gates.filter((g) => g.enforcement === 'blocking');
  const obstacles = blocking.filter(failed).map((g) => `${g.id}${g.status === 'error' ? ' (error)' : ''}`);
  if (blocking.length === 0) obstacles.push('no gate is blocking (a policy that enforces nothing certifies nothing)');
  return obstacles;
}

/**
 * DESIGN 5: rejected if a blocking gate fails or errors (or another obstacle stands: approvalObstacles);
 * with conditions if anything must be listed.
 */
export function decide(
  gates: readonly GateResult[],
  extraConditions: readonly string[],
): { decision: Decision; conditions: string[] } {
  const conditions: string[] = [];
  for (const gate of gates) {
    pushAll(conditions, gate.conditions);
    if (gate.enforcement === 'advisory' && gate.status !== 'pass')
      conditions.push(
        `advisory gate ${gate.id} ${gate.status === 'error' ? 'errored' : 'failed'}: ${gate.reasons.join('; ')}`,
      );
  }
  pushAll(conditions, extraConditions);
  const rejected = approvalObstacles(gates).length > 0;
  return {
    decision: rejected ? 'rejected' : conditions.length > 0 ? 'approved-with-conditions' : 'approved',
    conditions,
  };
}

export function countOpen(findings: readonly EvaluatedFinding[]): SeverityCounts {
  return countBySeverity(findings.filter((f) => !f.excepted));
}
