/**
 * SARIF 2.1.0 from any tool.
 * Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 * GitHub's reading of it: https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 *
 * A run is read in two phases so that the streaming reader can feed results one at a time:
 * each result is reduced to a PendingResult on arrival (everything the result itself says),
 * and rules, tool, base URIs and scan type are resolved when the run ends (they may come after
 * the results in the file).
 */
import {
  describeValue,
  isObject,
  capFirstLine as cap,
  MAX_PROBLEMS,
  quoteReportText,
  reportLine,
  showReportText,
  wholeNumber,
  type Json,
} from './report-reader.js';
import { flatString, TextMemo, pushAll } from '../strings.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding, ScanType, Severity, Suppression, ToolRun } from '../model.js';
import { NO_RULE_ID, SEVERITY_RANK } from '../model.js';
import {
  codeIdentity,
  dastIdentity,
  dependencyIdentity,
  joinableAliases,
  normalizeAliases,
  normalizeCwes,
  secretIdentity,
  shortHash,
} from './identity.js';
import { parseJsonText } from './json.js';
import { normalizeUri } from './paths.js';
import { decodeUtf8 } from './read.js';
import { readSecuritySeverity, severityFromLevel } from './severity.js';
import {
  checkovPackage,
  multiPurposeScans,
  neverScans,
  scanTypeForTool,
  scanTypeFromRuleId,
  isCheckov,
  scanTypeFromTags,
} from './tool-types.js';
import { checkStreamedShape, streamJson } from './json-stream.js';
import type {
  DetectSample,
  Detection,
  IngestContext,
  IngestResult,
  Ingestor,
  InputFile,
  StreamedIngestResult,
  StreamedInput,
  StreamParseOptions,
} from './types.js';
import { emptyTable } from '../lookup.js';
import { semgrepSkipOverflow, semgrepSkipProblem, semgrepSkipType } from './semgrep.js';
import { banditSeverityWord, checkListed, hiddenByNosec, PASSWORD_TITLE, quotesPassword } from './bandit.js';

/** SARIF 2.1.0 `level` of results, rule configurations and notifications (3.27.10, 3.50.3, 3.58.6). */
const LEVELS = ['none', 'note', 'warning', 'error'] as const;
/** SARIF 2.1.0 `result.kind` (3.27.9). */
const KINDS = ['pass', 'open', 'informational', 'notApplicable', 'review', 'fail'] as const;
const NOT_FINDINGS = new Set(['pass', 'notApplicable', 'informational']);
const SUPPRESSION_KINDS = ['inSource', 'external'] as const;
const SUPPRESSION_STATUSES = ['accepted', 'underReview', 'rejected'] as const;
const BASELINE_STATES = ['new', 'unchanged', 'updated', 'absent'] as const;

/**
 * Refuses a member that is present but not a value of its SARIF enum: a level or kind the reader
 * does not know would otherwise fall back to a default and change the verdict without a word.
 */
function checkEnum(value: unknown, values: readonly string[], what: string, at: string, file: string): void {
  const error = enumError(value, values, what, at, file);
  if (error !== undefined) throw new InputError(error);
}

/** The message `checkEnum` throws, or undefined when the value is absent or one of `values`. */
function enumError(
  value: unknown,
  values: readonly string[],
  what: string,
  at: string,
  file: string,
): string | undefined {
  if (value === undefined || (typeof value === 'string' && values.includes(value))) return undefined;
  const shown = typeof value === 'string' ? quoteReportText(value) : describeValue(value);
  const expected = `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`;
  return `${file}: ${at}: ${shown} is not a SARIF ${what} (expected ${expected}).`;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const int = wholeNumber;

/** Messages are kept only as far as the title and the package line need: bounded memory per finding. */
const MAX_MESSAGE = 2000;

function capMessage(text: string | undefined): string | undefined {
  return text !== undefined && text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE) : text;
}

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
  webRequest?: { method?: string; target?: string };
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

/** The SARIF 2.1.0 schema's required members inside a result, checked without a full schema pass. */
const REQUIRED_IN_RESULT: [string, string][] = [
  ['stacks', 'frames'],
  ['codeFlows', 'threadFlows'],
  ['fixes', 'artifactChanges'],
  ['graphs', 'nodes'],
];

function checkResultShape(result: Json, pointer: string, file: string): void {
  if (!isObject(result.message))
    throw new InputError(`${file}: ${pointer}/message: the result has no message object (SARIF requires one).`);
  for (const key of ['locations', 'relatedLocations', 'stacks', 'codeFlows', 'fixes', 'suppressions'])
    if (result[key] !== undefined && !Array.isArray(result[key]))
      throw new InputError(`${file}: ${pointer}/${key}: expected an array (SARIF 2.1.0).`);
  for (const [key, member] of REQUIRED_IN_RESULT) {
    const list = result[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (!isObject(item) || !Array.isArray(item[member]))
        throw new InputError(
          `${file}: ${pointer}/${key}/${i}: '${member}' is missing or not an array (SARIF 2.1.0 requires it).`,
        );
    });
  }
}

/**
 * Refuses a line or column that is not a whole number: they tell one result from another (the
 * occurrence rule, and a code identity without a fingerprint), and a string "12" read as no line
 * would merge results on different lines. Line 0, which some tools write, is read as given.
 */
function checkRegionNumbers(region: Json, pointer: string, file: string): void {
  for (const key of ['startLine', 'startColumn', 'charOffset', 'byteOffset']) {
    const value = region[key];
    // An offset of -1 is SARIF's "not given" (its default).
    if (value === undefined || int(value) !== undefined || (value === -1 && key.endsWith('Offset'))) continue;
    throw new InputError(
      `${file}: ${pointer}/${key}: got ${describeValue(value)} (expected a whole number${key.endsWith('Offset') ? ', or -1 for none' : ''}; SARIF 2.1.0 section 3.30).`,
    );
  }
}

/** Where a result's first physical location names its artifact, under the result. */
const ARTIFACT_AT = 'locations/0/physicalLocation/artifactLocation';
/** Where a result's first logical location is, under the result. */
const LOGICAL_AT = 'locations/0/logicalLocations/0';

/**
 * An index into an array of the run (`artifacts`, `logicalLocations`; SARIF 3.4.5, 3.33.3), or undefined
 * when absent or -1, SARIF's minimum and "not given". One that is there but not a whole number (the
 * string "0", 1.5, -2) is refused: read as no index, it would drop the file or the name it points to, and
 * two results of one rule would merge into one finding.
 */
function readIndex(value: unknown, at: string, file: string, of: string, section: string): number | undefined {
  if (value === undefined || value === -1) return undefined;
  const index = int(value);
  if (index !== undefined) return index;
  throw new InputError(
    `${file}: ${at}: got ${describeValue(value)} (expected the index of an entry of the run's ${of}, a whole number, or -1 for none; SARIF 2.1.0 section ${section}).`,
  );
}

/** The members of an address whose minimum is -1, "not given" (an address, indexes), and its signed offsets. */
const ADDRESS_INDEXES = ['absoluteAddress', 'index', 'parentIndex'];
const ADDRESS_OFFSETS = ['relativeAddress', 'offsetFromParent'];

/**
 * Refuses an address (SARIF 3.32) whose numbers are not whole numbers (the string "0x1000", 4096.5), or
 * an address that is not an object: the address is what tells apart two results in one binary (see
 * placeOf), and read as none it would merge them. `absoluteAddress`, `index` and `parentIndex` are at
 * least -1 (-1 is "not given"); `relativeAddress` and `offsetFromParent` may be negative.
 */
function checkAddress(address: unknown, at: string, file: string): void {
  if (!isObject(address))
    throw new InputError(
      `${file}: ${at}: got ${describeValue(address)} (expected a SARIF address object; SARIF 2.1.0 section 3.32).`,
    );
  for (const key of [...ADDRESS_INDEXES, ...ADDRESS_OFFSETS]) {
    const value = address[key];
    if (value === undefined) continue;
    const signed = ADDRESS_OFFSETS.includes(key);
    if (typeof value === 'number' && Number.isInteger(value) && (signed || value >= -1)) continue;
    throw new InputError(
      `${file}: ${at}/${key}: got ${describeValue(value)} (expected a whole number${signed ? ', which may be negative' : ', or -1 for none'}; SARIF 2.1.0 section 3.32).`,
    );
  }
}

/** An offset or address part of `placeOf`, zero-padded so that places sort in numeric order. */
const placeNumber = (tag: string, value: number): string => `${tag}${String(value).padStart(16, '0')}`;

/**
 * What tells apart two results in one file when the region gives no column: its character or byte
 * offset (SARIF 3.30.2), and the address in a binary a physical location gives (3.32), with or without
 * a line. Kept for the occurrence rule only (RawFinding.occurrenceKey): two results of one rule at two
 * offsets or addresses are two findings, as two lines are. With a line but no column (minified code is
 * one line), the offsets are what tells two results on that line apart; with a column, the line and
 * column are the place and the offsets add nothing. The address was checked (checkAddress).
 */
function placeOf(physical: Json | undefined, region: Json | undefined): string | undefined {
  const parts: string[] = [];
  if (region && region.startColumn === undefined) {
    const chars = int(region.charOffset);
    const bytes = int(region.byteOffset);
    if (chars !== undefined) parts.push(placeNumber('c', chars));
    if (bytes !== undefined) parts.push(placeNumber('b', bytes));
  }
  const address = physical && isObject(physical.address) ? physical.address : undefined;
  if (address) {
    for (const key of ['absoluteAddress', 'relativeAddress', 'offsetFromParent', 'index', 'parentIndex']) {
      const value = address[key];
      // -1 is SARIF's "not given" for an absolute address or an index (checkAddress refused anything else).
      if (typeof value === 'number' && !(value === -1 && ADDRESS_INDEXES.includes(key))) parts.push(`${key}=${value}`);
    }
    for (const key of ['fullyQualifiedName', 'name'])
      if (str(address[key]) !== undefined) parts.push(`${key}=${str(address[key])}`);
  }
  return parts.length > 0 ? parts.join('\0') : undefined;
}

/** The name of the run's logical location at `index` (fully qualified when it says), if there is one. */
function logicalNameAt(locations: unknown[], index: number | undefined): string | undefined {
  const logical = index === undefined ? undefined : locations[index];
  return isObject(logical) ? (str(logical.fullyQualifiedName) ?? str(logical.name)) : undefined;
}

/** No tags: one shared array instead of an empty one per result. */
const NO_TAGS: string[] = [];

/** Returns a string equal to its argument, the same instance for equal strings (see `interner`). */
type Intern = (text: string | undefined) => string | undefined;
const noIntern: Intern = (text) => text;

/**
 * Shares equal strings: `JSON.parse` makes a new string for every value, so the rule id, level and
 * artifact URI of 100,000 results of 300 rules and 400 files are otherwise 100,000 strings each.
 * Bounded: past `limit` distinct strings, new ones are kept as they are.
 */
export function interner(limit = 65_536): Intern {
  const seen = new TextMemo((text) => text, limit);
  return (text) => (text === undefined ? undefined : seen.get(text));
}

/** Reduces one SARIF result to what the finding needs; throws when the result is not an object. */
export function readPendingResult(
  result: unknown,
  pointer: string,
  file: string,
  intern: Intern = noIntern,
): PendingResult {
  if (!isObject(result))
    throw new InputError(`${file}: ${pointer}: a result must be an object (expected a SARIF result).`);
  checkResultShape(result, pointer, file);
  const rule = isObject(result.rule) ? result.rule : undefined;
  const message = isObject(result.message) ? result.message : undefined;
  const locations = Array.isArray(result.locations) ? result.locations : [];
  const first = isObject(locations[0]) ? locations[0] : undefined;
  const physical = first && isObject(first.physicalLocation) ? first.physicalLocation : undefined;
  // A result without a physical location (BinSkim, secretlint) is about its analysis target (SARIF
  // 3.27.7): the file it names tells one such result of a rule from another.
  // So is one whose physical location gives only an address in a binary (SARIF 3.29.6): the binary is
  // the analysis target.
  const artifact =
    physical && isObject(physical.artifactLocation)
      ? physical.artifactLocation
      : isObject(result.analysisTarget) && (!physical || physical.artifactLocation === undefined)
        ? result.analysisTarget
        : undefined;
  const region = physical && isObject(physical.region) ? physical.region : undefined;
  const logical =
    first && Array.isArray(first.logicalLocations) && isObject(first.logicalLocations[0])
      ? first.logicalLocations[0]
      : undefined;
  const properties = isObject(result.properties) ? result.properties : undefined;
  if (region) checkRegionNumbers(region, `${pointer}/locations/0/physicalLocation/region`, file);
  if (physical?.address !== undefined)
    checkAddress(physical.address, `${pointer}/locations/0/physicalLocation/address`, file);
  const artifactAt =
    artifact === undefined ? undefined : artifact === result.analysisTarget ? 'analysisTarget' : ARTIFACT_AT;
  const artifactIndex =
    artifact === undefined
      ? undefined
      : readIndex(artifact.index, `${pointer}/${artifactAt}/index`, file, 'artifacts', '3.4.5');
  const logicalIndex =
    logical === undefined
      ? undefined
      : readIndex(logical.index, `${pointer}/${LOGICAL_AT}/index`, file, 'logicalLocations', '3.33.3');
  const logicalName = str(logical?.fullyQualifiedName) ?? str(logical?.name);
  const pending: PendingResult = {
    pointer,
    ruleId: intern(str(result.ruleId) ?? str(rule?.id)),
    ruleIndex: int(result.ruleIndex) ?? int(rule?.index),
    ruleIndexAt:
      int(result.ruleIndex) !== undefined ? 'ruleIndex' : int(rule?.index) !== undefined ? 'rule/index' : undefined,
    ruleGuid: str(rule?.guid)?.toLowerCase(),
    toolComponentIndex: isObject(rule?.toolComponent) ? int(rule.toolComponent.index) : undefined,
    toolComponentGuid: isObject(rule?.toolComponent) ? str(rule.toolComponent.guid)?.toLowerCase() : undefined,
    toolComponentName: isObject(rule?.toolComponent) ? str(rule.toolComponent.name) : undefined,
    level: intern(str(result.level)),
    kind: intern(str(result.kind)),
    securitySeverity: properties?.['security-severity'],
    message: capMessage(str(message?.text) ?? str(message?.markdown)),
    messageId: str(message?.id),
    messageArguments: Array.isArray(message?.arguments) ? message.arguments.map((a) => String(a)) : undefined,
    uri: intern(str(artifact?.uri)),
    uriBaseId: intern(str(artifact?.uriBaseId)),
    artifactIndex,
    artifactAt: artifactIndex !== undefined ? artifactAt : undefined,
    logicalName,
    logicalIndex: logicalName === undefined ? logicalIndex : undefined,
    startLine: int(region?.startLine),
    endLine: int(region?.endLine),
    startColumn: int(region?.startColumn),
    place: placeOf(physical, region),
    fingerprint: pickFingerprint(result.partialFingerprints) ?? pickFingerprint(result.fingerprints),
    baselineState: str(result.baselineState),
    invocationIndex: isObject(result.provenance) ? int(result.provenance.invocationIndex) : undefined,
    webRequest: isObject(result.webRequest)
      ? { method: str(result.webRequest.method), target: str(result.webRequest.target) }
      : undefined,
    tags:
      Array.isArray(properties?.tags) && properties.tags.length > 0
        ? properties.tags.filter((t): t is string => typeof t === 'string')
        : NO_TAGS,
  };
  checkEnum(result.level, LEVELS, 'level', `${pointer}/level`, file);
  checkEnum(result.kind, KINDS, 'result kind', `${pointer}/kind`, file);
  // SARIF 3.27.9 and 3.27.10: a result whose kind is not `fail` has level `none`. One that says it passed
  // and also that it is an error contradicts itself; dropping it as a pass would hide it, so it is refused.
  // So is a `review` or `open` result with a level: read as info (DESIGN 3.1), its error would be lost.
  if (
    typeof result.kind === 'string' &&
    result.kind !== 'fail' &&
    result.level !== undefined &&
    result.level !== 'none'
  )
    throw new InputError(
      `${file}: ${pointer}: kind '${result.kind}' with level '${String(result.level)}' contradicts itself (expected level 'none' or no level for a result of kind ${result.kind}, or kind 'fail' for a finding; SARIF 2.1.0 section 3.27.9).`,
    );
  checkEnum(result.baselineState, BASELINE_STATES, 'baselineState', `${pointer}/baselineState`, file);
  if (Array.isArray(result.suppressions) && result.suppressions.length > 0) {
    // A suppression can except a finding (inFileSuppressions: honor): one SARIF does not define is
    // refused, never read as accepted. A suppression without a status is read as accepted.
    pending.suppressions = result.suppressions.map((s, j) => {
      const at = `${pointer}/suppressions/${j}`;
      if (!isObject(s))
        throw new InputError(`${file}: ${at}: got ${describeValue(s)} (expected a SARIF suppression object).`);
      if (s.kind === undefined)
        throw new InputError(
          `${file}: ${at}/kind: the key is missing (expected inSource or external; SARIF requires it).`,
        );
      checkEnum(s.kind, SUPPRESSION_KINDS, 'suppression kind', `${at}/kind`, file);
      checkEnum(s.status, SUPPRESSION_STATUSES, 'suppression status', `${at}/status`, file);
      if ('state' in s && s.status === undefined)
        throw new InputError(
          `${file}: ${at}/state: 'state' is not a SARIF 2.1.0 key (expected 'status': accepted, underReview or rejected).`,
        );
      return {
        kind: s.kind as string,
        ...(str(s.status) ? { status: str(s.status) } : {}),
        ...(str(s.justification) ? { justification: str(s.justification) } : {}),
      };
    });
  }
  return pending;
}

/**
 * GitHub's primaryLocationLineHash when present; otherwise every fingerprint, sorted by key, so two
 * results that differ in any fingerprint (ShiftLeft's scanTagsHash for two flows into one sink) stay two.
 */
function pickFingerprint(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const primary = str(value.primaryLocationLineHash);
  if (primary) return primary;
  const parts = Object.keys(value)
    .sort()
    .filter((key) => str(value[key]) !== undefined)
    .map((key) => `${key}=${String(value[key])}`);
  return parts.length > 0 ? parts.join(';') : undefined;
}

interface RuleInfo {
  /** Where the rule is, e.g. /runs/0/tool/extensions/1/rules/3: two components may both have a rule X. */
  pointer: string;
  id?: string;
  /** The rule's guid, lower-cased: an override's descriptor may name the rule by it (SARIF 3.52). */
  guid?: string;
  level?: string;
  securitySeverity?: unknown;
  shortDescription?: string;
  name?: string;
  tags: string[];
  messageStrings: Record<string, string | undefined>;
  /** The `globalMessageStrings` of the tool component that holds the rule (SARIF 3.11.7), shared by its rules. */
  globalMessageStrings: Record<string, string | undefined>;
}

/** A table of message strings (a rule's `messageStrings`, a component's `globalMessageStrings`) by id. */
function readMessageStrings(value: unknown): Record<string, string | undefined> {
  // Keyed by the report's own ids, looked up by a result's messageId: no inherited names.
  const strings = emptyTable<string>();
  if (isObject(value))
    for (const [key, entry] of Object.entries(value))
      if (isObject(entry) && typeof entry.text === 'string') strings[key] = entry.text;
  return strings;
}

/** Reads one rule; a schema-invalid default level is added to `invalid` (refused when the run ends). */
function readRule(
  rule: unknown,
  pointer: string,
  file: string,
  invalid: string[],
  globalMessageStrings: Record<string, string | undefined>,
): RuleInfo | undefined {
  if (!isObject(rule)) return undefined;
  const config = isObject(rule.defaultConfiguration) ? rule.defaultConfiguration : undefined;
  if (rule.defaultConfiguration !== undefined && !config)
    invalid.push(
      `${file}: ${pointer}/defaultConfiguration: got ${describeValue(rule.defaultConfiguration)} (expected a SARIF reportingConfiguration object).`,
    );
  const badLevel = enumError(config?.level, LEVELS, 'level', `${pointer}/defaultConfiguration/level`, file);
  if (badLevel !== undefined) invalid.push(badLevel);
  const properties = isObject(rule.properties) ? rule.properties : undefined;
  const short = isObject(rule.shortDescription) ? str(rule.shortDescription.text) : undefined;
  const messageStrings = readMessageStrings(rule.messageStrings);
  const guid = str(rule.guid)?.toLowerCase();
  return {
    pointer,
    id: str(rule.id),
    ...(guid !== undefined ? { guid } : {}),
    level: str(config?.level),
    securitySeverity: properties?.['security-severity'],
    shortDescription: short,
    name: str(rule.name),
    tags: Array.isArray(properties?.tags) ? properties.tags.filter((t): t is string => typeof t === 'string') : [],
    messageStrings,
    globalMessageStrings,
  };
}

interface ToolComponentRules {
  rules: (RuleInfo | undefined)[];
  byId: Map<string, RuleInfo>;
  /** The component's guid, lower-cased. */
  guid?: string;
  /** The component's name: a toolComponent reference may name it so (SARIF 3.54). */
  name?: string;
  /** The component's `globalMessageStrings`: where a result's message id is looked up after its rule's (SARIF 3.11.7). */
  globalMessageStrings: Record<string, string | undefined>;
}

/** A component's rules, or (`key` 'notifications') its notification descriptors, which have the same shape (SARIF 3.19.23, 3.49). */
function readComponent(
  component: unknown,
  pointer: string,
  file: string,
  invalid: string[],
  key: 'rules' | 'notifications' = 'rules',
): ToolComponentRules {
  const list = isObject(component) ? component[key] : undefined;
  const globalMessageStrings = readMessageStrings(isObject(component) ? component.globalMessageStrings : undefined);
  const rules = Array.isArray(list)
    ? list.map((rule, i) => readRule(rule, `${pointer}/${key}/${i}`, file, invalid, globalMessageStrings))
    : [];
  const byId = new Map<string, RuleInfo>();
  for (const rule of rules) if (rule?.id && !byId.has(rule.id)) byId.set(rule.id, rule);
  const guid = isObject(component) ? str(component.guid)?.toLowerCase() : undefined;
  const name = isObject(component) ? str(component.name) : undefined;
  return { rules, byId, ...(guid ? { guid } : {}), ...(name !== undefined ? { name } : {}), globalMessageStrings };
}

/** Whether `ruleId` names a sub-rule of `parent` ("CA5350/md5" of "CA5350"). */
function isSubRule(ruleId: string, parent: string | undefined): boolean {
  return parent !== undefined && ruleId.length > parent.length && ruleId.startsWith(`${parent}/`);
}

/**
 * The rule a result names by id: in its component, then the driver, then any extension; for a
 * hierarchical id that no rule has, the rule of its longest leading part ("CA5350/md5" -> "CA5350").
 */
function findRule(ruleId: string, component: ToolComponentRules, r: RunResolution): RuleInfo | undefined {
  for (let id = ruleId; ;) {
    const rule =
      component.byId.get(id) ?? r.driverRules.byId.get(id) ?? r.extensions.find((e) => e.byId.has(id))?.byId.get(id);
    if (rule) return rule;
    const slash = id.lastIndexOf('/');
    if (slash <= 0) return undefined;
    id = id.slice(0, slash);
  }
}

/** The rule with exactly this id: in `component`, then the driver, then any extension. */
function ruleById(id: string, component: ToolComponentRules, r: Pick<RunResolution, 'driverRules' | 'extensions'>) {
  return component.byId.get(id) ?? r.driverRules.byId.get(id) ?? r.extensions.find((e) => e.byId.has(id))?.byId.get(id);
}

/** The rule with this (lower-cased) guid: in `component`, then the driver, then any extension. */
function ruleByGuid(guid: string, component: ToolComponentRules, r: Pick<RunResolution, 'driverRules' | 'extensions'>) {
  for (const c of [component, r.driverRules, ...r.extensions]) {
    const rule = c.rules.find((x) => x?.guid === guid);
    if (rule) return rule;
  }
  return undefined;
}

/** SARIF levels from lowest to highest: the order in which several overrides are compared (fail closed). */
const LEVEL_RANK: Readonly<Record<string, number>> = { none: 0, note: 1, warning: 2, error: 3 };

function higherLevel(a: string | undefined, b: string): string {
  return a !== undefined && (LEVEL_RANK[a] ?? 0) >= (LEVEL_RANK[b] ?? 0) ? a : b;
}

/**
 * The rule levels the run's invocations set (`invocations[i].ruleConfigurationOverrides`, SARIF 3.27.10:
 * a result without a level takes the level the override of its invocation gives its rule, before the
 * rule's default). An override the reader cannot apply is added to `invalid` (refused when the run
 * ends): one that sets a level but whose descriptor names no rule of the run could configure any
 * result, and reading that result at its rule's default could read it lower than the tool did; so
 * could a level that is not a SARIF level. An override that sets no level (`enabled`, `rank`) changes
 * no verdict and is not resolved.
 * Undefined when no invocation overrides a rule. Invocations that are not objects are left to
 * runProblems, which refuses them.
 */
function readOverrides(
  run: Json,
  pointer: string,
  file: string,
  r: Pick<RunResolution, 'driverRules' | 'extensions'>,
  invalid: string[],
  of: 'rule' | 'notification' = 'rule',
): Map<RuleInfo, string>[] | undefined {
  if (!Array.isArray(run.invocations)) return undefined;
  const key = of === 'rule' ? 'ruleConfigurationOverrides' : 'notificationConfigurationOverrides';
  const listName = of === 'rule' ? 'rules' : 'notifications';
  const what = of === 'rule' ? 'results' : 'notifications';
  let any = false;
  const overrides = run.invocations.map((invocation: unknown, i) => {
    const levels = new Map<RuleInfo, string>();
    if (!isObject(invocation) || invocation[key] === undefined) return levels;
    const at = `${pointer}/invocations/${i}/${key}`;
    const list = invocation[key];
    if (!Array.isArray(list)) {
      invalid.push(
        `${file}: ${at}: got ${describeValue(list)} (expected an array of SARIF configurationOverride objects).`,
      );
      return levels;
    }
    list.forEach((override: unknown, k) => {
      const here = `${at}/${k}`;
      if (!isObject(override)) {
        invalid.push(
          `${file}: ${here}: got ${describeValue(override)} (expected a SARIF configurationOverride object).`,
        );
        return;
      }
      const { descriptor, configuration } = override;
      if (!isObject(configuration)) {
        invalid.push(
          `${file}: ${here}/configuration: ${configuration === undefined ? 'the key is missing' : `got ${describeValue(configuration)}`} (expected a SARIF reportingConfiguration object; SARIF requires it).`,
        );
        return;
      }
      if (!isObject(descriptor)) {
        invalid.push(
          `${file}: ${here}/descriptor: ${descriptor === undefined ? 'the key is missing' : `got ${describeValue(descriptor)}`} (expected a SARIF reportingDescriptorReference naming a ${of === 'rule' ? 'rule' : 'notification descriptor'}; SARIF requires it).`,
        );
        return;
      }
      const badLevel = enumError(configuration.level, LEVELS, 'level', `${here}/configuration/level`, file);
      if (badLevel !== undefined) {
        invalid.push(badLevel);
        return;
      }
      // An override that sets no level (only `enabled` or `rank`) changes no verdict: its rule is not looked for.
      const level = str(configuration.level);
      if (level === undefined) return;
      const rule = overriddenRule(descriptor, r);
      if (rule === undefined) {
        invalid.push(
          `${file}: ${here}/descriptor: ${describeDescriptor(descriptor)} names no ${of} of the run, so the ${what} whose level it sets cannot be told (expected the index, id or guid of a ${of === 'rule' ? 'rule' : 'notification descriptor'} in tool.driver.${listName}, or in the ${listName} of the extension its toolComponent names; SARIF 2.1.0 section 3.52).`,
        );
        return;
      }
      // One rule overridden twice in one invocation: the higher level.
      levels.set(rule, higherLevel(levels.get(rule), level));
      any = true;
    });
    return levels;
  });
  return any ? overrides : undefined;
}

/** The rule an override's descriptor names: by index in its component, else by id, else by guid. */
function overriddenRule(descriptor: Json, r: Pick<RunResolution, 'driverRules' | 'extensions'>): RuleInfo | undefined {
  const ref = descriptor.toolComponent;
  let component: ToolComponentRules | undefined = r.driverRules;
  if (ref !== undefined) {
    if (!isObject(ref)) return undefined;
    const index = int(ref.index);
    const guid = str(ref.guid)?.toLowerCase();
    const name = str(ref.name);
    component =
      index !== undefined
        ? r.extensions[index]
        : guid !== undefined
          ? [r.driverRules, ...r.extensions].find((c) => c.guid === guid)
          : name !== undefined
            ? [r.driverRules, ...r.extensions].find((c) => c.name === name)
            : undefined;
    if (component === undefined) return undefined;
  }
  const index = int(descriptor.index);
  const id = str(descriptor.id);
  const guid = str(descriptor.guid)?.toLowerCase();
  const indexed = index !== undefined ? component.rules[index] : undefined;
  if (indexed && (id === undefined || indexed.id === id)) return indexed;
  // A descriptor that names its component looks in that component only: an override of an extension's
  // rule never lowers the driver's rule of the same id.
  const named = ref !== undefined;
  const byId = id !== undefined ? (named ? component.byId.get(id) : ruleById(id, component, r)) : undefined;
  if (byId) return byId;
  const byGuid =
    guid !== undefined
      ? named
        ? component.rules.find((rule) => rule?.guid === guid)
        : ruleByGuid(guid, component, r)
      : undefined;
  if (byGuid) return byGuid;
  // An index whose rule has another id than the one the descriptor gives names no rule of the run: the
  // override is refused (the caller says so), never applied to whatever rule sits at that index.
  return id === undefined && guid === undefined ? indexed : undefined;
}

/** How an override's descriptor names its rule, for a message: "id 'X', index 3, toolComponent index 1". */
function describeDescriptor(descriptor: Json): string {
  const parts: string[] = [];
  if (descriptor.id !== undefined) parts.push(`id ${quoteReportText(String(descriptor.id), 300)}`);
  if (descriptor.index !== undefined) parts.push(`index ${showReportText(String(descriptor.index), 300)}`);
  if (descriptor.guid !== undefined) parts.push(`guid ${showReportText(String(descriptor.guid), 300)}`);
  const ref = descriptor.toolComponent;
  if (isObject(ref))
    for (const key of ['index', 'guid', 'name'])
      if (ref[key] !== undefined) parts.push(`toolComponent ${key} ${showReportText(String(ref[key]), 300)}`);
  return parts.length > 0 ? `the descriptor (${parts.join(', ')})` : 'the descriptor (no index, id or guid)';
}

/** The parts of a run other than its results. */
export interface RunSkeleton {
  run: unknown;
  /** JSON pointer of the run, e.g. /runs/0. */
  pointer: string;
  index: number;
}

/** Severity, aliases, CWEs and scan type of the results of one rule: computed once, shared by them. */
interface RuleVerdict {
  ruleId: string;
  severity: Severity;
  severitySource: string;
  aliases: string[];
  cwe: string[];
  resultType: ScanType;
}

/** What resolving a run's results needs from the run: its tool, rules, base URIs and artifacts. */
interface RunResolution {
  pointer: string;
  index: number;
  tool: string;
  toolVersion: string | undefined;
  /** The scan type of results that do not say otherwise: the policy's, else the tool name's. */
  scanType: ScanType;
  /** The scan types the run's rules and findings show it did (see `runScanType`). */
  covered: Set<ScanType>;
  /** Schema-invalid rules, refused when the run ends (in both paths, after the results' own errors). */
  invalidRules: string[];
  driverRules: ToolComponentRules;
  extensions: ToolComponentRules[];
  baseIds: Json;
  artifacts: unknown[];
  /** The run's `logicalLocations`, which a result's logical location may name by index (SARIF 3.33.3). */
  logicalLocations: unknown[];
  /** This run's warnings, in the order the whole-document path gives them. */
  warnings: string[];
  badSeverity: Set<string>;
  shared: Map<string, RuleVerdict>;
  /**
   * Per invocation, the level its `ruleConfigurationOverrides` give each rule they name; undefined when
   * no invocation overrides a rule (then every result without a level takes its rule's default).
   */
  overrides: Map<RuleInfo, string>[] | undefined;
  /** Warnings given once per run (a ruleId that names no rule, an invocation index that names none). */
  warnedOnce: Set<string>;
}

/** What `judge` makes of a result's rule reference. */
interface Judged {
  rule: RuleInfo | undefined;
  verdict: RuleVerdict;
  /**
   * The tool component the result names (the driver unless it names another): a result without a rule
   * looks its message id up in this component's `globalMessageStrings` (SARIF 3.11.7).
   */
  component: ToolComponentRules;
}

/** A result read early whose location needs a run member that had not come yet: completed at the end. */
interface LateResult {
  late: true;
  p: PendingResult;
  judged: Judged;
}

/**
 * A run's results were resolved as if it defined no base URIs, and its `originalUriBaseIds` came after
 * them (Trivy writes them last), or as if no invocation overrode a rule's level, and invocations with
 * `ruleConfigurationOverrides` came after them: the input is read again, resolving each run at its end.
 */
class LateRunMembers extends Error {}

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
export class SarifRunReader {
  private readonly pending: (PendingResult | undefined)[] = [];
  private readonly findings: (RawFinding | LateResult)[] = [];
  private readonly intern = interner();
  /** Titles have their own table, so that many distinct messages do not crowd out rule ids and URIs. */
  private readonly titles = interner();
  /** Resolved paths by URI and base: files repeat across results, their strings are shared. */
  private readonly paths = new Map<string, { path?: string; url?: string }>();
  private results = 0;
  private skipped = 0;
  /**
   * Results marked `baselineState: absent` (not findings), and the first that carries no baselineState:
   * SARIF requires one on every result when any has one (3.27.24), so a run with both is refused.
   */
  private absent = 0;
  private withoutBaseline: string | undefined;
  /**
   * The results read as findings per Bandit severity (`properties.issue_severity`, which Bandit's SARIF
   * writer copies from its JSON), and those that name none: held to a Bandit run's metrics when it ends.
   */
  private readonly banditListed = new Map<string, number>();
  private banditUnattributed = 0;
  private lateResults = 0;
  /** Results resolved as if the run defined no base URIs, though they name one. */
  private assumedNoBase = 0;
  /**
   * The first result read early whose rule reference is invalid (see `judge`), or whose location names an
   * artifact or logical location the run does not have (see `checkReferences`): thrown when the run ends,
   * after the results before it that waited for a run member (`badReferenceAt` of them in `findings`),
   * which the end-of-run path would refuse first.
   */
  private badReference: InputError | undefined;
  private badReferenceAt = 0;
  private early:
    | {
        resolution: RunResolution;
        run: Json;
        hasBaseIds: boolean;
        hasArtifacts: boolean;
        hasLogicalLocations: boolean;
        hasInvocations: boolean;
      }
    | undefined;

  constructor(
    private readonly input: Pick<InputFile, 'path'>,
    private readonly context: IngestContext,
  ) {}

  /**
   * Resolves the results that follow against `run`, the run as far as it was read before its
   * results. Returns false, and changes nothing, when that run has no tool yet or results came first.
   */
  beginEarly(run: unknown, index: number): boolean {
    if (this.results > 0 || this.skipped > 0) return false;
    if (!isObject(run) || !isObject(run.tool) || !isObject(run.tool.driver)) return false;
    this.early = {
      resolution: this.resolution(run, run.tool.driver, index),
      run,
      hasBaseIds: 'originalUriBaseIds' in run,
      hasArtifacts: 'artifacts' in run,
      hasLogicalLocations: 'logicalLocations' in run,
      hasInvocations: 'invocations' in run,
    };
    return true;
  }

  addResult(result: unknown, pointer: string): void {
    const pending = readPendingResult(result, pointer, this.input.path, this.intern);
    if (pending.baselineState === 'absent') this.absent += 1;
    else if (pending.baselineState === undefined) this.withoutBaseline ??= pointer;
    // baselineState 'absent': in the baseline but not found by this scan, so not a finding of it.
    if ((pending.kind !== undefined && NOT_FINDINGS.has(pending.kind)) || pending.baselineState === 'absent') {
      this.skipped += 1;
      return;
    }
    this.results += 1;
    const word = banditSeverityWord(
      isObject(result) && isObject(result.properties) ? result.properties.issue_severity : undefined,
    );
    if (word !== undefined) this.banditListed.set(word, (this.banditListed.get(word) ?? 0) + 1);
    else this.banditUnattributed += 1;
    if (!this.early) {
      this.pending.push(pending);
      return;
    }
    const r = this.early.resolution;
    try {
      // The rule's verdict (and its warnings) in document order, as the end-of-run path gives them.
      const judged = this.judge(pending, r);
      const when = this.locatable(pending, r);
      if (when === 'later') {
        this.findings.push({ late: true, p: pending, judged });
        this.lateResults += 1;
        return;
      }
      if (when === 'assuming no base URIs') this.assumedNoBase += 1;
      this.findings.push(this.complete(pending, judged, r));
    } catch (error) {
      // An invalid rule reference, or a location that names what the run does not have: refused when the
      // run ends, where the end-of-run path refuses it (after the run's own members, e.g. external
      // property files that would hold its rules).
      if (!(error instanceof InputError)) throw error;
      if (this.badReference === undefined) {
        this.badReference = error;
        this.badReferenceAt = this.findings.length;
      }
    }
  }

  finish(skeleton: RunSkeleton, warnings: string[]): { findings: RawFinding[]; run: ToolRun } {
    const file = this.input.path;
    const { run, pointer, index } = skeleton;
    // A result marked absent in a run whose other results carry no baseline state is no baseline
    // comparison: it may be a finding of this scan marked so that the gate drops it.
    if (this.absent > 0 && this.withoutBaseline !== undefined)
      throw new InputError(
        `${file}: ${pointer}/results: ${this.absent} result(s) are marked baselineState 'absent' (not findings of this scan), but ${this.withoutBaseline} carries no baselineState (expected a baselineState on every result of a run that compares with a baseline, as SARIF 2.1.0 section 3.27.24 requires).`,
      );
    if (!isObject(run)) throw new InputError(`${file}: ${pointer}: a run must be an object (expected a SARIF run).`);
    if (!isObject(run.tool))
      throw new InputError(`${file}: ${pointer}/tool: the run has no tool object (expected tool.driver with a name).`);
    if (!isObject(run.tool.driver))
      throw new InputError(`${file}: ${pointer}/tool/driver: the run's tool has no driver (expected a toolComponent).`);
    let resolution: RunResolution;
    if (this.early) {
      resolution = this.early.resolution;
      if (resolution.invalidRules[0] !== undefined) throw new InputError(resolution.invalidRules[0]);
      // Before anything else the whole-document path would refuse: it reads the overrides with the rules.
      if (
        !this.early.hasInvocations &&
        Array.isArray(run.invocations) &&
        run.invocations.some((invocation) => isObject(invocation) && 'ruleConfigurationOverrides' in invocation)
      )
        throw new LateRunMembers(`${file}: ${pointer}/invocations comes after results, with rule overrides.`);
      checkBaseIds(run, pointer, file);
      if (this.assumedNoBase > 0 && !this.early.hasBaseIds && 'originalUriBaseIds' in run)
        throw new LateRunMembers(`${file}: ${pointer}/originalUriBaseIds comes after results that name a base URI.`);
      if (this.lateResults > 0 || this.badReference !== undefined) {
        // Keys are refused when repeated: the members that came early are these; the rest came late.
        const final: RunResolution = {
          ...resolution,
          baseIds: isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : {},
          artifacts: Array.isArray(run.artifacts) ? run.artifacts : [],
          logicalLocations: Array.isArray(run.logicalLocations) ? run.logicalLocations : [],
        };
        // In document order, as the end-of-run path: a result that waited and is refused now (it names an
        // artifact the run does not have) is refused before a refused result that follows it.
        const until = this.badReference !== undefined ? this.badReferenceAt : this.findings.length;
        for (let i = 0; i < until; i++) {
          const entry = this.findings[i] as RawFinding | LateResult;
          if ('late' in entry) this.findings[i] = this.complete(entry.p, entry.judged, final);
        }
        if (this.badReference !== undefined) throw this.badReference;
        this.lateResults = 0;
      }
    } else {
      resolution = this.resolution(run, run.tool.driver, index);
      if (resolution.invalidRules[0] !== undefined) throw new InputError(resolution.invalidRules[0]);
      checkBaseIds(run, pointer, file);
      for (let i = 0; i < this.pending.length; i++) {
        const p = this.pending[i] as PendingResult;
        // Released as it is turned into a finding: the two never all live at once.
        this.pending[i] = undefined;
        this.findings.push(this.complete(p, this.judge(p, resolution), resolution));
      }
      this.pending.length = 0;
    }
    for (const warning of resolution.warnings) warnings.push(warning);
    const { tool, toolVersion } = resolution;
    const problems = runProblems(run, pointer, tool, Array.isArray(run.results), file, warnings);
    const bandit = isBandit(tool) ? this.banditMetrics(run, pointer) : undefined;
    const setAside = bandit?.setAside;
    const { commit, problem: commitProblem } = readCommit(run, pointer);
    if (commitProblem !== undefined) problems.push(commitProblem);
    const declared = this.context.scanType;
    let scanType = declared ?? runScanType(resolution.scanType, resolution.covered);
    const scans = declared === undefined && resolution.covered.size === 0 ? multiPurposeScans(tool) : undefined;
    if (scans !== undefined) {
      // Nothing in the run says what it scanned: it covers no scan type rather than a guessed one.
      scanType = 'other';
      warnings.push(
        `${file}: ${pointer}: the ${showReportText(tool)} run has no rules and no results, so it does not show what it scanned (${showReportText(tool)} scans ${scans}); it covers no scan type. If it was, say, a dependency scan, declare it in the policy: inputs: [{ path: ${file}, scanType: dependency }].`,
      );
    }
    // A declared scan type the tool never does (Trivy does no sast or dast scan) covers nothing, whatever the
    // run holds, as the Trivy JSON reader has it: declaring a type says what kind of scan it was, and this
    // tool cannot have made that kind.
    const never = declared !== undefined ? neverScans(tool, declared) : undefined;
    if (declared !== undefined && never !== undefined)
      warnings.push(
        `${file}: ${pointer}: the policy declares scanType ${declared} for this input, but no result shows a ${declared} scan, which ${never.tool} does not do (it scans ${never.scans}). So the run covers no scan type: declaring a type says what kind of scan it was, not that it looked at anything. Give the ${declared} evidence from a ${declared.toUpperCase()} tool.`,
      );
    // A Bandit run that read no code and lists no result covers nothing, whatever the policy declares, as a
    // Bandit JSON report with those metrics (bandit.ts): wrong path, everything excluded, no Python file.
    const readNothing = bandit?.loc === 0 && this.results + this.skipped === 0;
    if (readNothing) {
      const files = bandit.files;
      const shown =
        files === 0
          ? 'the metrics list no scanned file'
          : `the metrics list ${files} file(s), none with a line of code`;
      warnings.push(
        `${file}: ${pointer}/properties/metrics/_totals/loc: the count of lines of code is 0, ${shown}, and there are no results: Bandit read no code, so the report covers no scan type. Check the paths given to Bandit (bandit -r <folder>), its excludes (-x, --exclude, the config file) and that the target holds Python files, then scan again.`,
      );
    }
    const coversNothing = scans !== undefined || never !== undefined || readNothing;
    return {
      findings: this.findings as RawFinding[],
      run: {
        tool,
        ...(toolVersion ? { toolVersion } : {}),
        scanType,
        ...(coversNothing ? { coversNothing: true } : {}),
        completed: problems.length === 0,
        problems,
        ...(commit ? { commit } : {}),
        resultCount: this.results + this.skipped,
        ...(setAside !== undefined ? { setAside } : {}),
      },
    };
  }

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
  private banditMetrics(
    run: Json,
    pointer: string,
  ): { setAside: string | undefined; loc: number | undefined; files: number } | undefined {
    const file = this.input.path;
    const properties = run.properties;
    if (properties === undefined) return undefined;
    if (!isObject(properties))
      throw new InputError(
        `${file}: ${pointer}/properties: got ${describeValue(properties)} (expected a SARIF property bag, an object; Bandit's SARIF writer puts its metrics there).`,
      );
    const metrics = properties.metrics;
    if (metrics === undefined) return undefined;
    const at = `${pointer}/properties/metrics`;
    if (!isObject(metrics))
      throw new InputError(
        `${file}: ${at}: got ${describeValue(metrics)} (expected Bandit's metrics object, as Bandit's SARIF writer puts it).`,
      );
    if (!isObject(metrics._totals))
      throw new InputError(
        `${file}: ${at}/_totals: ${metrics._totals === undefined ? 'the key is missing' : `got ${describeValue(metrics._totals)}`} (expected Bandit's totals, with the lines of code it read (loc), which Bandit's metrics always have).`,
      );
    const setAside = hiddenByNosec(metrics, file, at);
    checkListed(
      metrics,
      { total: this.results, bySeverity: this.banditListed, unattributed: this.banditUnattributed },
      file,
      at,
      `${pointer}/results`,
    );
    const loc = metrics._totals.loc;
    // One entry per file Bandit scanned, beside _totals (as bandit.ts counts them).
    const files = Object.entries(metrics).filter(([key, value]) => key !== '_totals' && isObject(value)).length;
    return { setAside, loc: typeof loc === 'number' ? loc : undefined, files };
  }

  /** Results read but not yet findings: kept for the end of the run, or for a member still to come. */
  get waiting(): number {
    return this.pending.length + this.lateResults;
  }

  /** When the result's location can be resolved: now, now if the run defines no base URIs, or at the run's end. */
  private locatable(p: PendingResult, r: RunResolution): 'now' | 'assuming no base URIs' | 'later' {
    const early = this.early;
    if (!early) return 'now';
    if (p.logicalIndex !== undefined && !early.hasLogicalLocations) return 'later';
    let uri = p.uri;
    let baseId = p.uriBaseId;
    if (uri === undefined && p.artifactIndex !== undefined) {
      if (!early.hasArtifacts) return 'later';
      const artifact = r.artifacts[p.artifactIndex];
      const loc = isObject(artifact) && isObject(artifact.location) ? artifact.location : undefined;
      uri = str(loc?.uri);
      baseId = baseId ?? str(loc?.uriBaseId);
    }
    return uri === undefined || baseId === undefined || early.hasBaseIds || ABSOLUTE_URI.test(uri)
      ? 'now'
      : 'assuming no base URIs';
  }

  private resolution(run: Json, driver: Json, index: number): RunResolution {
    const file = this.input.path;
    const pointer = `/runs/${index}`;
    const warnings: string[] = [];
    let tool = str(driver.name)?.trim();
    if (!tool) {
      tool = '(unnamed tool)';
      warnings.push(
        `${file}: ${pointer}/tool/driver/name: the tool has no name; findings are attributed to '${tool}'.`,
      );
    }
    const toolObject = run.tool as Json;
    const scanType = this.context.scanType ?? scanTypeForTool(tool);
    const invalidRules: string[] = [];
    const driverRules = readComponent(driver, `${pointer}/tool/driver`, file, invalidRules);
    const extensions = Array.isArray(toolObject.extensions)
      ? toolObject.extensions.map((extension, i) =>
          readComponent(extension, `${pointer}/tool/extensions/${i}`, file, invalidRules),
        )
      : [];
    const overrides = readOverrides(run, pointer, file, { driverRules, extensions }, invalidRules);
    const covered = new Set<ScanType>();
    for (const component of [driverRules, ...extensions])
      for (const rule of component.rules)
        if (rule) covered.add(scanTypeFromTags(rule.tags) ?? scanTypeFromRuleId(tool, rule.id) ?? scanType);
    return {
      pointer,
      index,
      tool,
      toolVersion: str(driver.semanticVersion) ?? str(driver.version),
      scanType,
      covered,
      invalidRules,
      driverRules,
      extensions,
      baseIds: isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : {},
      artifacts: Array.isArray(run.artifacts) ? run.artifacts : [],
      logicalLocations: Array.isArray(run.logicalLocations) ? run.logicalLocations : [],
      warnings,
      badSeverity: new Set(),
      shared: new Map(),
      overrides,
      warnedOnce: new Set(),
    };
  }

  /** The result's rule and the verdict shared by that rule's results; warns once per bad score. */
  private judge(p: PendingResult, r: RunResolution): Judged {
    const file = this.input.path;
    // SARIF 3.54.2, 3.27.6: an index that names no extension or no rule is invalid SARIF. A result that
    // names its rule only so is refused: falling back to another component or to no rule would rate it at
    // a severity its tool did not give it. One that also gives its ruleId or rule.guid is read by that
    // (codeql-action's test data and the SARIF SDK's samples write such indexes), warned about once per
    // run, and rated no lower than it would be without a rule (as a stand-in, below).
    const named =
      p.ruleId !== undefined
        ? `its ruleId ${quoteReportText(p.ruleId, 300)}`
        : p.ruleGuid !== undefined
          ? `its rule.guid ${showReportText(p.ruleGuid)}`
          : undefined;
    const badIndex = (at: string, what: string, expected: string): void => {
      if (named === undefined)
        throw new InputError(
          `${file}: ${p.pointer}/${at}: ${what}, and the result names its rule no other way, so its rule and severity cannot be told (expected ${expected}, or a ruleId; SARIF 2.1.0 sections 3.27.6, 3.52).`,
        );
      const once = `index\0${at}\0${what}`;
      if (!r.warnedOnce.has(once)) {
        r.warnedOnce.add(once);
        r.warnings.push(
          `${file}: ${p.pointer}/${at}: ${what} (invalid SARIF, expected ${expected}); the result is read by ${named}, and its severity is the higher of that rule's and the one it would have without a rule.`,
        );
      }
      badReference = true;
    };
    let badReference = false;
    if (p.toolComponentIndex !== undefined && r.extensions[p.toolComponentIndex] === undefined)
      badIndex(
        'rule/toolComponent/index',
        `${p.toolComponentIndex} names no extension of the run (it has ${r.extensions.length} in tool.extensions)`,
        `the index of an entry of ${r.pointer}/tool/extensions`,
      );
    // A component named by guid or by name that the run does not have is as invalid as a bad index: the
    // result is read by its ruleId, rated no lower than without a rule, never silently by the driver's.
    const all = [r.driverRules, ...r.extensions];
    const byRef =
      p.toolComponentIndex !== undefined
        ? r.extensions[p.toolComponentIndex]
        : p.toolComponentGuid !== undefined
          ? all.find((c) => c.guid === p.toolComponentGuid)
          : p.toolComponentName !== undefined
            ? all.find((c) => c.name === p.toolComponentName)
            : r.driverRules;
    if (byRef === undefined && p.toolComponentIndex === undefined)
      badIndex(
        p.toolComponentGuid !== undefined ? 'rule/toolComponent/guid' : 'rule/toolComponent/name',
        `${p.toolComponentGuid !== undefined ? showReportText(p.toolComponentGuid) : showReportText(p.toolComponentName ?? '', 300)} names no tool component of the run`,
        `the guid or name of ${r.pointer}/tool/driver or of an entry of ${r.pointer}/tool/extensions`,
      );
    const component = byRef ?? r.driverRules;
    if (!badReference && p.ruleIndex !== undefined && p.ruleIndex >= component.rules.length)
      badIndex(
        p.ruleIndexAt ?? 'ruleIndex',
        `${p.ruleIndex} names no rule (${component === r.driverRules ? `${r.pointer}/tool/driver` : 'the extension the result names'} has ${component.rules.length})`,
        "the index of an entry of its tool component's rules",
      );
    let rule: RuleInfo | undefined;
    // The ruleId named no rule, and the rule the index names stands in: it must not rate the result lower
    // than no rule would (ruleId and index disagree, SARIF 3.27.5/3.27.6: which one is wrong is unknown).
    let standIn = false;
    const indexed = p.ruleIndex !== undefined ? component.rules[p.ruleIndex] : undefined;
    // A reference may name its rule by guid alone (SARIF 3.52.3): in its component, then any other.
    const byGuid = p.ruleGuid !== undefined && indexed === undefined ? ruleByGuid(p.ruleGuid, component, r) : undefined;
    const agrees = (candidate: RuleInfo | undefined): boolean =>
      candidate !== undefined &&
      (p.ruleId === undefined || candidate.id === p.ruleId || isSubRule(p.ruleId, candidate.id));
    // Anchore writes ruleIndex 0 for every result: when the index and the ruleId disagree, the ruleId wins.
    // A hierarchical ruleId ("CA5350/md5", SARIF 3.27.5) agrees with its rule "CA5350".
    if (agrees(indexed)) rule = indexed;
    else if (agrees(byGuid)) rule = byGuid;
    else if (p.ruleId !== undefined) {
      rule = findRule(p.ruleId, component, r);
      // A ruleId that names no rule does not unmake the rule its index (or guid) names (SARIF 3.52: the
      // descriptor is looked up by index): its severity, tags and messages still apply. Once per ruleId and rule.
      const other = indexed ?? byGuid;
      if (rule === undefined && other !== undefined) {
        rule = other;
        standIn = true;
        const once = `rule\0${p.ruleId}\0${other.pointer}`;
        if (!r.warnedOnce.has(once)) {
          r.warnedOnce.add(once);
          r.warnings.push(
            `${file}: ${p.pointer}: ruleId ${quoteReportText(p.ruleId, 300)} names no rule of the run; the rule its ${p.ruleIndex !== undefined ? `ruleIndex ${p.ruleIndex}` : `rule.guid ${showReportText(p.ruleGuid ?? '')}`} names (${other.id !== undefined ? quoteReportText(other.id, Infinity) : 'a rule without an id'}, ${other.pointer}) is read for it, and its severity is the higher of that rule's and the one it would have without a rule.`,
          );
        }
      }
    }
    // The reference was invalid (badIndex): the rule read by id or guid does not rate it lower than no rule.
    if (badReference && rule !== undefined) standIn = true;
    const ruleId = p.ruleId ?? rule?.id ?? NO_RULE_ID;
    const override = p.level === undefined && rule !== undefined ? this.overrideLevel(p, rule, r) : undefined;
    // Results of one rule share their severity, aliases, CWEs and scan type: computed once per rule
    // and shared, so a log with 100,000 results of 300 rules holds 300 copies, not 100,000.
    // Keyed by where the rule is, not only its id: the driver and an extension may both define rule X.
    const sharedKey = `${ruleId}\0${rule?.pointer ?? ''}\0${p.level ?? ''}\0${override?.level ?? ''}\0${override?.how ?? ''}\0${p.kind ?? ''}\0${p.securitySeverity === undefined ? '' : JSON.stringify(p.securitySeverity)}\0${p.tags.join('\0')}\0${standIn ? 'stand-in' : ''}`;
    let common = r.shared.get(sharedKey);
    if (!common) {
      let severity: Severity;
      let severitySource: string;
      const fromResult = readSecuritySeverity(p.securitySeverity);
      const fromRule = fromResult.severity ? {} : readSecuritySeverity(rule?.securitySeverity);
      const reading = fromResult.severity ? fromResult : fromRule;
      const level = p.level ?? override?.level ?? rule?.level ?? 'warning';
      if (p.kind === 'review' || p.kind === 'open') {
        severity = 'info';
        severitySource = `kind ${p.kind}`;
      } else if (reading.severity) {
        severity = reading.severity;
        severitySource = reading.source ?? 'security-severity';
      } else {
        severity = severityFromLevel(level) ?? 'medium';
        severitySource = `level ${level}${p.level ? '' : override ? ` (${override.how})` : rule?.level ? ' (rule default)' : ' (SARIF default)'}`;
      }
      if (standIn && p.kind !== 'review' && p.kind !== 'open') {
        // Without a rule: the result's own score, else its level, else warning.
        const own = fromResult.severity ? fromResult : undefined;
        const bare = own?.severity ?? severityFromLevel(p.level ?? 'warning') ?? 'medium';
        if (
          SEVERITY_RANK[bare as Exclude<Severity, 'unknown'>] > SEVERITY_RANK[severity as Exclude<Severity, 'unknown'>]
        ) {
          severity = bare;
          severitySource =
            own?.source ??
            `level ${p.level ?? 'warning'}${p.level ? '' : ' (SARIF default)'}; the rule its ruleIndex names rates it lower`;
        }
      }
      // Each unusable score once per rule, saying what decides instead: the rule's score, the level, the kind.
      // (Whose score it is, put in words only for a warning: not for every result.)
      const unusable: [string | undefined, string][] = [
        [fromResult.invalid, 'the result of rule'],
        [fromRule.invalid, 'rule'],
      ];
      for (const [invalid, whose] of unusable)
        if (invalid !== undefined && !r.badSeverity.has(`${ruleId}\0${invalid}`)) {
          r.badSeverity.add(`${ruleId}\0${invalid}`);
          r.warnings.push(
            `${file}: ${p.pointer}: ${whose} ${quoteReportText(ruleId, Infinity)} has security-severity ${quoteReportText(invalid, Infinity)}, which is not a score from 0.1 to 10 (the bands of DESIGN 3.1; 0 has none) or a severity word; ${severitySource} decides instead (${severity}).`,
          );
        }
      const tags = [...p.tags, ...(rule?.tags ?? [])];
      common = {
        ruleId,
        severity,
        severitySource,
        // A rule whose id and tags name several CVEs (`related:CVE-...`) is none of them (joinableAliases).
        aliases: normalizeAliases(
          joinableAliases(ruleId, [...extractVulnerabilityIds(ruleId), ...tags.flatMap(extractVulnerabilityIds)]),
        ),
        cwe: normalizeCwes(tags.filter((t) => /cwe/i.test(t))),
        // A Checkov secret rule's results are secrets whatever type the input declares (`scanType: iac`,
        // which a clean Checkov SARIF report needs): declared iac, a secret would be rated as a misconfiguration.
        resultType:
          scanTypeFromRuleId(r.tool, ruleId) === 'secret'
            ? 'secret'
            : (this.context.scanType ?? scanTypeFromTags(tags) ?? scanTypeFromRuleId(r.tool, ruleId) ?? r.scanType),
      };
      r.shared.set(sharedKey, common);
      r.covered.add(common.resultType);
    }
    return { rule, verdict: common, component };
  }

  /**
   * The level the run's invocations set for a result's rule when the result gives none (SARIF 3.27.10):
   * that of the invocation its `provenance.invocationIndex` names, or of the run's only invocation. A
   * result of a run of several invocations that names none (or names one the run does not have) takes
   * the highest level any invocation gives the rule, an override or, where an invocation has none, the
   * rule's default: it cannot be told which ran it, and the highest fails closed.
   */
  private overrideLevel(
    p: PendingResult,
    rule: RuleInfo,
    r: RunResolution,
  ): { level: string; how: string } | undefined {
    const overrides = r.overrides;
    if (overrides === undefined) return undefined;
    let named = p.invocationIndex;
    if (named !== undefined && named >= overrides.length) {
      const once = `invocation\0${named}`;
      if (!r.warnedOnce.has(once)) {
        r.warnedOnce.add(once);
        r.warnings.push(
          `${this.input.path}: ${p.pointer}/provenance/invocationIndex: ${named} names no invocation of the run (it has ${overrides.length}); its results take the highest level any invocation gives their rule.`,
        );
      }
      named = undefined;
    }
    if (named === undefined && overrides.length === 1) named = 0;
    if (named !== undefined) {
      const level = overrides[named]?.get(rule);
      return level !== undefined ? { level, how: `override of invocation ${named}` } : undefined;
    }
    if (!overrides.some((levels) => levels.has(rule))) return undefined;
    let highest: string | undefined;
    for (const levels of overrides) highest = higherLevel(highest, levels.get(rule) ?? rule.level ?? 'warning');
    return { level: highest as string, how: 'the highest level the invocations give the rule' };
  }

  /** The finding: the verdict, and what the result's location, message and fingerprint make of it. */
  private complete(p: PendingResult, judged: Judged, r: RunResolution): RawFinding {
    const file = this.input.path;
    const { rule, verdict: common } = judged;
    const ruleId = common.ruleId;
    const { severity, severitySource, aliases, cwe, resultType } = common;

    this.checkReferences(p, r);
    const logicalName = p.logicalName ?? logicalNameAt(r.logicalLocations, p.logicalIndex);
    const location = this.resolveLocation(p, r.baseIds, r.artifacts, logicalName);
    const message = this.resolveMessage(p, rule, judged.component);
    // Titles repeat (one message per rule and source, e.g. CodeQL's "... flows here."): shared, not copied.
    // Bandit's hardcoded-password tests quote the password in the message: the title masks it (DESIGN).
    const title = this.titles(
      isBandit(r.tool) && quotesPassword(ruleId)
        ? PASSWORD_TITLE
        : flatString(cap(message ?? rule?.shortDescription ?? rule?.name ?? ruleId) || ruleId),
    ) as string;

    // A result that names no rule is told apart by its message, in the rule's place (beside the title the
    // occurrence rule compares): two rule-less results at one place in two reports are two findings. When
    // its message id names no message string of the run, the id and its arguments stand for the text: two
    // such results with other arguments say different things.
    const said = message ?? (p.messageId !== undefined ? messageById(p.messageId, p.messageArguments) : undefined);
    const ruleless = ruleId === NO_RULE_ID && said !== undefined ? shortHash(said) : undefined;
    let identityKey: string;
    let pkg: RawFinding['package'];
    if (resultType === 'dependency' || resultType === 'container') {
      // Checkov names the package in the rule (`CVE-..._<package>@<version>`), not in the message.
      const named = checkovPackage(r.tool, ruleId) ?? packageFromMessage(message) ?? packageFromCoordinate(logicalName);
      pkg = named ?? { name: location.path ?? location.url ?? ruleId };
      identityKey = dependencyIdentity(ruleId, aliases, pkg);
      // Checkov's older SCA ids (`BC_VUL_2`, `CKV_CVE_...`) name no package: its results in one manifest
      // are told apart by their line, or every vulnerability of one id there would be one finding.
      if (named === undefined && location.startLine !== undefined && isCheckov(r.tool))
        identityKey = flatString(`${identityKey}|line ${location.startLine}`);
    } else if (resultType === 'secret') identityKey = secretIdentity(location, ruleId);
    else if (resultType === 'dast') {
      // The request says the method, and the URL when the location gives none or only a relative one.
      const method = p.webRequest?.method;
      if (method !== undefined) location.method = method.toUpperCase();
      if (location.url === undefined) {
        const target = p.webRequest?.target ?? location.path;
        if (target !== undefined) location.url = target;
      }
      identityKey = dastIdentity(cwe[0] ?? ruleId, location, ruleId);
    } else
      identityKey = codeIdentity(
        r.tool,
        ruleless !== undefined ? `${ruleId} ${ruleless}` : ruleId,
        location,
        // A result with no fingerprint and no line (none at all, or a file-level one) has nothing else
        // that tells it from another result of its rule there: its message does.
        p.fingerprint ?? (location.startLine === undefined && message ? `message:${shortHash(message)}` : undefined),
      );

    const finding: RawFinding = {
      identityKey,
      run: r.index,
      scanType: resultType,
      ruleId: common.ruleId,
      title,
      severity,
      severitySource,
      aliases,
      cwe,
      location,
      sources: [
        {
          input: file,
          format: 'sarif',
          tool: r.tool,
          ...(r.toolVersion ? { toolVersion: r.toolVersion } : {}),
          pointer: flatString(p.pointer),
        },
      ],
      // The fields added later, as slots of this object (see RawFinding).
      id: undefined,
      identity: undefined,
      countedSeverity: undefined,
      excepted: undefined,
    };
    if (pkg) finding.package = pkg;
    // Results at one place told apart only by an offset or an address, or, without a rule, by a message
    // beyond its first line (the title): distinct occurrences, never one finding (see normalize.ts).
    if (p.place !== undefined || ruleless !== undefined)
      finding.occurrenceKey = [p.place, ruleless].filter((part) => part !== undefined).join('\0');
    if (p.suppressions) finding.suppressions = p.suppressions;
    if (p.baselineState) finding.baselineState = p.baselineState;
    return finding;
  }

  /**
   * Refuses a location that names by index an artifact or a logical location the run does not have
   * (SARIF 3.4.5, 3.33.3), when that is all it gives: without the file or the name, two results of one
   * rule would merge into one finding. An artifact location that also gives its uri, or a logical
   * location its name, or a result whose file its physical location gives, needs no entry of the run.
   */
  private checkReferences(p: PendingResult, r: RunResolution): void {
    const file = this.input.path;
    const artifact = p.uri === undefined && p.artifactIndex !== undefined ? r.artifacts[p.artifactIndex] : undefined;
    if (p.uri === undefined && p.artifactIndex !== undefined && artifact === undefined)
      throw new InputError(
        `${file}: ${p.pointer}/${p.artifactAt ?? ARTIFACT_AT}/index: ${p.artifactIndex} names no artifact of the run (${r.artifacts.length === 0 ? 'it lists none' : `it lists ${r.artifacts.length} in ${r.pointer}/artifacts`}), and the artifact location gives no uri, so the file of the result cannot be told (expected the index of an entry of ${r.pointer}/artifacts, or a uri; SARIF 2.1.0 section 3.4.5).`,
      );
    if (p.logicalIndex === undefined || r.logicalLocations[p.logicalIndex] !== undefined) return;
    const loc = isObject(artifact) && isObject(artifact.location) ? artifact.location : undefined;
    if (p.uri !== undefined || str(loc?.uri) !== undefined) return;
    throw new InputError(
      `${file}: ${p.pointer}/${LOGICAL_AT}/index: ${p.logicalIndex} names no logical location of the run (${r.logicalLocations.length === 0 ? 'it lists none' : `it lists ${r.logicalLocations.length} in ${r.pointer}/logicalLocations`}), and the logical location gives no name, so where the result is cannot be told (expected the index of an entry of ${r.pointer}/logicalLocations, or a name or fullyQualifiedName; SARIF 2.1.0 section 3.33.3).`,
    );
  }

  private resolveLocation(
    p: PendingResult,
    baseIds: Json,
    artifacts: unknown[],
    logicalName: string | undefined,
  ): Location {
    let uri = p.uri;
    let baseId = p.uriBaseId;
    if (uri === undefined && p.artifactIndex !== undefined) {
      const artifact = artifacts[p.artifactIndex];
      const loc = isObject(artifact) && isObject(artifact.location) ? artifact.location : undefined;
      uri = str(loc?.uri);
      baseId = baseId ?? str(loc?.uriBaseId);
    }
    const location: Location = {};
    if (uri !== undefined) {
      const key = `${uri}\0${baseId ?? ''}`;
      let resolved = this.paths.get(key);
      if (resolved === undefined) {
        const full = resolveUriBase(uri, baseId, baseIds);
        resolved = /^https?:\/\//i.test(full) ? { url: full } : { path: normalizeUri(this.context.root, full) };
        this.paths.set(key, resolved);
      }
      if (resolved.url !== undefined) location.url = resolved.url;
      else location.path = resolved.path;
    } else if (logicalName !== undefined && !/@/.test(logicalName)) location.path = logicalName;
    if (p.startLine !== undefined) location.startLine = p.startLine;
    if (p.endLine !== undefined) location.endLine = p.endLine;
    if (p.startColumn !== undefined) location.startColumn = p.startColumn;
    return location;
  }

  /**
   * The result's message: its text, else the message string its id names (SARIF 3.11.7): in its rule's
   * `messageStrings`, then in the `globalMessageStrings` of the tool component that holds the rule, or,
   * for a result without a rule, of the component it names (the driver unless it names another).
   */
  private resolveMessage(
    p: PendingResult,
    rule: RuleInfo | undefined,
    component: ToolComponentRules,
  ): string | undefined {
    let text = p.message;
    if (text === undefined && p.messageId !== undefined)
      text =
        rule !== undefined
          ? (rule.messageStrings[p.messageId] ?? rule.globalMessageStrings[p.messageId])
          : component.globalMessageStrings[p.messageId];
    if (text !== undefined && p.messageArguments)
      text = text.replace(/\{(\d+)\}/g, (whole, n: string) => p.messageArguments?.[Number(n)] ?? whole);
    return text;
  }
}

/** What a message id and its arguments say when the id names no message string: compared, never shown. */
function messageById(id: string, args: readonly string[] | undefined): string {
  return ['id', id, ...(args ?? [])].join('\0');
}

/** A URI with a scheme: base URIs do not apply to it. */
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:/i;

/** The longest chain of base URI ids resolved; a longer one is refused by checkBaseIds. */
const MAX_BASE_CHAIN = 16;

/** A member name as a JSON pointer token (RFC 6901). */
function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Refuses `originalUriBaseIds` whose `uriBaseId` chains loop or run longer than MAX_BASE_CHAIN (SARIF
 * 3.14.14: they SHALL NOT loop, and resolution fails): resolving them would make up a path. Every base
 * id is checked, used or not, from the run's skeleton, so both paths refuse the same log.
 */
function checkBaseIds(run: Json, pointer: string, file: string): void {
  const baseIds = run.originalUriBaseIds;
  if (!isObject(baseIds)) return;
  for (const key of Object.keys(baseIds)) {
    const chain = [key];
    for (let current = key; ;) {
      const base: unknown = baseIds[current];
      if (!isObject(base)) break;
      const baseUri = str(base.uri);
      if (baseUri !== undefined && ABSOLUTE_URI.test(baseUri)) break;
      const next = str(base.uriBaseId);
      if (next === undefined) break;
      if (chain.includes(next)) {
        const loop = [...chain.slice(chain.indexOf(next)), next].map((id) => quoteReportText(id, 300)).join(' -> ');
        throw new InputError(
          `${file}: ${pointer}/originalUriBaseIds/${showReportText(pointerToken(current))}/uriBaseId: the base URI ids loop (${loop}), so a path that names one cannot be resolved (expected each chain of uriBaseId to end at a base without one, or with an absolute uri; SARIF 2.1.0 section 3.14.14).`,
        );
      }
      chain.push(next);
      if (chain.length > MAX_BASE_CHAIN)
        throw new InputError(
          `${file}: ${pointer}/originalUriBaseIds/${showReportText(pointerToken(key))}: the chain of base URI ids from ${quoteReportText(key, 300)} is longer than ${MAX_BASE_CHAIN} (${quoteReportText(key, 300)} -> ${quoteReportText(chain[1] as string, 300)} -> ... -> ${quoteReportText(next, 300)}), so a path that names it cannot be resolved (expected at most ${MAX_BASE_CHAIN} bases in a chain of uriBaseId).`,
        );
      current = next;
    }
  }
}

/** Resolves `uriBaseId` through `originalUriBaseIds`, following chains (checkBaseIds refuses loops and longer ones). */
function resolveUriBase(uri: string, baseId: string | undefined, baseIds: Json): string {
  if (ABSOLUTE_URI.test(uri) || baseId === undefined) return uri;
  let result = uri;
  let current: string | undefined = baseId;
  for (let hops = 0; current !== undefined && hops < MAX_BASE_CHAIN; hops += 1) {
    const base: unknown = baseIds[current];
    if (!isObject(base)) break;
    const baseUri = str(base.uri);
    if (baseUri !== undefined) result = baseUri.endsWith('/') ? `${baseUri}${result}` : `${baseUri}/${result}`;
    if (baseUri !== undefined && ABSOLUTE_URI.test(baseUri)) break;
    current = str(base.uriBaseId);
  }
  return result;
}

/** Trivy JSON's order (container, then dependency, then iac, then secret) for a run that shows several. */
const RUN_SCAN_TYPES: readonly ScanType[] = ['container', 'dependency', 'iac', 'secret', 'sast', 'dast', 'other'];

/**
 * The scan type a run counts as in evidence-completeness. The tool name's type, unless the run's rules
 * and findings show only other types (a Trivy run of misconfiguration rules scanned configuration,
 * not dependencies): a run must not count as a scan it did not do. A run with neither rules nor
 * findings shows nothing, and keeps the tool name's type.
 */
function runScanType(toolType: ScanType, covered: ReadonlySet<ScanType>): ScanType {
  if (covered.size === 0 || covered.has(toolType)) return toolType;
  return RUN_SCAN_TYPES.find((type) => covered.has(type)) ?? toolType;
}

/**
 * The lists of notifications an invocation may hold, what an error-level one in each means (a run
 * problem), and what a warning-level one means (a warning: the tool ran, but said something went wrong).
 */
const NOTIFICATION_LISTS = [
  ['toolExecutionNotifications', 'an error during the scan', 'a warning during the scan'],
  ['toolConfigurationNotifications', 'a configuration error', 'a configuration warning'],
] as const;

/** Bandit's runs, by their driver name: its SARIF writer names the driver "Bandit". */
function isBandit(tool: string): boolean {
  return tool.toLowerCase() === 'bandit';
}

/** Semgrep's runs, by their driver name ("Semgrep OSS", "Semgrep PRO", "semgrep"). */
const SEMGREP = /semgrep/i;

/**
 * Why a run does not count as a completed scan (DESIGN 5, evidence-completeness). The members that
 * say so must be readable: an invocation that is not an object, an `executionSuccessful` that is
 * missing or not a boolean, or a notification list or level outside the schema is an input error, not
 * a run that looks clean.
 *
 * An error-level notification is a problem. A warning-level one (or one without a level, which SARIF
 * reads as a warning) is a warning, the first MAX_PROBLEMS of a run one by one, then a
 * count. Semgrep writes `executionSuccessful: true` whatever happened and puts a file it could not parse,
 * or a rule that did not finish on a file, in a warning-level execution notification whose
 * `descriptor.id` is the error type (semgrep src/osemgrep/reporting/Sarif_output.ml): in a Semgrep run
 * such a notification is also a problem, worded as the Semgrep JSON reader words it (semgrep.ts), and
 * capped the same way.
 *
 * Read from the run's skeleton (its members other than the results), so the whole-document and the
 * streaming path give the same problems and warnings.
 */
function runProblems(
  run: Json,
  pointer: string,
  tool: string,
  resultsPresent: boolean,
  file: string,
  warnings: string[],
): string[] {
  const problems: string[] = [];
  const toolName = showReportText(tool);
  if (run.results === null)
    problems.push(
      `${pointer}/results: ${toolName} reported results as null, which SARIF writes for a tool that failed to start or to begin its analysis (SARIF 2.1.0 section 3.14.23); a null result list is not a clean scan.`,
    );
  else if (!resultsPresent)
    problems.push(
      `${pointer}: ${toolName} reported no 'results' array, so its results were not computed; a missing result list is not a clean scan.`,
    );
  conversionProblems(run, pointer, tool, file, problems);
  if (run.invocations === undefined) return problems;
  if (!Array.isArray(run.invocations))
    throw new InputError(
      `${file}: ${pointer}/invocations: got ${describeValue(run.invocations)} (expected an array of SARIF invocation objects).`,
    );
  const semgrep = SEMGREP.test(tool);
  // A notification without a level takes the level its invocation's notificationConfigurationOverrides
  // give its descriptor, else the descriptor's default, else warning (SARIF 3.58.6, as 3.27.10 for results).
  const invalid: string[] = [];
  const toolObject = isObject(run.tool) ? run.tool : {};
  const descriptors = {
    driverRules: readComponent(toolObject.driver, `${pointer}/tool/driver`, file, invalid, 'notifications'),
    extensions: Array.isArray(toolObject.extensions)
      ? toolObject.extensions.map((extension, i) =>
          readComponent(extension, `${pointer}/tool/extensions/${i}`, file, invalid, 'notifications'),
        )
      : [],
  };
  const overrides = readOverrides(run, pointer, file, descriptors, invalid, 'notification');
  if (invalid[0] !== undefined) throw new InputError(invalid[0]);
  let warned = 0;
  let skipped = 0;
  run.invocations.forEach((invocation: unknown, i) => {
    const at = `${pointer}/invocations/${i}`;
    if (!isObject(invocation))
      throw new InputError(`${file}: ${at}: got ${describeValue(invocation)} (expected a SARIF invocation object).`);
    const success = invocation.executionSuccessful;
    if (typeof success !== 'boolean')
      throw new InputError(
        `${file}: ${at}/executionSuccessful: ${success === undefined ? 'the invocation does not say whether the tool ran successfully' : `got ${describeValue(success)}`} (expected true or false; SARIF requires it).`,
      );
    const signal = exitSignal(invocation, at, file);
    if (!success) {
      // Why the tool did not start, when it says (the invocation's processStartFailureMessage).
      const why = str(invocation.processStartFailureMessage);
      problems.push(
        `${at}/executionSuccessful: ${toolName} reports that its execution did not succeed${why !== undefined ? ` (processStartFailureMessage: ${reportLine(why)})` : ''}.`,
      );
    } else if (signal !== undefined)
      problems.push(
        `${at}/${signal.key}: ${toolName} was ended by a signal (${signal.shown}), though executionSuccessful is true: a tool killed mid-scan (out of memory, a timeout) did not complete its scan.`,
      );
    for (const [key, meaning, warningMeaning] of NOTIFICATION_LISTS) {
      const notifications = invocation[key];
      if (notifications === undefined) continue;
      if (!Array.isArray(notifications))
        throw new InputError(
          `${file}: ${at}/${key}: got ${describeValue(notifications)} (expected an array of SARIF notification objects).`,
        );
      notifications.forEach((n: unknown, j) => {
        if (!isObject(n))
          throw new InputError(
            `${file}: ${at}/${key}/${j}: got ${describeValue(n)} (expected a SARIF notification object).`,
          );
        checkEnum(n.level, LEVELS, 'level', `${at}/${key}/${j}/level`, file);
        const { level, how } =
          typeof n.level === 'string'
            ? { level: n.level, how: undefined }
            : notificationLevel(n, i, descriptors, overrides);
        if (level !== 'error' && level !== 'warning') return;
        const text = isObject(n.message) ? str(n.message.text) : undefined;
        const descriptor = isObject(n.descriptor) ? str(n.descriptor.id) : undefined;
        // SpotBugs names the reason in the descriptor (spotbugs-missing-classes), the detail in the text.
        const said = `${descriptor ? ` (${showReportText(descriptor, 300)})` : ''}${how !== undefined ? ` (level ${level}: ${how})` : ''}${text ? `: ${reportLine(text)}` : ''}`;
        if (level === 'error') {
          problems.push(`${at}/${key}/${j}: ${toolName} reported ${meaning}${said}.`);
          return;
        }
        warned += 1;
        if (warned <= MAX_PROBLEMS)
          warnings.push(`${file}: ${at}/${key}/${j}: ${toolName} reported ${warningMeaning}${said}.`);
        if (semgrep && key === 'toolExecutionNotifications' && semgrepSkipType(descriptor, notificationUri(n), text)) {
          skipped += 1;
          if (skipped <= MAX_PROBLEMS)
            problems.push(semgrepSkipProblem(`${at}/${key}/${j}`, descriptor as string, notificationUri(n), text));
        }
      });
    }
  });
  if (warned > MAX_PROBLEMS)
    warnings.push(
      `${file}: ${pointer}/invocations: and ${warned - MAX_PROBLEMS} more warning-level notification(s) of ${toolName}, not listed one by one.`,
    );
  if (skipped > MAX_PROBLEMS) problems.push(semgrepSkipOverflow(`${pointer}/invocations`, skipped - MAX_PROBLEMS));
  return problems;
}

/**
 * What SpotBugs wrote in `exitSignalName` before it moved them to exitCodeDescription (4.4 does, see
 * fixtures/sarif/spotbugs-4.4.0-execution-unsuccessful.sarif): the words of its exit code, joined by
 * commas ("SUCCESS", "ERROR,MISSING CLASS,BUGS FOUND"), which name no signal. SpotBugs says an error or
 * a missing class through executionSuccessful and its notifications, which are read as for any tool.
 */
const SPOTBUGS_EXIT_WORDS = /^(?:SUCCESS|ERROR|MISSING CLASS|BUGS FOUND)(?:,(?:ERROR|MISSING CLASS|BUGS FOUND))*$/;

/**
 * The signal an invocation says ended the tool (the SARIF invocation's exitSignalName, exitSignalNumber):
 * a process killed (SIGKILL when out of memory, SIGTERM at a timeout) did not finish its scan, whatever
 * executionSuccessful says (a wrapper may write it). Undefined when the invocation names none: no
 * members, an empty name, signal number 0 (which ends no process), or SpotBugs' exit-code words. An
 * exit code alone is not a signal: many tools exit non-zero when they find something. Members that are
 * not a string and an integer are an input error, not a run that looks complete.
 */
function exitSignal(invocation: Json, at: string, file: string): { key: string; shown: string } | undefined {
  const name: unknown = invocation.exitSignalName;
  const number: unknown = invocation.exitSignalNumber;
  if (name !== undefined && typeof name !== 'string')
    throw new InputError(
      `${file}: ${at}/exitSignalName: got ${describeValue(name)} (expected a string: the name of the signal that ended the tool).`,
    );
  if (number !== undefined && !(typeof number === 'number' && Number.isInteger(number)))
    throw new InputError(
      `${file}: ${at}/exitSignalNumber: got ${describeValue(number)} (expected an integer: the number of the signal that ended the tool).`,
    );
  const named = name !== undefined && name.trim() !== '' && !SPOTBUGS_EXIT_WORDS.test(name.trim()) ? name : undefined;
  const numbered = number !== undefined && number !== 0 ? number : undefined;
  if (named === undefined && numbered === undefined) return undefined;
  const shown = [
    ...(named !== undefined ? [`exitSignalName ${showReportText(named, 300)}`] : []),
    ...(numbered !== undefined ? [`exitSignalNumber ${numbered}`] : []),
  ].join(', ');
  return { key: named !== undefined ? 'exitSignalName' : 'exitSignalNumber', shown };
}

/**
 * A run converted to SARIF from another format (SARIF 3.22: `conversion.invocation`, the converter's run):
 * a conversion that did not succeed, or that reported an error, may have left results out, so the run
 * is not complete, as for the tool's own invocations.
 */
function conversionProblems(run: Json, pointer: string, tool: string, file: string, problems: string[]): void {
  if (run.conversion === undefined) return;
  const at = `${pointer}/conversion`;
  const toolName = showReportText(tool);
  if (!isObject(run.conversion))
    throw new InputError(`${file}: ${at}: got ${describeValue(run.conversion)} (expected a SARIF conversion object).`);
  const invocation = run.conversion.invocation;
  if (invocation === undefined) return;
  if (!isObject(invocation))
    throw new InputError(
      `${file}: ${at}/invocation: got ${describeValue(invocation)} (expected the SARIF invocation object of the conversion).`,
    );
  const success = invocation.executionSuccessful;
  if (success !== undefined && typeof success !== 'boolean')
    throw new InputError(
      `${file}: ${at}/invocation/executionSuccessful: got ${describeValue(success)} (expected true or false).`,
    );
  const signal = exitSignal(invocation, `${at}/invocation`, file);
  if (success === false)
    problems.push(
      `${at}/invocation/executionSuccessful: the conversion of ${toolName}'s output to SARIF reports that it did not succeed, so results may be missing.`,
    );
  else if (signal !== undefined)
    problems.push(
      `${at}/invocation/${signal.key}: the conversion of ${toolName}'s output to SARIF was ended by a signal (${signal.shown}), so results may be missing.`,
    );
  for (const key of ['toolExecutionNotifications', 'toolConfigurationNotifications']) {
    const notifications = invocation[key];
    if (notifications === undefined) continue;
    if (!Array.isArray(notifications))
      throw new InputError(
        `${file}: ${at}/invocation/${key}: got ${describeValue(notifications)} (expected an array of SARIF notification objects).`,
      );
    notifications.forEach((n: unknown, j) => {
      if (!isObject(n)) return;
      checkEnum(n.level, LEVELS, 'level', `${at}/invocation/${key}/${j}/level`, file);
      if (n.level !== 'error') return;
      const text = isObject(n.message) ? str(n.message.text) : undefined;
      problems.push(
        `${at}/invocation/${key}/${j}: the conversion of ${toolName}'s output to SARIF reported an error${text ? `: ${reportLine(text)}` : ''}, so results may be missing.`,
      );
    });
  }
}

/**
 * The level of a notification that gives none (SARIF 3.58.6): that the overrides of its invocation give
 * its descriptor, else the descriptor's default, else warning. `how` says where an error or warning came from.
 */
function notificationLevel(
  n: Json,
  invocation: number,
  descriptors: Pick<RunResolution, 'driverRules' | 'extensions'>,
  overrides: Map<RuleInfo, string>[] | undefined,
): { level: string; how: string | undefined } {
  const descriptor = isObject(n.descriptor) ? overriddenRule(n.descriptor, descriptors) : undefined;
  const override = descriptor !== undefined ? overrides?.[invocation]?.get(descriptor) : undefined;
  if (override !== undefined)
    return { level: override, how: `notificationConfigurationOverrides of invocation ${invocation}` };
  if (descriptor?.level !== undefined)
    return { level: descriptor.level, how: `default level of its descriptor, ${descriptor.pointer}` };
  return { level: 'warning', how: undefined };
}

/** The file a notification is about: `locations[0].physicalLocation.artifactLocation.uri`, when present. */
function notificationUri(n: Json): string | undefined {
  const location: unknown = Array.isArray(n.locations) ? n.locations[0] : undefined;
  const physical = isObject(location) ? location.physicalLocation : undefined;
  const artifact = isObject(physical) ? physical.artifactLocation : undefined;
  return isObject(artifact) ? str(artifact.uri) : undefined;
}

/**
 * The commit the run scanned: the first `versionControlProvenance[].revisionId`. SARIF lists one entry per
 * repository the tool scanned (3.14.12); a run that names two different revisions of one repository (by
 * `repositoryUri`, or none) does not say which of them its results are of, and with `requireCommit` the
 * first one would vouch for the other: a problem, so the run is not a completed scan. Two ids of which one
 * abbreviates the other (7 or more hex digits) name one commit.
 */
function readCommit(run: Json, pointer: string): { commit: string | undefined; problem: string | undefined } {
  const provenance = Array.isArray(run.versionControlProvenance) ? run.versionControlProvenance : [];
  let commit: string | undefined;
  const seen = new Map<string, { revision: string; at: string }>();
  for (const [i, entry] of provenance.entries()) {
    const revision = isObject(entry) ? str(entry.revisionId)?.trim() : undefined;
    if (!isObject(entry) || !revision) continue;
    commit ??= str(entry.revisionId);
    const uri = str(entry.repositoryUri)?.trim() ?? '';
    const repository = uri.toLowerCase().replace(/(?:\.git)?\/*$/, '');
    const at = `${pointer}/versionControlProvenance/${i}/revisionId`;
    const before = seen.get(repository);
    if (before === undefined) {
      seen.set(repository, { revision, at });
      continue;
    }
    if (sameRevision(before.revision, revision)) continue;
    const which = uri === '' ? 'of the repository (neither entry gives a repositoryUri)' : `of ${showReportText(uri)}`;
    return {
      commit,
      problem: `${at}: the run names revision ${showReportText(revision)} ${which}, and revision ${showReportText(before.revision)} at ${before.at}: a run that names two revisions of one repository does not say which of them its results are of, so it cannot vouch for the commit under test (expected one revisionId per repositoryUri; give the scan of each commit a run of its own).`,
    };
  }
  return { commit, problem: undefined };
}

/** Whether two revision ids name one commit: the same id in any case, or one a 7+ digit hex abbreviation of the other. */
function sameRevision(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return /^[0-9a-f]{7,}$/.test(short) && /^[0-9a-f]+$/.test(long) && long.startsWith(short);
}

// Lookarounds, not \b: Anchore writes ANCHOREVULN_CVE-2019-18276_dpkg_bash, where '_' is a word character.
const VULN_ID = /(?<![A-Za-z0-9])(CVE-\d{4}-\d{4,}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})(?![0-9])/gi;

/** Trivy, Grype and OSV put the CVE or GHSA in the rule id; Anchore embeds it (ANCHOREVULN_<CVE>_...). */
function extractVulnerabilityIds(text: string): string[] {
  return text.match(VULN_ID) ?? [];
}

/** Snyk writes the package as a logical location `name@version` (scoped names start with `@`). */
function packageFromCoordinate(text: string | undefined): RawFinding['package'] | undefined {
  const match = text ? /^(@?[^@\s]+)@([^@\s]+)$/.exec(text) : null;
  return match?.[1] && match[2] ? { name: match[1], version: match[2] } : undefined;
}

/** Dependency scanners put the package in the message text (Trivy: "Package: x\nInstalled Version: y"). */
function packageFromMessage(message: string | undefined): RawFinding['package'] | undefined {
  if (!message) return undefined;
  const trivy = /Package:\s*(\S+)\s*[\r\n]+\s*Installed Version:\s*(\S+)/i.exec(message);
  if (trivy?.[1]) return { name: trivy[1], ...(trivy[2] ? { version: trivy[2] } : {}) };
  // Anchore: "... installed software with a vulnerability: (bash-4.3-14ubuntu1.4 type=dpkg)"; name and version are joined.
  const anchore = /with a vulnerability: \((\S+) type=([\w-]+)\)/.exec(message);
  if (anchore?.[1]) return { name: anchore[1], ecosystem: anchore[2] as string };
  // OSV-Scanner: "Package 'path-to-regexp@0.1.7' is vulnerable to 'CVE-2024-45296'"
  const osv = /Package '([^']+)' is vulnerable/.exec(message);
  if (osv?.[1]) {
    const coordinate = packageFromCoordinate(osv[1]);
    if (coordinate) return coordinate;
  }
  // Grype >= 0.80: "A medium vulnerability in apk package: ada-libs, version 2.9.2-r1 was found in image ..."
  const grypeNew = /vulnerability in (\S+) package: ([^,\s]+), version (\S+) was found/i.exec(message);
  if (grypeNew?.[2])
    return { name: grypeNew[2], ecosystem: grypeNew[1] as string, ...(grypeNew[3] ? { version: grypeNew[3] } : {}) };
  const grype = /reports\s+(\S+)\s+at\s+version\s+"?([^\s"]+?)"?\s/i.exec(message);
  if (grype?.[1]) return { name: grype[1], ...(grype[2] ? { version: grype[2] } : {}) };
  return undefined;
}

/** Checks the top level of a SARIF log and returns its runs. */
export function readSarifLog(document: unknown, file: string): unknown[] {
  if (!isObject(document))
    throw new InputError(
      `${file}: the document is ${document === null ? 'null' : Array.isArray(document) ? 'an array' : `a ${typeof document}`}, not a SARIF log (expected an object with 'version' and 'runs').`,
    );
  if (document.version !== undefined && document.version !== '2.1.0')
    throw new InputError(
      `${file}: /version: ${quoteReportText(String(document.version), Infinity)} is not supported (expected SARIF '2.1.0').`,
    );
  if (!Array.isArray(document.runs))
    throw new InputError(
      `${file}: /runs: ${document.runs === undefined ? 'the log has no runs array' : 'runs is not an array'} (expected a SARIF log with at least one run).`,
    );
  if (document.runs.length === 0)
    throw new InputError(`${file}: /runs: the log has no runs, so no tool ran (expected at least one run).`);
  checkInlineExternalProperties(document, file);
  return document.runs;
}

/** What shipgate says to do with a log that keeps part of a run outside itself. */
const SELF_CONTAINED =
  "shipgate reads only self-contained SARIF logs: merge the external property files into the log, or produce the log without the tool's external-properties option";

/** A member that holds something: not absent, null, an empty array, an empty object or an empty string. */
function holdsSomething(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return true;
}

/**
 * Refuses a log whose `inlineExternalProperties` (SARIF 3.13.5) carry a run's externalized property
 * (results, invocations, rules...): a consumer SHALL read them as if they were inline in their run,
 * and shipgate does not merge them, so the run would read as a clean scan without them.
 */
/**
 * The run properties shipgate reads (results, the invocations that say whether the scan completed,
 * the rules of the driver and extensions, the artifacts and logical locations results name): kept outside the log, the run
 * would read as a clean, completed scan without them. What it does not read (taxonomies, which
 * flawfinder keeps in an external CWE file; graphs, thread flow locations, web requests...) may be.
 */
const READ_EXTERNALLY = new Set(['results', 'invocations', 'driver', 'extensions', 'artifacts', 'logicalLocations']);

function checkInlineExternalProperties(document: Json, file: string): void {
  const inline = document.inlineExternalProperties;
  if (inline === undefined) return;
  if (!Array.isArray(inline))
    throw new InputError(
      `${file}: /inlineExternalProperties: got ${describeValue(inline)} (expected an array of SARIF externalProperties objects).`,
    );
  inline.forEach((entry: unknown, i) => {
    if (!isObject(entry))
      throw new InputError(
        `${file}: /inlineExternalProperties/${i}: got ${describeValue(entry)} (expected a SARIF externalProperties object).`,
      );
    const carried = Object.keys(entry).find((key) => READ_EXTERNALLY.has(key) && holdsSomething(entry[key]));
    if (carried !== undefined)
      throw new InputError(
        `${file}: /inlineExternalProperties/${i}/${pointerToken(carried)}: the log keeps a run's '${cap(carried)}' in inline external properties, which SARIF reads as if it were inside its run (SARIF 2.1.0 sections 3.13.5, 3.15); ${SELF_CONTAINED}.`,
      );
  });
}

/**
 * Refuses a run whose `externalPropertyFileReferences` (SARIF 3.14.2) name a file holding one of its
 * properties: its results, invocations or rules are then outside the log, and the run would read as a
 * clean, completed scan without them. Read from the run's skeleton, so both paths refuse the same run.
 */
function checkExternalReferences(run: unknown, pointer: string, file: string): void {
  if (!isObject(run) || run.externalPropertyFileReferences === undefined) return;
  const refs = run.externalPropertyFileReferences;
  const at = `${pointer}/externalPropertyFileReferences`;
  if (!isObject(refs))
    throw new InputError(
      `${file}: ${at}: got ${describeValue(refs)} (expected a SARIF externalPropertyFileReferences object).`,
    );
  const named = Object.keys(refs).find((key) => READ_EXTERNALLY.has(key) && holdsSomething(refs[key]));
  if (named !== undefined)
    throw new InputError(
      `${file}: ${at}/${pointerToken(named)}: the run keeps its '${cap(named)}' in an external property file, which SARIF reads as if it were inside the run (SARIF 2.1.0 sections 3.14.2, 3.15); ${SELF_CONTAINED}.`,
    );
}

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc !== undefined) {
    if (!isObject(doc)) return 'no';
    if (doc.version === '2.1.0' && Array.isArray(doc.runs)) return 'certain';
    if (typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema)) return 'certain';
    if ('runs' in doc && /\.sarif$/i.test(sample.path)) return 'possible';
    return 'no';
  }
  const head = sample.head.slice(0, 4096);
  if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(head) || (/"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:/.test(head)))
    return 'certain';
  return /\.sarif$/i.test(sample.path) && head.trimStart().startsWith('{') ? 'possible' : 'no';
}

/** Checks a run's results member and finishes its reader: shared by the whole-document and the streaming path. */
function finishRun(
  file: string,
  run: unknown,
  index: number,
  reader: SarifRunReader,
  warnings: string[],
): { findings: RawFinding[]; run: ToolRun } {
  const pointer = `/runs/${index}`;
  checkExternalReferences(run, pointer, file);
  // null is what SARIF writes for a tool that failed to start or to begin its analysis (3.14.23): read
  // as absent, a run that is not complete (runProblems).
  if (isObject(run) && run.results !== undefined && run.results !== null && !Array.isArray(run.results))
    throw new InputError(
      `${file}: ${pointer}/results: results is a ${run.results === null ? 'null' : typeof run.results}, not an array (expected an array of SARIF results).`,
    );
  return reader.finish({ run, pointer, index }, warnings);
}

/** The arrays the streaming path splits. */
const STREAMED: string[][] = [['runs', '*', 'results']];

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, 'a SARIF 2.1.0 log');
  checkStreamedShape(input.bytes, input.path, { paths: STREAMED });
  const runs = readSarifLog(document, input.path);
  const warnings: string[] = [];
  const findings: RawFinding[] = [];
  const toolRuns: ToolRun[] = [];
  runs.forEach((run, index) => {
    const reader = new SarifRunReader(input, context);
    if (isObject(run) && Array.isArray(run.results))
      run.results.forEach((result, j) => reader.addResult(result, `/runs/${index}/results/${j}`));
    const finished = finishRun(input.path, run, index, reader, warnings);
    pushAll(findings, finished.findings);
    toolRuns.push(finished.run);
  });
  return { findings, runs: toolRuns, warnings };
}

/**
 * The streaming path: each `runs[i].results[j]` is parsed on its own as it arrives and reduced to a
 * PendingResult; the rest of the log (tool, rules, base URIs, invocations) arrives as the skeleton at
 * the end, when the runs are finished exactly as the whole-document path finishes them.
 */
async function parseStream(
  input: StreamedInput,
  context: IngestContext,
  options: StreamParseOptions = {},
): Promise<StreamedIngestResult> {
  try {
    return await streamRuns(input, context, options, true);
  } catch (error) {
    // Base URIs, or rule overrides, defined after the results they apply to: read again, resolving each run at its end.
    if (error instanceof LateRunMembers) return await streamRuns(input, context, options, false);
    throw error;
  }
}

async function streamRuns(
  input: StreamedInput,
  context: IngestContext,
  options: StreamParseOptions,
  early: boolean,
): Promise<StreamedIngestResult> {
  const readers = new Map<number, SarifRunReader>();
  let results = 0;
  const events = streamJson(
    input.absPath,
    input.path,
    // Code flows are a third of a CodeQL log and no finding keeps them: checked in the scanning
    // thread (valid JSON, each flow with its threadFlows array, as checkResultShape requires), not parsed here.
    { paths: STREAMED, omit: { key: 'codeFlows', itemsRequire: 'threadFlows' } },
    {
      ...(options.maxElementBytes ? { maxElementBytes: options.maxElementBytes } : {}),
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  for await (const event of events) {
    if (event.kind === 'element') {
      const index = Number(event.path[1]);
      let reader = readers.get(index);
      if (!reader) {
        reader = new SarifRunReader(input, context);
        readers.set(index, reader);
        if (early && event.prefix !== undefined) reader.beginEarly(runBefore(event.prefix, index), index);
      }
      reader.addResult(event.value, event.pointer);
      results += 1;
      continue;
    }
    const runs = readSarifLog(event.skeleton, input.path);
    const warnings: string[] = [];
    const findings: RawFinding[] = [];
    const toolRuns: ToolRun[] = [];
    runs.forEach((run, index) => {
      const finished = finishRun(
        input.path,
        run,
        index,
        readers.get(index) ?? new SarifRunReader(input, context),
        warnings,
      );
      for (const finding of finished.findings) findings.push(finding);
      toolRuns.push(finished.run);
    });
    return { findings, runs: toolRuns, warnings, sha256: event.sha256, bytes: event.bytes };
  }
  throw new InputError(`${input.path}: the stream ended before the end of the document (${results} results read).`);
}

/** Run `index` of a stream prefix (the log as read before that run's results); undefined when it has none. */
function runBefore(prefix: string, index: number): unknown {
  let log: unknown;
  try {
    log = JSON.parse(prefix);
  } catch {
    // Not expected (the scanner validated these bytes); the run is then resolved at its end.
    return undefined;
  }
  return isObject(log) && Array.isArray(log.runs) ? log.runs[index] : undefined;
}

export const sarif: Ingestor = {
  id: 'sarif',
  title: 'SARIF 2.1.0 (any tool)',
  detection: "an object with version '2.1.0' and a runs array, or a $schema naming SARIF",
  scanTypes: ['sast', 'dependency', 'container', 'secret', 'iac', 'dast', 'other'],
  detect,
  parse,
  parseStream,
};
