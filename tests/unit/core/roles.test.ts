// Roles of organisations and actors, one rule per test, on short articles written for the test.
import { describe, expect, it } from 'vitest';
import { roleOf, run } from './helpers';

const ARTICLE = `Kestrel Pay loses $12.5 million in hot wallet hack; Lazarus Group suspected

March 3, 2024

Crypto payments firm Kestrel Pay said on Sunday that attackers drained $12.5 million from its hot wallets on March 2. The company suspects the Lazarus Group of carrying out the attack.

Blockchain analytics firm Elliptic traced part of the funds, and Binance froze $1.1 million that reached its platform. Tether froze a further $300,000.

In the past, the group was blamed for the $100 million Harbor Bridge hack in 2022.

Kestrel Pay offered the hacker a 10% bounty worth $1.25 million to return the rest.`;

describe('organisation roles', () => {
  const a = run(ARTICLE);

  it('finds the victim from the headline and lead patterns', () => {
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Kestrel Pay']);
    expect(roleOf(a, 'Kestrel Pay')).toBe('victim');
  });

  it('tells analytics firms and exchanges that froze funds apart from the victim', () => {
    expect(roleOf(a, 'Elliptic')).toBe('investigator');
    expect(roleOf(a, 'Binance')).toBe('investigator');
  });

  it("marks another incident's victim as such", () => {
    expect(roleOf(a, 'Harbor Bridge')).toBe('other-victim');
  });

  it('every mention carries a role and a reason', () => {
    for (const m of a.mentions) {
      expect(m.role).toBeTruthy();
      expect(m.reason).toBeTruthy();
      expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('actor roles and attribution', () => {
  it('the incident attacker, with strength and who said so', () => {
    const a = run(ARTICLE);
    expect(a.incident.actors).toHaveLength(1);
    expect(a.incident.actors[0]).toMatchObject({
      name: 'Lazarus Group',
      entityId: 'actor:lazarus-group',
      attribution: { strength: 'suspected' },
    });
    expect(a.mentions.find((m) => m.kind === 'actor')?.role).toBe('attacker');
  });

  it('law enforcement confirming the attacker', () => {
    const a = run(
      'FBI says TraderTraitor stole $40 million from Orbitex\n\nThe FBI confirmed on Tuesday that TraderTraitor was behind the theft of $40 million in crypto from the Orbitex exchange.',
    );
    expect(a.incident.actors[0]).toMatchObject({
      name: 'TraderTraitor',
      attribution: { strength: 'confirmed', by: 'FBI' },
    });
  });

  it('keeps a country-only attribution as the country', () => {
    const a = run(
      'Orbitex drained of $20 million\n\nCrypto exchange Orbitex was hacked on Monday and lost $20 million in tokens. Investigators said North Korean hackers were likely behind the theft.',
    );
    expect(a.incident.actors).toEqual([expect.objectContaining({ name: 'North Korea' })]);
    expect(a.incident.actors[0]!.entityId).toBeUndefined();
  });

  it('drops the country when a named group is the attacker', () => {
    const a = run(
      'North Korean Lazarus Group drains Orbitex\n\nHackers from the North Korean Lazarus Group stole $20 million in crypto from exchange Orbitex on Monday.',
    );
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Lazarus Group']);
  });

  it('finds a named individual near an arrest verb', () => {
    const a = run(
      'Man arrested over $3 million Orbitex hack\n\nPolice arrested Marek Dobrowolski, 29, on Friday over the hack of crypto exchange Orbitex in which $3 million in bitcoin was stolen.',
    );
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.actors.map((x) => x.name)).toContain('Marek Dobrowolski');
  });

  it('an actor only tied to an earlier incident is another attacker', () => {
    const a = run(
      'Orbitex loses $8 million to phishing attack\n\nCrypto exchange Orbitex said attackers stole $8 million from its hot wallet on Monday. No group has been named.\n\nIn the past, the Lazarus Group was responsible for the $100 million Harbor Bridge hack in 2022.',
    );
    expect(a.incident.actors).toEqual([]);
    expect(roleOf(a, 'Lazarus Group')).toBe('other-attacker');
  });
});

describe('victims unknown to the lexicon', () => {
  it.each([
    ['Velora Finance was hacked on Monday, losing $4 million in crypto.', 'Velora Finance'],
    ['Attackers drained $4 million in crypto from Velora Finance on Monday.', 'Velora Finance'],
    ['The Velora Finance exploit cost users $4 million in crypto tokens.', 'Velora Finance'],
    ["Hackers emptied Quillbank's hot wallet, stealing $4 million in crypto.", 'Quillbank'],
    ['DeFi lender Quillbank lost $4 million in crypto to an exploit on Monday.', 'Quillbank'],
  ])('%s', (sentence, name) => {
    const a = run(
      `Crypto platform hit by $4 million exploit\n\n${sentence} The attacker moved the stolen tokens through a mixer.`,
    );
    expect(a.incident.victims[0]?.name).toBe(name);
  });

  it('does not take the attacker in active voice for a victim', () => {
    const a = run(
      'Hacker jailed for crypto exchange exploit\n\nPolice said Dmitri Kovalenko exploited a flaw in the Velora Finance exchange and stole $2 million in crypto. Kovalenko was arrested in May.',
    );
    expect(a.incident.victims.map((v) => v.name)).not.toContain('Dmitri Kovalenko');
  });
});

describe('page tail and attribution order', () => {
  it('ignores actors named only in related posts', () => {
    const a = run(
      'Orbitex loses $6 million in hot wallet hack\n\nCrypto exchange Orbitex said hackers stole $6 million from a hot wallet on Monday. It has not said who was behind it.\n\nRelated Posts\n\nLazarus hackers suspected of new crypto heist worth $20 million',
    );
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.actors).toEqual([]);
    expect(a.incident.amount?.value).toBe(6e6);
  });

  it('takes the strength from the story first, and the speaker from the headline verb', () => {
    const a = run(
      'Kestrel Pay suspects Lazarus Group in $9 million theft\n\nPayments firm Kestrel Pay said hackers stole $9 million from its systems. The Lazarus Group, which has links to North Korea, has a long history of such attacks.',
    );
    expect(a.incident.actors[0]?.attribution).toEqual({ strength: 'suspected', by: 'Kestrel Pay' });
  });

  it('an authority confirming later overrides an early suspicion', () => {
    const a = run(
      'Orbitex hacked for $30 million; Lazarus suspected\n\nCrypto exchange Orbitex lost $30 million in a hack on Monday. Weeks later, the FBI confirmed that the Lazarus Group was behind the theft.',
    );
    expect(a.incident.actors[0]?.attribution).toEqual({ strength: 'confirmed', by: 'FBI' });
  });
});

describe('more actor rules', () => {
  it('reads names with particles and keeps charge names from hiding a suspect', () => {
    const a = run(
      'Hacker extradited over $600K exchange exploit\n\nA Dutch national accused of exploiting a bug in crypto exchange Orbitex and stealing $600,000 was extradited on Monday. Jesper van Dijk was charged with wire fraud and computer fraud.',
    );
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Jesper van Dijk']);
  });

  it('the speaker is the organisation closest before the attribution words', () => {
    const a = run(
      'Orbitex users lose $35 million\n\nUsers of the Orbitex wallet have lost at least $35 million since June 3, blockchain analytics firm Elliptic said, attributing the thefts to the Lazarus Group.',
    );
    expect(a.incident.actors[0]?.attribution).toEqual({ strength: 'attributed', by: 'Elliptic' });
  });
});

describe('where the funds went', () => {
  it('an exchange the stolen funds were swapped on is not a victim', () => {
    const a = run(
      'Wallet drainer steals $3 million in airdrop scam site attack\n\nA drainer kit stole $3 million in tokens from hundreds of crypto wallets this week, and the attackers swapped the loot on Binance before bridging it.',
    );
    expect(a.incident.victims.map((v) => v.name)).not.toContain('Binance');
  });
});

describe('names read from patterns', () => {
  it.each([
    ['Americans lost $5 million in crypto to hackers last year, the FBI said.', 'Americans'],
    ['North Korea-linked hackers drained $5 million in crypto from wallets.', 'North Korea-linked'],
    ["JPEG'd was exploited for $5 million in crypto.", "JPEG'd"],
  ])('%s', (sentence, junk) => {
    const a = run(`Crypto theft\n\n${sentence}`);
    expect(a.mentions.map((m) => m.canonical)).not.toContain(junk);
  });
});

describe('negation and co-victims', () => {
  it('an actor the story rules out is no attacker', () => {
    const a = run(
      'Hackers steal $5 million from Orbitex, Lazarus not suspected\n\nCrypto exchange Orbitex said hackers stole $5 million from its treasury on Monday. Investigators said there was no sign of the Lazarus Group in the attack.',
    );
    expect(a.incident.actors).toEqual([]);
  });

  it('another incident named as "the $X Y hack" is not a co-victim', () => {
    const a = run(
      'Orbitex exchange loses $10 million in hot wallet breach\n\nIn a year already marked by the $600 million Harbor Bridge hack, another exchange, Orbitex, lost $10 million on Tuesday when attackers drained one of its hot wallets.',
    );
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Orbitex']);
    expect(roleOf(a, '$600 million')).toBe('other-theft');
  });
});
