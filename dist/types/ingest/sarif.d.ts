import type { RawFinding, Suppression, ToolRun } from '../model.js';
import type { IngestContext, Ingestor, InputFile } from './types.js';
/** What one result says on its own, before its run's rules and base URIs are known. */
export interface PendingResult {
    pointer: string;
    ruleId?: string;
    ruleIndex?: number;
    /** Where the rule index was given, for a message: `ruleIndex` or `rule/index`. */
    ruleIndexAt?: 'ruleIndex' | 'rule/index';
    /** `rule.guid`, lower-cased: a rule reference may name its rule only so (SARIF 3.52.3). */
    ruleGuid?: string;
    toolComponentIndex?: number;
    /** `rule.toolComponent.guid`, lower-cased: the component when no index is given (SARIF 3.54.3). */
    toolComponentGuid?: string;
    /** `rule.toolComponent.name`: the component when neither index nor guid is given (SARIF 3.54). */
    toolComponentName?: string;
    /** `webRequest.method` and `.target` of a DAST result (ZAP's SARIF). */
    webRequest?: {
        method?: string;
        target?: string;
    };
    level?: string;
    kind?: string;
    securitySeverity?: unknown;
    message?: string;
    messageId?: string;
    messageArguments?: string[];
    uri?: string;
    uriBaseId?: string;
    artifactIndex?: number;
    /** Where the artifact location that gives `artifactIndex` is, under the result: for a message. */
    artifactAt?: typeof ARTIFACT_AT | 'analysisTarget';
    logicalName?: string;
    /** The first logical location's `index` into the run's `logicalLocations`, when it names none itself. */
    logicalIndex?: number;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    /** What tells the result's place apart without a line: its region's offsets, its address (see placeOf). */
    place?: string;
    fingerprint?: string;
    suppressions?: Suppression[];
    baselineState?: string;
    /** `provenance.invocationIndex`: the invocation whose rule configuration overrides apply (SARIF 3.27.10). */
    invocationIndex?: number;
    tags: string[];
}
/** Where a result's first physical location names its artifact, under the result. */
declare const ARTIFACT_AT = "locations/0/physicalLocation/artifactLocation";
/** Returns a string equal to its argument, the same instance for equal strings (see `interner`). */
type Intern = (text: string | undefined) => string | undefined;
/**
 * Shares equal strings: `JSON.parse` makes a new string for every value, so the rule id, level and
 * artifact URI of 100,000 results of 300 rules and 400 files are otherwise 100,000 strings each.
 * Bounded: past `limit` distinct strings, new ones are kept as they are.
 */
export declare function interner(limit?: number): Intern;
/** Reduces one SARIF result to what the finding needs; throws when the result is not an object. */
export declare function readPendingResult(result: unknown, pointer: string, file: string, intern?: Intern): PendingResult;
/** The parts of a run other than its results. */
export interface RunSkeleton {
    run: unknown;
    /** JSON pointer of the run, e.g. /runs/0. */
    pointer: string;
    index: number;
}
/**
 * Reads one run's results. By default each is kept as a PendingResult and resolved into a finding
 * when the run ends, since the rules may come after the results. When the run's tool came before
 * them (`beginEarly`, the usual layout), each result is resolved as it arrives and the PendingResult
 * dies young:
 * - a result that names an artifact before the run's `artifacts` came keeps what it needs and is
 *   completed when the run ends;
 * - a result that names a base URI before any `originalUriBaseIds` came is resolved as if the run
 *   defines none (CodeQL names `%SRCROOT%` and never defines it). If the run defines them after all,
 *   `finish` throws LateBaseUris and the caller reads the input again.
 * Either way the findings, their order and the warnings are those of resolving every result at the end.
 */
export declare class SarifRunReader {
    private readonly input;
    private readonly context;
    private readonly pending;
    private readonly findings;
    private readonly intern;
    /** Titles have their own table, so that many distinct messages do not crowd out rule ids and URIs. */
    private readonly titles;
    /** Resolved paths by URI and base: files repeat across results, their strings are shared. */
    private readonly paths;
    private results;
    private skipped;
    /**
     * Results marked `baselineState: absent` (not findings), and the first that carries no baselineState:
     * SARIF requires one on every result when any has one (3.27.24), so a run with both is refused.
     */
    private absent;
    private withoutBaseline;
    /**
     * The results read as findings per Bandit severity (`properties.issue_severity`, which Bandit's SARIF
     * writer copies from its JSON), and those that name none: held to a Bandit run's metrics when it ends.
     */
    private readonly banditListed;
    private banditUnattributed;
    private lateResults;
    /** Results resolved as if the run defined no base URIs, though they name one. */
    private assumedNoBase;
    /**
     * The first result read early whose rule reference is invalid (see `judge`), or whose location names an
     * artifact or logical location the run does not have (see `checkReferences`): thrown when the run ends,
     * after the results before it that waited for a run member (`badReferenceAt` of them in `findings`),
     * which the end-of-run path would refuse first.
     */
    private badReference;
    private badReferenceAt;
    private early;
    constructor(input: Pick<InputFile, 'path'>, context: IngestContext);
    /**
     * Resolves the results that follow against `run`, the run as far as it was read before its
     * results. Returns false, and changes nothing, when that run has no tool yet or results came first.
     */
    beginEarly(run: unknown, index: number): boolean;
    addResult(result: unknown, pointer: string): void;
    finish(skeleton: RunSkeleton, warnings: string[]): {
        findings: RawFinding[];
        run: ToolRun;
    };
    /**
     * Bandit's SARIF writer puts the metrics of its JSON report in `runs[i].properties.metrics`: they are read
     * as the Bandit JSON reader reads them (bandit.ts). What `# nosec` comments set aside is returned for the
     * run's `setAside`, and metrics that count issues the results leave out (Bandit's -l, -i and -b filters)
     * are refused. The lines of code Bandit read (`_totals.loc`, when a number) and the files the metrics list
     * are returned too: a run that read none and lists no result covers no scan type (see `finish`). A run
     * without metrics (a converter that writes none) is read as before; metrics that are there but not
     * Bandit's shape are refused, since they could hide either. In a stream the run's properties may come
     * after its results: they are read here, from the run's skeleton, once every result was counted.
     */
    private banditMetrics;
    /** Results read but not yet findings: kept for the end of the run, or for a member still to come. */
    get waiting(): number;
    /** When the result's location can be resolved: now, now if the run defines no base URIs, or at the run's end. */
    private locatable;
    private resolution;
    /** The result's rule and the verdict shared by that rule's results; warns once per bad score. */
    private judge;
    /**
     * The level the run's invocations set for a result's rule when the result gives none (SARIF 3.27.10):
     * that of the invocation its `provenance.invocationIndex` names, or of the run's only invocation. A
     * result of a run of several invocations that names none (or names one the run does not have) takes
     * the highest level any invocation gives the rule, an override or, where an invocation has none, the
     * rule's default: it cannot be told which ran it, and the highest fails closed.
     */
    private overrideLevel;
    /** The finding: the verdict, and what the result's location, message and fingerprint make of it. */
    private complete;
    /**
     * Refuses a location that names by index an artifact or a logical location the run does not have
     * (SARIF 3.4.5, 3.33.3), when that is all it gives: without the file or the name, two results of one
     * rule would merge into one finding. An artifact location that also gives its uri, or a logical
     * location its name, or a result whose file its physical location gives, needs no entry of the run.
     */
    private checkReferences;
    private resolveLocation;
    /**
     * The result's message: its text, else the message string its id names (SARIF 3.11.7): in its rule's
     * `messageStrings`, then in the `globalMessageStrings` of the tool component that holds the rule, or,
     * for a result without a rule, of the component it names (the driver unless it names another).
     */
    private resolveMessage;
}
/** Checks the top level of a SARIF log and returns its runs. */
export declare function readSarifLog(document: unknown, file: string): unknown[];
export declare const sarif: Ingestor;
export {};
