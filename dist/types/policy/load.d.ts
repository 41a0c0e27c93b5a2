import type { EvidenceReader } from '../evidence/source.js';
import { type YamlDocument } from '../yaml.js';
import type { LoadedPolicy, Policy } from './types.js';
/** The built-in presets (top-level gates/), embedded at build time. */
export declare const PRESETS: Record<string, string>;
export declare const DEFAULT_POLICY_PATH = ".shipgate/policy.yml";
/**
 * A shipgate policy written where shipgate does not look for one (MISNAMED_POLICY_PATHS), when there is
 * none at DEFAULT_POLICY_PATH: a file there that reads like one (a `version` line and a line of a
 * shipgate policy key). Another tool's `shipgate.yml`, a folder or a link of that name is not one.
 */
export declare function misnamedPolicy(reader: EvidenceReader): string | undefined;
/** The most policy files of the user's own one extends chain may hold; the built-in presets at its end are not counted. */
export declare const MAX_EXTENDS = 8;
/** Parses one policy file's text and checks it against the schema; every problem in one ConfigError. */
export declare function parsePolicyText(text: string, source: string): YamlDocument;
/**
 * Loads the policy: `path` when given (it must exist), else `.shipgate/policy.yml` when present,
 * else the release preset. A policy without `extends` starts from the release defaults.
 */
export declare function loadPolicy(reader: EvidenceReader, path?: string, options?: {
    /**
     * Check the paths the policy names (default true). Off only to learn where an earlier run's outputs
     * went when the policy is refused for another path (see run.ts `withdrawOutputs`).
     */
    checkPaths?: boolean;
}): LoadedPolicy;
/** Whether an evaluation reads the findings register: a gate uses the plans in it. */
export declare function readsRegister(policy: Policy): boolean;
/** Whether an evaluation reads the manual assessment: its gate is on. */
export declare function readsAssessment(policy: Policy): boolean;
