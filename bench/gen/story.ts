// Seeded, news-like crypto-theft stories of a given length: a lead that names the victim, the
// attacker and the stolen amount, padded with the kind of paragraphs real long reads carry
// (markets, regulation, laundering, earlier thefts with their own victims and amounts, quotes).
// Same seed, same words: every run of the bench measures the same pages.
import { rng, type Rng } from '../../tests/unit/library/generate';

interface Incident {
  victim: string;
  actor: string;
  amount: string;
  date: string;
  year: number;
  kind: string;
}

const INCIDENTS: Incident[] = [
  {
    victim: 'CoinsPaid',
    actor: 'Lazarus Group',
    amount: '$37.3 million',
    date: 'July 22',
    year: 2023,
    kind: 'payment processor',
  },
  {
    victim: 'Atomic Wallet',
    actor: 'Lazarus Group',
    amount: '$100 million',
    date: 'June 3',
    year: 2023,
    kind: 'wallet provider',
  },
  {
    victim: 'Stake.com',
    actor: 'Lazarus Group',
    amount: '$41 million',
    date: 'September 4',
    year: 2023,
    kind: 'betting platform',
  },
];

const EARLIER = [
  ['Ronin Network', '$625 million', 2022],
  ['Harmony', '$100 million', 2022],
  ['Poloniex', '$114 million', 2023],
  ['HTX', '$113 million', 2023],
  ['Mixin Network', '$200 million', 2023],
  ['Coincheck', '$534 million', 2018],
  ['KuCoin', '$281 million', 2020],
  ['Bybit', '$1.5 billion', 2025],
  ['WazirX', '$235 million', 2024],
  ['DMM Bitcoin', '$305 million', 2024],
] as const;

const PEOPLE = [
  'Maria Keller',
  'Tomás Ribeiro',
  'Aisha Rahman',
  'Jonas Lind',
  'Priya Natarajan',
  'Daniel Okafor',
  'Lena Vogt',
  'Kenji Morimoto',
];
const CITIES = ['Brussels', 'Singapore', 'Washington', 'Tokyo', 'London', 'Tallinn', 'Seoul'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TOPICS = [
  'custody rules',
  'stablecoin reserves',
  'exchange licensing',
  'travel-rule reporting',
  'tax reporting',
];

/** Sentence templates for padding; `$V` etc. are filled from the story and the generator. */
const FILLER: ((r: Rng, s: Incident) => string)[] = [
  (r) =>
    `Bitcoin traded near $${r.int(25, 70)},${r.int(100, 999)} on ${r.pick(DAYS)}, up ${r.int(1, 9)}.${r.int(0, 9)}% over the week, while ether slipped ${r.int(1, 5)}.${r.int(0, 9)}% as traders weighed fresh inflation figures.`,
  (r) =>
    `Lawmakers in ${r.pick(CITIES)} are drafting ${r.pick(TOPICS)} that would oblige trading venues to keep client assets apart from their own and to publish audited statements every quarter.`,
  () =>
    `Security researchers say most large thefts still begin with a person rather than a flaw in code: a phished engineer, a poisoned software update or a signing device left online.`,
  () =>
    `On-chain records show the coins were swapped for ether within hours and then passed through a long chain of fresh addresses, a pattern investigators have seen many times before.`,
  (r, s) =>
    `Founded in ${r.int(2014, 2019)}, ${s.victim} serves customers in more than ${r.int(20, 160)} countries and says it handles several hundred million dollars in transactions every month.`,
  (r) =>
    `${r.pick(PEOPLE)}, who studies payment systems at a university in ${r.pick(CITIES)}, said the industry had spent years building faster rails and far less time on who holds the keys.`,
  () =>
    `Many firms now split their reserves between hot wallets used for daily withdrawals and cold storage that needs several people to sign, but the boundary between the two is often blurred in practice.`,
  (r) =>
    `Trading volumes on the largest venues fell by about ${r.int(5, 30)}% in the quarter, according to figures compiled by an industry research group, as retail interest cooled after the spring rally.`,
  () =>
    `The company said it had hired an outside forensic team, rotated every credential its staff used and moved its infrastructure to a new environment before it reopened withdrawals.`,
  (r) =>
    `A spokesperson for the national police in ${r.pick(CITIES)} confirmed that a case had been opened but declined to discuss the investigation while it was under way.`,
  (r) =>
    `Customers posted screenshots of pending transfers on social media for most of ${r.pick(DAYS)}, and several merchants said they had switched to a rival processor while the service was down.`,
  () =>
    `Analysts caution that headline figures often change in the weeks after a breach, as firms finish counting what left their wallets and what was frozen along the way.`,
  (r) =>
    `The token issuer froze about $${r.int(1, 9)}.${r.int(1, 9)} million of the stolen stablecoins within a day, a step that is possible only for assets whose issuer keeps that power.`,
  (r) =>
    `Insurance for digital assets remains expensive and thin, brokers say, with policies rarely covering more than a fraction of what a mid-sized platform keeps in its hot wallets, often less than ${r.int(5, 20)}%.`,
  () =>
    `Regulators have asked platforms to report serious incidents within days rather than weeks, arguing that early warnings give other firms time to block addresses tied to an attack.`,
  (r) =>
    `In an interview, ${r.pick(PEOPLE)} said the attackers appeared patient and well organised, spending months on reconnaissance before moving a single coin.`,
];

function earlier(r: Rng): string {
  const [victim, amount, year] = r.pick(EARLIER);
  return r.pick([
    `${victim} lost ${amount} in ${year} when attackers took control of keys that signed its withdrawals.`,
    `The method resembled the ${year} breach of ${victim}, in which ${amount} was taken over a single weekend.`,
    `Investigators have linked earlier thefts to the same group, among them the loss of ${amount} at ${victim} in ${year}.`,
  ]);
}

function lead(s: Incident): string[] {
  return [
    `${s.victim}, a cryptocurrency ${s.kind}, said attackers stole ${s.amount} from its hot wallets on ${s.date}, and blamed North Korea's ${s.actor} for the hack.`,
    `The company paused withdrawals while it investigated the breach. It said customer balances were safe and that the losses came out of its own reserves.`,
    `According to ${s.victim}, the hackers had targeted its staff for months, including through fake recruiters who sent engineers a "coding test" that installed malware on their machines.`,
  ];
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export interface StoryPage {
  html: string;
  words: number;
  victim: string;
  actor: string;
}

/** A whole news page (site chrome, ticker, sidebar ad, related links) around a story of ~`target` words. */
export function storyPage(target: number, seed = 7): StoryPage {
  const r = rng(seed);
  const s = r.pick(INCIDENTS);
  const paragraphs = lead(s);
  let count = paragraphs.reduce((n, p) => n + words(p), 0);
  while (count < target) {
    const sentences: string[] = [];
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      // About one sentence in twelve recalls an earlier theft (its own victim and amount).
      sentences.push(r.chance(1 / 12) ? earlier(r) : r.pick(FILLER)(r, s));
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    count += words(p);
  }
  // Now and then a subheading, as long reads have.
  const body = paragraphs
    .map((p, i) => (i > 3 && i % 9 === 0 ? `<h2>${section(r)}</h2>\n` : '') + `<p>${p}</p>`)
    .join('\n');
  const title = `${s.victim} says ${s.actor} stole ${s.amount} in hot-wallet hack`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | The Chain Ledger</title>
<meta name="description" content="${s.victim} blames ${s.actor} for the theft of ${s.amount}.">
<meta property="og:site_name" content="The Chain Ledger">
<meta property="article:published_time" content="${s.year}-07-27T09:00:00Z">
<style>
  body { font-family: Georgia, serif; margin: 0; color: #222; }
  header { background: #0b1f3a; color: #fff; padding: 10px 24px; }
  header a { color: #cfe0ff; margin-right: 14px; }
  .ticker { background: #111; color: #9f9; font: 13px monospace; padding: 6px 24px; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 280px; gap: 32px; max-width: 1020px; margin: 24px auto; }
  article p { font-size: 18px; line-height: 1.6; }
</style>
</head>
<body>
<header><strong>The Chain Ledger</strong> <nav><a href="#">Markets</a><a href="#">Policy</a><a href="#">Security</a><a href="#">DeFi</a></nav></header>
<div class="ticker">BTC $${r.int(25, 70)},${r.int(100, 999)}.12 ▲0.8% · ETH $1,${r.int(100, 999)}.02 ▼0.3% · SOL $24.88 ▲1.2%</div>
<div class="layout">
<article>
<h1>${title}</h1>
<p class="byline">By ${r.pick(PEOPLE)} · ${s.date}, ${s.year}</p>
${body}
</article>
<aside>
<div class="sponsored"><strong>Sponsored</strong><p>Earn up to 12% a year on your stablecoins. Deposit $500 and get a $50 bonus.</p></div>
<ul class="related"><li><a href="#">How cold wallets work</a></li><li><a href="#">The week in markets</a></li><li><a href="#">Five questions about custody</a></li></ul>
</aside>
</div>
<footer>© The Chain Ledger. All rights reserved.</footer>
</body>
</html>
`;
  return { html, words: count, victim: s.victim, actor: s.actor };
}

function section(r: Rng): string {
  return r.pick([
    'How the money moved',
    'A familiar pattern',
    'What regulators want',
    'The market shrugs',
    'Who holds the keys',
    'Counting the losses',
  ]);
}

/** Plain story text of about `bytes` characters, for the engine benchmarks in Node. */
export function storyText(bytes: number, seed = 11): string {
  const r = rng(seed);
  const s = r.pick(INCIDENTS);
  const parts = [`${s.victim} says ${s.actor} stole ${s.amount} in hot-wallet hack`, ...lead(s)];
  let length = parts.reduce((n, p) => n + p.length + 2, 0);
  while (length < bytes) {
    const p = [0, 1, 2].map(() => (r.chance(1 / 12) ? earlier(r) : r.pick(FILLER)(r, s))).join(' ');
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** Adversarial text: digits, currency signs and punctuation runs, the amount parser's worst case. */
export function adversarialText(bytes: number, seed = 13): string {
  const r = rng(seed);
  const atoms = [
    () => '$'.repeat(r.int(1, 6)),
    () => String(r.int(0, 999_999)),
    () => `${r.int(1, 999)},${r.int(100, 999)},${r.int(100, 999)}.${r.int(10, 99)}`,
    () => r.pick(['€', '£', '¥', '₹', 'US$', 'BTC', 'ETH', 'USDT', 'Rs', 'crore', 'million', 'bn']),
    () =>
      r
        .pick(['.', ',', '-', '—', '…', '!!!', '???', ':;', '((', '))', '%', '/', '+'])
        .repeat(r.int(1, 20)),
    () => `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`,
    () => r.pick([' ', '  ', '\n', '\t']),
  ];
  let out = '';
  const chunks: string[] = [];
  let length = 0;
  while (length < bytes) {
    const a = r.pick(atoms)();
    const sep = r.chance(0.5) ? ' ' : '';
    chunks.push(a, sep);
    length += a.length + sep.length;
  }
  out = chunks.join('');
  return out.slice(0, bytes);
}
