import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/evaluation.js';
import { renderDispositionRecord } from '../../src/report/disposition-record.js';
import { SARIF_MAX_RESULTS } from '../../src/report/sarif.js';
import { evaluationOf, makeFinding } from '../helpers.js';

function evaluationWith(count: number): Evaluation {
  const findings = Array.from({ length: count }, (_, i) =>
    makeFinding({ id: `SG-${i.toString(16).padStart(16, '0')}`, severity: 'low', countedSeverity: 'low' }),
  );
  return evaluationOf(findings);
}

describe('report/disposition-record', () => {
  it('says where the findings it leaves out are: shipgate.sarif only while it holds them all', () => {
    const within = renderDispositionRecord(evaluationWith(SARIF_MAX_RESULTS));
    expect(within).toContain(
      `\n${SARIF_MAX_RESULTS - 5000} more findings omitted here; every finding is in scan-results.json and findings-register.csv, and in shipgate.sarif.\n`,
    );
    const past = renderDispositionRecord(evaluationWith(SARIF_MAX_RESULTS + 1));
    expect(past).toContain(
      `\n${SARIF_MAX_RESULTS + 1 - 5000} more findings omitted here; every finding is in scan-results.json and findings-register.csv (shipgate.sarif holds the first ${SARIF_MAX_RESULTS}).\n`,
    );
    expect(renderDispositionRecord(evaluationWith(5000))).not.toContain('omitted');
  });
});
