/** The policy (.shipgate/policy.yml, DESIGN 4.1) after presets and defaults are applied. */
import type { ScanType, Severity } from '../model.js';

export const ENFORCEMENTS = ['blocking', 'advisory', 'off'] as const;
export type Enforcement = (typeof ENFORCEMENTS)[number];

export const GATE_IDS = [
  'evidence-completeness',
  'scan-cleanliness',
  'control-verification',
  'disposition-integrity',
] as const;
export type GateId = (typeof GATE_IDS)[number];

/** Severities a policy can count with (unknown is mapped to one of these). */
export type CountedSeverity = Exclude<Severity, 'unknown'>;

/** One input named in the policy. */
export interface PolicyInput {
  path: string;
  /** Ingestor id; skips detection. */
  format?: string;
  /** Overrides the tool table's scan type. */
  scanType?: ScanType;
}

/** A severity override: every given selector must match. */
export interface SeverityOverride {
  match: { scanType?: ScanType; tool?: string; rule?: string; vulnerability?: string };
  severity: Severity;
}

export interface ScanCleanlinessSettings {
  enforcement: Enforcement;
  max: Partial<Record<CountedSeverity, number>>;
  requirePlan: Severity[];
}

export interface ControlVerificationSettings {
  enforcement: Enforcement;
  assessment: string;
  requiredControls: string[];
}

export interface DispositionIntegritySettings {
  enforcement: Enforcement;
  register: string;
  minSeverity: Severity;
  /** The furthest ahead a register plan may be due, in days from the evaluation date; unset: no limit. */
  maxPlanDays?: number;
}

export interface Policy {
  version: 1;
  mode: 'enforce' | 'advisory';
  inputs: PolicyInput[];
  evidence: { required: ScanType[]; requireCommit: boolean };
  severity: { unknown: CountedSeverity; overrides: SeverityOverride[] };
  gates: {
    'evidence-completeness': { enforcement: Enforcement };
    'scan-cleanliness': ScanCleanlinessSettings;
    'control-verification': ControlVerificationSettings;
    'disposition-integrity': DispositionIntegritySettings;
  };
  exceptions: {
    paths: string[];
    approvers: string[];
    maxDays: number;
    warnDays: number;
    failOnUnused: boolean;
    /** Whether SARIF in-file suppressions (accepted) except a finding. Default: ignore. */
    inFileSuppressions: 'ignore' | 'honor';
    trustedRef: string;
  };
  outputs: { dir: string };
}

/** A policy and where it came from. */
export interface LoadedPolicy {
  policy: Policy;
  /** The file (or `preset:release`) the policy was loaded from. */
  source: string;
  /** sha256 of the policy bytes, and of every file in the extends chain in order. */
  digest: string;
  /** Files and presets in the extends chain, the policy itself first. */
  chain: { source: string; sha256: string; origin: string }[];
  /**
   * One line per list a layer replaces whose entries, in the layer it extends, it drops (lists replace,
   * they do not add): `<file>: line L, column C: severity.overrides replaces the 1 entry of preset:release, ...`.
   */
  warnings: string[];
  /**
   * Where a key of the merged policy was set, as `<file>: line L, column C` in the layer that set it
   * (the file named first when no layer did). `pointer` is a JSON pointer, such as `/outputs/dir`.
   */
  locate(pointer: string): string;
}
