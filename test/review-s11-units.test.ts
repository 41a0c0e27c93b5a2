/** What a review found in messages and outputs: the places and values an error names, CSV and SARIF sinks. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { escapeCsvCell, unescapeCsvCell } from '../src/evidence/register.js';
import { loadPolicy } from '../src/policy/load.js';
import { renderSarif } from '../src/report/sarif.js';
import { errorOf, evaluationOf, makeFinding, memoryReader } from './helpers.js';

describe('policy errors', () => {
  it('show .inf, -.inf and .nan as written, not as null', () => {
    for (const [value, shown] of [
      ['.inf', '.inf'],
      ['-.inf', '-.inf'],
      ['.nan', '.nan'],
      ['.INF', '.inf'],
    ]) {
      const text = `version: 1\ngates:\n  scan-cleanliness:\n    max: { high: ${value} }\n`;
      const error = errorOf(() => loadPolicy(memoryReader({ 'p.yml': text }), 'p.yml'));
      expect(error, value).toBeInstanceOf(ConfigError);
      expect(error.message, value).toContain(`/gates/scan-cleanliness/max/high: ${shown} is not allowed`);
      expect(error.message, value).not.toContain('null');
    }
  });

  it('name the column after a byte order mark, and the line after a lone CR, as an editor shows them', () => {
    const bom = errorOf(() => loadPolicy(memoryReader({ 'p.yml': '\ufeffversion: 2\n' }), 'p.yml'));
    expect(bom.message).toContain('p.yml: line 1, column 10: /version');
    const plain = errorOf(() => loadPolicy(memoryReader({ 'p.yml': 'version: 2\n' }), 'p.yml'));
    expect(plain.message).toContain('p.yml: line 1, column 10: /version');
    const cr = errorOf(() => loadPolicy(memoryReader({ 'p.yml': 'version: 1\rmode: x\r' }), 'p.yml'));
    expect(cr.message).toContain('p.yml: line 2, column 7: /mode');
    const crlf = errorOf(() => loadPolicy(memoryReader({ 'p.yml': 'version: 1\r\nmode: x\r\n' }), 'p.yml'));
    expect(crlf.message).toContain('p.yml: line 2, column 7: /mode');
  });
});

describe('CSV cells', () => {
  it('guard a formula behind a NUL, as behind a tab or CR, and read it back unchanged', () => {
    for (const value of ['\u0000=1+1', '\t=1+1', '=1+1', "'\u0000=cmd"]) {
      expect(escapeCsvCell(value), JSON.stringify(value)).toBe(`'${value}`);
      expect(unescapeCsvCell(escapeCsvCell(value))).toBe(value);
    }
    for (const value of ['a\u0000=1', 'SQL injection']) expect(escapeCsvCell(value)).toBe(value);
  });
});

describe('shipgate.sarif regions', () => {
  it('hold lines up to 2^31-1, which the SARIF SDK reads; a larger line keeps only its file', () => {
    const regionOf = (startLine: number, endLine?: number) => {
      const finding = makeFinding({ location: { path: 'src/a.js', startLine, ...(endLine ? { endLine } : {}) } });
      const log = JSON.parse(renderSarif(evaluationOf([finding])));
      return log.runs[0].results[0].locations[0].physicalLocation;
    };
    expect(regionOf(2_147_483_647).region).toEqual({ startLine: 2_147_483_647 });
    expect(regionOf(2_147_483_648)).toEqual({ artifactLocation: { uri: 'src/a.js' } });
    expect(regionOf(1e20)).toEqual({ artifactLocation: { uri: 'src/a.js' } });
    expect(regionOf(5, 2_147_483_647).region).toEqual({ startLine: 5, endLine: 2_147_483_647 });
    expect(regionOf(5, 2_147_483_648).region).toEqual({ startLine: 5 });
  });
});
