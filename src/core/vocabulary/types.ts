// Theft vocabulary is data, one module per language. A term ending in '*' matches a word prefix
// ("hack*" matches "hackers"); other terms must end at a word boundary. CJK terms match anywhere.
// Terms are lower case and normalised (NFKC, ASCII quotes).

/** Cue kinds the stages look for in a sentence. */
export type CueKind =
  | 'theft' // hacked, stolen, drained, exploit ...
  | 'weak-theft' // attack, breach, compromised: theft only next to crypto words
  | 'crypto' // crypto, bitcoin, token, exchange, wallet ...
  | 'arrest' // arrested, charged, pleaded guilty (follow-ups are still theft stories)
  | 'investigate' // traced, froze, analytics, law enforcement
  | 'recovery' // recovered, returned, seized
  | 'bounty' // bounty, white hat reward
  | 'offer' // sign-up bonus, sponsored, deposit offer
  | 'price' // price, trading at, market cap
  | 'finance' // loan, reserves, raised, valuation, revenue: amounts that are not a theft
  | 'past' // in the past, previously, earlier heist: another incident
  | 'fraud' // ponzi, rug pull, collapse: not a hack by itself
  | 'offtopic' // ransomware, hackathon, life hack, growth hacking
  | 'report' // annual report, biggest hacks of the year, first half totals
  | 'regulation' // regulators, bill, tax
  | 'market' // rally, bull run, ETF
  | 'product' // launches, listing, new feature
  | 'suspect' // suspected, believed, allegedly
  | 'attribute' // attributed, linked to, blamed
  | 'confirm' // confirmed, was behind, responsible for
  | 'claim' // claimed responsibility
  | 'victim-after' // "X was hacked", "X lost", "X's hot wallet"
  | 'victim-before' // "attack on X", "drained from X", "the hack of X"
  | 'theft-noun' // "the X hack", "X exploit" (the word after a victim name)
  | 'hedge' // about, more than, nearly (amount qualifiers)
  | 'revised' // revised to, raised its estimate to, 으로 정정: the figure that replaces an earlier one
  | 'initial' // initially, first estimate, 当初: a figure later replaced
  | 'total'; // a total of, in all, tổng: the sum of the parts before it

export type Vocabulary = { lang: string } & Partial<Record<CueKind, string[]>>;
