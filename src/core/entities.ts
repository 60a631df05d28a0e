// Candidate entities and the evidence for their roles: lexicon aliases, names read from theft
// patterns, country-only attributions and named individuals near arrest verbs. Each mention keeps
// the sentence it sits in; roles are decided later (roles.ts) from the evidence gathered here.
import type { Doc, CueHit } from './document';
import { has } from './document';
import { VICTIM_ORG_KINDS, type Lexicon, type OrgKind } from './lexicon';
import { matchLexicon } from './matcher';
import { cjkPlatformNames } from './cjk-names';
import { nameAfter, nameBefore, subjectBefore } from './names';
import type { NameSpan } from './names';
import { sentenceAt } from './sentences';
import { isWordChar } from './trie';
import { ACTOR_WORDS, COUNTRY_PATTERNS } from './vocabulary/countries';

export type CandKind = 'actor' | 'individual' | 'country' | 'org';

export interface CandMention {
  start: number;
  end: number;
  s: number;
  /** 'age': a follow-up's defendant introduced with an age ("James Zhong, 32,"). */
  via: 'lexicon' | 'pattern' | 'country' | 'arrest' | 'age' | 'repeat';
}

export interface Cand {
  key: string;
  kind: CandKind;
  name: string;
  entityId?: string;
  orgKind?: OrgKind;
  mentions: CandMention[];
  /** Direct victim patterns: [sentence index, reason]; weak = only named as "exchange X" in a theft sentence. */
  victimHits: { s: number; reason: string; weak?: boolean; noun?: boolean }[];
}

const VICTIM_KINDS = new Set<OrgKind | undefined>(VICTIM_ORG_KINDS);

export function victimLikeKind(k: OrgKind | undefined): boolean {
  return VICTIM_KINDS.has(k);
}

function contextOk(doc: Doc, s: number): boolean {
  for (let k = Math.max(0, s - 1); k <= Math.min(doc.sentences.length - 1, s + 1); k++) {
    if (
      has(doc, k, 'theft') ||
      has(doc, k, 'weak-theft') ||
      has(doc, k, 'crypto') ||
      has(doc, k, 'arrest')
    )
      return true;
  }
  return false;
}

/** Mention starts per candidate: O(1) duplicate checks. */
const mentionStarts = new WeakMap<Cand, Set<number>>();

function addMention(
  map: Map<string, Cand>,
  proto: Omit<Cand, 'mentions' | 'victimHits'>,
  m: CandMention,
): Cand {
  let c = map.get(proto.key);
  if (!c) {
    c = { ...proto, mentions: [], victimHits: [] };
    map.set(proto.key, c);
  }
  let starts = mentionStarts.get(c);
  if (!starts) mentionStarts.set(c, (starts = new Set()));
  const last = c.mentions[c.mentions.length - 1];
  if (!(last && last.start < m.end && m.start < last.end) && !starts.has(m.start)) {
    c.mentions.push(m);
    starts.add(m.start);
  }
  return c;
}

/** Which characters already belong to an entity mention: O(span) checks, not O(mentions). */
class Taken {
  private owner: Int32Array;
  private keys: string[] = [];
  constructor(length: number) {
    this.owner = new Int32Array(length + 1);
  }
  push(span: { start: number; end: number; key: string }): void {
    this.keys.push(span.key);
    const id = this.keys.length;
    for (let i = span.start; i < span.end && i < this.owner.length; i++) this.owner[i] = id;
  }
  find(s: number, e: number): string | undefined {
    for (let i = s; i < e && i < this.owner.length; i++) {
      const id = this.owner[i]!;
      if (id) return this.keys[id - 1];
    }
    return undefined;
  }
}

/** "A retiree in Ohio lost ...": a name after a preposition is not the subject of the verb. */
function afterPreposition<T extends { start: number }>(lower: string, span: T | null): T | null {
  if (!span) return null;
  const before = lower.slice(Math.max(0, span.start - 6), span.start);
  return /(^|\s)(in|at|from|of|near|for|with|to|by)\s$/.test(before) ? null : span;
}

/** "Ahmed exploited a flaw": a bare verb followed by its object is active voice, the name is the actor. */
const ACTIVE_NEXT =
  /^ (a|an|the|its|their|his|her|two|three|several|multiple|into|crypto|funds|over|more|about|\$|\d)/;
function activeVoice(lower: string, cueStart: number, cueEnd: number): boolean {
  const cue = lower.slice(cueStart, cueEnd);
  if (!/^(hacked|exploited|drained|breached|lost|suffered|targeted|attacked)$/.test(cue))
    return false;
  if (cue === 'lost' || cue === 'suffered') return false; // "X lost $5m", "X suffered an exploit": the victim
  return ACTIVE_NEXT.test(lower.slice(cueEnd, cueEnd + 12));
}

export function collectCandidates(
  doc: Doc,
  lexicon: Lexicon | undefined,
  amountSpans: { start: number; end: number }[] = [],
): Cand[] {
  const map = new Map<string, Cand>();
  const { n } = doc;
  const taken = new Taken(n.norm.length);

  // 1. lexicon aliases
  if (lexicon) {
    for (const h of matchLexicon(lexicon, n)) {
      const s = sentenceAt(doc.sentences, h.start);
      if (h.term.needsContext && !contextOk(doc, s)) continue;
      const kind: CandKind =
        h.term.type === 'organization'
          ? 'org'
          : h.term.type === 'individual'
            ? 'individual'
            : 'actor';
      const key = h.term.id;
      addMention(
        map,
        {
          key,
          kind,
          name: h.term.name,
          entityId: h.term.id,
          ...(h.term.orgKind ? { orgKind: h.term.orgKind } : {}),
        },
        { start: h.start, end: h.end, s, via: 'lexicon' },
      );
      taken.push({ start: h.start, end: h.end, key });
    }
  }

  // groups the lexicon does not know, named as such: "a hacking group calling itself Predatory
  // Sparrow", "Gonjeshke Darande claimed responsibility" (before the victim patterns: a group's
  // "we took" is a claim, not a victim's statement)
  collectNamedGroups(doc, map, taken);

  // surnames of known individuals ("Ahmed exploited ...") are the person, not a new name
  const surnames = new Set<string>();
  for (const c of map.values()) if (c.kind === 'individual') surnames.add(c.name.split(' ').pop()!);

  // 2. names next to victim patterns
  const patternNames = new Map<string, string>();
  const consider = (
    span: { start: number; end: number; name: string } | null,
    s: number,
    reason: string,
    weak = false,
    noun = false,
  ) => {
    if (!span) return;
    const tk = taken.find(span.start, span.end);
    let cand: Cand | undefined;
    if (tk !== undefined) {
      cand = map.get(tk);
      if (cand && cand.kind !== 'org') return; // an actor's name is not a victim
    } else {
      if (doc.headline === s && !bodyHas(doc, span.name)) return; // Title Case headlines mislead
      if (surnames.has(span.name)) return;
      const key = `name:${span.name.toLowerCase()}`;
      cand = addMention(
        map,
        { key, kind: 'org', name: span.name },
        { start: span.start, end: span.end, s, via: 'pattern' },
      );
      taken.push({ start: span.start, end: span.end, key });
      patternNames.set(key, span.name);
    }
    if (cand)
      cand.victimHits.push({ s, reason, ...(weak ? { weak } : {}), ...(noun ? { noun } : {}) });
  };
  for (let s = 0; s < doc.sentences.length; s++) {
    const se = doc.sentences[s]!;
    for (const cue of doc.cues[s]!) {
      if (cue.kind === 'victim-after' || cue.kind === 'theft-noun') {
        if (cue.kind === 'victim-after' && activeVoice(n.lower, cue.start, cue.end)) continue;
        const span = afterPreposition(n.lower, nameBefore(n.norm, cue.start, se.start));
        consider(
          span,
          s,
          `"${n.norm.slice(cue.start, cue.end)}" follows the name`,
          false,
          cue.kind === 'theft-noun',
        );
      } else if (cue.kind === 'victim-before') {
        const span = nameAfter(n.norm, cue.end, se.end);
        if (span && span.start - cue.end <= 45)
          consider(span, s, `the name follows "${n.norm.slice(cue.start, cue.end)}"`);
      }
    }
  }
  // "Rivo Labs says it lost $3 million", "X, which runs ..., said hackers had stolen ...": the subject
  // of a statement about its own theft (a pronoun for itself is strong, "hackers" weaker)
  for (let s = 0; s < Math.min(doc.sentences.length, doc.tail); s++) {
    const cues = doc.cues[s]!;
    if (!cues.some((c) => c.kind === 'theft' || c.kind === 'victim-after')) continue;
    const se = doc.sentences[s]!;
    const text = n.lower.slice(se.start, se.end);
    for (const m of text.matchAll(SAYS_OWN_THEFT)) {
      const verb = se.start + m.index + m[0].indexOf(m[1]!);
      const after = se.start + m.index + m[0].length;
      if (
        !cues.some((c) => c.start >= after - 1 && (c.kind === 'theft' || c.kind === 'victim-after'))
      )
        continue;
      const own = /^(it|its|we|our)$/.test(m[2]!);
      // "said it had taken $90 million": the speaker is the thief claiming the theft
      if (ACTIVE_CLAIM.test(n.lower.slice(after, after + 24))) continue;
      const span = afterPreposition(n.lower, subjectBefore(n.norm, verb, se.start));
      if (span) consider(span, s, `says ${own ? 'it was' : 'hackers'} robbed`, !own);
    }
  }

  // "crypto exchange Nexbit said ...": a platform named in a theft sentence near the top of the story
  const DESCRIPTOR =
    /\b(exchange|platform|protocol|bridge|wallet|processor|provider|lender|marketplace|project|startup|network|dex|casino|operator|custodian|corretora|plataforma|börse|plateforme|piattaforma|биржа|биржи)\s+(?=[A-Z0-9]|[a-z]{1,2}[A-Z])/g;
  const top = Math.max(doc.lead[1], doc.headline + 1) + 2;
  for (let s = 0; s < Math.min(top, doc.sentences.length); s++) {
    if (
      !doc.cues[s]!.some(
        (c) => c.kind === 'theft' || c.kind === 'weak-theft' || c.kind === 'victim-after',
      )
    )
      continue;
    const se = doc.sentences[s]!;
    const text = n.norm.slice(se.start, se.end);
    for (const m of text.matchAll(DESCRIPTOR)) {
      const from = se.start + m.index + m[0].length;
      const span = nameAfter(n.norm, from, se.end);
      if (span && span.start === from)
        consider(span, s, `named as the ${m[1]} in a theft sentence`, true);
    }
  }

  // CJK stories that write the platform only in katakana or hangul: "取引所大手のコインチェック",
  // "가상화폐 거래소 빗썸은" in a theft sentence of the story's top. A fallback: when the top names
  // a known platform in Latin letters, that is the name to show.
  const latinVictim = [...map.values()].some(
    (c) => victimLikeKind(c.orgKind) && c.mentions.some((m) => m.s < top),
  );
  for (let s = 0; s < Math.min(top, doc.sentences.length) && !latinVictim; s++) {
    if (!doc.cues[s]!.some((c) => c.kind === 'theft' || c.kind === 'victim-after')) continue;
    const se = doc.sentences[s]!;
    for (const { span, noun } of cjkPlatformNames(n.norm, se.start, se.end))
      consider(span, s, `named after "${noun}" in a theft sentence`, true);
  }

  // "<amount> from X" in a theft sentence: "took $3.6 million from Nirvana Finance"
  for (const a of amountSpans) {
    const s = sentenceAt(doc.sentences, a.start);
    const se = doc.sentences[s]!;
    if (
      !doc.cues[s]!.some(
        (c) => c.kind === 'theft' || c.kind === 'weak-theft' || c.kind === 'victim-after',
      )
    )
      continue;
    const m = /^(?: in [\p{L}-]+(?: [\p{L}-]+)?| worth of [\p{L}-]+| of [\p{L}-]+)? from /u.exec(
      n.norm.slice(a.end, a.end + 40),
    );
    if (!m) continue;
    // "stole $24 million from him in a SIM swap": a pronoun, not a name further on
    if (
      /^(him|her|them|it|me|us|you|his|their|its)\b/.test(
        n.lower.slice(a.end + m[0].length, a.end + m[0].length + 5),
      )
    )
      continue;
    const span = nameAfter(n.norm, a.end + m[0].length, se.end);
    if (span && span.start - (a.end + m[0].length) <= 50)
      consider(span, s, 'an amount was taken from it');
  }

  // the victim's own statement: "we have identified unauthorized access to one of our hot wallets",
  // signed "- DMM Bitcoin team" (or with the company in the headline): the speaker is the victim
  const fp = firstPersonTheft(doc);
  if (fp >= 0) {
    const reason = 'speaks of the theft in the first person';
    let signed = false;
    for (let s = doc.sentences.length - 1; s >= 0 && s >= doc.sentences.length - 12; s--) {
      const se = doc.sentences[s]!;
      if (se.end - se.start > 80) continue;
      const line = n.norm.slice(se.start, se.end);
      const m = SIGNATURE.exec(line) ?? SIGNATURE_TEAM_FIRST.exec(line);
      if (!m) continue;
      const start = se.start + m.index + m[1]!.length;
      // "Veltrix Security Team": the company, not its department
      const name = m[2]!.replace(DEPARTMENT, '');
      if (!/^[\p{Lu}\d]/u.test(name)) continue;
      const span = { start, end: start + name.length, name };
      const tk = taken.find(span.start, span.end);
      if (tk !== undefined) {
        const c = map.get(tk);
        if (c && c.kind === 'org') c.victimHits.push({ s: fp, reason });
      } else {
        const key = `name:${name.toLowerCase()}`;
        const c = addMention(
          map,
          { key, kind: 'org', name },
          { start: span.start, end: span.end, s, via: 'pattern' },
        );
        taken.push({ start: span.start, end: span.end, key });
        patternNames.set(key, name);
        c.victimHits.push({ s: fp, reason });
      }
      signed = true;
      break;
    }
    if (!signed && doc.headline >= 0)
      for (const c of map.values())
        if (c.kind === 'org' && c.mentions.some((m) => m.s === doc.headline))
          c.victimHits.push({ s: fp, reason });
  }

  // repeats of pattern names elsewhere in the text
  for (const [key, name] of patternNames) {
    if (name.length < 3) continue;
    const c = map.get(key)!;
    let from = 0;
    for (let guard = 0; guard < 200; guard++) {
      const i = n.norm.indexOf(name, from);
      if (i < 0) break;
      from = i + name.length;
      const before = i > 0 ? n.norm.charCodeAt(i - 1) : 32;
      const after = from < n.norm.length ? n.norm.charCodeAt(from) : 32;
      if (isWordChar(before) || isWordChar(after)) continue;
      if (taken.find(i, from) !== undefined) continue;
      addMention(map, c, { start: i, end: from, s: sentenceAt(doc.sentences, i), via: 'repeat' });
      taken.push({ start: i, end: from, key });
    }
  }

  // 3. country-only attributions
  collectCountries(doc, map, taken);
  // 4. named individuals near arrest verbs
  collectIndividuals(doc, map, taken);

  for (const c of map.values()) c.mentions.sort((a, b) => a.start - b.start);
  return [...map.values()];
}

/** "said on Saturday that it", "says hackers": a statement verb, a short time phrase, its subject. */
const SAYS_OWN_THEFT =
  /(?:^|\s)(said|says|announced|confirmed|confirms|disclosed|discloses|reported|reports|admitted|admits|revealed|reveals)(?: (?:on|late|early|in|last)(?: [a-z]+){1,2})?(?: that)? (it|its|we|our|hackers|attackers|an attacker|a hacker|an exploiter|thieves)\b/g;

const ACTIVE_CLAIM =
  /^ (had |has |have |would |will )?(stolen|stole|took|taken|drained|hacked|exploited|breached|seized|burned|burnt|moved|sent)\b/;

/** A signature line: "- DMM Bitcoin team", "The Orbitex Team". Bounded: the line is at most 80 chars. */
const SIGNATURE = /^(\s*(?:-+\s*)?(?:the\s+)?)([\p{L}\d][\p{L}\d.&' -]{0,40}?)\s+team\.?\s*$/iu;
const SIGNATURE_TEAM_FIRST = /^(\s*(?:-+\s*)?team\s+)([\p{L}\d][\p{L}\d.&' -]{0,40}?)\.?\s*$/iu;
const DEPARTMENT =
  /\s+(security|support|operations|engineering|communications|incident response|risk|compliance|core)$/i;
const FIRST_PERSON = /(^|[^\p{L}])([Ww]e|[Oo]ur|us|[Ww]e've|[Ww]e're)(?![\p{L}'])/u;

/** The first theft sentence (not the headline) in which the writer speaks as "we"/"our", or -1. */
function firstPersonTheft(doc: Doc): number {
  for (let s = 0; s < Math.min(doc.sentences.length, doc.tail); s++) {
    if (s === doc.headline) continue;
    if (!doc.cues[s]!.some((c) => c.kind === 'theft' || c.kind === 'weak-theft')) continue;
    const se = doc.sentences[s]!;
    const text = doc.n.norm.slice(se.start, se.end);
    // quoted speech is someone else's statement, reported by the writer
    if (text.includes('"') || / said| says| told/.test(text)) continue;
    if (FIRST_PERSON.test(text)) return s;
  }
  return -1;
}

function bodyHas(doc: Doc, name: string): boolean {
  const h = doc.sentences[doc.headline];
  const from = h ? h.end : 0;
  return doc.n.norm.indexOf(name, from) >= 0;
}

const GROUP_INTRO =
  /\b(?:(?:hacking|hacker|hacktivist|threat|cybercrime|criminal) (?:group|gang|collective|crew)|threat actor|group|gang|collective|crew|hackers) (?:calling (?:itself|themselves)|known as|dubbed|named|called|that calls itself) /g;
const GROUP_CLAIM =
  / (?:has |have |had )?(?:claimed responsibility|claims responsibility|took credit|takes credit)\b/g;

function collectNamedGroups(doc: Doc, map: Map<string, Cand>, taken: Taken): void {
  const { norm, lower } = doc.n;
  for (let s = 0; s < Math.min(doc.sentences.length, doc.tail); s++) {
    if (
      !doc.cues[s]!.some((c) => c.kind === 'theft' || c.kind === 'weak-theft' || c.kind === 'claim')
    )
      continue;
    const se = doc.sentences[s]!;
    const text = lower.slice(se.start, se.end);
    const spans: NameSpan[] = [];
    for (const m of text.matchAll(GROUP_INTRO)) {
      const from = se.start + m.index + m[0].length;
      const span = nameAfter(norm, from, se.end);
      if (span && span.start === from) spans.push(span);
    }
    for (const m of text.matchAll(GROUP_CLAIM)) {
      const span = nameBefore(norm, se.start + m.index, se.start);
      if (span) spans.push(span);
    }
    for (const span of spans) {
      if (taken.find(span.start, span.end) !== undefined) continue;
      const key = `group:${span.name.toLowerCase()}`;
      addMention(
        map,
        { key, kind: 'actor', name: span.name },
        { start: span.start, end: span.end, s, via: 'pattern' },
      );
      taken.push({ start: span.start, end: span.end, key });
      // later mentions of the same name
      let from = se.end;
      for (let guard = 0; guard < 100; guard++) {
        const i = norm.indexOf(span.name, from);
        if (i < 0) break;
        from = i + span.name.length;
        if ((i > 0 && isWordChar(norm.charCodeAt(i - 1))) || isWordChar(norm.charCodeAt(from)))
          continue;
        if (taken.find(i, from) !== undefined) continue;
        addMention(map, map.get(key)!, {
          start: i,
          end: from,
          s: sentenceAt(doc.sentences, i),
          via: 'repeat',
        });
        taken.push({ start: i, end: from, key });
      }
    }
  }
}

function collectCountries(doc: Doc, map: Map<string, Cand>, taken: Taken): void {
  const { lower } = doc.n;
  for (const p of COUNTRY_PATTERNS) {
    const prefix = p.phrase.endsWith('*');
    const phrase = prefix ? p.phrase.slice(0, -1) : p.phrase;
    let from = 0;
    for (let guard = 0; guard < 500; guard++) {
      const i = lower.indexOf(phrase, from);
      if (i < 0) break;
      let e = i + phrase.length;
      from = e;
      if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) continue;
      if (prefix) while (e < lower.length && isWordChar(lower.charCodeAt(e))) e++;
      else if (
        e < lower.length &&
        isWordChar(lower.charCodeAt(e)) &&
        isWordChar(lower.charCodeAt(e - 1))
      )
        continue;
      if (taken.find(i, e) !== undefined) continue;
      const s = sentenceAt(doc.sentences, i);
      let end = e;
      if (p.needsActor) {
        const rest = lower.slice(e, e + 40).replace(/^[\s-]+/, '');
        const w = ACTOR_WORDS.find(
          (a) =>
            rest.startsWith(a) || rest.replace(/^state-(sponsored|backed)\s+/, '').startsWith(a),
        );
        if (!w) continue;
      } else {
        const rest = lower.slice(e, e + 40);
        // "North Korea's Lazarus Group": the country qualifies a named group
        if (/^'s\s/.test(rest) || /^n\s/.test(rest)) end = e;
      }
      const key = `country:${p.code}`;
      addMention(
        map,
        { key, kind: 'country', name: p.country },
        { start: i, end, s, via: 'country' },
      );
      taken.push({ start: i, end, key });
    }
  }
}

const PERSON = "\\p{Lu}[\\p{Ll}']+(?:-\\p{Lu}?[\\p{Ll}']+)?";
/** "Jesper van Dijk", "Sam Bankman-Fried": capitalised words, with name particles between. */
const PERSON_RE = `${PERSON}(?: (?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|el|ter|ten) ){0,2}${PERSON}){1,2}`;
const NAME_RE = new RegExp(`^${PERSON_RE}`, 'u');

function collectIndividuals(doc: Doc, map: Map<string, Cand>, taken: Taken): void {
  const { norm } = doc.n;
  for (let s = 0; s < doc.sentences.length; s++) {
    const arrests = doc.cues[s]!.filter((c: CueHit) => c.kind === 'arrest');
    // a follow-up's defendant introduced with an age ("James Zhong, 32, triggered ...") in a
    // sentence of the story's top
    const top = doc.followUp && s < Math.max(doc.lead[1], doc.headline + 1) + 3;
    if (!arrests.length && !top && !ATTACKER_NAMED_ANY.test(sentenceLower(doc, s))) continue;
    // "convicted of defrauding customers": a fraud, not this theft
    // ("wire fraud" and "computer fraud" are only the names of charges)
    if (
      doc.cues[s]!.some(
        (c) => c.kind === 'fraud' && !/^fraud/.test(doc.n.lower.slice(c.start, c.end)),
      )
    )
      continue;
    const se = doc.sentences[s]!;
    const text = norm.slice(se.start, se.end);
    // every "Firstname Lastname" in the sentence that is not a known entity
    const re = new RegExp(PERSON_RE, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = se.start + m.index;
      const end = start + m[0].length;
      if (!NAME_RE.test(m[0])) continue;
      if (taken.find(start, end) !== undefined) continue;
      const near = arrests.some(
        (a) => Math.abs(a.start - end) < 70 || Math.abs(start - a.end) < 70,
      );
      const aged = top && /^, \d{2},/.test(norm.slice(end, end + 5));
      // "a judgment against Nicholas Truglia, who helped steal $24 million"
      const thief =
        arrests.length > 0 &&
        /^,? who (helped |allegedly |had |has )?(stole|steal|hack|drain|took|siphon|loot)/.test(
          doc.n.lower.slice(end, end + 34),
        );
      // "the attacker as Kevin Tran", "hacker Kevin Tran": named as the thief
      const named = ATTACKER_NAMED.test(doc.n.lower.slice(Math.max(se.start, start - 40), start));
      if (!(near || aged || thief || named) || !looksLikePersonName(m[0])) continue;
      // "CEO Daniel Moreau", "Judge Sarah Klein", "attorney Mark Ellis, ...": a role, not a suspect
      if (
        TITLE_BEFORE.test(doc.n.lower.slice(Math.max(se.start, start - 40), start)) ||
        TITLE_AFTER.test(doc.n.lower.slice(end, Math.min(se.end, end + 45)))
      )
        continue;
      // "awarded crypto investor Michael Terpin": the robbed party, not a suspect
      if (ROBBED_BEFORE.test(doc.n.lower.slice(Math.max(se.start, start - 30), start))) {
        if (doc.cues[s]!.some((c) => c.kind === 'theft')) {
          const key = `name:${m[0].toLowerCase()}`;
          const c = addMention(
            map,
            { key, kind: 'org', name: m[0] },
            { start, end, s, via: 'pattern' },
          );
          taken.push({ start, end, key });
          c.victimHits.push({ s, reason: 'named as the robbed investor, trader or holder' });
        }
        continue;
      }
      const key = `person:${m[0].toLowerCase()}`;
      addMention(
        map,
        { key, kind: 'individual', name: m[0] },
        { start, end, s, via: near ? 'arrest' : 'age' },
      );
      taken.push({ start, end, key });
    }
  }
  // surname-only repeats ("Lichtenstein, 35, pleaded guilty") join their person
  for (const c of [...map.values()]) {
    if (c.kind !== 'individual' || c.entityId) continue;
    const last = c.name.split(' ').pop()!;
    if (last.length < 4) continue;
    let from = 0;
    for (let guard = 0; guard < 200; guard++) {
      const i = norm.indexOf(last, from);
      if (i < 0) break;
      from = i + last.length;
      if (
        (i > 0 && isWordChar(norm.charCodeAt(i - 1))) ||
        (from < norm.length && isWordChar(norm.charCodeAt(from)))
      )
        continue;
      if (taken.find(i, from) !== undefined) continue;
      addMention(map, c, { start: i, end: from, s: sentenceAt(doc.sentences, i), via: 'repeat' });
      taken.push({ start: i, end: from, key: c.key });
    }
  }
}

/** Job titles and roles written before a name: the person speaks, judges or defends. */
const TITLE_BEFORE =
  /\b(ceo|chief executive( officer)?|chief [a-z]+ officer|cto|cfo|coo|ciso|founder|co-?founder|president|chairman|chairwoman|chair|director|head of [\p{L} ]{1,20}|spokes(person|man|woman)|judge|justice|magistrate|attorney( general)?|lawyer|prosecutor|counsel|analyst|researcher|investigator|detective|agent|minister|secretary|commissioner|senator|governor|professor|economist|sleuth|reporter|journalist|editor|trustee|liquidator|receiver|partner at [\p{L} ]{1,20}|says|said|told|according to)\s*(,\s*)?$/u;
/** ", the company's chief executive", ", a lawyer for ...", ", who leads ...": a role after the name. */
const TITLE_AFTER =
  /^,? (?:(?:the|its|their|a|an|his|her)\s+)?(?:[\p{L}.'-]+\s+){0,3}?(ceo|chief|founder|co-?founder|president|chairman|director|spokes(person|man|woman)|judge|attorney|lawyer|prosecutor|counsel|analyst|researcher|investigator|detective|agent|head of)\b/u;
/** "identified the attacker as", "hacker", "the exploiter,": the person named is the thief. */
const ATTACKER_NAMED =
  /\b(attacker|hacker|exploiter|thief|perpetrator|suspect)s?( was| is|, | as| named| identified as)?\s*$/;
const ATTACKER_NAMED_ANY = /\b(attacker|hacker|exploiter|thief|perpetrator|suspect)s?\b/;

function sentenceLower(doc: Doc, s: number): string {
  const se = doc.sentences[s]!;
  return doc.n.lower.slice(se.start, se.end);
}

const ROBBED_BEFORE =
  /\b(investors?|victims?|traders?|customers?|users?|holders?|plaintiffs?|whales?|awarded|awards|sued by|robbed)\s+$/;

const NOT_PERSON_WORDS = new Set([
  'the', 'department', 'justice', 'court', 'district', 'attorney', 'general', 'office', 'police',
  'bureau', 'federal', 'united', 'states', 'national', 'agency', 'ministry', 'security', 'exchange',
  'southern', 'northern', 'eastern', 'western', 'new', 'york', 'san', 'francisco', 'los', 'angeles',
  'north', 'south', 'korea', 'korean', 'group', 'prosecutors', 'judge', 'deputy', 'according',
  'crypto', 'bitcoin', 'ethereum', 'network', 'finance', 'protocol', 'bridge', 'wallet', 'labs',
  'investigation', 'investigators', 'authorities', 'treasury', 'service', 'services', 'internal',
  'revenue', 'homeland', 'secret', 'capital', 'markets', 'in', 'on', 'after', 'when', 'on', 'last',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'daily', 'news', 'times', 'post', 'chain', 'finance', 'dao', 'city',
]); // prettier-ignore

function looksLikePersonName(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return words.every((w) => !NOT_PERSON_WORDS.has(w));
}
