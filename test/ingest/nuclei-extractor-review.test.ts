/**
 * Nuclei review note, kept as it is on purpose: events of one template at one place that differ only in
 * what they extracted (`extracted-results`, `extractor-name`) are one finding, `template-id[:matcher]` as
 * the README documents. Nuclei writes one event per named matcher that matched (each names a different
 * thing found: a technology, a WAF), else one per named extractor, which names the value taken out of the
 * same match (a version, a header); the template's severity and name are the same for all. tls-version
 * makes one request per TLS version and extracts it: two versions offered are one check, "TLS Version -
 * Detect", with two values, not two findings. Extracted values would also make ids unstable (a version
 * that changes with the server) and could put secrets into identities, which every output holds.
 * The real v3 export, edited in the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nuclei } from '../../src/ingest/nuclei.js';
import { assignIds } from '../../src/normalize.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'nuclei-json';
const { parseText, parseFolderFixture } = createHarness(nuclei, FOLDER);

type Event = Record<string, unknown>;
const report = (): Event[] =>
  JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'nuclei-v3-array.json'), 'utf8')) as Event[];

const TLS = 'dast|tls-version||www.asdf.de:443|:1';

describe('Nuclei events of one template that differ only in what they extracted', () => {
  it('reads the real tls12 and tls13 events of tls-version as one finding with both sources', async () => {
    const doc = report();
    expect(
      ([doc[4], doc[5]] as Event[]).map((e) => [e['template-id'], e['matched-at'], e['extracted-results']]),
    ).toEqual([
      ['tls-version', 'www.asdf.de:443', ['tls12']],
      ['tls-version', 'www.asdf.de:443', ['tls13']],
    ]);
    const findings = assignIds((await parseFolderFixture('nuclei-v3-array.json')).findings);
    expect(findings).toHaveLength(5);
    const tls = findings.find((f) => f.identity === TLS);
    expect(tls?.title).toBe('TLS Version - Detect');
    expect(tls?.sources.map((s) => s.pointer)).toEqual(['/4', '/5']);
  });

  it('keeps them one finding with an extractor name, and makes them two with two matcher names', async () => {
    const named = report();
    for (const event of [named[4], named[5]] as Event[]) event['extractor-name'] = 'version';
    const one = assignIds((await parseText('extractor.json', named)).findings);
    expect(one).toHaveLength(5);
    expect(one.find((f) => f.identity === TLS)?.sources).toHaveLength(2);

    // Matcher names name different things found: two findings, as before.
    const matched = report();
    (matched[4] as Event)['matcher-name'] = 'tls12';
    (matched[5] as Event)['matcher-name'] = 'tls13';
    const two = assignIds((await parseText('matcher.json', matched)).findings);
    expect(two).toHaveLength(6);
    expect(two.filter((f) => f.ruleId === 'tls-version').map((f) => [f.identity, f.title])).toEqual([
      ['dast|tls-version:tls12||www.asdf.de:443|:1', 'TLS Version - Detect [tls12]'],
      ['dast|tls-version:tls13||www.asdf.de:443|:1', 'TLS Version - Detect [tls13]'],
    ]);
  });
});
