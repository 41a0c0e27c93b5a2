/**
 * Nuclei results: JSON lines (`-jsonl`; `-json` before v3) and the `-json-export` array.
 * Result event: https://github.com/projectdiscovery/nuclei/blob/dev/pkg/output/output.go (ResultEvent)
 * Options: https://docs.projectdiscovery.io/tools/nuclei/running
 *
 * v2 writes `templateID`, `matched` and `matcher_name`; v3 writes `template-id`, `matched-at` and
 * `matcher-name`. Request and response bodies are never copied. A run with no results writes a 0-byte
 * file, which the reader refuses: an empty file is not evidence of a scan. A `-ms` run in which every
 * event is a template error (nothing matched, none finished without an error) is not a completed scan.
 *
 * Identity is `dast|<template-id[:matcher]>|<METHOD>|<url without query>|<param>` (DESIGN 3.2). A v3
 * fuzzing (DAST template) result names the parameter it fuzzed (`fuzzing_parameter`) and the method
 * (`fuzzing_method`, else the first word of its HTTP request), so `?id` and `?name` of one URL are two
 * findings, as ZAP's are. Other results name neither, and their identity leaves both empty.
 */
import {
  isObject,
  kindOf,
  trimmedString as str,
  capFirstLine as cap,
  MAX_PROBLEMS,
  quoteReportText,
  reportLine,
  showReportText,
  type Json,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding, ScanType, Severity } from '../model.js';
import { dastIdentity, joinableAliases, normalizeAliases, normalizeCwes } from './identity.js';
import { parseJsonLine, parseJsonText } from './json.js';
import { decodeUtf8 } from './read.js';
import { severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';

const FORMAT = 'nuclei';
const TOOL = 'Nuclei';
const EXPECTED = 'Nuclei results: one result object per line (-jsonl), or an array of them (-json-export)';
const SEVERITY_WORDS = ['info', 'low', 'medium', 'high', 'critical', 'unknown'];

/** Nuclei writes classification ids as a list, a single string or null. */
function list(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((v) => v.trim());
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function templateIdOf(value: Json): unknown {
  return value['template-id'] ?? value.templateID;
}

/**
 * The HTTP method of a fuzzing result: `fuzzing_method`, else, for an HTTP result that names a fuzzed
 * parameter, the method of its request line (`POST /login HTTP/1.1`). Only that word of the request is
 * read. Undefined for other results, whose identity has never had a method.
 */
function fuzzingMethod(result: Json): string | undefined {
  const method = str(result.fuzzing_method);
  if (method !== undefined) return method.toUpperCase();
  if (str(result.fuzzing_parameter) === undefined || typeof result.request !== 'string') return undefined;
  if (result.type !== undefined && result.type !== 'http') return undefined;
  return /^\s*([A-Za-z]+) \S/.exec(result.request)?.[1]?.toUpperCase();
}

function isResult(value: unknown): value is Json {
  return isObject(value) && typeof templateIdOf(value) === 'string' && isObject(value.info);
}

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc !== undefined) {
    if (isResult(doc)) return 'certain';
    if (!Array.isArray(doc)) return 'no';
    if (doc.length === 0) return 'possible';
    return isResult(doc[0]) ? 'certain' : 'no';
  }
  const head = sample.head.slice(0, 8192);
  if (!/^\s*[[{]/.test(head)) return 'no';
  return /"(template-id|templateID)"\s*:/.test(head) && /"info"\s*:\s*\{/.test(head) ? 'certain' : 'no';
}

function readResult(result: unknown, pointer: string, input: InputFile, context: IngestContext): RawFinding {
  const file = input.path;
  if (!isObject(result))
    throw new InputError(`${file}: ${pointer}: the result is ${kindOf(result)} (expected a Nuclei result object).`);
  const templateId = str(templateIdOf(result));
  if (templateId === undefined)
    throw new InputError(
      `${file}: ${pointer}: the result has no template-id (or templateID) (expected the id of the template that matched).`,
    );
  if (!isObject(result.info))
    throw new InputError(
      `${file}: ${pointer}: info is ${kindOf(result.info)} (expected the template's info object with name and severity).`,
    );
  const info = result.info;
  let severity: Severity = 'unknown';
  let severitySource = 'no severity in nuclei';
  if (info.severity !== undefined && info.severity !== null && info.severity !== '') {
    const word = typeof info.severity === 'string' ? info.severity.trim() : undefined;
    const mapped =
      word !== undefined && SEVERITY_WORDS.includes(word.toLowerCase()) ? severityFromWord(word) : undefined;
    if (word === undefined || mapped === undefined)
      throw new InputError(
        `${file}: ${pointer}: info.severity ${word === undefined ? `is ${kindOf(info.severity)}` : `${quoteReportText(word)} is not a Nuclei severity`} (expected info, low, medium, high, critical or unknown).`,
      );
    severity = mapped;
    severitySource = `nuclei ${word}`;
  }
  const matcher = str(result['matcher-name']) ?? str(result.matcher_name);
  const name = str(info.name) ?? templateId;
  const classification = isObject(info.classification) ? info.classification : {};

  const location: Location = {};
  const url = str(result['matched-at']) ?? str(result.matched) ?? str(result.host) ?? str(result.url);
  if (url !== undefined) location.url = url;
  const method = fuzzingMethod(result);
  if (method !== undefined) location.method = method;
  const param = str(result.fuzzing_parameter);
  if (param !== undefined) location.param = param;

  return {
    identityKey: dastIdentity(matcher ? `${templateId}:${matcher}` : templateId, location),
    run: 0,
    scanType: context.scanType ?? 'dast',
    ruleId: templateId,
    title: cap(matcher ? `${name} [${matcher}]` : name) || templateId,
    severity,
    severitySource,
    // A template whose classification names several CVEs (CVE-2021-44228's lists CVE-2021-45046, the
    // incomplete fix) is none of them as an alias: an exception or override naming one CVE would apply
    // to the other (see joinableAliases). Its template id still names it as its rule.
    aliases: normalizeAliases(joinableAliases(templateId, list(classification['cve-id']))),
    cwe: normalizeCwes(list(classification['cwe-id'])),
    location,
    sources: [{ input: file, format: FORMAT, tool: TOOL, pointer }],
  };
}

/** Entries with their pointers: `/N` for the export array, `line N` for JSON lines. */
function readEntries(input: InputFile, document: unknown): { value: unknown; pointer: string }[] {
  if (document !== undefined) {
    if (Array.isArray(document)) return document.map((value, i) => ({ value, pointer: `/${i}` }));
    if (isObject(document)) return [{ value: document, pointer: 'line 1' }];
    throw new InputError(
      `${input.path}: the document is ${kindOf(document)}, not Nuclei output (expected ${EXPECTED}).`,
    );
  }
  const text = decodeUtf8(input);
  if (text.trim() === '') throw new InputError(`${input.path}: the file holds only whitespace (expected ${EXPECTED}).`);
  if (text.trimStart().startsWith('[')) return readEntries(input, parseJsonText(text, input, EXPECTED));
  const entries: { value: unknown; pointer: string }[] = [];
  const lines = text.split('\n');
  const lastLine = lines.findLastIndex((l) => l.trim() !== '');
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed !== '')
      entries.push({
        value: parseJsonLine(
          trimmed,
          { path: input.path, line: i + 1, indent: raw.length - raw.trimStart().length, last: i === lastLine },
          'one Nuclei result object per line',
        ),
        pointer: `line ${i + 1}`,
      });
  });
  return entries;
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const entries = readEntries(input, context.document);
  const findings: RawFinding[] = [];
  const warnings: string[] = [];
  let unmatched = 0;
  let errors = 0;
  /** The first event that reported an error: its pointer, template and error. */
  let firstError: { pointer: string; template: string; where: string; error: string } | undefined;
  for (const { value, pointer } of entries) {
    // With -ms (--matcher-status) Nuclei writes an event for every template run, matched or not: one with
    // "matcher-status": false is no finding. Its "error" is a warning: a refused connection is often the
    // template's answer (no MySQL on port 3306), not a check that was skipped. But a run where every
    // template failed, refusals included, reached no service at all: that is no completed DAST scan.
    if (isObject(value) && value['matcher-status'] === false) {
      unmatched += 1;
      const error = str(value.error);
      if (error !== undefined) {
        errors += 1;
        const where = str(value['matched-at']) ?? str(value.host) ?? 'its target';
        const template = str(templateIdOf(value)) ?? '(no template-id)';
        firstError ??= { pointer, template, where, error };
        if (errors <= MAX_PROBLEMS) {
          warnings.push(
            `${input.path}: ${pointer}: the template ${showReportText(template)} did not match on ${showReportText(where)} and reported an error: ${reportLine(error)} (a timeout means the check was not made: raise -timeout or check the target's reachability if it should have answered).`,
          );
        }
      }
      continue;
    }
    findings.push(readResult(value, pointer, input, context));
  }
  if (errors > MAX_PROBLEMS)
    warnings.push(`${input.path}: and ${errors - MAX_PROBLEMS} more template error(s), not listed one by one.`);
  if (unmatched > 0)
    warnings.push(
      `${input.path}: ${unmatched} event(s) with "matcher-status": false (nuclei -ms) are templates that did not match: not findings.`,
    );
  // One error is a warning, but when every event is an error (nothing matched, and no template finished
  // without one) nothing shows a check was made: the target was unreachable, or every request failed.
  const problems: string[] = [];
  if (firstError !== undefined && errors === entries.length)
    problems.push(
      `every one of the ${errors} template run(s) failed: each event has "matcher-status": false and an error, none matched and none finished without an error (the first, ${firstError.pointer}: the template ${showReportText(firstError.template)} on ${showReportText(firstError.where)}: ${reportLine(firstError.error)}), so nothing shows a check was made and this is not a completed DAST scan (check that the target is reachable from where nuclei ran, and scan again)`,
    );
  const scanType: ScanType = context.scanType ?? 'dast';
  return {
    findings,
    runs: [
      {
        tool: TOOL,
        scanType,
        completed: problems.length === 0,
        problems,
        resultCount: entries.length - unmatched,
      },
    ],
    warnings,
  };
}

export const nuclei: Ingestor = {
  id: FORMAT,
  title: 'Nuclei JSON lines and JSON export',
  detection: "JSON lines, or an array, of objects with 'template-id' (v3) or 'templateID' (v2) and an 'info' object",
  scanTypes: ['dast'],
  detect,
  parse,
};
