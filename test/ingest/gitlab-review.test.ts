/**
 * Review fix of the GitLab security report reader: the report schema requires a `level` in every
 * `scan.messages[]` entry and allows `info`, `warn` and `fatal` only (`fatal`: "an issue that causes the scan
 * to halt"). A message of any other level (`error`), without one, or that is not a message object at all,
 * is an input error naming its pointer, where it disappeared and the scan read as complete. `fatal`, `warn`
 * and `info` are read as before (gitlab-messages.test.ts), in any case (`FATAL`). Tested on the real njsscan
 * report (schema 3.0.0, status success, 8 findings), whose `scan` has no messages, with messages added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { gitlab } from '../../src/ingest/gitlab.js';
import { countBySeverity } from '../../src/model.js';
import { FIXTURES, counts, createHarness } from './harness.js';

const REAL = 'gitlab-sast-json/gl-sast-v15-confidence.json';
const DEPENDENCY = 'gitlab-dependency-scanning-json/gl-dependency-scanning-v15-many.json';
const { parseText, parseFixture } = createHarness(gitlab, 'gitlab-sast-json');

/** A real report with scan.messages set. */
function withMessages(messages: unknown, rel = REAL): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as Record<string, unknown>;
  return { ...doc, scan: { ...(doc.scan as Record<string, unknown>), messages } };
}

const LEVELS = '(expected info, warn or fatal, the levels the report schema allows).';

describe('ingest/gitlab (review): a scan message of a level the schema does not allow', () => {
  it.each([
    ['error', "'error' is not a GitLab message level"],
    ['ERROR', "'ERROR' is not a GitLab message level"],
    ['warning', "'warning' is not a GitLab message level"],
    ['critical', "'critical' is not a GitLab message level"],
    ['', "'' is not a GitLab message level"],
    [null, 'found null'],
    [2, 'found a number'],
    [undefined, 'the key is missing'],
  ])('level %j: refused, naming /scan/messages/0/level and the levels expected', async (level, wrong) => {
    await expect(
      parseText('level.json', withMessages([{ ...(level === undefined ? {} : { level }), value: 'analyzer halted' }])),
    ).rejects.toThrow(new InputError(`level.json: /scan/messages/0/level: ${wrong} ${LEVELS}`));
  });

  it('names the entry: an error after an info is /scan/messages/1/level, in a dependency scanning report too', async () => {
    await expect(
      parseText(
        'second.json',
        withMessages(
          [
            { level: 'info', value: 'gemnasium started' },
            { level: 'error', value: 'could not resolve dependencies' },
          ],
          DEPENDENCY,
        ),
      ),
    ).rejects.toThrow(
      new InputError(`second.json: /scan/messages/1/level: 'error' is not a GitLab message level ${LEVELS}`),
    );
  });

  it.each([
    ['a string', 'halted', 'found a string'],
    ['null', null, 'found null'],
    ['an array', [], 'found an array'],
  ])('a message that is %s: refused, naming it', async (_what, message, wrong) => {
    await expect(parseText('message.json', withMessages([message]))).rejects.toThrow(
      new InputError(`message.json: /scan/messages/0: ${wrong} (expected a message object with a level and a value).`),
    );
  });

  it.each([
    ['an object', {}, 'found an object'],
    ['null', null, 'found null'],
    ['a string', 'fatal', 'found a string'],
  ])('scan.messages that is %s: refused', async (_what, messages, wrong) => {
    await expect(parseText('messages.json', withMessages(messages))).rejects.toThrow(
      new InputError(
        `messages.json: /scan/messages: ${wrong} (expected an array of messages, each with a level and a value).`,
      ),
    );
  });
});

describe('ingest/gitlab (review): the schema’s levels, read as before', () => {
  it('the real njsscan report as it is, and with an empty messages list: 8 findings, a completed scan', async () => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, REAL), 'utf8')) as { scan: Record<string, unknown> };
    expect(doc.scan).not.toHaveProperty('messages');
    for (const result of [await parseFixture(REAL), await parseText('empty.json', withMessages([]))]) {
      expect(countBySeverity(result.findings)).toEqual(counts({ high: 8 }));
      expect(result.runs).toEqual([
        { tool: 'njsscan', toolVersion: '0.1.9', scanType: 'sast', completed: true, problems: [], resultCount: 8 },
      ]);
      expect(result.warnings).toEqual([]);
    }
  });

  it('info, warn, fatal (and FATAL, Warn): nothing, a warning, a problem', async () => {
    const result = await parseText(
      'levels.json',
      withMessages([
        { level: 'info', value: 'started' },
        { level: 'Warn', value: 'skipped 2 minified files' },
        { level: 'FATAL', value: 'out of memory' },
      ]),
    );
    expect(result.findings).toHaveLength(8);
    expect(result.runs).toEqual([
      {
        tool: 'njsscan',
        toolVersion: '0.1.9',
        scanType: 'sast',
        completed: false,
        problems: [
          "/scan/messages/2: the njsscan analyzer reported a fatal error: out of memory; the schema's level fatal is an issue that halts the scan, so the scan is not complete though /scan/status says success (fix the cause the message names and run the analyzer again).",
        ],
        resultCount: 8,
      },
    ]);
    expect(result.warnings).toEqual([
      'levels.json: /scan/messages/1: the analyzer reported (warn): skipped 2 minified files.',
    ]);
  });

  it('info and warn alone leave the scan complete', async () => {
    const result = await parseText(
      'quiet.json',
      withMessages([
        { level: 'info', value: 'started' },
        { level: 'warn', value: 'slow' },
      ]),
    );
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 8 });
  });
});
