// The engine: text in, Analysis out. Pure and deterministic; every stage is linear in the text.
// Stages: normalise + sentences + cue words (document.ts) -> amounts (amounts.ts) -> dates ->
// candidate entities (entities.ts) -> organisation roles -> amount roles -> actor roles ->
// classification -> incident -> mentions with original offsets.
import { decideAmounts } from './amount-roles';
import type { AmountDecision } from './amount-roles';
import { scanAmounts } from './amounts';
import type { AmountHit } from './amounts';
import { classify } from './classify';
import { daysBetween, iso, scanCjkDays, scanDates, scanMonthRefs, scanRelative } from './dates';
import type { DateHit } from './dates';
import { buildDoc, has } from './document';
import type { Doc } from './document';
import { collectCandidates } from './entities';
import type { Cand } from './entities';
import type { Lexicon } from './lexicon';
import { toOriginal } from './normalize';
import { lineAround } from './context';
import { decideActors, decideOrgs } from './roles';
import type { ActorDecision, RoleDecision } from './roles';
import { sentenceAt } from './sentences';
import type { Amount, Analysis, Entity, Mention, Role } from './types';

/** The content script's cheap gate, re-exported so callers need one import. */
export { looksLikeCryptoHack } from './gate';

export interface AnalyzeOptions {
  lexicon: Lexicon;
  /** ISO date of "now"; only used to reject dates in the future. Never used to resolve "last Friday". */
  now?: string;
}

const EU_STYLE = new Set(['es', 'pt', 'fr', 'de', 'it', 'ru', 'tr', 'vi']);

export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const input = typeof text === 'string' ? text : '';
  const lexicon = options?.lexicon;
  const doc = buildDoc(input);
  const { n } = doc;
  const style = EU_STYLE.has(doc.lang) ? 'eu' : 'en';

  const amounts = scanAmounts(n.norm, n.lower, style);
  const { dates, anchor } = findDates(doc, options?.now);
  // a follow-up (arrest, plea, sentence) is about an earlier theft: its dateline says nothing about
  // which incidents are "earlier"
  const followUp =
    (doc.headline >= 0 && has(doc, doc.headline, 'arrest')) ||
    doc.cues.slice(doc.lead[0], doc.lead[1]).some((cs) => cs.some((c) => c.kind === 'arrest'));
  doc.followUp = followUp;
  // a first guess of the incident's date (theft sentences only) tells earlier incidents apart
  const prelim = pickDate(doc, dates, [], null, anchor, []);
  const ref = prelim?.iso ?? (followUp ? null : anchor);
  const storyYear = ref ? Number(ref.slice(0, 4)) : followUp ? null : firstYear(dates);
  if (ref) markPastDated(doc, dates, ref);

  const cands = collectCandidates(doc, lexicon, amounts);
  const orgs = decideOrgs(doc, cands, storyYear, true);
  const victims = orgs.filter((o) => o.role === 'victim').map((o) => o.cand);
  const others = orgs.filter((o) => o.role === 'other-victim').map((o) => o.cand);

  const primaryHits = amounts.filter((a) => a.equivalentOf === undefined);
  const amountDecisions = decideAmounts(doc, primaryHits, victims, others, storyYear);
  const stolen = pickStolen(amountDecisions);

  const actors = decideActors(doc, cands, storyYear, true, victims, orgs);
  const attackers = actors.filter((a) => a.role === 'attacker');

  const leadEnd = doc.lead[1];
  const inTop = (s: number) => s === doc.headline || (s >= doc.lead[0] && s < leadEnd);
  const cls = classify(doc, {
    leadVictim: victims.some((v) => v.victimHits.some((h) => inTop(h.s))),
    victim: victims.length > 0,
    stolenAmount: !!stolen,
    leadAmount: !!stolen && inTop(stolen.s),
    attacker: attackers.length > 0,
    arrest: attackers.some((a) => a.cand.kind === 'individual'),
    otherIncidents: countOtherIncidents(amountDecisions, others),
    victimsNamed: orgs.filter((o) => o.cand.victimHits.length > 0).length,
    earlyBodyTheft:
      !!stolen &&
      !inTop(stolen.s) &&
      stolen.s >= leadEnd &&
      stolen.s < Math.min(leadEnd + 4, doc.tail) &&
      victims.some((v) => v.victimHits.some((h) => h.s === stolen.s)),
    headlineEntity:
      doc.headline >= 0 &&
      cands.some(
        (c) =>
          c.kind !== 'country' &&
          c.mentions.some((m) => m.s === doc.headline) &&
          !orgs.some((o) => o.cand === c && o.role === 'investigator'),
      ),
  });

  if (!cls.isCryptoHack) demote(orgs, actors, amountDecisions);

  const incidentDate = cls.isCryptoHack
    ? pickDate(
        doc,
        dates,
        victims,
        stolen,
        anchor,
        attackers.map((a) => a.cand),
      )
    : null;
  const incident = {
    victims: cls.isCryptoHack
      ? orgs
          .filter((o) => o.role === 'victim')
          .sort((a, b) => b.score - a.score)
          .map((o) => toEntity(doc, o.cand))
      : [],
    actors: cls.isCryptoHack
      ? actors
          .filter((a) => a.role === 'attacker')
          .sort((a, b) => b.score - a.score)
          .map((a) => ({
            ...toEntity(doc, a.cand),
            ...(a.attribution ? { attribution: a.attribution } : {}),
          }))
      : [],
    amount: cls.isCryptoHack && stolen ? toAmount(doc, stolen.hit) : null,
    date: incidentDate ? incidentDate.iso : null,
  };

  const mentions = buildMentions(
    doc,
    orgs,
    actors,
    amountDecisions,
    amounts,
    dates,
    stolen,
    incidentDate,
  );
  return {
    schema: 'heistlens/analysis@1',
    isCryptoHack: cls.isCryptoHack,
    score: cls.score,
    reasons: cls.reasons,
    incident,
    mentions,
  };
}

function pickStolen(ds: AmountDecision[]): AmountDecision | null {
  let best: AmountDecision | null = null;
  for (const d of ds) if (d.role === 'stolen' && (!best || d.rank > best.rank)) best = d;
  if (!best) return null;
  // the same figure restated elsewhere keeps the stolen role; other theft-sentence amounts that
  // differ (partial sums, per-token breakdowns) become "other"
  const ref = best.hit.usd ?? best.hit.value;
  for (const d of ds) {
    if (d.role !== 'stolen' || d === best) continue;
    const v = d.hit.usd ?? d.hit.value;
    if (Math.abs(v - ref) > 0.1 * Math.max(v, ref)) {
      d.role = 'other';
      if (!d.reason.startsWith('an earlier estimate'))
        d.reason = 'a part or another figure of the theft';
    }
  }
  return best;
}

function countOtherIncidents(ds: AmountDecision[], others: Cand[]): number {
  const n = ds.filter((d) => d.role === 'other-theft').length;
  return Math.min(n, others.length + 1);
}

function demote(orgs: RoleDecision[], actors: ActorDecision[], amounts: AmountDecision[]): void {
  for (const o of orgs) {
    if (o.role === 'victim') {
      o.role = 'other-victim';
      o.reason = 'victim named, but the page is not a theft story';
    }
  }
  for (const a of actors) {
    if (a.role === 'attacker') {
      a.role = 'mentioned';
      a.reason = 'named, but the page is not a theft story';
      delete a.attribution;
    }
  }
  for (const d of amounts) {
    if (d.role === 'stolen') {
      d.role = 'other-theft';
      d.reason = 'theft amount, but the page is not a theft story';
    }
  }
}

function findDates(doc: Doc, now?: string): { dates: DateHit[]; anchor: string | null } {
  const { lower } = doc.n;
  let abs = scanDates(lower);
  if (now && /^\d{4}-\d{2}-\d{2}/.test(now))
    abs = abs.filter((d) => !d.iso || d.iso <= now.slice(0, 10));
  // the text's own date: the first full date in its first lines (dateline, "Updated ...")
  const top =
    doc.sentences[Math.min(doc.sentences.length - 1, Math.max(doc.lead[1], doc.headline + 3))];
  const limit = top ? top.end : 0;
  // a dateline is a short line of its own ("May 8, 2019", "Seoul, November 27, 2025 | World"), not
  // a date inside the story's sentences
  const anchorHit = abs.find((d) => {
    if (!d.iso || d.start >= Math.max(limit, 400)) return false;
    const se = doc.sentences[sentenceAt(doc.sentences, d.start)];
    if (!se) return false;
    const lineText = lineAround(doc.n.norm, d.start).text;
    return lineText.length <= 90 || d.start - se.start <= 25;
  });
  let anchor = anchorHit?.iso ?? null;
  // resolve partial dates ("on July 22") with the anchor's year, never later than the anchor
  if (anchor) {
    const ay = Number(anchor.slice(0, 4));
    for (const d of abs) {
      if (d.year !== null) continue;
      let y = ay;
      const cand = `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      if (cand > anchor) y -= 1;
      d.year = y;
      d.iso = `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    }
  }
  // no full dateline: partial dates ("Oct 7 -", "on July 11") take the story's only year (the only
  // one in its theft sentences, else the only one in the text); never a later date than a partial
  // dateline
  if (!anchor && abs.some((d) => d.year === null)) {
    const y = onlyYear(doc);
    if (y !== null) {
      const line = abs.find(
        (d) => d.year === null && d.start < Math.max(limit, 400) && datelineAt(doc, d),
      );
      const key = (d: DateHit) => d.month * 100 + d.day;
      for (const d of abs) {
        if (d.year !== null) continue;
        const yy = line && d !== line && key(d) > key(line) ? y - 1 : y;
        d.year = yy;
        d.iso = iso(yy, d.month, d.day);
      }
      // a yearless dateline ("Oct 7 -") dates the story: "on Friday" is read against it
      if (line?.iso) anchor = line.iso;
    }
  }
  const rel = [...scanRelative(lower, anchor), ...scanCjkDays(lower, anchor)].filter(
    (r) => !abs.some((a) => a.start < r.end && r.start < a.end + 4 && a.start >= r.start - 12),
  );
  const dates = [...abs, ...rel].sort((a, b) => a.start - b.start);
  return { dates, anchor };
}

/** A dateline date: a short line of its own, or the start of a line followed by a dash ("Oct 7 - ..."). */
function datelineAt(doc: Doc, d: DateHit): boolean {
  const se = doc.sentences[sentenceAt(doc.sentences, d.start)];
  if (!se) return false;
  if (lineAround(doc.n.norm, d.start).text.length <= 90) return true;
  return d.start - se.start <= 25 && DATELINE_AFTER.test(doc.n.norm.slice(d.end, d.end + 40));
}

/** What follows a dateline's date: a dash, or an agency in brackets and a dash ("(Reuters) -"). */
const DATELINE_AFTER = /^\s*(?:\([^)\n]{1,30}\)\s*)?[-|]/;

const YEAR_RE = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;

/** The story's only year: the one year its theft sentences mention, else the one year of the text. */
function onlyYear(doc: Doc): number | null {
  const inTheft = new Set<number>();
  const all = new Set<number>();
  for (let s = 0; s < Math.min(doc.sentences.length, doc.tail); s++) {
    const se = doc.sentences[s]!;
    const theft = has(doc, s, 'theft') || has(doc, s, 'weak-theft') || has(doc, s, 'theft-noun');
    for (const m of doc.n.norm.slice(se.start, se.end).matchAll(YEAR_RE)) {
      const y = Number(m[0]);
      if (y < 1990 || y > 2049) continue;
      all.add(y);
      if (theft) inTheft.add(y);
    }
  }
  if (inTheft.size === 1) return [...inTheft][0]!;
  if (inTheft.size === 0 && all.size === 1) return [...all][0]!;
  return null;
}

/** Sentences naming a date (or "in April") more than 45 days before the incident. */
function markPastDated(doc: Doc, dates: DateHit[], ref: string): void {
  const refYear = Number(ref.slice(0, 4));
  const refMonth = Number(ref.slice(5, 7));
  for (const d of dates) {
    if (d.iso && !d.relative && daysBetween(d.iso, ref) > 45)
      doc.pastDated.add(sentenceAt(doc.sentences, d.start));
  }
  for (const m of scanMonthRefs(doc.n.lower)) {
    const y = m.year ?? (m.month > refMonth ? refYear - 1 : refYear);
    const isoMid = `${y}-${String(m.month).padStart(2, '0')}-15`;
    if (daysBetween(isoMid, ref) > 45) doc.pastDated.add(sentenceAt(doc.sentences, m.start));
  }
}

function firstYear(dates: DateHit[]): number | null {
  for (const d of dates) if (d.year) return d.year;
  return null;
}

const STATEMENT_BEFORE =
  /\b(said|says|announced|announces|admitted|found|confirmed|confirms|told|reported|reports|wrote|disclosed|revealed|filed|charged|pleaded|sentenced|ruled|released|published|added|noted|arrested|extradited|convicted)\b[^.]{0,30}$/;

/**
 * The theft's date: a date in a theft sentence (or next to the attacker of a follow-up story), not
 * the dateline, not the day something was said, announced or ruled. Earlier dates win ties: a theft
 * precedes the reports about it.
 */
function pickDate(
  doc: Doc,
  dates: DateHit[],
  victims: Cand[],
  stolen: AmountDecision | null,
  anchor: string | null,
  attackers: Cand[],
): DateHit | null {
  const victimSent = new Set<number>();
  for (const v of victims) for (const m of v.mentions) victimSent.add(m.s);
  const attackerSent = new Set<number>();
  for (const a of attackers) for (const m of a.mentions) attackerSent.add(m.s);
  let best: { d: DateHit; score: number } | null = null;
  for (const d of dates) {
    if (!d.iso) continue;
    // in a follow-up, "on Wednesday" is the day of the arrest, plea or sentence
    if (d.relative && doc.followUp) continue;
    const s = sentenceAt(doc.sentences, d.start);
    const se = doc.sentences[s]!;
    const theft =
      has(doc, s, 'theft') ||
      has(doc, s, 'weak-theft') ||
      has(doc, s, 'victim-after') ||
      has(doc, s, 'victim-before') ||
      has(doc, s, 'theft-noun');
    let score = 0;
    if (theft) score += 3;
    if (victimSent.has(s)) score += 1;
    if (attackerSent.has(s)) score += theft ? 1 : 2;
    if (stolen && stolen.s === s) score += 2;
    if (s >= doc.lead[0] && s < doc.lead[1]) score += 1;
    if (d.year !== null && !d.relative) score += 1;
    if (has(doc, s, 'arrest') || has(doc, s, 'recovery') || has(doc, s, 'report')) score -= 2;
    if (d.iso === anchor && !theft) score -= 3;
    if (d.relative) score -= 1;
    const before = doc.n.lower.slice(Math.max(se.start, d.start - 40), d.start);
    // "said on Wednesday that ... was stolen on July 22": the day of the statement loses to a date
    // of the theft in the same sentence; alone ("said on Tuesday, May 7, that hackers stole"),
    // it is the best the text gives
    if (STATEMENT_BEFORE.test(before)) {
      const other = dates.some(
        (o) =>
          o !== d &&
          o.iso &&
          o.start >= se.start &&
          o.end <= se.end &&
          !STATEMENT_BEFORE.test(doc.n.lower.slice(Math.max(se.start, o.start - 40), o.start)),
      );
      score -= other ? 4 : 1;
    }
    const line = doc.n.lower.slice(se.start, se.end);
    if (
      line.length < 90 &&
      (/\b(updated|published|posted)\b/.test(line) || /^(by |- |— )/.test(line))
    )
      score -= 4; // byline / dateline
    if (se.end - se.start < 60 && d.end - d.start > (se.end - se.start) * 0.4) score -= 4; // dateline
    if (d.start - se.start <= 25 && DATELINE_AFTER.test(doc.n.norm.slice(d.end, d.end + 40)))
      score -= 4; // "Oct 7 - ...", "Dec 6, 2021 (Reuters) - ..."

    if (score < 3) continue;
    if (!best || score > best.score || (score === best.score && d.iso < best.d.iso!))
      best = { d, score };
  }
  return best?.d ?? null;
}

function originalText(
  doc: Doc,
  start: number,
  end: number,
): { text: string; start: number; end: number } {
  const [s, e] = toOriginal(doc.n, start, end);
  return { text: doc.n.original.slice(s, e), start: s, end: e };
}

function toEntity(doc: Doc, c: Cand): Entity {
  const m = c.mentions.find((x) => x.via !== 'repeat') ?? c.mentions[0]!;
  const written = originalText(doc, m.start, m.end).text;
  return { name: c.name, text: written, ...(c.entityId ? { entityId: c.entityId } : {}) };
}

function toAmount(doc: Doc, hit: AmountHit): Amount {
  const { text } = originalText(doc, hit.start, hit.end);
  return {
    text,
    value: hit.value,
    currency: hit.currency,
    ...(hit.usd !== undefined ? { usd: hit.usd } : {}),
  };
}

function buildMentions(
  doc: Doc,
  orgs: RoleDecision[],
  actors: ActorDecision[],
  amountDecisions: AmountDecision[],
  amounts: AmountHit[],
  dates: DateHit[],
  stolen: AmountDecision | null,
  incidentDate: DateHit | null,
): Mention[] {
  const out: Mention[] = [];
  for (const o of orgs) {
    const kind = o.role === 'victim' || o.role === 'other-victim' ? 'victim' : 'organization';
    for (const m of o.cand.mentions) {
      const t = originalText(doc, m.start, m.end);
      out.push({
        kind,
        role: o.role,
        text: t.text,
        start: t.start,
        end: t.end,
        ...(o.cand.entityId ? { entityId: o.cand.entityId } : {}),
        canonical: o.cand.name,
        reason: o.reason,
      });
    }
  }
  for (const a of actors) {
    for (const m of a.cand.mentions) {
      const t = originalText(doc, m.start, m.end);
      out.push({
        kind: 'actor',
        role: a.role,
        text: t.text,
        start: t.start,
        end: t.end,
        ...(a.cand.entityId ? { entityId: a.cand.entityId } : {}),
        canonical: a.cand.name,
        reason: a.reason,
      });
    }
  }
  const roleOf = new Map<AmountHit, AmountDecision>();
  for (const d of amountDecisions) roleOf.set(d.hit, d);
  amounts.forEach((hit) => {
    const base =
      hit.equivalentOf !== undefined ? roleOf.get(amounts[hit.equivalentOf]!) : roleOf.get(hit);
    const role: Role = base?.role ?? 'other';
    let reason = base?.reason ?? 'amount';
    if (hit.equivalentOf !== undefined)
      reason = "the text's own equivalent of the amount before it";
    if (base && base === stolen && hit.equivalentOf === undefined)
      reason = 'the stolen amount (headline/lead figure of the theft)';
    const t = originalText(doc, hit.start, hit.end);
    out.push({
      kind: 'amount',
      role,
      text: t.text,
      start: t.start,
      end: t.end,
      value: hit.value,
      currency: hit.currency,
      ...(hit.usd !== undefined ? { usd: hit.usd } : {}),
      reason,
    });
  });
  for (const d of dates) {
    if (!d.iso) continue;
    const t = originalText(doc, d.start, d.end);
    const isInc = d === incidentDate;
    out.push({
      kind: 'date',
      role: isInc ? 'incident-date' : 'other',
      text: t.text,
      start: t.start,
      end: t.end,
      reason: isInc ? 'date given for the theft' : 'date',
    });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
