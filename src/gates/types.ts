/** The gate contract: a pure function from settings and the evaluation context to a result. */
import { addDays, daysBetween } from '../dates.js';
import type { Finding, InputRecord, Severity } from '../model.js';
import type { Enforcement, GateId, Policy } from '../policy/types.js';

/** A finding as the gates see it: whether an exception or suppression applies, and the severity it counts as. */
export interface EvaluatedFinding extends Finding {
  /** The severity used for thresholds: `unknown` counts as the policy says. */
  countedSeverity: Exclude<Severity, 'unknown'>;
  excepted: boolean;
  /** The exception (or `in-file suppression`) that applies. */
  exceptionId?: string;
}

/** A register row as far as the gates need it (the full register lives in evidence/register.ts). */
export interface PlanRow {
  row: number;
  findingId: string;
  owner: string;
  status: string;
  remediationPlan: string;
  dueDate?: string;
  exceptionId: string;
}

/** Everything a gate may look at. No file system, no clock: `today` is given. */
export interface GateContext {
  policy: Policy;
  findings: readonly EvaluatedFinding[];
  inputs: readonly InputRecord[];
  /** The commit under test, when known. */
  commit?: string;
  /** YYYY-MM-DD, UTC. */
  today: string;
  /** Register rows by finding id, when a register was loaded. */
  register?: { source: string; rows: ReadonlyMap<string, PlanRow> };
  /** Ids of exceptions that are valid today. */
  validExceptionIds?: ReadonlySet<string>;
  /** Exceptions read but not valid today, by id: where each is and why it does not apply. */
  rejectedExceptions?: ReadonlyMap<string, { file: string; line: number; reason: string }>;
  /** Exception files the pull request added or changed, which are not applied (so ids in them are unknown). */
  pendingExceptionFiles?: number;
  /** Manual control assessment, when loaded. */
  assessment?: {
    source: string;
    controls: readonly {
      controlId: string;
      key: string;
      criticality?: string;
      status: string;
      /** The row's Date (YYYY-MM-DD), when it gives one. */
      date?: string;
      line: number;
    }[];
  };
  /** Why the assessment could not be used, when it could not. */
  assessmentProblem?: string;
  registerProblem?: string;
}

export const GATE_STATUSES = ['pass', 'fail', 'error', 'off'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

/** What a gate decided and why. */
export interface GateResult {
  id: GateId;
  enforcement: Enforcement;
  status: GateStatus;
  /** Why it failed (or errored); each names a finding, control, input or register row. */
  reasons: string[];
  /** Things that pass but must be listed on the certificate (e.g. highs open with a plan). */
  conditions: string[];
  /** One line on what the gate checked, for the record. */
  summary: string;
}

export interface Gate {
  id: GateId;
  title: string;
  evaluate(context: GateContext): Pick<GateResult, 'status' | 'reasons' | 'conditions' | 'summary'>;
}

/** "SG-1234 (high) 'title' at path:line" — how reasons name a finding. */
export function describeFinding(f: Finding): string {
  const where = f.location.path
    ? ` at ${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ''}`
    : f.location.url
      ? ` at ${f.location.url}`
      : f.package
        ? ` in ${f.package.name}${f.package.version ? `@${f.package.version}` : ''}`
        : '';
  return `${f.id} (${f.severity}) '${f.title}'${where}`;
}

/**
 * Why a register row's due date makes no current plan today, as the rest of a sentence about the row
 * (`register row 7 plan was due ...`), or undefined when it does: a date passed, or one further ahead
 * than the policy's `maxPlanDays` (a plan due in 9999 is no plan). Both gates that read plans ask here.
 */
export function dueDateProblem(dueDate: string, today: string, maxPlanDays: number | undefined): string | undefined {
  if (dueDate < today) return `was due ${dueDate}, which has passed (today is ${today})`;
  if (maxPlanDays === undefined) return undefined;
  const ahead = daysBetween(today, dueDate);
  if (ahead <= maxPlanDays) return undefined;
  return `is due ${dueDate}, ${ahead} days from today (${today}), further ahead than the policy allows (gates.disposition-integrity.maxPlanDays: ${maxPlanDays}; expected a due date on or before ${addDays(today, maxPlanDays)})`;
}

/** How many findings a gate names one by one; the rest are counted (all are in scan-results.json). */
export const MAX_NAMED_FINDINGS = 100;

/**
 * Problems that name findings: the first MAX_NAMED_FINDINGS are written out, the rest only counted, so
 * a report with 100,000 findings does not build 100,000 reason strings.
 */
export class FindingProblems {
  private readonly named: string[] = [];
  total = 0;

  add(describe: () => string): void {
    this.total += 1;
    if (this.named.length < MAX_NAMED_FINDINGS) this.named.push(describe());
  }

  /** The named problems, then one line counting the rest. */
  reasons(what: string): string[] {
    if (this.total <= this.named.length) return [...this.named];
    return [
      ...this.named,
      `and ${this.total - this.named.length} more ${what} (every finding and its disposition is in scan-results.json and findings-register.csv).`,
    ];
  }
}
