// The incident: stolen amount (never a decoy), victims, date.
import { describe, expect, it } from 'vitest';
import { roleOf, run } from './helpers';

const PAGE = `BTC $64,210.55 ▲1.2%   ETH $3,101.20 ▼0.4%

Markets | Security | Newsletter

Harbor Bridge drained of $48 million; attacker offered 10% bounty

By staff · June 12, 2024

Cross-chain Harbor Bridge was exploited on Tuesday, June 11, when an attacker used a forged validator signature to withdraw 15,200 ETH (about $48 million) from its Ethereum contract.

The team offered the attacker a bounty of $4.8 million to return the funds. Tether froze $2.1 million in USDT linked to the exploit, and Orbitex lent the bridge 5,000 ETH to keep withdrawals running.

The theft is smaller than the $600 million taken from another bridge in 2022.

Sponsored: Sign up today and get a $50 welcome bonus on your first deposit.`;

describe('incident', () => {
  const a = run(PAGE);

  it('prefers the headline figure', () => {
    expect(a.incident.amount).toMatchObject({
      text: '$48 million',
      value: 48e6,
      currency: 'USD',
      usd: 48e6,
    });
  });

  it('gives every decoy amount its own role', () => {
    expect(roleOf(a, '$64,210.55')).toBe('price');
    expect(roleOf(a, '$4.8 million')).toBe('bounty');
    expect(roleOf(a, '$2.1 million')).toBe('recovered');
    expect(roleOf(a, '5,000 ETH')).toBe('other');
    expect(roleOf(a, '$600 million')).toBe('other-theft');
    expect(roleOf(a, '$50')).toBe('offer');
  });

  it('marks the restated figure stolen too', () => {
    expect(roleOf(a, '15,200 ETH')).toBe('stolen');
  });

  it('finds the victim and the date the text gives', () => {
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Harbor Bridge']);
    expect(a.incident.date).toBe('2024-06-11');
    expect(a.mentions.find((m) => m.role === 'incident-date')?.text).toBe('June 11');
  });

  it('resolves a weekday only against the text own date', () => {
    const dated = run(
      'Orbitex hacked for $5 million\n\nMay 10, 2024\n\nCrypto exchange Orbitex was hacked last Tuesday and lost $5 million in ether.',
    );
    expect(dated.incident.date).toBe('2024-05-07');
    const undated = run(
      'Orbitex hacked for $5 million\n\nCrypto exchange Orbitex was hacked last Tuesday and lost $5 million in ether.',
    );
    expect(undated.incident.date).toBeNull();
  });

  it('does not take the day something was announced for the theft date', () => {
    const b = run(
      'FBI names attackers in Orbitex theft\n\nSeptember 8, 2023\n\nThe FBI said on September 7 that the Lazarus Group stole $41 million in crypto from the Orbitex exchange on September 4.',
    );
    expect(b.incident.date).toBe('2023-09-04');
  });

  it('a follow-up story keeps the theft, not the trial', () => {
    const b = run(
      'Jury convicts Avraham Eisenberg over Orbitex exploit\n\nApril 18, 2024\n\nA jury on Thursday found Avraham Eisenberg guilty of fraud for draining $110 million from the Orbitex crypto exchange in an exploit on October 11, 2022.',
    );
    expect(b.isCryptoHack).toBe(true);
    expect(b.incident.actors.map((x) => x.name)).toEqual(['Avraham Eisenberg']);
    expect(b.incident.amount?.value).toBe(110e6);
    expect(b.incident.date).toBe('2022-10-11');
  });

  it('an earlier theft of the same victim is not this one', () => {
    const b = run(
      'Orbitex hacked again\n\nDecember 19, 2023\n\nCrypto exchange Orbitex said hackers broke into its hot wallet on Tuesday and stole 17% of its assets. In April, Orbitex lost 3,800 bitcoin in an earlier hack.',
    );
    expect(b.isCryptoHack).toBe(true);
    expect(b.incident.amount).toBeNull();
    expect(roleOf(b, '3,800 bitcoin')).toBe('other-theft');
  });

  it('uses the text equivalent for usd', () => {
    const b = run(
      'Orbitex loses 2,000 BTC\n\nHackers stole 2,000 BTC (about $120 million) from crypto exchange Orbitex.',
    );
    expect(b.incident.amount).toMatchObject({ value: 2000, currency: 'BTC', usd: 120e6 });
  });

  it('offsets are UTF-16 offsets into the original text', () => {
    const text =
      '🚨 Оrbitex hacked: hackers stole $5\u00a0million in crypto\n\nThe exchange Оrbitex lost $5\u00a0million.';
    const b = run(text);
    for (const m of b.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(b.incident.amount?.text).toBe('$5\u00a0million');
  });
});

describe('incident: ransom and extortion figures', () => {
  it('a ransom demand is not the stolen amount', () => {
    const a = run(
      'Orbitex hit by hack, attackers drain $12 million\n\nCrypto exchange Orbitex said hackers drained $12 million from its hot wallet and then demanded a $20 million ransom to stop leaking data.',
    );
    expect(a.incident.amount?.value).toBe(12e6);
    expect(roleOf(a, '$20 million')).toBe('other');
  });
});

describe('incident: follow-up stories', () => {
  it('a sentencing story finds the earlier theft victim and ignores the court day', () => {
    const a = run(
      'Engineer sentenced for hacking two crypto exchanges\n\nDecember 14, 2023\n\nDmitri Kovalenko was sentenced on Wednesday to three years in prison for hacking two decentralised exchanges and stealing $12 million in crypto.\n\nProsecutors said Kovalenko exploited a flaw in the Solana-based exchange Velora Finance in July 2022, withdrawing about $9 million.',
    );
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.victims[0]?.name).toBe('Velora Finance');
    expect(a.incident.date).toBeNull();
  });
});

describe('incident: recovery headlines', () => {
  it.each([
    [
      'Hacker returns $40 million to Velora Finance\n\nThe attacker who drained $45 million from lending protocol Velora Finance last week has returned $40 million, the team said on Friday.',
      45e6,
      '$40 million',
    ],
    [
      'Velora Finance recovers $12 million of stolen funds\n\nDeFi lender Velora Finance, which lost $20 million in an exploit, said it had recovered $12 million after Tether froze the attacker’s USDT.',
      20e6,
      '$12 million',
    ],
  ])('%#: the recovered figure is not the stolen one', (text, stolen, recovered) => {
    const a = run(text);
    expect(a.incident.amount?.value).toBe(stolen);
    expect(roleOf(a, recovered)).toBe('recovered');
  });

  it('"free-for-all" is not an offer', () => {
    const a = run(
      'Harbor Bridge loses $190 million in free-for-all exploit\n\nHundreds of wallets drained the Harbor Bridge on Monday.',
    );
    expect(a.incident.amount?.value).toBe(190e6);
  });
});
