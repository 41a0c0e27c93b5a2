/** Identity keys (DESIGN 3.2): package names and versions as tools agree on them, secrets without a line. */
import { describe, expect, it } from 'vitest';
import {
  dependencyIdentity,
  joinableAliases,
  normalizePackageName,
  normalizePackageVersion,
  secretIdentity,
} from '../../src/ingest/identity.js';

describe('ingest/identity', () => {
  describe('normalizePackageName', () => {
    it.each([
      ['PyYAML', 'pyyaml'],
      ['python_dateutil', 'python-dateutil'],
      ['python-dateutil', 'python-dateutil'],
      ['Zope.Interface', 'zope-interface'],
      ['a--b__c.-_d', 'a-b-c-d'],
    ])('writes the PyPI name %s as PEP 503 does: %s', (name, expected) => {
      expect(normalizePackageName('pypi', name)).toBe(expected);
    });

    it('keeps the names of other ecosystems, and of unknown ones, as they are', () => {
      expect(normalizePackageName('npm', 'lodash.merge')).toBe('lodash.merge');
      expect(normalizePackageName('npm', 'JSONStream')).toBe('JSONStream');
      expect(normalizePackageName('', 'python_dateutil')).toBe('python_dateutil');
      expect(normalizePackageName('golang', 'golang.org/x/text')).toBe('golang.org/x/text');
    });

    it('takes the Maven group from the package URL when the name is only the artifact', () => {
      const purl = 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1';
      expect(normalizePackageName('maven', 'log4j-core', purl)).toBe('org.apache.logging.log4j:log4j-core');
      expect(normalizePackageName('maven', 'log4j-core', 'pkg:maven/org.apache.logging.log4j/log4j-core')).toBe(
        'org.apache.logging.log4j:log4j-core',
      );
      expect(normalizePackageName('maven', 'avro', 'pkg:maven/org.apache.avro/avro@1.11.1?type=jar#x')).toBe(
        'org.apache.avro:avro',
      );
      expect(normalizePackageName('maven', 'x', 'pkg:maven/org%2Eexample/x@1')).toBe('org.example:x');
    });

    it('keeps a Maven name that has its group, or that the package URL does not name', () => {
      const purl = 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1';
      expect(normalizePackageName('maven', 'org.apache.logging.log4j:log4j-core', purl)).toBe(
        'org.apache.logging.log4j:log4j-core',
      );
      expect(normalizePackageName('maven', 'log4j-api', purl)).toBe('log4j-api');
      expect(normalizePackageName('maven', 'log4j-core')).toBe('log4j-core');
      expect(normalizePackageName('maven', 'log4j-core', 'pkg:maven/log4j-core@2.14.1')).toBe('log4j-core');
      expect(normalizePackageName('npm', 'log4j-core', purl)).toBe('log4j-core');
    });
  });

  describe('normalizePackageVersion', () => {
    it.each([
      ['go1.20.1', 'v1.20.1'],
      ['v1.20.1', 'v1.20.1'],
      ['1.20.1', 'v1.20.1'],
      ['devel', 'devel'],
    ])("writes Go's standard library version %s as %s", (version, expected) => {
      expect(normalizePackageVersion('golang', 'stdlib', version)).toBe(expected);
    });

    it('keeps every other version as it is', () => {
      expect(normalizePackageVersion('golang', 'golang.org/x/text', 'v0.3.7')).toBe('v0.3.7');
      expect(normalizePackageVersion('golang', 'golang.org/x/text', '0.3.7')).toBe('0.3.7');
      expect(normalizePackageVersion('npm', 'stdlib', 'go1.20.1')).toBe('go1.20.1');
    });
  });

  describe('dependencyIdentity', () => {
    it('gives one identity to the spellings of one package', () => {
      const cve = ['CVE-2021-44228'];
      expect(
        dependencyIdentity('CVE-2021-44228', cve, {
          name: 'log4j-core',
          version: '2.14.1',
          ecosystem: 'java-archive',
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
        }),
      ).toBe(
        dependencyIdentity('CVE-2021-44228', cve, {
          name: 'org.apache.logging.log4j:log4j-core',
          version: '2.14.1',
          ecosystem: 'pom',
        }),
      );
      expect(dependencyIdentity('CVE-2020-14343', [], { name: 'PyYAML', version: '5.3.1', ecosystem: 'pip' })).toBe(
        'dep|CVE-2020-14343|pypi:pyyaml|5.3.1',
      );
      expect(
        dependencyIdentity('CVE-2023-29403', [], { name: 'stdlib', version: 'go1.20.1', ecosystem: 'go-module' }),
      ).toBe('dep|CVE-2023-29403|golang:stdlib|v1.20.1');
      expect(dependencyIdentity('GHSA-9vvw-cc9w-f27h', [], { name: 'debug', ecosystem: 'npm' })).toBe(
        'dep|GHSA-9vvw-cc9w-f27h|npm:debug|',
      );
    });
  });

  describe('secretIdentity', () => {
    it('adds the rule only when the tool gives no line', () => {
      expect(secretIdentity({ path: 'app/config.env' }, 'AWS')).toBe('secret|app/config.env||AWS');
      expect(secretIdentity({ path: 'app/config.env', startLine: 3 }, 'AWS')).toBe('secret|app/config.env|3');
      expect(secretIdentity({ path: 'app/config.env' })).toBe('secret|app/config.env|');
    });
  });
});

describe('ingest/identity joinableAliases', () => {
  it('keeps related ids while they name at most one CVE, and drops every CVE and GHSA past that', () => {
    // One CVE in all: everything joins (a GHSA and its CVE, a Snyk entry for one CVE).
    expect(joinableAliases('GHSA-9vvw-cc9w-f27h', ['CVE-2017-20165'])).toEqual(['CVE-2017-20165']);
    expect(joinableAliases('SNYK-JS-DEBUG-1', ['CVE-2017-20165', 'GHSA-9vvw-cc9w-f27h'])).toEqual([
      'CVE-2017-20165',
      'GHSA-9vvw-cc9w-f27h',
    ]);
    expect(joinableAliases('CVE-2017-20165', ['cve-2017-20165', 'PYSEC-2021-1'])).toEqual([
      'cve-2017-20165',
      'PYSEC-2021-1',
    ]);
    // Two CVEs: an advisory for both, or a CVE related to another, joins neither; other ids stay.
    expect(joinableAliases('ALAS-2023-1935', ['CVE-2023-0286', 'CVE-2023-0215'])).toEqual([]);
    expect(joinableAliases('CVE-2023-44981', ['CVE-2023-32360'])).toEqual([]);
    expect(joinableAliases('GHSA-q7rv-6hp3-vh96', ['CVE-2022-24775', 'CVE-2023-29197', 'PYSEC-2022-9'])).toEqual([
      'PYSEC-2022-9',
    ]);
    expect(joinableAliases('X', [undefined, null, ' ', ' CVE-2020-1 '])).toEqual(['CVE-2020-1']);
  });
});
