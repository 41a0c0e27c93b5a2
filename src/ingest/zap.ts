/**
 * OWASP ZAP traditional JSON report (`-J report_json.json`, template `traditional-json`).
 * Format: https://www.zaproxy.org/docs/desktop/addons/report-generation/report-traditional-json/
 * Codes: https://www.zaproxy.org/docs/constants/ (riskcode 0-3, confidence 0-4).
 *
 * One alert covers many instances (URLs); each instance is one finding, since each is a place to fix.
 * Numbers are written as strings ("2", "-1").
 *
 * Identity is `dast|<CWE, else rule>|<METHOD>|<url without query>|<param>[|<rule>]` (DESIGN 3.2), the rule
 * being the alertRef, else the pluginid. Some scan rules raise several differently named alerts under one
 * id: the CSP rule 10055 where its alerts have no alertRef of their own ("CSP: Wildcard Directive", "CSP:
 * script-src unsafe-inline", ... all "10055", the pluginid the report writes in its place), any such rule
 * in ZAP before 2.11, whose JSON has only the pluginid, and the cache rule 10049 of the 2.14 fixture
 * ("Non-Storable Content", "Storable and Cacheable Content"). When two alerts of different names meet at
 * one place (one identity), the alert's name is added to the identity of each (`|<rule>|<name>`, see
 * distinctNames): they were one finding, titled after whichever came first; they are now each its own,
 * with its own title and severity.
 */
import {
  isObject,
  kindOf,
  found,
  capFirstLine as cap,
  quoteReportText,
  reportLine,
  wholeNumber,
  type Json,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding, ScanType, Severity, Suppression } from '../model.js';
import { dastIdentity, normalizeCwes } from './identity.js';
import { parseJsonText } from './json.js';
import { decodeUtf8 } from './read.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';
import { lookupTable } from '../lookup.js';

const FORMAT = 'zap';
const TOOL = 'ZAP';
const EXPECTED = "a ZAP traditional-json report: an object with a 'site' array of sites with 'alerts'";
const RISKS = lookupTable<Severity>({ '0': 'info', '1': 'low', '2': 'medium', '3': 'high' });
const RISK_NAMES = lookupTable<string>({ '0': 'Informational', '1': 'Low', '2': 'Medium', '3': 'High' });

function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc !== undefined) {
    if (!isObject(doc) || !Array.isArray(doc.site)) return 'no';
    if (typeof doc['@version'] === 'string' || typeof doc['@generated'] === 'string') return 'certain';
    const first: unknown = doc.site[0];
    return isObject(first) && Array.isArray(first.alerts) ? 'certain' : 'possible';
  }
  const head = sample.head.slice(0, 4096);
  return /^\s*\{/.test(head) && /"@version"\s*:/.test(head) && /"site"\s*:\s*\[/.test(head) ? 'certain' : 'no';
}

function requireArray(value: unknown, pointer: string, file: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw new InputError(`${file}: ${pointer}: ${found(value)} (expected ${what}).`);
  return value;
}

/**
 * An alert's `count`: the number of its instances. The reports add-on (ZAP 2.11 and later) lists them all
 * (`"count": "3"`, its template's `instances.size`); ZAP core before it lists at most `alert.maxInstances`
 * (20 by default) and counts them all. A count that is not a whole number, or below the instances listed
 * (no ZAP writes that: the report was edited), is an input error. A count above them is a problem that
 * keeps the run from counting as complete: the instances left out are findings the gate cannot see.
 * ZAP versions that write no count are read as they are.
 */
function checkCount(value: unknown, listed: number, pointer: string, file: string): string | undefined {
  if (value === undefined) return undefined;
  const count =
    wholeNumber(value) ?? (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined);
  if (count === undefined)
    throw new InputError(
      `${file}: ${pointer}: ${typeof value === 'string' ? `${quoteReportText(value, 300)} is not a whole number` : `found ${kindOf(value)}${typeof value === 'number' ? ` ${value}` : ''}`} (expected the number of the alert's instances, as ZAP writes it: a string of digits such as "3").`,
    );
  if (count < listed)
    throw new InputError(
      `${file}: ${pointer}: the alert counts ${count} instance${count === 1 ? '' : 's'} but lists ${listed} (expected a count of at least the instances listed, as ZAP writes it; the report was edited).`,
    );
  if (count > listed)
    return `${pointer}: the alert counts ${count} instances but lists ${listed}, so ${count - listed} ${count - listed === 1 ? 'was' : 'were'} left out of the report and the gate cannot see them (ZAP before 2.11 lists at most alert.maxInstances, 20 by default: scan again with -config alert.maxInstances=0, or write the report with the reports add-on's traditional-json template, which lists them all)`;
  return undefined;
}

/** Alerts named one by one among a run's problems when their count is above their instances; the rest counted. */
const MAX_COUNT_PROBLEMS = 20;
/** How an alert with confidence 0 is recorded: ZAP's "False Positive", set outside the report. */
const FALSE_POSITIVE_NOTE = 'ZAP confidence 0 (False Positive)';

interface AlertInfo {
  ruleId: string;
  title: string;
  /** The alert's name, whitespace collapsed: what tells alerts of one rule apart (see distinctNames). */
  name: string;
  severity: Severity;
  severitySource: string;
  cwe: string[];
}

function readAlert(alert: Json, pointer: string, file: string): AlertInfo {
  const ruleId = str(alert.alertRef) ?? str(alert.pluginid);
  if (ruleId === undefined)
    throw new InputError(
      `${file}: ${pointer}: the alert has neither alertRef nor pluginid (expected the ZAP rule id).`,
    );
  const risk = str(alert.riskcode);
  const severity = risk !== undefined ? RISKS[risk] : undefined;
  if (risk === undefined || severity === undefined)
    throw new InputError(
      `${file}: ${pointer}/riskcode: ${risk === undefined ? found(alert.riskcode) : `${quoteReportText(risk)} is not a ZAP risk code`} (expected "0", "1", "2" or "3").`,
    );
  const name = str(alert.name) ?? str(alert.alert) ?? '';
  const title = cap(name) || ruleId;
  // cweid "-1" (or "0") means the rule has no CWE.
  const cwe = normalizeCwes([str(alert.cweid)]);
  return {
    ruleId,
    title,
    name: name.replace(/\s+/g, ' '),
    severity,
    severitySource: `zap riskcode ${risk} (${RISK_NAMES[risk]})`,
    cwe,
  };
}

/**
 * Tells apart, in place, findings that share an identity but come from alerts of different names: one
 * rule id raising several alerts (see the file comment) at one URL, method and parameter. Each such
 * finding gets its alert's name in its identity; a finding whose identity only alerts of one name hold
 * keeps the identity it always had, so the ids of ordinary alerts, in registers and exceptions, stay as
 * they were. Decided over the whole report, so the ids do not depend on the order of its alerts.
 *
 * Only where they meet, not wherever a rule id has two names in the report: the three names of the cache
 * rule 10049 are exclusive for one response and never meet, and adding the name to all of them would
 * change ids of many reports for nothing. Nor for every alert without an alertRef (ZAP before 2.11): every
 * id of those reports would change, and change again whenever ZAP renamed an alert.
 */
function distinctNames(findings: RawFinding[], names: readonly string[]): void {
  const firstName = new Map<string, string>();
  const mixed = new Set<string>();
  findings.forEach((finding, i) => {
    const name = names[i] as string;
    const seen = firstName.get(finding.identityKey);
    if (seen === undefined) firstName.set(finding.identityKey, name);
    else if (seen !== name) mixed.add(finding.identityKey);
  });
  if (mixed.size === 0) return;
  findings.forEach((finding, i) => {
    if (!mixed.has(finding.identityKey)) return;
    const rule = `${finding.ruleId}|${names[i] as string}`;
    finding.identityKey = dastIdentity(finding.cwe[0] ?? finding.ruleId, finding.location, rule);
  });
}

/** ZAP's insight levels (Insight.Level), lower case: how much an insight may impact the scan. */
const INSIGHT_LEVELS = lookupTable<'High' | 'Medium' | 'Low' | 'Info'>({
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
  informational: 'Info',
});

/** What to check for an insight, by its key (https://www.zaproxy.org/docs/desktop/addons/insights/insights-list/). */
function insightAdvice(key: string | undefined): string {
  if (key === 'insight.database.full' || key === 'insight.diskspace.full')
    return 'free disk space for ZAP and its database';
  if (key === 'insight.memory.usage') return 'give ZAP more memory, its JVM -Xmx';
  if (key === 'insight.network.failure') return 'check that ZAP can reach the target: network, proxy, TLS';
  if (key === 'insight.auth.failure') return "check ZAP's authentication to the target: the context's user and login";
  return "look the key up in ZAP's insights documentation and zap.log";
}

/**
 * ZAP's insights (ZAP 2.16 and later, top-level `insights[]`): facts about the scan itself. ZAP says a
 * High insight "is highly likely to impact the scan effectiveness" and recommends stopping and
 * investigating on Medium or High (https://www.zaproxy.org/docs/desktop/addons/insights/insights-fields/):
 * a High one makes the run incomplete, a Medium one is a warning, Low and Info are not shown.
 */
function readInsights(value: unknown, file: string): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (value === undefined) return { problems, warnings };
  const insights = requireArray(value, '/insights', file, 'an array of ZAP insights, as ZAP 2.16 and later write');
  insights.forEach((insight, i) => {
    const pointer = `/insights/${i}`;
    if (!isObject(insight))
      throw new InputError(
        `${file}: ${pointer}: the insight is ${kindOf(insight)} (expected an object with level, reason, site, key, description and statistic).`,
      );
    const word = str(insight.level);
    const level = word !== undefined ? INSIGHT_LEVELS[word.toLowerCase()] : undefined;
    if (word === undefined || level === undefined)
      throw new InputError(
        `${file}: ${pointer}/level: ${word === undefined ? found(insight.level) : `${quoteReportText(word, 300)} is not a ZAP insight level`} (expected High, Medium, Low or Info).`,
      );
    if (level !== 'High' && level !== 'Medium') return;
    const key = str(insight.key);
    const description = str(insight.description);
    const site = str(insight.site);
    const statistic = str(insight.statistic);
    const reason = str(insight.reason);
    const what = [
      `ZAP reported a ${level} insight ${key !== undefined ? reportLine(key) : '(no key)'}`,
      description !== undefined ? ` (${reportLine(description)})` : '',
      site !== undefined ? ` for ${reportLine(site)}` : ' for the whole scan',
      statistic !== undefined ? `, statistic ${reportLine(statistic)}` : '',
      reason !== undefined ? ` (${reportLine(reason)})` : '',
    ].join('');
    if (level === 'High')
      problems.push(
        `${pointer}: ${what}; ZAP rates a High insight highly likely to impact the scan's effectiveness, so the scan is not complete (${insightAdvice(key)}, then scan again).`,
      );
    else
      warnings.push(
        `${file}: ${pointer}: ${what}; ZAP recommends investigating a Medium insight: the scan may not have worked as expected (${insightAdvice(key)}).`,
      );
  });
  return { problems, warnings };
}

function falsePositiveSuppression(): Suppression {
  return { kind: 'external', status: 'accepted', justification: FALSE_POSITIVE_NOTE };
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const file = input.path;
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  if (!isObject(document))
    throw new InputError(`${file}: the document is ${kindOf(document)}, not a ZAP report (expected ${EXPECTED}).`);
  const toolVersion = str(document['@version']);
  const scanType: ScanType = context.scanType ?? 'dast';
  const insights = readInsights(document.insights, file);
  const sites = requireArray(document.site, '/site', file, 'an array of sites');
  // ZAP lists every site it reached, with `alerts: []` when it found nothing; no site at all means the
  // target was never reached (or the list was emptied).
  if (sites.length === 0)
    throw new InputError(
      `${file}: /site: the list of sites is empty, so the report shows no scanned site (expected at least one site; ZAP writes a site with empty alerts for a clean scan, and a report of nothing scanned is not a clean scan).`,
    );
  const findings: RawFinding[] = [];
  /** The alert name of each finding, by index (see distinctNames). */
  const names: string[] = [];
  let resultCount = 0;
  const falsePositives = { alerts: 0, instances: 0 };

  const push = (info: AlertInfo, location: Location, pointer: string, falsePositive: boolean): void => {
    const finding: RawFinding = {
      identityKey: dastIdentity(info.cwe[0] ?? info.ruleId, location, info.ruleId),
      run: 0,
      scanType,
      ruleId: info.ruleId,
      title: info.title,
      severity: info.severity,
      severitySource: info.severitySource,
      aliases: [],
      cwe: info.cwe,
      location,
      sources: [{ input: file, format: FORMAT, tool: TOOL, ...(toolVersion ? { toolVersion } : {}), pointer }],
    };
    // ZAP's "False Positive" (confidence 0) is what a person or an alert filter (an Automation Framework
    // plan, a context file) set aside: a finding with an accepted suppression, open unless the policy
    // honors suppressions, as every scanner's own ignore mechanism is read.
    if (falsePositive) finding.suppressions = [falsePositiveSuppression()];
    findings.push(finding);
    names.push(info.name);
  };

  const countProblems: string[] = [];
  sites.forEach((site, s) => {
    const sitePointer = `/site/${s}`;
    if (!isObject(site))
      throw new InputError(`${file}: ${sitePointer}: the site is ${kindOf(site)} (expected an object with 'alerts').`);
    const siteUrl = str(site['@name']);
    const alerts = requireArray(site.alerts, `${sitePointer}/alerts`, file, 'an array of alerts');
    alerts.forEach((alert, a) => {
      const alertPointer = `${sitePointer}/alerts/${a}`;
      if (!isObject(alert))
        throw new InputError(`${file}: ${alertPointer}: the alert is ${kindOf(alert)} (expected a ZAP alert object).`);
      const info = readAlert(alert, alertPointer, file);
      const instances = requireArray(alert.instances, `${alertPointer}/instances`, file, 'an array of instances');
      const uncounted = checkCount(alert.count, instances.length, `${alertPointer}/count`, file);
      // Instances left out count for a false positive too: they would be open findings under `ignore`.
      if (uncounted !== undefined) countProblems.push(uncounted);
      resultCount += Math.max(instances.length, 1);
      const falsePositive = str(alert.confidence) === '0';
      if (falsePositive) {
        falsePositives.alerts += 1;
        falsePositives.instances += Math.max(instances.length, 1);
      }
      if (instances.length === 0) {
        // An alert whose instances were left out still happened: locate it at the site.
        push(info, siteUrl ? { url: siteUrl } : {}, alertPointer, falsePositive);
        return;
      }
      instances.forEach((instance, i) => {
        const pointer = `${alertPointer}/instances/${i}`;
        if (!isObject(instance))
          throw new InputError(
            `${file}: ${pointer}: the instance is ${kindOf(instance)} (expected an object with 'uri').`,
          );
        const uri = str(instance.uri);
        if (uri === undefined)
          throw new InputError(
            `${file}: ${pointer}/uri: ${found(instance.uri)} (expected the URL the alert was raised on).`,
          );
        const location: Location = { url: uri };
        const method = str(instance.method);
        if (method !== undefined) location.method = method.toUpperCase();
        const param = str(instance.param);
        if (param !== undefined) location.param = param;
        push(info, location, pointer, falsePositive);
      });
    });
  });

  distinctNames(findings, names);

  const warnings: string[] = [...insights.warnings];
  if (falsePositives.alerts > 0)
    warnings.push(
      `${file}: ${falsePositives.instances} instance(s) of ${falsePositives.alerts} alert(s) are marked as false positives in ZAP (confidence 0); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor.`,
    );
  return {
    findings,
    runs: [
      {
        tool: TOOL,
        ...(toolVersion ? { toolVersion } : {}),
        scanType,
        completed: insights.problems.length === 0 && countProblems.length === 0,
        problems: [
          ...insights.problems,
          ...countProblems.slice(0, MAX_COUNT_PROBLEMS),
          ...(countProblems.length > MAX_COUNT_PROBLEMS
            ? [`and ${countProblems.length - MAX_COUNT_PROBLEMS} more alert(s) count more instances than they list`]
            : []),
        ],
        resultCount,
      },
    ],
    warnings,
  };
}

export const zap: Ingestor = {
  id: FORMAT,
  title: 'OWASP ZAP traditional JSON report',
  detection: "an object with a 'site' array (of sites with 'alerts') and '@version' or '@generated'",
  scanTypes: ['dast'],
  detect,
  parse,
};
