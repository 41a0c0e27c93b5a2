import type { Evaluation } from '../evaluation.js';
/** The hidden marker that identifies shipgate's pull request comment. */
export declare const COMMENT_MARKER = "<!-- shipgate:release-gate-report -->";
/** GitHub's limits: job summary 1 MiB, comment body 65,536 characters. */
export declare const SUMMARY_LIMIT_BYTES: number;
export declare const COMMENT_LIMIT_CHARS: number;
/** The job summary (GITHUB_STEP_SUMMARY), under 1 MiB. */
export declare function renderJobSummary(evaluation: Evaluation): string;
/** The pull request comment body, under 65,536 characters, starting with the hidden marker. */
export declare function renderComment(evaluation: Evaluation): string;
