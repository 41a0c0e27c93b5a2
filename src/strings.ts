/** String helpers: locale-independent comparisons (the same order on every machine, and far faster than localeCompare), and flat copies. */

/** Orders by UTF-16 code units. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders text with embedded numbers numerically: `/results/9` before `/results/10`. */
export function compareNatural(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i += 1) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    if (i % 2 === 1) return Number(x) - Number(y) || compareText(x, y);
    return compareText(x, y);
  }
  return pa.length - pb.length;
}

/**
 * Returns a flat copy of a string built by concatenation. A template literal makes a tree of cons
 * strings (32 bytes a node) that keeps every part alive; an identity kept for each of 100,000 findings
 * is then several times its length. Joining two slices builds one sequential string.
 */
export function flatString(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

/**
 * `encode`, remembered per distinct string, for the strings many records share (rule ids, titles,
 * paths, severities): each is encoded once, and equal strings get the same instance back. Bounded:
 * past `max` distinct strings, new ones are encoded each time and not kept, so a report of unique
 * strings cannot grow it without limit.
 */
export class TextMemo {
  private readonly known = new Map<string, string>();

  constructor(
    private readonly encode: (text: string) => string,
    private readonly max = 65_536,
  ) {}

  /** How many strings are remembered. */
  get size(): number {
    return this.known.size;
  }

  get(text: string): string {
    let encoded = this.known.get(text);
    if (encoded === undefined) {
      encoded = this.encode(text);
      if (this.known.size < this.max) this.known.set(text, encoded);
    }
    return encoded;
  }
}

/**
 * `::` at a line's start after what the Actions runner trims there: .NET's `Char.IsWhiteSpace`, which is
 * Unicode's separators (U+0020, the no-break spaces U+00A0 and U+202F, U+1680, U+2000-U+200A, U+205F,
 * U+3000, the line and paragraph separators U+2028 and U+2029) and the controls \t \n \v \f \r and
 * U+0085; not JavaScript's `\s`, which adds U+FEFF. `^` also matches after \r, U+2028 and U+2029.
 */
const COMMAND_START = /^([\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*)::/gm;

/**
 * Text for a CI log, with no line that a runner reads as a workflow command. GitHub Actions takes a
 * line that starts with `::` once white space is trimmed (`::error::`, `::add-mask::`,
 * `::stop-commands::`; any Unicode white space, a no-break space or an ideographic space included), and
 * its legacy parser takes `##[` anywhere in a line (`x ##[error]y`). Reports are attacker-controlled: a
 * rule id or a file name with a line break in it could forge an annotation or silence shipgate's own.
 * Such a `::` gets a word joiner (U+2060, invisible) in front, which the runner does not trim, and every
 * `##[` one between `##` and `[`. shipgate's own commands go through `@actions/core`, never through this
 * text.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text.replace(COMMAND_START, '$1\u2060::').replace(/##\[/g, '##\u2060[');
}

/**
 * Untrusted text (a report's values reach warnings, errors and progress lines) for a terminal or a CI
 * log: no terminal control sequence, no carriage return that would overwrite a line, and no line a CI
 * runner reads as a workflow command. Line breaks stay: messages may list problems one per line.
 */
export function forLog(text: string): string {
  return neutralizeWorkflowCommands(
    // eslint-disable-next-line no-control-regex
    text.replace(/\r(?!\n)/g, '?').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '?'),
  );
}

/**
 * What shows nothing: white space, format characters (\p{Cf}: zero-width space U+200B, joiners
 * U+200C-U+200D, word joiner U+2060, byte order mark U+FEFF, bidirectional marks, soft hyphen, tags)
 * and the other characters Unicode says a renderer may ignore (\p{Default_Ignorable_Code_Point}: the
 * Hangul fillers U+3164 and U+FFA0, which are letters, variation selectors, the combining grapheme
 * joiner).
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Whether text names something a person can read: once white space and invisible characters are
 * removed, a letter or digit remains. `alice` and `fix in 1.2` have meaningful text; `\u200B`, `-`,
 * `**` and ` \u2060 ` have none (a register or exception with such an owner names nobody, and such a
 * plan or reason says nothing). `trim()` and `\S` keep U+200B and U+2060, so they are no test of this.
 */
export function meaningfulText(value: string | undefined | null): boolean {
  return typeof value === 'string' && /[\p{L}\p{N}]/u.test(value.replace(INVISIBLE, ''));
}

/**
 * Words that stand where a name or a plan should be: `TBD`, `N/A`, `none`, `unassigned`, `to be
 * determined`, `pending`... compared by their letters and digits alone (case, white space, invisible
 * characters and punctuation aside: `T.B.D.`, `n / a`, `No-one` and `ＴＢＤ` are placeholders). A
 * register row or an exception with such an owner names nobody, and such a plan or reason says nothing.
 */
const PLACEHOLDERS = new Set([
  'tbd',
  'tba',
  'tbc',
  'todo',
  'fixme',
  'na',
  'none',
  'nobody',
  'noone',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'undecided',
  'fixme',
  'unknown',
  'unassigned',
  'unowned',
  'pending',
  'notassigned',
  'notapplicable',
  'notavailable',
  'tobedetermined',
  'tobedecided',
  'tobeannounced',
  'tobeconfirmed',
  'tobeassigned',
  'null',
  'nil',
  'undefined',
  'placeholder',
  'xxx',
  // Nobody holds it, or nothing is decided (found by a review): no one is called these, and no plan says
  // only this.
  'wip',
  'unclaimed',
  'vacant',
  'orphaned',
  'unclear',
  'tobedone',
  'pendingreview',
]);

/**
 * Words that say nothing beside a placeholder, and nothing alone: `no owner`, `not yet assigned`,
 * `nobody yet`, `none yet`, `no plan`, `owner TBD`. Only negations, the names of the fields themselves
 * and the verbs of "to be determined": a word that could name a person or a step (`team`, `fix`,
 * `upgrade`, `op`, `fault`) is none of them, so `tbd-team`, `No-op: rotate key` and `Nobody's fault;
 * patch in 1.2` stay names and words.
 */
const FILLERS = new Set([
  'no',
  'not',
  'yet',
  'still',
  'currently',
  'to',
  'be',
  'is',
  // `will be assigned`: read as one word, so that `will` alone stays a name (see NAMED_WHEN).
  'willbe',
  'owner',
  'owners',
  'assignee',
  'name',
  'plan',
  'remediation',
  'reason',
  'control',
  'assigned',
  'owned',
  'determined',
  'decided',
  'announced',
  'confirmed',
  'known',
  'set',
  'given',
  'defined',
  'specified',
  'applicable',
  'available',
]);

/**
 * Bidirectional formatting characters (LRM, RLM, ALM, the embeddings, overrides and isolates): in a
 * title or path they can show text in another order than it has ("Trojan Source"). They are shown as
 * U+FFFD, so that the reader sees something is there.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Words of when, which say nothing of who or how (`TBD later`, `N/A for now`, `Nobody at the moment`,
 * `to do: assign`, and alone: `later`, `for now`, `assign later`): fillers, but for NAMED_WHEN.
 */
const WHEN = new Set(['later', 'soon', 'now', 'for', 'at', 'the', 'moment', 'this', 'time', 'will', 'assign']);

/**
 * The words of when that are also names (`Will`, `Will Smith`, `Will Still`, `Soon-Yi`): fillers only
 * after a placeholder or another filler (`TBD will`, `TBA soon`), never first. A word that could name
 * a person is no filler on its own.
 */
const NAMED_WHEN = new Set(['will', 'soon']);

/** The placeholders, the filler words and the words of when. */
const LISTED = new Set([...PLACEHOLDERS, ...FILLERS, ...WHEN]);

/** The longest listed word, in letters: a run of words longer than it spells no listed word. */
const LONGEST_LISTED = Math.max(...[...LISTED].map((word) => word.length));

/** What shows nothing and is not white space: removed inside a word (`t\u200Bbd` is `tbd`). */
const INVISIBLE_IN_WORD = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** In placeholderText: no word yet (where `will` and `soon` are names, not fillers). */
const NOTHING_YET = 1;

/** In placeholderText: the words so far fall into listed words, a placeholder or a filler among them. */
const SAID = 2;

/**
 * Whether the text says nothing but placeholders: its words (runs of letters and digits, NFKC, lower
 * case, invisible characters removed) fall into runs of neighbours that each spell a placeholder, a
 * filler word or a word of when (see PLACEHOLDERS, FILLERS and WHEN): `for now` and `assign later`
 * say nothing of who or how. `will` and `soon`, which are names too, count only after a placeholder, a
 * filler or another word of when (`Will`, `Will Still` are names; `TBA soon` is a placeholder). Neighbours join because punctuation and spaces
 * split one placeholder (`T.B.D.`, `N/A`, `No-one`, `to be determined`) as well as separate two (`TBD
 * TBD`, `TBD / N/A`, `no owner`, `not yet assigned`). Words are never cut, so a name that only starts
 * or ends like one (`Tobe`, `Nona`) is no placeholder, and one word that is neither (`team`, `fix`)
 * makes the text a name or words.
 */
export function placeholderText(value: string | undefined | null): boolean {
  if (typeof value !== 'string') return false;
  const words = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE_IN_WORD, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return false;
  // spelt[i]: whether the first i words fall into runs that each spell a listed word: SAID when they do,
  // NOTHING_YET for no word, 0 when they do not. A run is at most LONGEST_LISTED letters, so each word
  // costs a few steps, and
  // once that many words in a row end no run, none later can: a long plan is read only that far.
  const spelt = [NOTHING_YET];
  let lastSpelt = 0;
  for (let end = 1; end <= words.length; end += 1) {
    if (end - lastSpelt > LONGEST_LISTED) return false;
    let run = '';
    let ways = 0;
    for (let start = end - 1; start >= 0 && ways !== SAID; start -= 1) {
      run = (words[start] as string) + run;
      if (run.length > LONGEST_LISTED) break;
      const before = spelt[start] as number;
      if (before === 0) continue;
      if (NAMED_WHEN.has(run)) ways |= before & SAID;
      else if (PLACEHOLDERS.has(run) || FILLERS.has(run) || WHEN.has(run)) ways |= SAID;
    }
    spelt.push(ways);
    if (ways !== 0) lastSpelt = end;
  }
  return ((spelt[words.length] as number) & SAID) !== 0;
}

/** Text that names someone or says something: meaningful (see meaningfulText), and not a placeholder. */
export function namesSomething(value: string | undefined | null): boolean {
  return meaningfulText(value) && !placeholderText(value);
}

/**
 * A name as compared with another to tell whether they are the same person (an exception's owner and
 * its approver): compatibility-normalized (NFKC: a full-width letter is the letter), without white space
 * or invisible characters, lower case. `security-lead\u200B` and ` Security-Lead` are `security-lead`.
 */
export function comparableName(value: string): string {
  return value.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

/**
 * Whether text holds a character that shows nothing and is not white space: a zero-width space, a
 * joiner, a byte order mark, a soft hyphen, a bidirectional mark, a variation selector, a Hangul filler,
 * a control character (what `comparableName` removes besides white space).
 */
export function hasInvisible(value: string): boolean {
  // Control characters too (U+0001, ESC, DEL, NEL, CSI...), which a browser shows as nothing; not the
  // tab and line breaks, which are white space.
  return /[\p{Cf}\p{Default_Ignorable_Code_Point}]|(?![\t\n\r])\p{Cc}/u.test(value);
}

/**
 * A value for a message, quoted as JSON, with invisible characters written as `\uXXXX` so that a
 * reader sees them: `"\u200B"`, not a pair of quotes that looks empty.
 */
export function showInvisible(value: string): string {
  return JSON.stringify(value).replace(/(?![ ])[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, escapeCodePoint);
}

/** One character as a reader can see it in a message: `\u200B`, or `\u{E0041}` past the BMP. */
export function escapeCodePoint(c: string): string {
  const hex = (c.codePointAt(0) as number).toString(16).toUpperCase();
  return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * A value for a message as `show` writes each character (an escape, or the character), whole when that
 * is at most `max` characters long, else cut to `max - 3` and `...`, never inside a piece; a long value
 * is read only as far as it is shown. `count` is how many characters are shown.
 */
export function shownCut(
  value: string,
  show: (c: string) => string,
  max = 80,
): { text: string; count: number; cut: boolean } {
  const pieces: string[] = [];
  let length = 0;
  for (const c of value) {
    const piece = show(c);
    pieces.push(piece);
    length += piece.length;
    if (length > max) break;
  }
  if (length <= max) return { text: pieces.join(''), count: pieces.length, cut: false };
  let text = '';
  let count = 0;
  for (const piece of pieces) {
    if (text.length + piece.length > max - 3) break;
    text += piece;
    count += 1;
  }
  return { text: `${text}...`, count, cut: true };
}

/** Each character of `from` to the character at the same place in `to`. */
function characterMap(from: string, to: string): ReadonlyMap<string, string> {
  const targets = [...to];
  return new Map([...from].map((c, i) => [c, targets[i] as string]));
}

/** The Cherokee capitals that look like a Latin letter, and those letters; their small letters look alike too. */
const CHEROKEE_CAPITALS =
  '\u13AA\u13F4\u13DF\u13A0\u13AC\u13C0\u13BB\u13A5\u13AB\u13E6\u13DE\u13B7\u13E2\u13A1\u13DA\u13A2\u13CC\u13D9\u13B3\u13A9\u13C3';
const CHEROKEE_LATIN = 'abcdeghijklmprstuvwyz';

/**
 * Capitals of other scripts that look like a Latin letter, to that letter in lower case. Read before
 * lower-casing: Greek `Ν` looks like `N`, but its lower case `ν` looks like `v`.
 */
const LOOK_ALIKE_CAPITALS = characterMap(
  // Cyrillic А В Е К М Н О Р С Т У Х Ѕ І Ј Һ Ӏ Ү Ԁ Ԛ Ԝ, Greek Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ, then the
  // Cherokee capitals Ꭺ Ᏼ Ꮯ Ꭰ Ꭼ Ꮐ Ꮋ Ꭵ Ꭻ Ꮶ Ꮮ Ꮇ Ꮲ Ꭱ Ꮪ Ꭲ Ꮜ Ꮩ Ꮃ Ꭹ Ꮓ (`ᏚᎬᏟᏌᎡᎥᎢᎩ`)
  '\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0423\u0425\u0405\u0406\u0408\u04BA\u04C0\u04AE\u0500\u051A\u051C' +
    '\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7' +
    CHEROKEE_CAPITALS,
  'abekmhopctyxsijhlydqw' + 'abezhikmnoptyx' + CHEROKEE_LATIN,
);

/** Small letters of other scripts (and Latin variants NFKD keeps) that look like a Latin small letter. */
const LOOK_ALIKE_SMALL = characterMap(
  // Cyrillic а в е к м н о р с т у х ѕ і ј һ ӏ ү ԁ ԛ ԝ, Greek α γ ε η ι κ ν ο ρ τ υ χ ω, then Latin
  // dotless ı and ȷ, script ɑ and ɡ, iota ɩ, then the Latin small capitals ᴀ ʙ ᴄ ᴅ ᴇ ꜰ ɢ ʜ ɪ ᴊ ᴋ ʟ ᴍ ɴ
  // ᴏ ᴘ ꞯ ʀ ꜱ ᴛ ᴜ ᴠ ᴡ ʏ ᴢ (`ꜱᴇᴄᴜʀɪᴛʏ-ʟᴇᴀᴅ`), which have no upper case and which NFKD keeps
  '\u0430\u0432\u0435\u043A\u043C\u043D\u043E\u0440\u0441\u0442\u0443\u0445\u0455\u0456\u0458\u04BB\u04CF\u04AF\u0501\u051B\u051D' +
    '\u03B1\u03B3\u03B5\u03B7\u03B9\u03BA\u03BD\u03BF\u03C1\u03C4\u03C5\u03C7\u03C9' +
    '\u0131\u0237\u0251\u0261\u0269' +
    '\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D\u0274' +
    '\u1D0F\u1D18\uA7AF\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21\u028F\u1D22' +
    // the Lisu letters, which have no case and look like Latin capitals: ꓐ ꓑ ꓓ ꓔ ꓖ ꓗ ꓙ ꓚ ꓜ ꓝ ꓟ ꓠ ꓡ
    // ꓢ ꓣ ꓦ ꓧ ꓪ ꓫ ꓬ ꓮ ꓰ ꓲ ꓳ ꓴ (`ꓢꓰꓚꓴꓣꓲꓔꓬ`)
    '\uA4D0\uA4D1\uA4D3\uA4D4\uA4D6\uA4D7\uA4D9\uA4DA\uA4DC\uA4DD\uA4DF\uA4E0\uA4E1' +
    '\uA4E2\uA4E3\uA4E6\uA4E7\uA4EA\uA4EB\uA4EC\uA4EE\uA4F0\uA4F2\uA4F3\uA4F4' +
    // and the Cherokee small letters (`ꮪꭼꮯ`), which lower case makes of the capitals above
    CHEROKEE_CAPITALS.toLowerCase(),
  'abekmhopctyxsijhlydqw' +
    'ayenikvoptuxw' +
    'ijagi' +
    'abcdefghijklmnopqrstuvwyz' +
    'bpdtgkjczfmnlsrvhwxyaeiou' +
    CHEROKEE_LATIN,
);

const LOOK_ALIKE_CAPITAL = new RegExp(`[${[...LOOK_ALIKE_CAPITALS.keys()].join('')}]`, 'gu');
const LOOK_ALIKE_LETTER = new RegExp(`[${[...LOOK_ALIKE_SMALL.keys()].join('')}]`, 'gu');

/**
 * A person's name reduced to what a reader tells apart, to decide whether two names are one person (an
 * exception's owner and its approver): compatibility-decomposed (NFKD: a full-width letter is the
 * letter), without combining marks (`é` is `e`), invisible characters, white space or punctuation
 * (`security‐lead`, `security_lead` and `security-lead.` are `securitylead`), lower case, and with the
 * Cyrillic and Greek letters and the Latin small capitals that look like a Latin letter read as it
 * (`security-lеad` with a Cyrillic `е`), bars read as `l`, and letters that look like a dash dropped
 * after a letter of another script.
 * Only letters and digits remain. Two names with one key are one person. The look-alike table is small,
 * so keys that differ do not prove two people; it errs on the side of one person, the safe side for an
 * approval.
 */
export function personKey(name: string, capitalsFirst = true, capitalIAsL = false): string {
  const decomposed = name.normalize('NFKD').replace(ACCENTS, '').replace(INVISIBLE, '');
  // A capital I looks like a small l (`security-Iead`); read so in a key of its own (see keysOf), as
  // reading every i as l would make `Neil` and `Neli` one person, and only between small letters, where
  // an l could stand: at the start of a name (`Ian`, `Lan`) or among capitals (`NEIL`) it is an I.
  const bare = capitalIAsL ? decomposed.replace(CAPITAL_I_FOR_L, 'l') : decomposed;
  return (capitalsFirst ? bare.replace(LOOK_ALIKE_CAPITAL, (c) => LOOK_ALIKE_CAPITALS.get(c) as string) : bare)
    .toLowerCase()
    .replace(LOOK_ALIKE_LETTER, (c) => LOOK_ALIKE_SMALL.get(c) as string)
    .replace(VERTICAL_BAR, 'l')
    .replace(BAR_LETTER, 'l')
    .replace(DASH_LETTER, '')
    .replace(/[^\p{L}\p{M}\p{N}]|[\u0640\u07FA\u02B9-\u02BF\u02C6-\u02D1\uA4F8-\uA4FF\uA78F\u1427]/gu, '');
}
// (The last class: the Arabic tatweel and N'Ko's, which only stretch a letter, and modifier letters and
// Lisu and Canadian letters that look like punctuation, `ʼ` `ʻ` `ˍ` `ː` `ꓸ` `ꞏ`: dropped as it is.)

/** A capital I (Latin, Cyrillic, Greek, Lisu) between small letters, optionally after punctuation. */
const CAPITAL_I_FOR_L = /(?<=\p{Ll}\p{M}*\p{P}?)[I\u0406\u0399\uA4F2](?=\p{Ll})/gu;

/** Vertical bars, which look like an l (`security-|ead`), read as one rather than dropped as punctuation. */
const VERTICAL_BAR = /[|\u01C0\u05C0\u2223\u2502\u2503\u2758\u23D0\u16C1]/gu;

/** The scripts whose letters look like a dash or a bar (below), where they are letters of a name. */
const OWN_SCRIPTS =
  '\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Bopomofo}\\p{Script=Canadian_Aboriginal}';
const DASHES = '\u4E00\u1173\u3161\u3127\u30FC\u1428';
const BARS = '\u4E28\u1175\u3163';

/**
 * `chars` where they stand after a letter or digit of another script (marks, punctuation and other such
 * letters between): `securityーlead`, `security一一lead`. After a letter of their own script
 * (`マリー`, Marie, is not `マリ`, Mari; `ポール` with its mark), or at the start of a name or word
 * (`一花`), they are letters of the name.
 */
function afterOtherScript(chars: string): RegExp {
  const between = `[\\p{P}\\p{S}${DASHES}${BARS}]*`;
  return new RegExp(
    `(?<=[\\p{L}\\p{N}]\\p{M}*${between})(?<!(?![${DASHES}${BARS}])[${OWN_SCRIPTS}]\\p{M}*${between})[${chars}]`,
    'gu',
  );
}

/**
 * Letters that look like a dash: the CJK `一` (one), Hangul `ㅡ` (as NFKD writes it), Bopomofo `ㄧ`, the
 * katakana prolonged sound mark `ー` (half-width `ｰ` too) and Canadian `ᐨ`: dropped as the dashes are,
 * after a letter of another script.
 */
const DASH_LETTER = afterOtherScript(DASHES);

/** Letters that look like a bar or an l: CJK `丨`, Hangul `ㅣ` (both forms): read as `l`, after a letter of another script. */
const BAR_LETTER = afterOtherScript(BARS);

/**
 * Combining marks that accent a letter (the combining diacritical blocks): `é` is `e`. Marks of other
 * scripts are kept, as they make another sound: Japanese `ゲ` (Ge) is not `ケ` (Ke), Hindi `रमा` (Rama)
 * is not `राम` (Ram).
 */
// Each mark is matched on its own, on purpose: a range of combining marks is what is meant.
// eslint-disable-next-line no-misleading-character-class
const ACCENTS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/gu;

/** What ends a local part of an email address: `Alice <alice@example.com>`, `(alice@example.com)`. */
const NOT_LOCAL = `\\s<>()[\\]{}@,;:"'`;

/**
 * An email address (`security-lead@example.com`, `Alice <alice+sec@example.com>`), its local part
 * captured. It starts where a local part can (the lookbehind), so a long word without `@` is read once,
 * not once from each of its letters.
 */
const EMAIL = new RegExp(`(?<![^${NOT_LOCAL}])([^${NOT_LOCAL}]+)@[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*`, 'gu');

/** An email address with a quoted local part (`"security-lead"@example.com`), the local part captured. */
const QUOTED_EMAIL = /"([^"@]+)"@[\p{L}\p{N}][\p{L}\p{N}.-]*/gu;

/**
 * An email address spelt out against address harvesters (`security-lead at example.com`, `alice [at]
 * example [dot] com`), its local part captured. The domain needs a dot, so that `Nobody at the moment`
 * and `alice at acme` are no address.
 */
const SPELT_EMAIL = new RegExp(
  `(?<![^${NOT_LOCAL}])([^${NOT_LOCAL}]+)(?:\\s+at\\s+|\\s*[[({]at[\\])}]\\s*)[\\p{L}\\p{N}][\\p{L}\\p{N}-]*` +
    `(?:(?:\\s*\\.\\s*|\\s+dot\\s+|\\s*[[({]dot[\\])}]\\s*)[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)+`,
  'giu',
);

/** A GitHub @handle (`@security-lead`, `@acme/security`), not the @ of an email address. */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}][\p{L}\p{N}_/-]*)/gu;

/**
 * A GitHub profile or team address (`https://github.com/security-lead`, `github.com/security-lead`,
 * `github.com/orgs/acme/teams/security-lead`): its first path segments captured.
 */
const GITHUB_URL =
  /(?<![\p{L}\p{N}.-])(?:https?:\/\/)?(?:www\.)?github\.com\/+([^\s/?#<>()[\]{}"',;]+)(?:\/+([^\s/?#<>()[\]{}"',;]+)(?:\/+([^\s/?#<>()[\]{}"',;]+)(?:\/+([^\s/?#<>()[\]{}"',;]+))?)?)?/giu;

/**
 * What separates the names of a list and a name in brackets or quotes from the text around it: `alice,
 * bob`, `alice and bob`, `Security Lead (security-lead)`, `[security-lead]`, `'security-lead'`, `Owner:
 * alice`, `acme/security-lead`, `alice - on call`, a line break or a bullet (`alice • bob`, a YAML block
 * of one name a line). The commas and full stops of other scripts are LIST_PUNCTUATION. An apostrophe inside a word (`O'Brien`) is none.
 */
const NAME_SEPARATOR =
  /[,;:|&+/\\=@()[\]{}<>"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a`\n\r\u0085\u2028\u2029\u00b7\u2022\u2023\u2043\u25e6\u30fb]|\s[-\u2010-\u2015]+\s|\s(?:and|or)\s|(?<![\p{L}\p{M}\p{N}])['\u2018\u2019]|['\u2018\u2019](?![\p{L}\p{M}\p{N}])/iu;

/**
 * The commas and full stops of other scripts (`田中、alice`, Arabic `،`, Japanese `。`): they may
 * separate the names of a list, or sit inside one name (`yamada。taro`, as a Japanese keyboard types
 * `yamada.taro`; `山田、太郎`), so a text is read both ways: split at them, and not.
 */
const LIST_PUNCTUATION = /[\u3001\u3002\uff0c\uff1b\uff61\uff64\u060c\u061b]/u;

/** A name's person keys, read with look-alike capitals mapped before lower case and after it (see personKey). */
function keysOf(name: string): string[] {
  return READINGS.map(([capitalsFirst, capitalIAsL]) => personKey(name, capitalsFirst, capitalIAsL));
}

/** The readings of a name (see personKey): look-alike capitals before lower case or after it; a capital I as an l. */
const READINGS: readonly (readonly [boolean, boolean])[] = [
  [true, false],
  [false, false],
  [true, true],
];

/** One name a person's entry gives, by its person key. */
interface NameToken {
  key: string;
  /**
   * `whole`: the entry, or what remains of it once its addresses are taken out; `address`: an email
   * address's local part, an @handle or a GitHub address's user or team; `part`: a name of a list in
   * it, or in brackets or quotes.
   */
  kind: 'whole' | 'address' | 'part';
  /**
   * One word of letters alone (`will`, `security`, `alice`): the person only as a name of its own,
   * never as a word of a longer one (`Will Smith`, `Security Team`), where it may be anyone's.
   */
  oneWord: boolean;
}

/** The names a person's entry gives (see namesOf), and the words of its parts. */
interface NameParts {
  tokens: NameToken[];
  /** For each reading of capitals (see keysOf), the person keys of the words of each part, in order. */
  words: string[][][];
}

/**
 * The names a person's entry gives: the whole text; the local part of each email address in it
 * (`security-lead@example.com`, `"security-lead"@example.com`, `security-lead at example.com`), each
 * @handle, with a team's slug (`@acme/security-lead` is `security-lead` too), and the user or team of
 * a GitHub address (`https://github.com/security-lead`); what remains once the addresses are taken out
 * (`Alice Smith` of `Alice Smith <alice@example.com>`); and its parts, each name of a list in it or in
 * brackets or quotes (`alice` and `bob` of `alice, bob`, `security-lead` of `Security Lead
 * (security-lead)`, `[security-lead]` or `acme/security-lead`), with their words.
 */
function namesOf(name: string): NameParts {
  const text = name.normalize('NFKC').replace(INVISIBLE_IN_WORD, '');
  const tokens: NameToken[] = [];
  const add = (part: string, kind: NameToken['kind']): void => {
    const oneWord = /^[\p{L}\p{M}]+$/u.test(part.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, ''));
    // A part that reduces to nothing (the rest of a bare address) names nobody.
    for (const key of new Set(keysOf(part))) if (key !== '') tokens.push({ key, kind, oneWord });
  };
  add(name, 'whole');
  for (const m of text.matchAll(GITHUB_URL)) {
    // github.com/orgs/acme/teams/security-lead is the team security-lead; github.com/acme/repo is acme.
    // The address stays in the text, so that its path is read as a list below, as any address's is.
    const [, first, , third, fourth] = m;
    if (first?.toLowerCase() !== 'orgs') add(first as string, 'address');
    else if (third?.toLowerCase() === 'teams' && fourth !== undefined) add(fourth, 'address');
  }
  let rest = text;
  const takeOut = (pattern: RegExp, local: (m: RegExpMatchArray) => string[]): void => {
    for (const m of rest.matchAll(pattern)) for (const part of local(m)) add(part, 'address');
    rest = rest.replace(pattern, ',');
  };
  takeOut(QUOTED_EMAIL, (m) => [m[1] as string]);
  // Without a `+tag`: sub-addressing delivers `alice+sec@example.com` to `alice@example.com`.
  takeOut(EMAIL, (m) => [(m[1] as string).replace(/\+.*$/u, '')]);
  takeOut(SPELT_EMAIL, (m) => [m[1] as string]);
  takeOut(HANDLE, (m) => {
    const handle = m[1] as string;
    const slash = handle.lastIndexOf('/');
    return slash < 0 ? [handle] : [handle, handle.slice(slash + 1)];
  });
  if (rest !== text) add(rest, 'whole');
  const whole = rest.split(NAME_SEPARATOR);
  const parts = [
    ...new Set([
      ...whole,
      ...whole.flatMap((part) => (LIST_PUNCTUATION.test(part) ? part.split(LIST_PUNCTUATION) : [])),
    ]),
  ].filter((part) => meaningfulText(part));
  for (const part of parts) add(part, 'part');
  const wordsOf = (capitalsFirst: boolean, capitalIAsL: boolean): string[][] =>
    parts.map((part) =>
      part
        .split(/\s+/u)
        .map((word) => personKey(word, capitalsFirst, capitalIAsL))
        .filter((key) => key !== ''),
    );
  return { tokens, words: READINGS.map(([capitalsFirst, capitalIAsL]) => wordsOf(capitalsFirst, capitalIAsL)) };
}

/**
 * The longest name looked for among another's words, in letters and digits: a handle or a name is short
 * (an exception's owner and approver are at most 128 characters), and a longer one is compared whole
 * only, so that a long text is read in a time in proportion to its length.
 */
const LONGEST_SPELT = 128;

/**
 * How `a`'s names meet `b`'s, or undefined when they do not: one name of each with one key, one of the
 * two whole or an address (two parts alike, `Alice (Security)` and `Bob (Security)`, are no meeting);
 * or a whole name or address of `b` that is not one word of letters (see NameToken) spelt by whole words
 * in a row of one of `a`'s parts (the handle `security-lead` in `ask security-lead`, `Security Lead` in
 * `Security Lead team`). `address` when an address is one of the names that meet.
 */
function namesMeet(a: NameParts, b: NameParts): 'address' | 'part' | undefined {
  let met: 'address' | 'part' | undefined;
  const meet = (address: boolean): void => {
    met = address ? 'address' : (met ?? 'part');
  };
  // By key: whether a's names with it include a whole one or an address, and an address.
  const ofA = new Map<string, { main: boolean; address: boolean }>();
  for (const token of a.tokens) {
    const known = ofA.get(token.key) ?? { main: false, address: false };
    ofA.set(token.key, {
      main: known.main || token.kind !== 'part',
      address: known.address || token.kind === 'address',
    });
  }
  const spelt = new Map<string, boolean>();
  for (const token of b.tokens) {
    const known = ofA.get(token.key);
    if (known !== undefined && (known.main || token.kind !== 'part')) meet(known.address || token.kind === 'address');
    if (token.kind !== 'part' && !token.oneWord && token.key.length <= LONGEST_SPELT)
      spelt.set(token.key, spelt.get(token.key) === true || token.kind === 'address');
  }
  if (spelt.size === 0) return met;
  const longest = Math.max(...[...spelt.keys()].map((key) => key.length));
  for (const parts of a.words)
    for (const words of parts)
      for (let start = 0; start < words.length; start += 1) {
        let run = '';
        for (let end = start; end < words.length && run.length < longest; end += 1) {
          run += words[end] as string;
          const address = spelt.get(run);
          if (address !== undefined) meet(address);
        }
      }
  return met;
}

/**
 * How two names are one person, for an exception's owner and approver, or undefined when they are two:
 * `name` when their person keys agree, read with look-alike capitals mapped before lower case (Greek
 * `Ν` looks like `N`) or after it (so that names differing only in case, `ΜΑΡΙΑ` and `μαρια`, agree
 * too); `address` when one's email address, @handle or GitHub address is the other's name or one of its
 * names (see namesOf), or two addresses share a local part (`security-lead@example.com` and
 * `security-lead`; `@alice` and `alice@example.com`; `https://github.com/security-lead` and
 * `security-lead`); `part` when one is a name of the other's list, brackets or quotes (`alice` and `bob,
 * alice`; `security-lead` and `Security Lead (security-lead)`), or is spelt by whole words of it
 * (`security-lead` and `ask security-lead`). A name of one word of letters alone (`will`, `security`)
 * is matched as a name of its own only: `Will Smith` and `will`, `Security Team` and `security` stay
 * two, as such a word may be anyone's. Sharing a local part at two domains errs on the side of one
 * person, the safe side for an approval.
 */
export function samePersonBy(a: string, b: string): 'name' | 'address' | 'part' | undefined {
  const keysA = new Set(keysOf(a));
  if (keysOf(b).some((key) => keysA.has(key))) return 'name';
  const namesA = namesOf(a);
  const namesB = namesOf(b);
  const ab = namesMeet(namesA, namesB);
  if (ab === 'address') return ab;
  return namesMeet(namesB, namesA) ?? ab;
}

/** Whether two names are one person, for an exception's owner and approver (see samePersonBy). */
export function samePerson(a: string, b: string): boolean {
  return samePersonBy(a, b) !== undefined;
}

/**
 * A value for a message, quoted as JSON, with every character outside printable ASCII written as
 * `\uXXXX`: names that look the same (`security‐lead` with U+2010, `security-lеad` with a Cyrillic `е`)
 * read differently.
 */
export function showCodePoints(value: string): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/gu, escapeCodePoint);
}

/**
 * A count as the command line and the Action take one: decimal digits only (no `0x10`, `1e3`, `1.0`,
 * sign or spaces, which `Number` would read), a safe integer above 0; undefined otherwise.
 */
export function positiveWholeNumber(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an argument,
 * and V8 overflows the stack past about 120,000 of them (a report's findings, a gate's conditions).
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
