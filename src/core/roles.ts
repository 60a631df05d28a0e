// Roles of organisations and actors: this incident's victim(s) vs victims of other incidents vs
// investigators vs bystanders; this incident's attackers vs attackers of other incidents.
import type { Cand } from './entities';
import { victimLikeKind } from './entities';
import type { Doc } from './document';
import { has, sentenceText } from './document';
import { isPastSentence } from './context';
import type { AttributionStrength, Role } from './types';

export interface RoleDecision {
  cand: Cand;
  role: Role;
  reason: string;
  score: number;
}

const INVESTIGATOR_KINDS = new Set([
  'analytics',
  'security',
  'law-enforcement',
  'government',
  'media',
]);

function inLead(doc: Doc, s: number): boolean {
  return s >= doc.lead[0] && s < doc.lead[1];
}

function theftish(doc: Doc, s: number): boolean {
  return (
    has(doc, s, 'theft') ||
    has(doc, s, 'weak-theft') ||
    has(doc, s, 'victim-after') ||
    has(doc, s, 'victim-before') ||
    has(doc, s, 'theft-noun')
  );
}

export interface OrgScores {
  victim: number;
  other: number;
  investigator: number;
  reason: string;
}

const DESTINATION =
  /\b(to|on|via|through|into|onto|at exchanges? such as|deposited (in|on|at)|exchanges? like|exchanges? including)\s+(the\s+)?(exchanges?\s+)?$/;

export function scoreOrg(doc: Doc, c: Cand, storyYear: number | null): OrgScores {
  let victim = 0;
  let other = 0;
  let investigator = 0;
  let reason = '';
  // one hit per sentence, the strongest
  const perSentence = new Map<number, { w: number; reason: string }>();
  for (const h of c.victimHits) {
    let w = h.s === doc.headline ? 5 : inLead(doc, h.s) ? 3 : 2;
    if (h.weak) w *= 0.7;
    const prev = perSentence.get(h.s);
    if (!prev || w > prev.w) perSentence.set(h.s, { w, reason: h.reason });
  }
  for (const [s, { w, reason: r }] of perSentence) {
    if (s >= doc.tail) continue; // related posts, sidebars
    const past = isPastSentence(doc, s, storyYear) && s !== doc.headline;
    if (past) other += w;
    else {
      victim += w;
      if (!reason) reason = r;
    }
  }
  let inHead = false;
  let inLeadTheft = false;
  let mentionsInTheft = 0;
  for (const m of c.mentions) {
    if (m.s === doc.headline) inHead = true;
    // where the stolen funds went ("swapped on Binance", "sent to FixedFloat") is not a victim
    const destination = DESTINATION.test(doc.n.lower.slice(Math.max(0, m.start - 24), m.start));
    if (!destination && inLead(doc, m.s) && theftish(doc, m.s)) inLeadTheft = true;
    if (!destination && theftish(doc, m.s) && !isPastSentence(doc, m.s, storyYear))
      mentionsInTheft++;
    if (has(doc, m.s, 'investigate')) investigator += 0.5;
    // "Binance froze ...", "Elliptic traced ...", "according to Chainalysis": the helper's own verb
    for (const c of doc.cues[m.s] ?? []) {
      if (c.kind !== 'investigate' && c.kind !== 'recovery') continue;
      const after = c.start - m.end;
      const before = m.start - c.end;
      if ((after >= 0 && after <= 25) || (c.kind === 'investigate' && before >= 0 && before <= 3)) {
        investigator += 2.5;
        break;
      }
    }
  }
  if (inHead && doc.headline >= 0 && theftish(doc, doc.headline))
    victim += victimLikeKind(c.orgKind) || c.victimHits.length ? 3 : 1;
  if (inLeadTheft) victim += victimLikeKind(c.orgKind) ? 1.5 : 0.5;
  if (victimLikeKind(c.orgKind) && mentionsInTheft) victim += 1;
  victim += Math.min(1.5, c.mentions.length * 0.25);
  if (c.orgKind && INVESTIGATOR_KINDS.has(c.orgKind)) investigator += 4;
  if (!reason)
    reason = inHead ? 'named in the headline of a theft story' : 'named in a theft sentence';
  return { victim, other, investigator, reason };
}

/** Picks this incident's victims; returns one decision per organisation candidate. */
export function decideOrgs(
  doc: Doc,
  cands: Cand[],
  storyYear: number | null,
  isHack: boolean,
): RoleDecision[] {
  const orgs = cands.filter((c) => c.kind === 'org');
  const scored = orgs.map((c) => ({ c, s: scoreOrg(doc, c, storyYear) }));
  const eligible = scored.filter(
    ({ c, s }) =>
      (c.victimHits.length > 0 || victimLikeKind(c.orgKind)) &&
      s.victim > s.investigator &&
      s.victim >= (doc.followUp ? 2 : 2.5),
  );
  eligible.sort(
    (a, b) => b.s.victim - a.s.victim || a.c.mentions[0]!.start - b.c.mentions[0]!.start,
  );
  const top = eligible[0];
  const victims = new Set<Cand>();
  if (isHack && top) {
    victims.add(top.c);
    for (const e of eligible.slice(1, 3)) {
      // co-victims of the same theft: strong direct evidence close to the top score
      // ("the $1.5 billion Bybit hack" alone names another incident, not a co-victim)
      if (
        e.s.victim >= Math.max(5, top.s.victim * 0.8) &&
        e.c.victimHits.some((h) => !h.noun || h.s === doc.headline)
      )
        victims.add(e.c);
    }
  }
  return scored.map(({ c, s }) => {
    if (victims.has(c)) return { cand: c, role: 'victim', reason: s.reason, score: s.victim };
    if (s.investigator >= 2 && s.investigator >= s.victim - 1)
      return {
        cand: c,
        role: 'investigator',
        reason: investigatorReason(c),
        score: s.investigator,
      };
    if (c.victimHits.length > 0 && (s.other > 0 || s.victim >= 2))
      return {
        cand: c,
        role: 'other-victim',
        reason: 'victim of another incident named in the story',
        score: s.other,
      };
    return { cand: c, role: 'bystander', reason: 'named, with no part in the theft', score: 0 };
  });
}

function investigatorReason(c: Cand): string {
  if (c.orgKind === 'law-enforcement' || c.orgKind === 'government')
    return 'law enforcement / authority';
  if (c.orgKind === 'analytics' || c.orgKind === 'security') return 'analytics or security firm';
  return 'traced, froze or investigated the funds';
}

export interface ActorDecision extends RoleDecision {
  attribution?: { strength: AttributionStrength; by?: string };
}

/** This incident's attackers: actors in theft/attribution sentences of the story. */
export function decideActors(
  doc: Doc,
  cands: Cand[],
  storyYear: number | null,
  isHack: boolean,
  victims: Cand[],
  allOrgs: RoleDecision[],
): ActorDecision[] {
  const actors = cands.filter(
    (c) => c.kind === 'actor' || c.kind === 'individual' || c.kind === 'country',
  );
  const out: ActorDecision[] = [];
  const victimSentences = new Set<number>();
  for (const v of victims) for (const m of v.mentions) victimSentences.add(m.s);
  for (const c of actors) {
    let score = 0;
    let pastOnly = true;
    for (const m of c.mentions) {
      const s = m.s;
      const off = has(doc, s, 'offtopic') || s >= doc.tail;
      const past =
        isPastSentence(doc, s, storyYear) &&
        !victimSentences.has(s) &&
        !attributesThisTheft(doc, m.start, s);
      const relevant =
        theftish(doc, s) ||
        has(doc, s, 'arrest') ||
        has(doc, s, 'suspect') ||
        has(doc, s, 'attribute') ||
        has(doc, s, 'confirm') ||
        has(doc, s, 'claim') ||
        m.via === 'age';
      if (!relevant || off || negated(doc, m.start, m.end, s) || disowned(doc, s)) continue;
      // "the attack resembled earlier North Korean thefts": a comparison with other incidents;
      // "a mixer sanctioned for laundering Lazarus Group loot": a description of someone else
      if (compared(doc, m.start, s) || describesOther(doc, m.start, s)) {
        score += 0.1;
        continue;
      }
      if (!past) pastOnly = false;
      let w = s === doc.headline ? 3 : s >= doc.lead[0] && s < doc.lead[1] ? 2 : 1;
      if (victimSentences.has(s)) w += 1;
      if (
        has(doc, s, 'suspect') ||
        has(doc, s, 'attribute') ||
        has(doc, s, 'confirm') ||
        has(doc, s, 'claim')
      )
        w += 0.5;
      if (past) w *= 0.3;
      score += w;
    }
    if (c.kind === 'individual' && !c.entityId) score += 0.5;
    let role: Role = 'mentioned';
    let reason = 'named, not tied to this theft';
    if (isHack && score >= 1.5 && !pastOnly) {
      role = 'attacker';
      reason = 'named as behind this theft';
    } else if (score > 0) {
      role = 'other-attacker';
      reason = 'tied to another incident';
    }
    const d: ActorDecision = { cand: c, role, reason, score };
    if (role === 'attacker') d.attribution = attribution(doc, c, victims, allOrgs, storyYear);
    out.push(d);
  }
  // A country-only attribution stands only when no named group/person is this theft's attacker.
  if (out.some((d) => d.role === 'attacker' && d.cand.kind !== 'country')) {
    for (const d of out) {
      if (d.cand.kind === 'country' && d.role === 'attacker') {
        d.role = 'mentioned';
        d.reason = 'country of a named attacker';
      }
    }
  }
  return out;
}

const AUTHORITIES =
  /\b(fbi|department of justice|doj|justice department|treasury|ofac|police|prosecutors|un panel|united nations|europol|interpol|nca|cisa|nis|npa|secret service|irs)\b/i;

function attribution(
  doc: Doc,
  c: Cand,
  victims: Cand[],
  orgs: RoleDecision[],
  storyYear: number | null,
): { strength: AttributionStrength; by?: string } {
  // The story's own first statement (headline, then lead, then body) sets the strength; a later
  // confirmation by an authority, or a claim of responsibility, overrides it. Sentences about other
  // incidents and the page's tail do not count.
  const sentences = [...new Set(c.mentions.map((m) => m.s))]
    .filter(
      (s) =>
        s === doc.headline ||
        (s < doc.tail &&
          (!isPastSentence(doc, s, storyYear) ||
            victims.some((v) => v.mentions.some((m) => m.s === s)) ||
            /\bthe (company|firm|exchange|platform|protocol)\b/i.test(sentenceText(doc, s)))),
    )
    .sort((x, y) => (x === doc.headline ? -1 : y === doc.headline ? 1 : x - y))
    .slice(0, 40); // the first statements decide; keeps a pathological page linear
  let best: AttributionStrength | null = null;
  let by: string | undefined;
  for (const s of sentences) {
    let strength: AttributionStrength | null = null;
    if (has(doc, s, 'claim')) strength = 'claimed';
    else if (has(doc, s, 'suspect')) strength = 'suspected';
    else if (has(doc, s, 'confirm')) strength = 'confirmed';
    else if (has(doc, s, 'attribute')) strength = 'attributed';
    else if (has(doc, s, 'arrest')) strength = 'confirmed';
    if (!strength) continue;
    const se = doc.sentences[s]!;
    const text = doc.n.norm.slice(se.start, se.end);
    const auth = AUTHORITIES.exec(text);
    if (strength === 'confirmed' && !auth && c.kind !== 'individual') strength = 'attributed';
    const overrides =
      best !== null &&
      strength !== best &&
      (strength === 'claimed' || (strength === 'confirmed' && !!auth));
    if (best === null || overrides) {
      best = strength;
      by = undefined;
    } else if (strength !== best) continue;
    if (by) continue;
    if (auth) by = auth[0].length <= 4 ? auth[0].toUpperCase() : auth[0];
    else {
      // the speaker comes before the attribution words ("Elliptic said ... suspected"); in a
      // headline only right before them ("CoinsPaid suspects ...", not "X hack: Lazarus suspected")
      const cuePos = firstCue(doc, s);
      const head = s === doc.headline;
      const speaker = closestSpeaker(orgs, s, cuePos, head);
      if (speaker) by = speaker.cand.name;
      else if (
        !head &&
        /\b(the (company|firm|exchange|platform|protocol|project|team))\b/i.test(text) &&
        victims[0]
      )
        by = victims[0].name;
    }
  }
  return by ? { strength: best ?? 'attributed', by } : { strength: best ?? 'attributed' };
}

function firstCue(doc: Doc, s: number): number {
  let pos = Infinity;
  for (const c of doc.cues[s] ?? []) {
    if (
      c.kind === 'suspect' ||
      c.kind === 'attribute' ||
      c.kind === 'confirm' ||
      c.kind === 'claim'
    )
      pos = Math.min(pos, c.start);
  }
  return pos;
}

/** The victim or investigator named closest before the attribution words ("Elliptic said, attributing"). */
function closestSpeaker(
  orgs: RoleDecision[],
  s: number,
  cuePos: number,
  head: boolean,
): RoleDecision | undefined {
  let best: { o: RoleDecision; end: number } | undefined;
  for (const o of orgs) {
    if (o.role !== 'victim' && o.role !== 'investigator') continue;
    for (const m of o.cand.mentions) {
      if (m.s !== s || m.start >= cuePos) continue;
      if (head && cuePos - m.end > 2) continue;
      if (!best || m.end > best.end) best = { o, end: m.end };
    }
  }
  return best?.o;
}

const COMPARED_BEFORE =
  /\b(resembl\w*|similar\w*|reminiscent of|echo(es|ed|ing)?|mirror(s|ed|ing)?|akin to|like (those|that|the ones|previous|earlier|past|prior))\b[^.;]{0,50}$/;

/**
 * "resembled previous North Korean thefts", "bore similarities to the Lazarus Group's attacks": mere
 * resemblance is no attribution; the actor is tied to the other incidents, not this one.
 */
function compared(doc: Doc, start: number, s: number): boolean {
  const se = doc.sentences[s]!;
  return COMPARED_BEFORE.test(doc.n.lower.slice(Math.max(se.start, start - 70), start));
}

/** "investigators have not linked the theft to them", "no evidence ties": the sentence disowns its actors. */
const DISOWN =
  /\b(not|never|yet to|no one has|nobody has)\s+(yet\s+|been\s+|publicly\s+|formally\s+)*(linked|attributed|tied|connected|blamed|identified|named|pinned)\b|\bno (evidence|sign|indication|link)s? (of|that|to|ties|linking)\b/;

function disowned(doc: Doc, s: number): boolean {
  return DISOWN.test(sentenceText(doc, s));
}

const DESCRIBES_BEFORE =
  /\b(sanctioned (for|over)|used by|favou?red by|popular (with|among)|laundered for|used to launder|frequented by)\b[^.;]{0,40}$/;

function describesOther(doc: Doc, start: number, s: number): boolean {
  const se = doc.sentences[s]!;
  return DESCRIBES_BEFORE.test(doc.n.lower.slice(Math.max(se.start, start - 60), start));
}

const THIS_THEFT =
  /\b(the|this|today's|yesterday's|latest|[a-z]+day's) (attack|hack|theft|exploit|breach|heist|incident|drain|intrusion)\b/;

/**
 * "the attack bore the hallmarks of the Lazarus Group, the North Korean hackers behind the 2022
 * Harmony theft": the words before the actor attribute this theft; the year after it is the
 * actor's record, not the sentence's subject.
 */
function attributesThisTheft(doc: Doc, start: number, s: number): boolean {
  const se = doc.sentences[s]!;
  const before = doc.n.lower.slice(se.start, start);
  if (!THIS_THEFT.test(before) || /\b(19|20)\d\d\b/.test(before)) return false;
  for (const c of doc.cues[s] ?? [])
    if (
      c.end <= start &&
      (c.kind === 'suspect' || c.kind === 'attribute' || c.kind === 'confirm' || c.kind === 'claim')
    )
      return !(doc.cues[s] ?? []).some((p) => p.kind === 'past' && p.end <= start);
  return false;
}

const NEG_BEFORE =
  /\b(no sign of|no evidence (of|that)|ruled out|rather than|instead of|unlike|not|no link to|no links to|denied that|deny that)\b[^.;]{0,30}$/;
const NEG_AFTER =
  /^[^.;]{0,12}\b(not|was not|were not|is not|are not|isn't|wasn't|weren't|denied|denies|ruled out)\b/;

/** "no sign of the Lazarus Group", "Lazarus not suspected": the story rules the actor out. */
function negated(doc: Doc, start: number, end: number, s: number): boolean {
  const se = doc.sentences[s]!;
  const before = doc.n.lower.slice(Math.max(se.start, start - 45), start);
  const after = doc.n.lower.slice(end, Math.min(se.end, end + 25));
  return NEG_BEFORE.test(before) || NEG_AFTER.test(after);
}
