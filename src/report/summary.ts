/**
 * The job summary and the pull request comment: decision first, gates, counts per severity and scanner,
 * top findings, conditions, exceptions. Every untrusted string is escaped; the text stays under the
 * sink's limit with an explicit "N more omitted" line.
 */
import { compareText, pushAll } from '../strings.js';
import type { Evaluation } from '../evaluation.js';
import { SEVERITIES } from '../model.js';
import { escapeMarkdown, markdownRow, markdownTable } from './markdown.js';
import { describeOverrides, formatLocation, openFindingIds, staysOpen, topFindings } from './text.js';

/** The hidden marker that identifies shipgate's pull request comment. */
export const COMMENT_MARKER = '<!-- shipgate:release-gate-report -->';

/**
 * The marker of the comment for one root: the plain marker at the repository's top; with the root's
 * folder for a root below it (`services/api/`), so that two steps gating two folders of a monorepo keep
 * a comment each instead of overwriting one another's. shipgate's own comment starts with exactly this line.
 */
export function commentMarker(root = ''): string {
  const folder = root.replace(/\/+$/, '');
  if (folder === '') return COMMENT_MARKER;
  // '--' cannot end the HTML comment early, nor a line break end the marker's line.
  // eslint-disable-next-line no-control-regex
  const shown = folder.replace(/--/g, '-\u200b-').replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '?');
  return `<!-- shipgate:release-gate-report root=${shown} -->`;
}

/** The folder a heading names after the decision, for a root below the repository's top. */
function rootSuffix(root: string): string {
  const folder = root.replace(/\/+$/, '');
  return folder === '' ? '' : ` · ${escapeMarkdown(folder, 200)}`;
}

/** GitHub's limits: job summary 1 MiB, comment body 65,536 characters. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
export const COMMENT_LIMIT_CHARS = 65_536 - 2_048;

const ICON: Record<string, string> = { approved: '✅', 'approved-with-conditions': '⚠️', rejected: '❌' };

interface Section {
  /** Lines that must be kept. */
  head: string[];
  /** Items that may be cut, each one line. */
  items: string[];
  /** What the items are, for the omitted line. */
  noun: string;
}

function sections(evaluation: Evaluation, root: string): Section[] {
  const out: Section[] = [];
  const decision = evaluation.decision;
  out.push({
    head: [
      `## ${ICON[decision] ?? ''} shipgate: ${decision}${evaluation.mode === 'advisory' ? ' (advisory mode)' : ''}${rootSuffix(root)}`,
      '',
      `Policy ${escapeMarkdown(evaluation.policy.source)} · ${evaluation.inputs.length} input(s) · ${evaluation.findings.length} finding(s)${evaluation.commit ? ` · commit ${escapeMarkdown(evaluation.commit.slice(0, 12))}` : ''}`,
      '',
      '### Gates',
      '',
      markdownTable(
        ['Gate', 'Enforcement', 'Status', 'Summary'],
        evaluation.gates.map((g) => [
          g.id,
          g.enforcement,
          g.status === 'pass' ? 'pass' : g.status.toUpperCase(),
          g.summary,
        ]),
      ),
      '',
    ],
    items: [],
    noun: '',
  });
  const reasons = evaluation.gates.flatMap((g) => g.reasons.map((r) => `- **${g.id}**: ${escapeMarkdown(r, 600)}`));
  if (reasons.length > 0) out.push({ head: ['### What to fix', ''], items: reasons, noun: 'reasons' });
  const tools = new Map<string, Record<string, number>>();
  for (const f of evaluation.findings)
    for (const tool of new Set(f.sources.map((s) => s.tool))) {
      const counts = tools.get(tool) ?? Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
      counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      tools.set(tool, counts);
    }
  // One row per tool: items that may be cut, since a report can name thousands of tools.
  out.push({
    head: [
      '',
      '### Findings',
      '',
      markdownTable(
        ['', ...SEVERITIES],
        [
          ['open', ...SEVERITIES.map((s) => String(evaluation.open[s]))],
          ['all', ...SEVERITIES.map((s) => String(evaluation.totals[s]))],
        ],
      ),
      ...overridesNote(evaluation),
    ],
    items: [...tools.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([tool, c]) => markdownRow([tool, ...SEVERITIES.map((s) => String(c[s] ?? 0))])),
    noun: 'tools',
  });
  out.push({ head: [''], items: [], noun: '' });
  const top = topFindings(evaluation.findings, 500, (f) => !f.excepted);
  if (top.length > 0)
    out.push({
      head: [
        '#### Top open findings',
        '',
        '| Severity | Id | Rule | Location | Title |',
        '| --- | --- | --- | --- | --- |',
      ],
      items: top.map(
        (f) =>
          `| ${f.countedSeverity} | ${f.id} | ${escapeMarkdown(f.ruleId, 120)} | ${escapeMarkdown(formatLocation(f), 160)} | ${escapeMarkdown(f.title, 200)} |`,
      ),
      noun: 'findings (all are in scan-results.json)',
    });
  if (evaluation.conditions.length > 0)
    out.push({
      head: ['', '### Conditions', ''],
      items: evaluation.conditions.map((c) => `- ${escapeMarkdown(c, 600)}`),
      noun: 'conditions',
    });
  const e = evaluation.exceptions;
  const applied = e.applied.map(
    (a) =>
      `- ${escapeMarkdown(a.id)} (${a.type}) until ${a.expires}: ${a.findings.length} finding(s); approved by ${escapeMarkdown(a.approvedBy)}`,
  );
  if (applied.length > 0) out.push({ head: ['', '### Exceptions applied', ''], items: applied, noun: 'exceptions' });
  const open = openFindingIds(evaluation);
  const rejected = [
    ...e.rejected.map(
      (r) =>
        `- ${escapeMarkdown(r.id)} (${escapeMarkdown(r.file)}:${r.line}): ${escapeMarkdown(r.reason)}; ${staysOpen(r.wouldCover, open)}`,
    ),
    ...e.unused.map((u) => `- ${escapeMarkdown(u.id)} (${escapeMarkdown(u.file)}:${u.line}): matches no finding`),
    ...e.pending.map((p) => `- ${escapeMarkdown(p.file)}: ${escapeMarkdown(p.reason)}`),
  ];
  if (rejected.length > 0)
    out.push({ head: ['', '### Exceptions not applied', ''], items: rejected, noun: 'exceptions' });
  if (evaluation.warnings.length > 0)
    out.push({
      head: ['', '### Warnings', ''],
      items: evaluation.warnings.map((w) => `- ${escapeMarkdown(w, 600)}`),
      noun: 'warnings',
    });
  return out;
}

/**
 * Renders the report within `limit` (measured by `measure`): every section head is kept; items are
 * cut from the largest lists first, each cut list ending with "N more omitted".
 */
function renderWithin(
  evaluation: Evaluation,
  limit: number,
  measure: (text: string) => number,
  prefix: string,
  root: string,
): string {
  const parts = sections(evaluation, root);
  const render = (keep: number[]): string => {
    const lines: string[] = prefix ? [prefix] : [];
    parts.forEach((section, i) => {
      pushAll(lines, section.head);
      const shown = section.items.slice(0, keep[i]);
      pushAll(lines, shown);
      const omitted = section.items.length - shown.length;
      if (omitted > 0)
        lines.push(
          `${section.head[0]?.startsWith('| ') || section.head.at(-1)?.startsWith('| ') ? '\n' : ''}_${omitted} more ${section.noun} omitted._`,
        );
    });
    lines.push('', '_Full details: the disposition record and scan-results.json in the shipgate output directory._');
    return `${lines.join('\n')}\n`;
  };
  const keep = parts.map((p) => Math.min(p.items.length, 50));
  let text = render(keep);
  while (measure(text) > limit) {
    const largest = keep.indexOf(Math.max(...keep));
    if ((keep[largest] ?? 0) === 0) break;
    keep[largest] = Math.floor((keep[largest] ?? 0) / 2);
    text = render(keep);
  }
  return text;
}

/**
 * The job summary (GITHUB_STEP_SUMMARY), under 1 MiB. `root` is the root's folder in the repository
 * (`services/api/`), named in the heading; '' at the top.
 */
export function renderJobSummary(evaluation: Evaluation, root = ''): string {
  return renderWithin(evaluation, SUMMARY_LIMIT_BYTES, (t) => Buffer.byteLength(t), '', root);
}

/** The pull request comment body, under 65,536 characters, starting with the root's hidden marker. */
export function renderComment(evaluation: Evaluation, root = ''): string {
  return renderWithin(evaluation, COMMENT_LIMIT_CHARS, (t) => t.length, commentMarker(root), root);
}

/** The heading of a report about the root: its folder after the title, for a root below the top. */
export function headingFor(title: string, root = ''): string {
  return `${title}${rootSuffix(root)}`;
}

/** The overrides' sentence as markdown lines after a table, or none. */
export function overridesNote(evaluation: Pick<Evaluation, 'severityOverrides'>): string[] {
  const overridden = describeOverrides(evaluation);
  return overridden ? ['', escapeMarkdown(overridden)] : [];
}
