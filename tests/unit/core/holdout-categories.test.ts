// Rules added for the failure categories of issue 3's blind evaluation; each text is written for the test.
import { describe, expect, it } from 'vitest';
import { roleOf, run } from './helpers';

describe('thefts from individuals', () => {
  it('address poisoning is a theft', () => {
    const a = run(`Trader sends 1,155 WBTC to lookalike address in address poisoning attack

A crypto trader sent 1,155 wrapped bitcoin, worth about $68 million, to a lookalike address on May 3, 2024 after an address poisoning scheme, blockchain sleuths said.`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.amount?.value).toBe(1155);
  });

  it('a court judgment is not the stolen amount', () => {
    const a = run(`Jury awards investor $75 million over SIM swap crypto theft

A jury awarded a crypto investor a $75 million judgment against a man who helped steal $24 million in cryptocurrency from him in a SIM swap attack.`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.amount?.value).toBe(24e6);
    expect(roleOf(a, '$75 million')).not.toBe('stolen');
  });
});

describe("an analyst's first-person figure", () => {
  it('"walked away with" is a theft amount', () => {
    const a = run(`Orbitex exploit: what went wrong

Orbitex was exploited on Tuesday. I estimate the attacker walked away with about $27 million, based on on-chain flows.`);
    expect(a.incident.amount?.value).toBe(27e6);
  });
});

describe("the victim's own statement", () => {
  const body = `We have identified unauthorized access to one of our hot wallets. About $9 million in crypto was withdrawn without authorization on March 3, 2024. We will cover all losses in full and withdrawals are paused.`;

  it('the company that signs the statement is the victim', () => {
    const a = run(`Update on the security incident affecting our hot wallet

${body}

- Veltrix team`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Veltrix']);
    expect(a.incident.amount?.value).toBe(9e6);
  });

  it('without a signature, the company named in the headline is', () => {
    const a = run(`Kestrel Pay: security notice about one of our hot wallets

${body}`);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Kestrel Pay']);
  });

  it('"US" is not "us", and a quoted "we" is reported speech', () => {
    const a = run(`Hackers drain $5 million in crypto

Hackers stole $5 million from US users of a crypto app on May 1, 2024. "We are investigating," a spokesperson said.

- The Daily Ledger team`);
    expect(a.incident.victims).toEqual([]);
  });
});

describe('dates without a year', () => {
  it('a partial date takes the only year of the theft sentences', () => {
    const a = run(`Orbitex loses $32 million in hot wallet hack

Exchange Orbitex said hackers stole about $32 million in crypto from its hot wallet on July 11. The company launched in 2016.

Analysts said the 2019 theft was the second hack of the exchange.`);
    expect(a.incident.date).toBe('2019-07-11');
  });

  it('a yearless dateline ("Oct 7 -") is not the theft date, and a later month is the year before', () => {
    const a = run(`Orbitex loses $32 million in hot wallet hack

Feb 7 - Exchange Orbitex said hackers stole about $32 million in crypto from its hot wallet on December 11. The exchange had reported no incident since it opened in 2019.`);
    expect(a.incident.date).toBe('2018-12-11');
  });

  it('several years and no dateline: no guess', () => {
    const a = run(`Orbitex loses $32 million in hot wallet hack

Exchange Orbitex said hackers stole $32 million in 2019 and 2020 from its hot wallet on July 11.`);
    expect(a.incident.date).toBeNull();
  });
});

describe('the theft outside the headline and lead', () => {
  it('a newsletter whose one theft item names the victim and the amount is a theft story', () => {
    const a = run(`Morning Briefing: what to watch in markets today

June 4, 2024

Good morning. Markets were calm overnight as traders waited for the jobs report and bitcoin hovered near $68,000.

Here is the rest of today's roundup:

- Bitcoin ETFs took in $422 million of inflows on Monday.
- Orbitex exploited for $10M: an attacker drained about $10 million from the exchange's hot wallet on June 3.
- Stablecoin supply climbed to $161 billion.`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Orbitex']);
    expect(a.incident.amount?.value).toBe(10e6);
  });

  it('a roundup of several thefts stays a list', () => {
    const a = run(`Weekly roundup: the hacks of the week

June 9, 2024

Orbitex exploited for $10 million on June 3. Harbor Bridge was drained of $4 million on June 5. Kestrel Pay lost $2 million on June 6.`);
    expect(a.reasons).toContain('a list or report of many thefts, not one story');
    expect(a.reasons).not.toContain('a roundup with one theft item');
  });

  it('a long read whose lead is colour tells the theft in its third paragraph', () => {
    const a = run(`The long night at a small exchange in Tokyo

July 20, 2019

The office lights stayed on past midnight. Engineers ordered noodles and stared at dashboards that refused to add up. Nobody went home.

It was the second week of July, and the company had just celebrated its third anniversary with a party for customers.

Then, on July 11, hackers stole about $32 million in bitcoin and other coins from the hot wallet of Orbitex, the exchange said.`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Orbitex']);
    expect(a.incident.date).toBe('2019-07-11');
  });
});

describe('resemblance is no attribution', () => {
  const top = `Orbitex hacked for $12 million in hot wallet breach

June 3, 2024

Crypto exchange Orbitex said hackers stole $12 million from its hot wallet on June 2.`;

  it('"resembled earlier thefts by North Korean hackers" names no attacker', () => {
    const a = run(
      `${top} The attack resembled earlier thefts by North Korean hackers, analysts said.`,
    );
    expect(a.incident.actors).toEqual([]);
  });

  it('"bore similarities to the Lazarus Group\'s attacks" names no attacker', () => {
    const a = run(
      `${top} Investigators said the attack bore similarities to the Lazarus Group's past exploits.`,
    );
    expect(a.incident.actors).toEqual([]);
    expect(roleOf(a, 'Lazarus Group')).toBe('other-attacker');
  });

  it('"bore the hallmarks of" still attributes, as suspected', () => {
    const a = run(`${top} The attack bore the hallmarks of the Lazarus Group, analysts said.`);
    expect(a.incident.actors.map((x) => [x.name, x.attribution?.strength])).toEqual([
      ['Lazarus Group', 'suspected'],
    ]);
  });
});

describe('espionage by a crypto-theft group', () => {
  it('Lazarus spying on defence and aerospace firms is not a theft story', () => {
    const a = run(`Lazarus hackers target aerospace and defence firms with fake crypto job offers

North Korea's Lazarus Group has targeted engineers at aerospace and defence companies with fake job offers, security researchers said, in a campaign to steal military secrets. The hackers posed as recruiters from crypto firms and sent trojanised coding tests.`);
    expect(a.isCryptoHack).toBe(false);
    expect(a.incident.actors).toEqual([]);
  });
});

describe('follow-ups of old thefts', () => {
  it('a guilty plea for a theft "years ago" is a story about that theft', () => {
    const a = run(`Georgia man pleads guilty to wire fraud over bitcoin seized a decade later

November 7, 2022

A Georgia man pleaded guilty on Friday to wire fraud for stealing more than 50,000 bitcoin from the Nightfall darknet market years ago, federal prosecutors said.`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Nightfall']);
    expect(a.incident.amount?.value).toBe(50000);
    expect(a.reasons).not.toContain('fraud or a scam without a hack');
  });

  it('a forfeiture headline with the theft in the lead is a follow-up', () => {
    const a = run(`Market thief agrees to forfeit bitcoin stash

November 8, 2022

Jonas Marlow agreed to forfeit 51,680 bitcoin that he stole from the Nightfall marketplace in September 2012, prosecutors said on Monday.`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.reasons).toContain('a follow-up (arrest, plea, forfeiture) of the theft in the lead');
  });
});

describe('attackers in non-English sentences', () => {
  it('Hindi: "इस हमले के पीछे ... Lazarus Group है" (behind this attack) names the attacker', () => {
    const a = run(`भारतीय क्रिप्टो एक्सचेंज Orbitex से 23 करोड़ डॉलर की चोरी

क्रिप्टो एक्सचेंज Orbitex के एक वॉलेट से 23 करोड़ डॉलर से ज्यादा की क्रिप्टोकरेंसी चुरा ली गई।

कंपनी ने कहा कि निकासी रोक दी गई है।

ब्लॉकचेन विश्लेषकों के मुताबिक इस हमले के पीछे उत्तर कोरिया का Lazarus Group है।`);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Lazarus Group']);
  });

  it('Hindi: "ज़िम्मेदार ठहराया" (held responsible) names the attacker', () => {
    const a = run(`भारतीय क्रिप्टो एक्सचेंज Orbitex से 23 करोड़ डॉलर की चोरी

क्रिप्टो एक्सचेंज Orbitex के एक वॉलेट से 23 करोड़ डॉलर से ज्यादा की क्रिप्टोकरेंसी चुरा ली गई।

कंपनी ने कहा कि निकासी रोक दी गई है।

विश्लेषकों ने हैकिंग के लिए Lazarus Group को ज़िम्मेदार ठहराया।`);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Lazarus Group']);
  });

  it('German: "steckt ... hinter dem Angriff" names the attacker', () => {
    const a = run(`Krypto-Börse Orbitex um 30 Millionen Dollar bestohlen

Hacker haben von der Börse Orbitex Kryptowährungen im Wert von 30 Millionen Dollar gestohlen, teilte das Unternehmen mit.

Die Börse hat die Auszahlungen gestoppt.

Nach Angaben von Ermittlern steckt die Lazarus Group hinter dem Angriff.`);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Lazarus Group']);
  });
});

describe("a follow-up's defendant", () => {
  it('a person introduced with an age ("Jonas Marlow, 32,") right after a plea is the attacker', () => {
    const a = run(`Georgia man pleads guilty in decade-old bitcoin case

November 7, 2022

A Georgia man pleaded guilty on Friday for stealing more than 50,000 bitcoin from the Nightfall darknet market years ago, prosecutors said.

Jonas Marlow, 32, triggered more than 140 rapid withdrawals from the market in September 2012.`);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Jonas Marlow']);
  });

  it('outside a follow-up, an age alone makes nobody an attacker', () => {
    const a = run(`Orbitex loses $5 million in hot wallet hack

May 2, 2024

Hackers stole $5 million from the hot wallet of Orbitex on May 1, the exchange said.

Jonas Marlow, 32, the exchange's chief executive, said customers would be repaid.`);
    expect(a.incident.actors).toEqual([]);
  });
});

describe('dates in non-English sentences', () => {
  it('German "am 11. Juli 2019" is one sentence and the theft date', () => {
    const a = run(`Hackerangriff auf Krypto-Börse Orbitex: 32 Millionen Dollar gestohlen

Unbekannte Hacker haben am 11. Juli 2019 Kryptowährungen im Wert von rund 32 Millionen US-Dollar von der Börse Orbitex gestohlen.`);
    expect(a.incident.date).toBe('2019-07-11');
  });

  it('a number before a full stop still ends a sentence when no month follows', () => {
    const a = run(`Orbitex loses $5 million in hot wallet hack

Hackers stole $5 million from the hot wallet of Orbitex on May 1, 2024. The count of affected users rose to 12. The exchange said it would repay them.`);
    expect(a.incident.date).toBe('2024-05-01');
  });
});

describe('a robbed individual in a court story', () => {
  const text = `Jury awards investor $75 million over SIM swap crypto theft

A jury awarded crypto investor Jonas Marlow a $75 million judgment against a man who helped steal $24 million in cryptocurrency from him in a SIM swap attack on January 7, 2018.`;

  it('the investor awarded damages is the victim, not a suspect, and "him" is no name', () => {
    const a = run(text);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Jonas Marlow']);
    expect(a.incident.actors).toEqual([]);
    expect(a.incident.date).toBe('2018-01-07');
  });
});

describe('a person described as the thief', () => {
  it('"against Nicholas Marlow, who helped steal" in a court sentence is the attacker', () => {
    const a = run(`Jury awards investor $75 million over SIM swap crypto theft

A jury awarded crypto investor Jonas Marlow a $75 million judgment against Peter Hollis, who helped steal $24 million in cryptocurrency from him in a SIM swap attack on January 7, 2018.`);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Peter Hollis']);
  });
});

describe("an analyst's estimate in other words", () => {
  for (const sentence of [
    'I estimate total losses at about $27 million.',
    'My estimate is that roughly $27 million left the protocol.',
  ]) {
    it(sentence, () => {
      const a = run(`Orbitex exploit: what went wrong

The Orbitex protocol was exploited on Tuesday, March 5, 2024. ${sentence}`);
      expect(a.incident.amount?.value).toBe(27e6);
    });
  }
});

describe('signature forms', () => {
  for (const sig of ['The Veltrix Team', 'Veltrix Security Team', '- Team Veltrix']) {
    it(sig, () => {
      const a = run(`Update on the security incident affecting our hot wallet

We have identified unauthorized access to one of our hot wallets. About $9 million in crypto was withdrawn without authorization on March 3, 2024. We will cover all losses.

${sig}`);
      expect(a.incident.victims.map((v) => v.name)).toEqual(['Veltrix']);
    });
  }
});
