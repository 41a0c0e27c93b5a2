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
/**
 * Whether the file at `path` reads like a shipgate policy (a `version` key and a shipgate policy key);
 * false when there is none, or it cannot be read as a file. Read as YAML, as the policy loader reads it,
 * so that every spelling the loader accepts counts (a byte order mark, quoted keys, flow style, a `---`
 * line, indentation); a file that is not YAML counts when lines of those keys show in it, however quoted
 * or indented. A stricter policy under one of these names must never give way to a looser one.
 */
export declare function readsLikePolicy(reader: EvidenceReader, path: string): boolean;
/**
 * Where a policy is often written by mistake: one there, and none at DEFAULT_POLICY_PATH, is refused.
 * The Action reads these from the trusted commit, as the policy itself (a pull request that adds one
 * would otherwise turn a rejection into a configuration error).
 */
export declare const MISNAMED_POLICY_PATHS: readonly string[];
/** The most policy files of the user's own one extends chain may hold; the built-in presets at its end are not counted. */
export declare const MAX_EXTENDS = 8;
/** Parses one policy file's text and checks it against the schema; every problem in one ConfigError. */
export declare function parsePolicyText(text: string, source: string): YamlDocument;
/**
 * A preset as read at build time (scripts/gen-presets.mjs): the same value and positions as
 * parsePolicyText gives, without starting the YAML parser or the schema check (a test holds both to
 * it). Undefined when the build read another text than this one, which is then parsed.
 */
export declare function presetDocument(name: string, text: string, digest: string): YamlDocument | undefined;
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
