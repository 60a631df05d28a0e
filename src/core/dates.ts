// Dates the text gives: "July 22, 2023", "22 July 2023", "22nd July", "2023-07-22", "on July 22",
// and weekday/relative forms ("on Friday", "last Thursday", "yesterday") resolved only against a
// date the text itself carries (a dateline), never against the clock.

export interface DateHit {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when the year is unknown and could not be resolved. */
  iso: string | null;
  year: number | null;
  month: number;
  day: number;
  /** Relative forms resolved against the dateline. */
  relative?: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  // es / pt / fr / de / it
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, janeiro: 1, fevereiro: 2, março: 3,
  maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12, janvier: 1,
  février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10,
  novembre: 11, décembre: 12, januar: 1, februar: 2, märz: 3, juni: 6, juli: 7, oktober: 10,
  dezember: 12, gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9,
  ottobre: 10, dicembre: 12,
  // ru (genitive)
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9,
  октября: 10, ноября: 11, декабря: 12,
  // tr
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9,
  ekim: 10, kasım: 11, aralık: 12,
  // hi
  जनवरी: 1, फरवरी: 2, फ़रवरी: 2, मार्च: 3, अप्रैल: 4, मई: 5, जून: 6, जुलाई: 7, अगस्त: 8, सितंबर: 9,
  सितम्बर: 9, अक्टूबर: 10, नवंबर: 11, नवम्बर: 11, दिसंबर: 12, दिसम्बर: 12,
}; // prettier-ignore

for (const k of Object.keys(MONTHS)) MONTHS[k.normalize('NFKC')] = MONTHS[k]!;

/** A month name (any language, lower-cased) — for the sentence splitter's "11. Juli". */
export function isMonthName(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(MONTHS, word);
}
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const W = '[^\\p{L}\\p{N}]';
// Month Day[, Year] | Day Month [Year] | YYYY-MM-DD | YYYY年M月D日 | YYYY년 M월 D일 | D.M.YYYY |
// ngày D/M[/YYYY] or ngày D tháng M [năm YYYY] (vi) | D/M/YYYY
/** Every date form; exported for the test that dateMatches finds exactly its matches. */
export const DATE_RE = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?<m1>${MONTH_ALT})\\.? (?<d1>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,? (?<y1>(?:19|20)\\d\\d))?`,
    `(?<![\\p{L}\\p{N}])(?<d2>\\d{1,2})(?:st|nd|rd|th|er|º|°)?(?:\\.| de| of)? (?<m2>${MONTH_ALT})(?:,? (?:de |del )?(?<y2>(?:19|20)\\d\\d))?(?=${W}|$)`,
    `(?<![\\d])(?<y3>(?:19|20)\\d\\d)-(?<mo3>\\d\\d)-(?<d3>\\d\\d)(?!\\d)`,
    `(?<y4>(?:19|20)\\d\\d) ?[年년] ?(?<mo4>\\d{1,2}) ?[月월] ?(?<d4>\\d{1,2}) ?[日일]`,
    `(?<mo5>\\d{1,2}) ?[月월] ?(?<d5>\\d{1,2}) ?[日일]`,
    `(?<![\\d.])(?<d6>\\d{1,2})\\.(?<mo6>\\d{1,2})\\.(?<y6>(?:19|20)\\d\\d)(?![\\d])`,
    `(?<![\\p{L}\\p{N}])ngày (?<d8>\\d{1,2})(?:/| tháng )(?<mo8>\\d{1,2})(?![\\d])(?:(?:/| năm )(?<y8>(?:19|20)\\d\\d))?(?![\\d/])`,
    `(?<![\\d/.])(?<d7>\\d{1,2})/(?<mo7>\\d{1,2})/(?<y7>(?:19|20)\\d\\d)(?![\\d/])`,
  ].join('|'),
  'giu',
);
// The same pattern, tried only where a date can start (see dateCanStart): sticky, so each try
// matches at that position or fails there.
const DATE_AT = new RegExp(DATE_RE.source, 'iuy');

// \p{L}\p{N} per UTF-16 unit (BMP, surrogates excluded), computed on first sight.
const letterOrNumber = new Uint8Array(65536);
function isLetterOrNumber(code: number): boolean {
  let v = letterOrNumber[code]!;
  if (v === 0) {
    v = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 2 : 1;
    letterOrNumber[code] = v;
  }
  return v === 2;
}

/** ASCII month names (lower case): a word of ASCII letters can start a date only if it is one. */
const ASCII_MONTHS = new Set(Object.keys(MONTHS).filter((k) => /^[a-z]+$/.test(k)));
/** Their first three letters as one number, to test a word without slicing it. */
const MONTH_HEADS = new Set([...ASCII_MONTHS].map((k) => head3(k, 0)));
function head3(s: string, i: number): number {
  return (
    ((s.charCodeAt(i) | 32) << 16) | ((s.charCodeAt(i + 1) | 32) << 8) | (s.charCodeAt(i + 2) | 32)
  );
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * After the digits of a day or month: a suffix, dot, slash (D/M/YYYY), space, "de"/"of" or a CJK
 * unit may follow.
 */
function dayFollower(c: number): boolean {
  if (c >= 65 && c <= 90) c += 32;
  return (
    c === 115 ||
    c === 110 ||
    c === 114 ||
    c === 116 ||
    c === 101 ||
    c === 46 ||
    c === 47 ||
    c === 32 ||
    c > 127
  );
}

/**
 * Can DATE_RE match at i? A superset, never a miss: a date starts with a digit or, after a
 * non-letter, with a month name, which is followed by "." or " " (a word of ASCII letters must be
 * a month name; a word with other characters is let through). A digit must be followed (after one
 * or two digits) by something a day/month can be followed by, or be a four-digit year followed by
 * "-", " " or a CJK year unit. Surrogates never start a date (month names and digits are BMP).
 */
function dateCanStart(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  if (isAsciiDigit(c)) {
    const c1 = lower.charCodeAt(i + 1);
    if (!isAsciiDigit(c1)) return dayFollower(c1);
    const c2 = lower.charCodeAt(i + 2);
    if (dayFollower(c2)) return true;
    if (!isAsciiDigit(c2) || !isAsciiDigit(lower.charCodeAt(i + 3))) return false;
    const c4 = lower.charCodeAt(i + 4);
    return c4 === 45 || c4 === 32 || c4 > 127;
  }
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  if (i > 0) {
    const p = lower.charCodeAt(i - 1);
    if (!(p >= 0xd800 && p <= 0xdfff) && isLetterOrNumber(p)) return false;
  }
  if (c >= 128) return true;
  let e = i + 1;
  const n = lower.length;
  for (; e < n && e - i < 12; e++) {
    const ce = lower.charCodeAt(e);
    if ((ce >= 65 && ce <= 90) || (ce >= 97 && ce <= 122)) continue;
    if (ce >= 128) return true;
    if (ce !== 46 && ce !== 32) return false;
    break;
  }
  if (e >= n || e - i >= 12 || e - i < 3 || !MONTH_HEADS.has(head3(lower, i))) return false;
  return ASCII_MONTHS.has(lower.slice(i, e).toLowerCase());
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
}; // prettier-ignore
const REL_RE =
  /(?<![\p{L}])(?:(?<last>last|this past|on|early on|late on|early|late) (?<wd>sunday|monday|tuesday|wednesday|thursday|friday|saturday)|(?<yd>yesterday|today|earlier today|gestern|hier|ayer|ontem|ieri|вчера|dün|hôm qua))(?![\p{L}])|(?<cy>昨日|昨天|어제)/giu;

/** A day of the month alone: "26日未明", "지난 20일", "先月20日" (not "5月26日", not "3日間"). */
const CJK_DAY_RE =
  /(?<![\d月월年년./-] ?)(?<prev>先月|上月|지난달 ?)?(?<d>\d{1,2}) ?[日일](?![\d간間天]|동안|あたり|当たり)/gu;

function valid(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y !== null && (y < 1990 || y > 2049)) return false;
  return true;
}

export function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The matches of `lower.matchAll(DATE_RE)`, trying the regex only where dateCanStart says a date
 * can start (the month alternation behind a Unicode lookbehind was 9% of a long read's profile).
 */
export function* dateMatches(lower: string): Generator<RegExpExecArray> {
  const n = lower.length;
  for (let i = 0; i < n;) {
    const c = lower.charCodeAt(i);
    // inside a word of ASCII letters: no date starts here
    if (
      ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) &&
      i > 0 &&
      isAsciiLetterOrDigit(lower.charCodeAt(i - 1))
    ) {
      i++;
      continue;
    }
    if (!dateCanStart(lower, i)) {
      i++;
      continue;
    }
    DATE_AT.lastIndex = i;
    const m = DATE_AT.exec(lower);
    if (!m) {
      i++;
      continue;
    }
    i += m[0].length;
    yield m;
  }
}

export function scanDates(lower: string): DateHit[] {
  const out: DateHit[] = [];
  for (const m of dateMatches(lower)) {
    const g = m.groups ?? {};
    let y: number | null = null;
    let mo = 0;
    let d = 0;
    if (g.m1) [mo, d, y] = [MONTHS[g.m1]!, Number(g.d1), g.y1 ? Number(g.y1) : null];
    else if (g.m2) [mo, d, y] = [MONTHS[g.m2]!, Number(g.d2), g.y2 ? Number(g.y2) : null];
    else if (g.y3) [y, mo, d] = [Number(g.y3), Number(g.mo3), Number(g.d3)];
    else if (g.y4) [y, mo, d] = [Number(g.y4), Number(g.mo4), Number(g.d4)];
    else if (g.mo5) [mo, d] = [Number(g.mo5), Number(g.d5)];
    else if (g.y6) [y, mo, d] = [Number(g.y6), Number(g.mo6), Number(g.d6)];
    else if (g.mo8) [mo, d, y] = [Number(g.mo8), Number(g.d8), g.y8 ? Number(g.y8) : null];
    else if (g.y7) {
      // day first, as outside the US; "12/25/2024" can only be month first
      [y, mo, d] = [Number(g.y7), Number(g.mo7), Number(g.d7)];
      if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    }
    if (!mo || !valid(y, mo, d)) continue;
    // "may 5" is a month; "may" as a verb is followed by a word, not a number, so it never matches
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      iso: y ? iso(y, mo, d) : null,
      year: y,
      month: mo,
      day: d,
    });
  }
  return out;
}

/** Relative dates ("on Friday", "yesterday") resolved against `anchor` (the text's own date). */
export function scanRelative(lower: string, anchor: string | null): DateHit[] {
  if (!anchor) return [];
  const base = new Date(`${anchor}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return [];
  const out: DateHit[] = [];
  for (const m of lower.matchAll(REL_RE)) {
    const g = m.groups ?? {};
    let days = 0;
    if (g.cy) days = 1;
    else if (g.yd) days = g.yd === 'today' || g.yd === 'earlier today' ? 0 : 1;
    else {
      const wd = WEEKDAYS[g.wd!]!;
      days = (base.getUTCDay() - wd + 7) % 7;
      if (days === 0 && g.last === 'last') days = 7;
    }
    const dt = new Date(base.getTime() - days * 86400000);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      iso: iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()),
      year: dt.getUTCFullYear(),
      month: dt.getUTCMonth() + 1,
      day: dt.getUTCDate(),
      relative: true,
    });
  }
  return out;
}

/**
 * A day of the month written alone in CJK text ("26日", "지난 20일"): the dateline's month, or the
 * month before when the day is later than the dateline's (or after "先月", "지난달").
 */
export function scanCjkDays(lower: string, anchor: string | null): DateHit[] {
  if (!anchor || !(lower.includes('日') || lower.includes('일'))) return [];
  const ay = Number(anchor.slice(0, 4));
  const am = Number(anchor.slice(5, 7));
  const ad = Number(anchor.slice(8, 10));
  const out: DateHit[] = [];
  for (const m of lower.matchAll(CJK_DAY_RE)) {
    const g = m.groups ?? {};
    const d = Number(g.d);
    if (d < 1 || d > 31) continue;
    let [y, mo] = [ay, am];
    if (g.prev || d > ad) [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
    out.push({
      start: m.index + (g.prev?.length ?? 0),
      end: m.index + m[0].length,
      iso: iso(y, mo, d),
      year: y,
      month: mo,
      day: d,
      relative: true,
    });
  }
  return out;
}

export interface MonthRef {
  start: number;
  end: number;
  month: number;
  year: number | null;
}

const MONTH_REF_RE = new RegExp(
  `(?<![\\p{L}])(?:in|since|during|from|last|early|late|mid-?|until|by|en|em|im|nel|ad|a)\\s+(?:early |late |mid-?)?(?<m>${MONTH_ALT})(?:,? (?<y>(?:19|20)\\d\\d))?(?![\\p{L}])`,
  'giu',
);

/** "in April", "since May 2024": month references without a day, for telling earlier incidents apart. */
export function scanMonthRefs(lower: string): MonthRef[] {
  const out: MonthRef[] = [];
  for (const m of lower.matchAll(MONTH_REF_RE)) {
    const g = m.groups ?? {};
    const month = MONTHS[g.m!];
    if (!month) continue;
    out.push({ start: m.index, end: m.index + m[0].length, month, year: g.y ? Number(g.y) : null });
  }
  return out;
}

/** Days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000;
}
