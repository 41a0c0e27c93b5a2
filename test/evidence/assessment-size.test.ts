/**
 * The markdown parser reads a few hundred KB a second whatever the text, so an assessment is bounded
 * in size before it is parsed: the demo's assessment padded with notes up to the bound is read, one
 * character more is an input error that says why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { MAX_ASSESSMENT_CHARS, parseAssessment } from '../../src/evidence/assessment.js';

const DEMO = readFileSync(
  new URL('../../fixtures/demo/release/security/manual-assessment.md', import.meta.url),
  'utf8',
);

/** The demo assessment followed by plain notes, `length` characters in all. */
function padded(length: number): string {
  const note = '\nA note on the assessment.\n';
  const body = DEMO + note.repeat(Math.ceil((length - DEMO.length) / note.length));
  return body.slice(0, length);
}

describe('evidence/assessment: size', () => {
  it('reads an assessment of exactly the bound, and refuses one character more before parsing it', () => {
    const controls = parseAssessment(DEMO, 'a.md').controls.map((c) => c.controlId);
    expect(controls.length).toBeGreaterThan(3);
    const at = padded(MAX_ASSESSMENT_CHARS);
    expect(at.length).toBe(MAX_ASSESSMENT_CHARS);
    expect(parseAssessment(at, 'a.md').controls.map((c) => c.controlId)).toEqual(controls);
    const over = padded(MAX_ASSESSMENT_CHARS + 1);
    let error: unknown;
    try {
      parseAssessment(over, 'security/manual-assessment.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `security/manual-assessment.md: the file has ${MAX_ASSESSMENT_CHARS + 1} characters, more than the ${MAX_ASSESSMENT_CHARS} a manual control assessment may hold (expected a markdown table of controls with a few notes; the markdown parser would take minutes over a file this size).`,
    );
  });
});
