/** The severity table of DESIGN 3.1, shared by every ingestor. */
import type { Severity } from '../model.js';
import { lookupTable } from '../lookup.js';

/** Bands a CVSS-style score: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low, 0 info. */
export function severityFromScore(score: number): Severity | undefined {
  if (!Number.isFinite(score) || score < 0 || score > 10) return undefined;
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

const VENDOR_WORDS = lookupTable<Severity>({
  critical: 'critical',
  high: 'high',
  error: 'high',
  medium: 'medium',
  moderate: 'medium',
  warning: 'medium',
  low: 'low',
  negligible: 'low',
  note: 'low',
  info: 'info',
  informational: 'info',
  none: 'info',
  unknown: 'unknown',
});

/**
 * Maps a vendor severity word (Trivy, Grype, npm audit, Snyk, Semgrep, Bandit, Nuclei...) to a severity,
 * case-insensitively. Returns undefined for words outside the table.
 */
export function severityFromWord(word: unknown): Severity | undefined {
  if (typeof word !== 'string') return undefined;
  return VENDOR_WORDS[word.trim().toLowerCase()];
}

/** SARIF `level`: error -> high, warning -> medium, note -> low, none -> info. */
export function severityFromLevel(level: string): Severity | undefined {
  switch (level) {
    case 'error':
      return 'high';
    case 'warning':
      return 'medium';
    case 'note':
      return 'low';
    case 'none':
      return 'info';
    default:
      return undefined;
  }
}

export interface SecuritySeverityReading {
  severity?: Severity;
  /** Text for severitySource, e.g. "security-severity 9.8". */
  source?: string;
  /** Set when a value was present but unusable. */
  invalid?: string;
}

/**
 * Reads a SARIF `security-severity` value: a number, a numeric string, or a word (Semgrep writes CRITICAL).
 * An unusable value ("undefined", "abc", 10.1) is reported as invalid so the caller falls back and warns.
 */
export function readSecuritySeverity(value: unknown): SecuritySeverityReading {
  // `null` is present and says no score: unusable, with a warning (DESIGN 3.1), not taken for absent.
  if (value === undefined) return {};
  if (typeof value === 'number') {
    const severity = bandSecuritySeverity(value);
    return severity ? { severity, source: `security-severity ${value}` } : { invalid: String(value) };
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
      const severity = bandSecuritySeverity(Number(trimmed));
      return severity ? { severity, source: `security-severity ${trimmed}` } : { invalid: value };
    }
    const word = trimmed.toLowerCase();
    if (['critical', 'high', 'medium', 'low'].includes(word))
      return { severity: word as Severity, source: `security-severity ${trimmed}` };
    return { invalid: value };
  }
  return { invalid: JSON.stringify(value) };
}

/**
 * A SARIF security-severity score in the bands DESIGN 3.1 gives it: 0.1 to 10. Its table has no info
 * band for the score, and a score below 0.1 (0.0) is unusable like one above 10: the result keeps its
 * level, with a warning, so that a `security-severity` of 0 cannot turn a `level: error` result into
 * an info finding that no gate counts. (A CVSS vector or base score of 0.0 in a native report is info.)
 */
function bandSecuritySeverity(score: number): Severity | undefined {
  return score >= 0.1 ? severityFromScore(score) : undefined;
}

/**
 * Splits the metrics of a CVSS vector body (`AV:N/AC:L/...`) into a map. Undefined when a part is not
 * `KEY:VALUE`, a metric repeats, or `isKnown` refuses a metric.
 */
function readCvssMetrics(body: string, isKnown: (key: string) => boolean): Map<string, string> | undefined {
  const metrics = new Map<string, string>();
  for (const part of body.split('/')) {
    const [key, value, extra] = part.split(':');
    if (key === undefined || value === undefined || extra !== undefined || key === '' || value === '') return undefined;
    if (metrics.has(key) || !isKnown(key)) return undefined;
    metrics.set(key, value);
  }
  return metrics;
}

const CVSS3_BASE = lookupTable<Readonly<Record<string, number | undefined>>>({
  AV: lookupTable({ N: 0.85, A: 0.62, L: 0.55, P: 0.2 }),
  AC: lookupTable({ L: 0.77, H: 0.44 }),
  PR: lookupTable({ N: 0.85, L: 0.62, H: 0.27 }),
  UI: lookupTable({ N: 0.85, R: 0.62 }),
  S: lookupTable({ U: 0, C: 1 }),
  C: lookupTable({ H: 0.56, L: 0.22, N: 0 }),
  I: lookupTable({ H: 0.56, L: 0.22, N: 0 }),
  A: lookupTable({ H: 0.56, L: 0.22, N: 0 }),
});
/** Privileges Required weighs more when the scope changes (CVSS v3.1 section 7.4). */
const CVSS3_PR_SCOPE_CHANGED = lookupTable<number>({ N: 0.85, L: 0.68, H: 0.5 });
const CVSS3_OTHER_METRICS = new Set([
  'E',
  'RL',
  'RC',
  'CR',
  'IR',
  'AR',
  'MAV',
  'MAC',
  'MPR',
  'MUI',
  'MS',
  'MC',
  'MI',
  'MA',
]);

/**
 * CVSS v3.1 Roundup (Appendix A): the smallest number with one decimal that is >= the input,
 * computed on integers so that 4.000000000000001 rounds to 4.0, not 4.1.
 */
export function roundUpCvss31(value: number): number {
  const scaled = Math.round(value * 100_000);
  if (scaled % 10_000 === 0) return scaled / 100_000;
  return (Math.floor(scaled / 10_000) + 1) / 10;
}

/**
 * The CVSS v3.1 base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector, or undefined when the vector is
 * not a valid v3 vector (a base metric missing, repeated or out of range, an unknown metric).
 * Temporal and environmental metrics are allowed and do not change the base score.
 * Spec: https://www.first.org/cvss/v3.1/specification-document (section 7.1, Appendix A)
 */
export function cvss3BaseScore(vector: string): number | undefined {
  const match = /^CVSS:3\.[01]\/(.+)$/.exec(vector.trim());
  if (match === null) return undefined;
  const metrics = readCvssMetrics(match[1] ?? '', (key) => key in CVSS3_BASE || CVSS3_OTHER_METRICS.has(key));
  if (metrics === undefined) return undefined;
  const weight = (key: string): number | undefined => {
    const value = metrics.get(key);
    return value === undefined ? undefined : CVSS3_BASE[key]?.[value];
  };
  const [av, ac, pr, ui, scope, c, i, a] = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'].map(weight);
  if ([av, ac, pr, ui, scope, c, i, a].some((w) => w === undefined)) return undefined;
  const changed = scope === 1;
  const privileges = changed ? (CVSS3_PR_SCOPE_CHANGED[metrics.get('PR') ?? ''] ?? 0) : (pr as number);
  const iss = 1 - (1 - (c as number)) * (1 - (i as number)) * (1 - (a as number));
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * (av as number) * (ac as number) * privileges * (ui as number);
  if (impact <= 0) return 0;
  return roundUpCvss31(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
}

const CVSS2_BASE = lookupTable<Readonly<Record<string, number | undefined>>>({
  AV: lookupTable({ L: 0.395, A: 0.646, N: 1 }),
  AC: lookupTable({ H: 0.35, M: 0.61, L: 0.71 }),
  Au: lookupTable({ M: 0.45, S: 0.56, N: 0.704 }),
  C: lookupTable({ N: 0, P: 0.275, C: 0.66 }),
  I: lookupTable({ N: 0, P: 0.275, C: 0.66 }),
  A: lookupTable({ N: 0, P: 0.275, C: 0.66 }),
});
const CVSS2_OTHER_METRICS = new Set(['E', 'RL', 'RC', 'CDP', 'TD', 'CR', 'IR', 'AR']);

/**
 * The CVSS v2 base score of a vector such as `AV:N/AC:L/Au:N/C:P/I:P/A:P` (also in parentheses, as NVD
 * once wrote it, or after a `CVSS:2.0/` prefix), or undefined when it is not a valid v2 vector.
 * Temporal and environmental metrics are allowed and do not change the base score.
 * Spec: https://www.first.org/cvss/v2/guide (section 3.2.1, base equation)
 */
export function cvss2BaseScore(vector: string): number | undefined {
  let body = vector.trim();
  if (body.startsWith('(') && body.endsWith(')')) body = body.slice(1, -1);
  if (body.startsWith('CVSS:2.0/')) body = body.slice('CVSS:2.0/'.length);
  const metrics = readCvssMetrics(body, (key) => key in CVSS2_BASE || CVSS2_OTHER_METRICS.has(key));
  if (metrics === undefined) return undefined;
  const [av, ac, au, c, i, a] = ['AV', 'AC', 'Au', 'C', 'I', 'A'].map((key) => {
    const value = metrics.get(key);
    return value === undefined ? undefined : CVSS2_BASE[key]?.[value];
  });
  if (av === undefined || ac === undefined || au === undefined || c === undefined || i === undefined || a === undefined)
    return undefined;
  const impact = 10.41 * (1 - (1 - c) * (1 - i) * (1 - a));
  if (impact === 0) return 0;
  const exploitability = 20 * av * ac * au;
  const score = (0.6 * impact + 0.4 * exploitability - 1.5) * 1.176;
  // "round_to_1_decimal": half up, on the 1e-9 scale so that float noise (7.449999999) does not round down.
  return Math.max(0, Math.round(score * 10 + 1e-9) / 10);
}

/** The values each CVSS v4.0 base metric may take, most severe first. */
const CVSS4_BASE = lookupTable<readonly string[]>({
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  AT: ['N', 'P'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'P', 'A'],
  VC: ['H', 'L', 'N'],
  VI: ['H', 'L', 'N'],
  VA: ['H', 'L', 'N'],
  SC: ['H', 'L', 'N'],
  SI: ['H', 'L', 'N'],
  SA: ['H', 'L', 'N'],
});
/** Threat, environmental and supplemental metrics: allowed in a vector, not part of the base score. */
const CVSS4_OTHER_METRICS = new Set([
  'E',
  'CR',
  'IR',
  'AR',
  'MAV',
  'MAC',
  'MAT',
  'MPR',
  'MUI',
  'MVC',
  'MVI',
  'MVA',
  'MSC',
  'MSI',
  'MSA',
  'S',
  'AU',
  'R',
  'V',
  'RE',
  'U',
]);

/**
 * The CVSS v4.0 MacroVector scores (specification section 8.2), as FIRST publishes them with its reference
 * calculator (https://github.com/FIRSTdotorg/cvss-v4-calculator, BSD-2-Clause). Each row is one
 * EQ1 EQ2 EQ3 prefix; its scores run over EQ4 (0-2), then EQ5 (0-2), then EQ6 (0-1). EQ3 level 2 exists
 * only with EQ6 level 1, so those rows hold nine scores.
 */
const CVSS4_MACROVECTOR_ROWS: Record<string, string> = {
  '000': '10 9.9 9.8 9.5 9.5 9.2 10 9.6 9.3 8.7 9.1 8.1 9.3 9 8.9 8 8.1 6.8',
  '001': '9.8 9.5 9.5 9.2 9 8.4 9.3 9.2 8.9 8.1 8.1 6.5 8.8 8 7.8 7 6.9 4.8',
  '002': '9.2 8.2 7.2 7.9 6.9 5 6.9 5.5 2.7',
  '010': '9.9 9.7 9.5 9.2 9.2 8.5 9.5 9.1 9 8.3 8.4 7.1 9.2 8.1 8.2 7.1 7.2 5.3',
  '011': '9.5 9.3 9.2 8.5 8.5 7.3 9.2 8.2 8 7.2 7 5.9 8.4 7 7.1 5.2 5 3',
  '012': '8.6 7.5 5.2 7.1 5.2 2.9 6.3 2.9 1.7',
  '100': '9.8 9.5 9.4 8.7 9.1 8.1 9.4 8.9 8.6 7.4 7.7 6.4 8.7 7.5 7.4 6.3 6.3 4.9',
  '101': '9.4 8.9 8.8 7.7 7.6 6.7 8.6 7.6 7.4 5.8 5.9 5 7.2 5.7 5.7 5.2 5.2 2.5',
  '102': '8.3 7 5.4 6.5 5.8 2.6 5.3 2.1 1.3',
  '110': '9.5 9 8.8 7.6 7.6 7 9 7.7 7.5 6.2 6.1 5.3 7.7 6.6 6.8 5.9 5.2 3',
  '111': '8.9 7.8 7.6 6.7 6.2 5.8 7.4 5.9 5.7 5.7 4.7 2.3 6.1 5.2 5.7 2.9 2.4 1.6',
  '112': '7.1 5.9 3 5.8 2.6 1.5 2.3 1.3 0.6',
  '200': '9.3 8.7 8.6 7.2 7.5 5.8 8.6 7.4 7.4 6.1 5.6 3.4 7 5.4 5.2 4 4 2.2',
  '201': '8.5 7.5 7.4 5.5 6.2 5.1 7.2 5.7 5.5 4.1 4.6 1.9 5.3 3.6 3.4 1.9 1.9 0.8',
  '202': '6.4 5.1 2 4.7 2.1 1.1 2.4 0.9 0.4',
  '210': '8.8 7.5 7.3 5.3 6 5 7.3 5.5 5.9 4 4.1 2 5.4 4.3 4.5 2.2 2 1.1',
  '211': '7.5 5.5 5.8 4.5 4 2.1 6.1 5.1 4.8 1.8 2 0.9 4.6 1.8 1.7 0.7 0.8 0.2',
  '212': '5.3 2.4 1.4 2.4 1.2 0.5 1 0.3 0.1',
};

const CVSS4_MACROVECTORS: ReadonlyMap<string, number> = (() => {
  const table = new Map<string, number>();
  for (const [prefix, row] of Object.entries(CVSS4_MACROVECTOR_ROWS)) {
    const scores = row.split(' ').map(Number);
    const eq6Levels = prefix.endsWith('2') ? [1] : [0, 1];
    let index = 0;
    for (const eq4 of [0, 1, 2])
      for (const eq5 of [0, 1, 2])
        for (const eq6 of eq6Levels) table.set(`${prefix}${eq4}${eq5}${eq6}`, scores[index++] as number);
  }
  return table;
})();

/**
 * The highest-severity vectors of each MacroVector level (the calculator's "max composed" vectors), as
 * metric strings: a vector's severity distance is measured from the first of them it does not exceed.
 * EQ3 and EQ6 are one key (`<eq3><eq6>`) because EQ6 depends on the confidentiality, integrity and
 * availability metrics that EQ3 reads.
 */
const CVSS4_MAX_VECTORS: Record<string, Record<string, readonly string[]>> = {
  eq1: {
    0: ['AV:N/PR:N/UI:N'],
    1: ['AV:A/PR:N/UI:N', 'AV:N/PR:L/UI:N', 'AV:N/PR:N/UI:P'],
    2: ['AV:P/PR:N/UI:N', 'AV:A/PR:L/UI:P'],
  },
  eq2: { 0: ['AC:L/AT:N'], 1: ['AC:H/AT:N', 'AC:L/AT:P'] },
  eq3eq6: {
    '00': ['VC:H/VI:H/VA:H/CR:H/IR:H/AR:H'],
    '01': ['VC:H/VI:H/VA:L/CR:M/IR:M/AR:H', 'VC:H/VI:H/VA:H/CR:M/IR:M/AR:M'],
    '10': ['VC:L/VI:H/VA:H/CR:H/IR:H/AR:H', 'VC:H/VI:L/VA:H/CR:H/IR:H/AR:H'],
    '11': [
      'VC:L/VI:H/VA:L/CR:H/IR:M/AR:H',
      'VC:L/VI:H/VA:H/CR:H/IR:M/AR:M',
      'VC:H/VI:L/VA:H/CR:M/IR:H/AR:M',
      'VC:H/VI:L/VA:L/CR:M/IR:H/AR:H',
      'VC:L/VI:L/VA:H/CR:H/IR:H/AR:M',
    ],
    '21': ['VC:L/VI:L/VA:L/CR:H/IR:H/AR:H'],
  },
  eq4: { 0: ['SC:H/SI:S/SA:S'], 1: ['SC:H/SI:H/SA:H'], 2: ['SC:L/SI:L/SA:L'] },
};

/** The depth of each MacroVector level: its largest severity distance plus one, in steps of 0.1. */
const CVSS4_DEPTHS: Record<string, Record<string, number>> = {
  eq1: { 0: 1, 1: 4, 2: 5 },
  eq2: { 0: 1, 1: 2 },
  eq3eq6: { '00': 7, '01': 6, '10': 8, '11': 8, '21': 10 },
  eq4: { 0: 6, 1: 5, 2: 4 },
};

/** Severity level of each metric value within its metric, in steps of 0.1 (0 is the most severe). */
const CVSS4_LEVELS = lookupTable<Readonly<Record<string, number | undefined>>>({
  AV: lookupTable({ N: 0, A: 0.1, L: 0.2, P: 0.3 }),
  PR: lookupTable({ N: 0, L: 0.1, H: 0.2 }),
  UI: lookupTable({ N: 0, P: 0.1, A: 0.2 }),
  AC: lookupTable({ L: 0, H: 0.1 }),
  AT: lookupTable({ N: 0, P: 0.1 }),
  VC: lookupTable({ H: 0, L: 0.1, N: 0.2 }),
  VI: lookupTable({ H: 0, L: 0.1, N: 0.2 }),
  VA: lookupTable({ H: 0, L: 0.1, N: 0.2 }),
  SC: lookupTable({ H: 0.1, L: 0.2, N: 0.3 }),
  SI: lookupTable({ S: 0, H: 0.1, L: 0.2, N: 0.3 }),
  SA: lookupTable({ S: 0, H: 0.1, L: 0.2, N: 0.3 }),
  CR: lookupTable({ H: 0, M: 0.1, L: 0.2 }),
  IR: lookupTable({ H: 0, M: 0.1, L: 0.2 }),
  AR: lookupTable({ H: 0, M: 0.1, L: 0.2 }),
});

/**
 * The CVSS v4.0 base score (CVSS-B) of a `CVSS:4.0/...` vector, or undefined when the vector is not a
 * valid v4.0 vector (a base metric missing, repeated or out of range, an unknown metric). Threat,
 * environmental and supplemental metrics are allowed and read as not defined, as a base score reads them
 * (exploit maturity Attacked, security requirements High).
 *
 * Spec: https://www.first.org/cvss/v4-0/specification-document (section 8.2): the vector's MacroVector
 * (EQ1..EQ6) gives the score of its highest-severity vectors; the score is lowered by the mean, over
 * the equivalence sets that have a lower MacroVector, of the score drop to that MacroVector times the
 * vector's severity distance from the highest-severity vector over the depth of its level.
 */
export function cvss4BaseScore(vector: string): number | undefined {
  const match = /^CVSS:4\.0\/(.+)$/.exec(vector.trim());
  if (match === null) return undefined;
  const metrics = readCvssMetrics(match[1] ?? '', (key) => key in CVSS4_BASE || CVSS4_OTHER_METRICS.has(key));
  if (metrics === undefined) return undefined;
  for (const [key, values] of Object.entries(CVSS4_BASE))
    if (!values?.includes(metrics.get(key) ?? '')) return undefined;
  // The base score: threat and environmental metrics not defined (E:A, CR/IR/AR:H, no modified metrics).
  const m = (key: string): string =>
    ['CR', 'IR', 'AR'].includes(key) ? 'H' : key === 'E' ? 'A' : (metrics.get(key) as string);
  if (['VC', 'VI', 'VA', 'SC', 'SI', 'SA'].every((key) => m(key) === 'N')) return 0;

  const anyNone = m('AV') === 'N' || m('PR') === 'N' || m('UI') === 'N';
  const eq1 = m('AV') === 'N' && m('PR') === 'N' && m('UI') === 'N' ? 0 : anyNone && m('AV') !== 'P' ? 1 : 2;
  const eq2 = m('AC') === 'L' && m('AT') === 'N' ? 0 : 1;
  const eq3 = m('VC') === 'H' && m('VI') === 'H' ? 0 : m('VC') === 'H' || m('VI') === 'H' || m('VA') === 'H' ? 1 : 2;
  const eq4 = m('SI') === 'S' || m('SA') === 'S' ? 0 : m('SC') === 'H' || m('SI') === 'H' || m('SA') === 'H' ? 1 : 2;
  const eq5 = 0;
  const eq6 =
    (m('CR') === 'H' && m('VC') === 'H') || (m('IR') === 'H' && m('VI') === 'H') || (m('AR') === 'H' && m('VA') === 'H')
      ? 0
      : 1;
  const key = (e1: number, e2: number, e3: number, e4: number, e5: number, e6: number): string =>
    `${e1}${e2}${e3}${e4}${e5}${e6}`;
  const value = CVSS4_MACROVECTORS.get(key(eq1, eq2, eq3, eq4, eq5, eq6));
  if (value === undefined) return undefined;

  // The next lower MacroVector in each equivalence set (undefined where there is none).
  const lower = (k: string): number | undefined => CVSS4_MACROVECTORS.get(k);
  const lowerEq1 = lower(key(eq1 + 1, eq2, eq3, eq4, eq5, eq6));
  const lowerEq2 = lower(key(eq1, eq2 + 1, eq3, eq4, eq5, eq6));
  // EQ3 and EQ6 go down together: from EQ6 level 0 two ways (EQ6 to 1, or EQ3 one down), the higher.
  const downEq3 = lower(key(eq1, eq2, eq3 + 1, eq4, eq5, eq6));
  const downEq6 = eq6 === 0 ? lower(key(eq1, eq2, eq3, eq4, eq5, 1)) : undefined;
  const lowerEq3eq6 =
    downEq3 !== undefined && downEq6 !== undefined ? Math.max(downEq3, downEq6) : (downEq3 ?? downEq6);
  const lowerEq4 = lower(key(eq1, eq2, eq3, eq4 + 1, eq5, eq6));
  const lowerEq5 = lower(key(eq1, eq2, eq3, eq4, eq5 + 1, eq6));

  // The first highest-severity vector of the MacroVector that the vector does not exceed.
  const eq3eq6 = `${eq3}${eq6}`;
  const candidates: string[] = [];
  for (const a of CVSS4_MAX_VECTORS.eq1?.[eq1] ?? [])
    for (const b of CVSS4_MAX_VECTORS.eq2?.[eq2] ?? [])
      for (const c of CVSS4_MAX_VECTORS.eq3eq6?.[eq3eq6] ?? [])
        for (const d of CVSS4_MAX_VECTORS.eq4?.[eq4] ?? []) candidates.push(`${a}/${b}/${c}/${d}`);
  const distance = (maxVector: Map<string, string>, metric: string): number =>
    (CVSS4_LEVELS[metric]?.[m(metric)] ?? 0) - (CVSS4_LEVELS[metric]?.[maxVector.get(metric) ?? ''] ?? 0);
  const measured = ['AV', 'PR', 'UI', 'AC', 'AT', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA', 'CR', 'IR', 'AR'];
  let distances: Record<string, number> | undefined;
  for (const candidate of candidates) {
    const maxVector = new Map(candidate.split('/').map((part) => part.split(':') as [string, string]));
    const found = Object.fromEntries(measured.map((metric) => [metric, distance(maxVector, metric)]));
    if (Object.values(found).every((d) => d >= 0)) {
      distances = found;
      break;
    }
  }
  const d = (metric: string): number => distances?.[metric] ?? 0;
  const step = 0.1;
  const parts: [number | undefined, number, number][] = [
    [lowerEq1, d('AV') + d('PR') + d('UI'), (CVSS4_DEPTHS.eq1?.[eq1] ?? 1) * step],
    [lowerEq2, d('AC') + d('AT'), (CVSS4_DEPTHS.eq2?.[eq2] ?? 1) * step],
    [
      lowerEq3eq6,
      d('VC') + d('VI') + d('VA') + d('CR') + d('IR') + d('AR'),
      (CVSS4_DEPTHS.eq3eq6?.[eq3eq6] ?? 1) * step,
    ],
    [lowerEq4, d('SC') + d('SI') + d('SA'), (CVSS4_DEPTHS.eq4?.[eq4] ?? 1) * step],
    // Exploit maturity: a base score is at its highest level, at no distance from it.
    [lowerEq5, 0, step],
  ];
  let sum = 0;
  let existing = 0;
  for (const [lowerScore, current, depth] of parts) {
    if (lowerScore === undefined) continue;
    existing += 1;
    sum += (value - lowerScore) * (current / depth);
  }
  const score = Math.min(10, Math.max(0, value - (existing === 0 ? 0 : sum / existing)));
  // Rounded half up to one decimal; the 1e-6 keeps float noise (4.949999999999999 for 4.95) from rounding
  // down, as FIRST's calculator does.
  return Math.round((score + 1e-6) * 10) / 10;
}
