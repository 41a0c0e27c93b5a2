import { type EvidenceReader } from './source.js';
import { NO_RULE_ID, type Finding } from '../model.js';
import type { Policy } from '../policy/types.js';
export declare const EXCEPTION_TYPES: readonly ["risk-acceptance", "false-positive", "compensating-control"];
export type ExceptionType = (typeof EXCEPTION_TYPES)[number];
/** The selectors an exception's match may hold. */
export declare const EXCEPTION_SELECTORS: readonly ["finding", "vulnerability", "rule", "package", "path", "tool"];
/** Not a rule: a `rule` or `vulnerability` selector of it would select every rule-less result of every tool. */
export { NO_RULE_ID };
/** The keys of an entry whose line is kept: a rejection names the line of the key at fault. */
declare const KEYS_WITH_LINES: readonly ["id", "owner", "approvedBy", "approvedOn", "expires", "reason", "control"];
export type ExceptionKey = (typeof KEYS_WITH_LINES)[number];
/** The selectors of an exception: every selector given must match. */
export interface ExceptionMatch {
    finding?: string;
    vulnerability?: string;
    rule?: string;
    package?: string;
    path?: string;
    tool?: string;
}
/** One exception entry, with where it was written. */
export interface Exception {
    id: string;
    type: ExceptionType;
    match: ExceptionMatch;
    reason: string;
    control?: string;
    owner: string;
    approvedBy: string;
    approvedOn: string;
    expires: string;
    ticket?: string;
    /** File and line the entry starts on. */
    file: string;
    line: number;
    /** The line of each key, as the file gives it; a rejection names the line of the key at fault. */
    keyLines?: Partial<Record<ExceptionKey, number>>;
}
/** An exception that was not applied, and why. */
export interface RejectedException {
    id: string;
    file: string;
    /** The line of the key at fault (`expires:` for an expired exception), else of the entry. */
    line: number;
    expires: string;
    /** expired | not-yet-approved | horizon | approver | invalid */
    status: 'expired' | 'not-yet-valid' | 'invalid';
    reason: string;
    /** Findings it would have covered; they count as open. */
    wouldCover: string[];
}
/** What happened to every exception, for every output. */
export interface ExceptionReport {
    applied: {
        id: string;
        type: ExceptionType;
        file: string;
        line: number;
        expires: string;
        owner: string;
        approvedBy: string;
        ticket?: string;
        reason: string;
        findings: string[];
    }[];
    rejected: RejectedException[];
    unused: {
        id: string;
        file: string;
        line: number;
        expires: string;
    }[];
    expiringSoon: {
        id: string;
        expires: string;
        daysLeft: number;
    }[];
    /** Exception files added or changed by the pull request: listed, never applied. */
    pending: {
        file: string;
        reason: string;
    }[];
    /** Findings excepted by an in-file suppression (only when the policy honors them). */
    inFile: string[];
}
export declare function emptyExceptionReport(): ExceptionReport;
/** The line of an exception's key, or of the entry when it was not read from a file. */
export declare function exceptionKeyLine(exception: Pick<Exception, 'line' | 'keyLines'>, key: ExceptionKey): number;
/**
 * Parses one exception file. Schema problems, a match with no named selector (finding, vulnerability
 * or rule), a bad date, a refused glob and duplicate ids are ConfigErrors naming the file and line.
 */
export declare function parseExceptionFile(text: string, file: string): Exception[];
/**
 * Reads and parses every exception file the policy's patterns name, each once, through the evidence
 * reader (so the Action reads them from the trusted commit). Returns the entries and the files read.
 */
export declare function readExceptionFiles(reader: EvidenceReader, patterns: readonly string[]): {
    exceptions: Exception[];
    files: {
        path: string;
        sha256: string;
        origin: string;
        count: number;
    }[];
};
/**
 * Warnings for the files under the folder of an `exceptions.paths` glob that look like exception files
 * (`.yml` or `.yaml`, at any depth) but that no pattern reads: `.shipgate/exceptions/a.yaml`, or
 * `.shipgate/exceptions/team/b.yml` beside `.shipgate/exceptions/*.yml`, whose exceptions would
 * otherwise not apply without a word. Each names the file, the patterns and what to do. One listing
 * (through the reader, so the trusted commit's files when it reads one) of each glob's fixed folder;
 * a glob with no fixed folder (`*.yml`, or one that starts with `**`) would list the whole root, and a
 * literal path names one file, so neither is looked around. `notExceptions` are files that are no
 * exception files (the policy chain). A folder the reader cannot list is skipped: this is a hint, and
 * reading the patterns themselves reports what cannot be read.
 */
export declare function unreadExceptionFiles(reader: EvidenceReader, patterns: readonly string[], notExceptions?: readonly string[], 
/** The workspace root: a folder reached through a link leading out of it is not looked around. */
root?: string): string[];
/** Whether every selector of the exception matches the finding. */
export declare function exceptionMatches(exception: Pick<Exception, 'match'>, finding: Finding): boolean;
/** Why an exception can never apply, whatever the date: a rule of the policy it breaks as written. */
export interface StandingProblem {
    /** The key at fault. */
    key: ExceptionKey;
    /** As evaluate lists it among the exceptions not applied. */
    reason: string;
    /** As validate reports it: what is wrong and what was expected. */
    problem: string;
}
/**
 * The rules an exception breaks whatever the date (DESIGN 4.2): a horizon beyond maxDays, an approver
 * who is the owner (compared by samePersonBy), an approver not on the policy's list. Undefined when it
 * breaks none. These do not change with the clock, so validate reports them as configuration errors.
 */
export declare function exceptionStandingProblem(exception: Pick<Exception, 'owner' | 'approvedBy' | 'approvedOn' | 'expires'>, policy: Policy): StandingProblem | undefined;
/**
 * Why an exception does not apply today, or undefined when it does (DESIGN 4.2), with the key at
 * fault. Each reason says what was expected.
 */
export declare function exceptionProblem(exception: Exception, policy: Policy, today: string): {
    status: RejectedException['status'];
    reason: string;
    key: ExceptionKey;
} | undefined;
/**
 * Applies exceptions to findings: each finding takes the first valid exception that matches it (in
 * file, then entry order). Returns which exception covers which finding, and the report.
 */
export declare function applyExceptions(findings: readonly Finding[], exceptions: readonly Exception[], policy: Policy, today: string): {
    coveredBy: Map<string, string>;
    report: ExceptionReport;
    validIds: Set<string>;
};
