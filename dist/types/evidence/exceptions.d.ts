import { type EvidenceReader } from './source.js';
import type { Finding } from '../model.js';
import type { Policy } from '../policy/types.js';
export declare const EXCEPTION_TYPES: readonly ["risk-acceptance", "false-positive", "compensating-control"];
export type ExceptionType = (typeof EXCEPTION_TYPES)[number];
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
}
/** An exception that was not applied, and why. */
export interface RejectedException {
    id: string;
    file: string;
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
/** Whether every selector of the exception matches the finding. */
export declare function exceptionMatches(exception: Pick<Exception, 'match'>, finding: Finding): boolean;
/** Why an exception does not apply today, or undefined when it does (DESIGN 4.2). */
export declare function exceptionProblem(exception: Exception, policy: Policy, today: string): {
    status: RejectedException['status'];
    reason: string;
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
