// Is it a crypto-theft story? One test per kind of page named in issue 3, written for the test.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const positives: Record<string, string> = {
  exchange: `Orbitex halts withdrawals after $31 million hot wallet hack

May 14, 2024

Crypto exchange Orbitex said on Tuesday that hackers stole about $31 million in ether and stablecoins from one of its hot wallets, and paused withdrawals while it investigates. Customer balances will be covered from company reserves, it said.`,
  drainer: `Pink Drainer empties 2,000 wallets in fake airdrop campaign

A wallet-drainer kit known as Pink Drainer has stolen more than $4 million in NFTs and tokens from about 2,000 crypto wallets this month through a fake airdrop site, security researchers said.`,
  arrest: `Police arrest suspect in Orbitex crypto heist

Police in Warsaw have arrested Marek Dobrowolski, 31, suspected of stealing $9 million in bitcoin from the Orbitex crypto exchange last year. Prosecutors said he hacked an employee's laptop to reach the exchange's hot wallet.`,
  spanish: `Hackean el exchange Orbitex y roban 20 millones de dólares en criptomonedas

El exchange de criptomonedas Orbitex sufrió un hackeo el lunes y los atacantes robaron unos 20 millones de dólares de su billetera caliente, según la empresa.`,
  japanese: `暗号資産交換業者Orbitexで約48億円の不正流出

暗号資産交換業者のOrbitexは、ホットウォレットから約48億円相当の暗号資産が不正に流出したと発表した。ハッキングの被害を受けたとみられる。`,
};

const negatives: Record<string, string> = {
  market: `Bitcoin climbs above $70,000 as ETF inflows surge

Bitcoin rose 4% to above $70,000 on Thursday as spot ETF inflows topped $1 billion for the week, traders said. Ether gained 3%. The rally comes two years after a string of exchange hacks shook the market, including the $600 million Harbor Bridge theft.`,
  regulation: `Lawmakers advance stablecoin bill with reserve rules

A Senate committee approved a bill on Wednesday that would require stablecoin issuers to hold one-to-one reserves and publish monthly attestations. The framework also sets licensing rules for exchanges and custody providers.`,
  product: `Orbitex launches debit card with 2% cashback in bitcoin

Crypto exchange Orbitex on Monday launched a debit card that pays 2% cashback in bitcoin and works with Apple Pay. The exchange, which was hacked in 2019, said the card is available in 30 countries.`,
  fraud: `Crypto lender collapses amid fraud charges; founder accused of misleading investors

Prosecutors charged the founder of a collapsed crypto lender with fraud on Tuesday, saying he misled investors about the firm's finances before it filed for bankruptcy owing customers $1.2 billion.`,
  ransomware: `Lazarus-linked ransomware hits hospitals; attackers demand bitcoin

A ransomware attack attributed to the Lazarus Group encrypted systems at three hospitals on Monday, and the attackers demanded $500,000 in bitcoin for the decryption key, officials said.`,
  kitchen: `12 kitchen hacks that will save you time

These kitchen hacks make cooking faster: freeze herbs in olive oil, peel garlic by shaking it in a jar, and use a spoon to peel ginger.`,
  growth: `Growth hacking lessons from a fintech that doubled its users

The startup's growth hacking playbook relied on referral bonuses and a waitlist. Its founders say the real hack was talking to customers every week.`,
  hackathon: `Ethereum hackathon awards $50,000 to wallet recovery project

A team that built a social recovery tool for crypto wallets won the top $50,000 prize at a weekend hackathon in Lisbon, organisers said. More than 400 developers took part.`,
  annualReport: `Crypto hackers stole $2.2 billion in 2024, report says

Hackers stole $2.2 billion from crypto platforms in 2024, up 21% from a year earlier, blockchain analytics firm Chainalysis said in a report on Thursday. North Korea-linked groups accounted for 61% of the total. The largest incident was the $305 million theft from a Japanese exchange in May.`,
  topList: `The 5 biggest crypto hacks of 2023

1. Mixin Network - $200 million
2. Euler Finance - $197 million
3. Multichain - $126 million
4. Poloniex - $114 million
5. Atomic Wallet - $100 million`,
  bugBounty: `Harbor Bridge pays $2 million bug bounty for flaw that was never exploited

A white-hat researcher received a $2 million bounty from Harbor Bridge for reporting a critical bug in its contracts. The flaw was fixed within hours and no funds were lost, the team said.`,
};

describe('classification', () => {
  it.each(Object.entries(positives))('positive: %s', (_kind, text) => {
    const a = run(text);
    expect(a.isCryptoHack).toBe(true);
    expect(a.score).toBeGreaterThanOrEqual(0.5);
    expect(a.reasons.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(negatives))('negative: %s', (_kind, text) => {
    const a = run(text);
    expect(a.isCryptoHack).toBe(false);
    expect(a.score).toBeLessThan(0.5);
    // no incident fields on negatives
    expect(a.incident).toEqual({ victims: [], actors: [], amount: null, date: null });
    expect(a.mentions.some((m) => ['attacker', 'victim', 'stolen'].includes(m.role))).toBe(false);
  });

  it('scores stay within [0, 1] and say why', () => {
    for (const text of [...Object.values(positives), ...Object.values(negatives), '', '   ']) {
      const a = run(text);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(1);
      expect(a.schema).toBe('heistlens/analysis@1');
    }
  });
});

describe('classification: rules added from probes', () => {
  it.each([
    [
      'pig butchering scam',
      'Retiree loses $3.1M to pig-butchering scam\n\nA retired teacher in Leeds lost $3.1 million after scammers posing as a friend talked her into a fake crypto trading app, police said.',
    ],
    [
      'rug pull',
      'Token team vanishes with $8 million in rug pull\n\nThe developers behind a meme token pulled $8 million from its liquidity pool and deleted their accounts, in what on-chain sleuths called a rug pull.',
    ],
    [
      'explainer',
      'What is a 51% attack and how does it work?\n\nA 51% attack happens when one miner controls most of the hash rate of a blockchain and can reverse transactions to double-spend coins.',
    ],
    [
      'market news recalling an old hack',
      'Bitcoin slides below $58,000 as defunct exchange moves coins\n\nBitcoin fell 4% on Monday after Orbitex, the defunct exchange which lost 650,000 bitcoin in a 2014 hack, moved $2 billion of coins to repay creditors.',
    ],
  ])('negative: %s', (_name, text) => {
    const a = run(text);
    expect(a.isCryptoHack).toBe(false);
    expect(a.incident.amount).toBeNull();
  });

  it('an excerpt without a headline is judged by its first sentence', () => {
    const a = run(
      'Attackers drained about $2.3 million from the decentralized lending protocol Velora Finance after manipulating a price oracle, security researchers said. The protocol paused its contracts.',
    );
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.victims[0]?.name).toBe('Velora Finance');
  });

  it('a platform named as "exchange X" in the lead is the victim', () => {
    const a = run(
      'Asian crypto exchange suffers $10 million loss in suspected hack\n\nSingapore-based crypto exchange Nexbit said on Monday it had detected abnormal outflows from a hot wallet and suspended withdrawals.',
    );
    expect(a.incident.victims[0]?.name).toBe('Nexbit');
  });
});

describe('classification: same actors, no theft', () => {
  it.each([
    [
      'malware campaign',
      "Lazarus hackers target developers with malicious npm packages\n\nThe Lazarus Group has published malicious npm packages that install backdoors on developers' computers, security researchers said. The campaign aims to steal credentials and crypto wallet data.",
    ],
    [
      'multi-year totals in a UN report',
      'North Korea stole $3 billion in crypto to fund weapons, UN experts say\n\nNorth Korean hackers stole an estimated $3 billion in cryptocurrency between 2017 and 2023, a confidential report by United Nations sanctions monitors said.',
    ],
  ])('negative: %s', (_name, text) => {
    expect(run(text).isCryptoHack).toBe(false);
  });
});
