import { ExitCode } from './errors.js';
import type { Clock, Logger } from './logger.js';
import { type Evaluation } from './evaluation.js';
import { DEFAULT_STREAM_ABOVE_BYTES } from './ingest/read.js';
import { type EvidenceReader } from './evidence/source.js';
import type { LoadedPolicy } from './policy/types.js';
/** What both adapters give `run()`. */
export interface RunOptions {
    /** Absolute workspace root. */
    root: string;
    /** Policy file (relative to the root) or preset name; default `.shipgate/policy.yml`, else the release preset. */
    policy?: string;
    /** Paths and globs of scan reports, relative to the root; added to the policy's inputs. */
    scans: string[];
    /** Output directory; default the policy's `outputs.dir`, relative to the root. */
    outDir?: string;
    /** The commit under test. */
    commit?: string;
    /** owner/name, for the scope register. */
    repository?: string;
    /** The GitHub server the repository is on (GITHUB_SERVER_URL); default https://github.com. */
    serverUrl?: string;
    /**
     * The root's folder in its repository (`services/api/`, see `repositoryPrefix`), for the outputs GitHub
     * places by repository path (shipgate.sarif); '' or absent at the top.
     */
    repositoryFolder?: string;
    dryRun: boolean;
    maxInputBytes?: number;
    /** Inputs larger than this are streamed when their format can be (SARIF); default 16 MiB. */
    streamAboveBytes?: number;
    /** Cap on findings read across all inputs; default 2,000,000. */
    maxFindings?: number;
    /** Node's --max-old-space-size (MiB), when it was given: the heap guard's budget (see memory.ts `oldSpaceFlag`). */
    maxOldSpaceMiB?: number;
    /** Cap on a single result of a streamed report, in bytes; default 64 MiB. */
    maxResultBytes?: number;
    /** Called while a large input is streamed. */
    onProgress?: (input: string, bytesRead: number, totalBytes: number, results: number) => void;
    clock: Clock;
    /** The clock is pinned (SHIPGATE_NOW): every output says so. */
    clockPinned?: boolean;
    logger: Logger;
    /** Where evidence is read from; default the workspace. The Action passes a trusted-ref reader. */
    evidence?: EvidenceReader;
    /** Overrides the policy's mode (the Action's `mode` input). */
    mode?: 'enforce' | 'advisory';
    /** Evidence files changed by the pull request: listed as pending, never applied. */
    pendingEvidence?: {
        file: string;
        reason: string;
    }[];
    /**
     * Read only these of the files the policy's inputs and `scans` match (`verify` derives a certificate's
     * decision again from exactly the files it attests, not from shipgate's own outputs a glob now
     * matches beside a certificate written with --out).
     */
    onlyInputs?: readonly string[];
    /** `scans` are files' paths, never globs (`verify` passes the attested paths, which may hold `*` or `[`). */
    literalScans?: boolean;
}
export interface RunResult {
    evaluation: Evaluation;
    exitCode: ExitCode;
    /** Output files written (absolute paths); empty on a dry run. */
    written: string[];
    outDir: string;
}
export { DEFAULT_STREAM_ABOVE_BYTES };
/** Cap on findings across all inputs. */
export declare const DEFAULT_MAX_FINDINGS = 2000000;
/**
 * The policy's `outputs.dir` must stay inside the root where it really is: a folder on its way that is
 * a symbolic link leading outside would have the outputs written (and old certificates removed)
 * elsewhere. `--out` and the Action's `output-dir` name a folder on purpose and are not checked.
 * `validate` checks it too.
 */
export declare function policyOutputEscape(root: string, outDir: string): string | undefined;
/**
 * What the output folder may not hold. When the run `writes`, no file it read: an output folder that
 * holds the register, the assessment, an exception file, the policy or a scan report would overwrite
 * committed evidence with shipgate's own copy, and the certificate just written would no longer verify.
 * In any run, no evidence at all: the folder is an artifact, usually not committed, whose files every
 * run replaces and no one reviews (input globs skip it for the same reason). `validate` checks it too,
 * with the files a run would read.
 */
export declare function checkOutputFolder(outDir: string, root: string, inputs: readonly {
    path: string;
}[], evidence: readonly {
    path: string;
    kind: string;
    origin?: string;
}[], writes: boolean): void;
/**
 * Removes what an earlier run left where this run's outputs go, so that no failed run leaves a result
 * that looks current (DESIGN 6). `run()` removes the earlier outputs as soon as the policy says where
 * they go, and calls this when the policy does not load; the CLI and the Action call it when they fail
 * before or in `run()` (a bad flag, SHIPGATE_NOW, a trust error, an output folder that holds evidence).
 * Without `outDir` the directory is the policy's `outputs.dir`, or the built-in one when the policy
 * cannot be loaded (the error that follows says why).
 * What such a run would read is not known here (the policy may not load; the command line may not
 * parse; a pull request's policy is not to be trusted with it), so this removes the certificate, and
 * the other outputs that say a decision (`scan-results.json`, `scope-register.json`,
 * `disposition-record.md`, `shipgate.sarif`) only when their first bytes show shipgate wrote them: a
 * scanner's report or an evidence file under such a name is never touched, nor a report `scans` names
 * literally. Never the root itself.
 */
export declare function withdrawOutputs(root: string, outDir: string | undefined, policy: string | undefined, reader?: EvidenceReader, scans?: readonly string[]): Promise<void>;
/** Refuses the policy's outputs.dir when it leads outside the root (see policyOutputEscape); `validate` too. */
export declare function refuseOutputsEscape(root: string, outDir: string, loaded: LoadedPolicy): void;
/**
 * A policy file that extends the advisory preset inherits its mode: a team that made its gates blocking
 * would otherwise get a green job on a rejection without a word. The warning, or undefined when the
 * policy sets its mode itself, is the preset, or enforces. `validate` prints it too.
 */
export declare function inheritedAdvisoryWarning(loaded: LoadedPolicy): string | undefined;
/**
 * Whether a report's commit is another commit than the one under test, as evidence-completeness's
 * check of `requireCommit` calls it: not the same id in any case, nor an abbreviation of it.
 */
export declare function namesAnotherCommit(reported: string, underTest: string): boolean;
export declare function run(options: RunOptions): Promise<RunResult>;
