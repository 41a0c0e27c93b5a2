/**
 * personKey: how an exception's owner and approver are compared. Names a reader cannot tell apart are
 * one person: look-alike letters of other scripts, accents, punctuation, white space, invisible
 * characters and case make no second person.
 */
import { describe, expect, it } from 'vitest';
import { personKey, samePerson, showCodePoints } from '../../src/strings.js';

describe('strings/personKey', () => {
  it.each([
    ['security\u2010lead', 'a hyphen U+2010'],
    ['security\u2011lead', 'a non-breaking hyphen U+2011'],
    ['security\u2212lead', 'a minus sign'],
    ['security-l\u0435ad', 'a Cyrillic е'],
    ['s\u0435\u0441urity-l\u0435\u0430d', 'Cyrillic е, с and а'],
    ['SECURITY-L\u0415\u0410D', 'Cyrillic capitals Е and А'],
    ['security-le\u0301ad', 'a combining accent'],
    ['security-l\u00e9ad', 'a precomposed é'],
    ['security-lead.', 'a full stop'],
    ['security_lead', 'an underscore'],
    ['security lead', 'a space'],
    ['Security-Lead', 'capitals'],
    ['security-lead\u200b', 'a zero-width space'],
    ['\uff53\uff45\uff43\uff55\uff52\uff49\uff54\uff59-\uff4c\uff45\uff41\uff44', 'full-width letters'],
    ['security-le\u03b1d', 'a Greek α'],
    ['\u0455ecurity-lead', 'a Cyrillic ѕ'],
  ])('%s (%s) is security-lead', (name) => {
    expect(personKey(name)).toBe(personKey('security-lead'));
    expect(personKey(name)).toBe('securitylead');
  });

  it.each([
    ['security-leads', 'a letter more'],
    ['security-lead2', 'a digit more'],
    ['security-load', 'another letter'],
    ['security-le\u0431d', 'a Cyrillic б, which looks like no Latin letter'],
    ['alice', 'another name'],
  ])('%s (%s) is someone else', (name) => {
    expect(personKey(name)).not.toBe(personKey('security-lead'));
  });

  it('reads every letter of its table as the Latin letter it looks like', () => {
    expect(personKey('АВЕКМНОРСТУХЅІЈҺӀҮԀԚԜ')).toBe('abekmhopctyxsijhlydqw');
    expect(personKey('авекмнорстухѕіјһӏүԁԛԝ')).toBe('abekmhopctyxsijhlydqw');
    expect(personKey('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')).toBe('abezhikmnoptyx');
    expect(personKey('αγεηικνορτυχω')).toBe('ayenikvoptuxw');
    expect(personKey('ıȷɑɡɩ')).toBe('ijagi');
  });

  it('reads a Greek capital as the Latin capital it looks like, and the small letter as the small one', () => {
    // Greek Ν looks like N, its small letter ν like v.
    expect(personKey('\u0399\u0391\u039d')).toBe('ian');
    expect(personKey('\u03b9\u03b1\u03bd')).toBe('iav');
    expect(personKey('\u0399\u0391\u039d')).toBe(personKey('Ian'));
  });

  it('keeps the marks of other scripts, which make another sound: two people stay two', () => {
    // Japanese Ken and Gen, Daisuke and Taisuke; Hindi Ram and Rama.
    for (const [a, b] of [
      ['\u30b1\u30f3', '\u30b2\u30f3'],
      ['\u3060\u3044\u3059\u3051', '\u305f\u3044\u3059\u3051'],
      ['\u0930\u093e\u092e', '\u0930\u092e\u093e'],
    ]) {
      expect(personKey(a as string)).not.toBe(personKey(b as string));
      expect(samePerson(a as string, b as string), `${a} / ${b}`).toBe(false);
    }
    // The same name written twice is still one person.
    expect(samePerson('\u30b2\u30f3', '\u30b2\u30f3')).toBe(true);
  });

  it('samePerson: names that differ only in case are one person in Greek too', () => {
    // Capitals are read as the Latin capital they look like (Μ as M), small letters as the small one
    // (μ is no Latin letter): the two readings are compared both ways.
    expect(samePerson('\u039c\u0391\u03a1\u0399\u0391', '\u03bc\u03b1\u03c1\u03b9\u03b1')).toBe(true);
    expect(samePerson('\u039d\u0399\u039a\u039f\u03a3', '\u03bd\u03b9\u03ba\u03bf\u03c2')).toBe(true);
    expect(samePerson('\u0399\u0391\u039d', 'Ian')).toBe(true);
    expect(samePerson('security-l\u0435ad', 'Security-Lead')).toBe(true);
    expect(samePerson('alice', 'bob')).toBe(false);
    expect(samePerson('\u03bc\u03b1\u03c1\u03b9\u03b1', 'maria-b')).toBe(false);
  });

  it('keeps letters and digits of any script', () => {
    expect(personKey('José Núñez')).toBe('josenunez');
    // Cyrillic м, т and р read as m, t and p; й loses its breve, as é loses its accent.
    expect(personKey('Дмитрий')).toBe('дmиtpии');
    expect(personKey('李明 2')).toBe('李明2');
  });
});

describe('strings/showCodePoints', () => {
  it('quotes a name with every character outside printable ASCII as \\uXXXX', () => {
    expect(showCodePoints('security\u2010lead')).toBe('"security\\u2010lead"');
    expect(showCodePoints('security-l\u0435ad\u200b')).toBe('"security-l\\u0435ad\\u200B"');
    expect(showCodePoints('a\u{1d5ba}')).toBe('"a\\u{1D5BA}"');
    expect(showCodePoints('plain "name"')).toBe('"plain \\"name\\""');
  });
});
