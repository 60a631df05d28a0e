// Rules added for issue 3 (generalising to unseen news); each text is written for the test, with
// invented names so no rule can lean on the dataset.
import { describe, expect, it } from 'vitest';
import { roleOf, run } from './helpers';

describe('revised figures', () => {
  it('the revised figure replaces the initial estimate', () => {
    const a = run(`Orbitex hot wallet drained; loss estimate climbs

March 3, 2024

Crypto exchange Orbitex had its hot wallet drained on March 2, 2024. The loss was initially estimated at $23 million in ETH. After further withdrawals were found on Tron, the estimate was later revised to $60 million.`);
    expect(a.incident.amount?.value).toBe(60e6);
    expect(roleOf(a, '$23 million')).not.toBe('stolen');
  });

  it('an arrow and a correction verb after the figure (Korean)', () => {
    const a = run(`오르벡스, 해킹 피해액 350억원→190억원 정정

2024년 3월 3일

가상자산 거래소 오르벡스는 지난 2일 해킹으로 약 350억원 상당의 가상자산을 탈취당했다고 밝혔다가 피해 규모를 약 190억원으로 정정했다.`);
    expect(a.incident.amount?.value).toBe(19e9);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['오르벡스']);
    expect(a.incident.date).toBe('2024-03-02');
  });
});

describe('languages without a Latin-letter victim', () => {
  it('a katakana platform after 取引所, a day of the month read against the dateline', () => {
    const a = run(`オルベックスで30億円相当の暗号資産流出

2024年3月3日

暗号資産取引所大手のオルベックスは2日未明、ホットウォレットから約30億円相当の暗号資産が不正に流出したと発表した。`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['オルベックス']);
    expect(a.incident.amount?.value).toBe(3e9);
    expect(a.incident.date).toBe('2024-03-02');
  });

  it('Chinese: 亿美元, 昨日, and the Latin name of a known exchange', () => {
    const a = run(`Orbitex遭黑客攻击 约1.2亿美元被盗

2024年3月3日

加密货币交易所Orbitex昨日遭黑客攻击，热钱包中约1.2亿美元的加密资产被盗。`);
    expect(a.isCryptoHack).toBe(true);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Orbitex']);
    expect(a.incident.amount).toMatchObject({ value: 1.2e8, currency: 'USD' });
    expect(a.incident.date).toBe('2024-03-02');
  });

  it('Turkish and Vietnamese figures and dates', () => {
    const tr = run(`Orbitex'e siber saldırı: 55 milyon dolarlık kripto çalındı

Kripto para borsası Orbitex, 2 Mart 2024'te sıcak cüzdanlarına yönelik bir siber saldırı sonucunda yaklaşık 55 milyon dolar değerinde kripto varlığın çalındığını açıkladı.`);
    expect(tr.isCryptoHack).toBe(true);
    expect(tr.incident.amount).toMatchObject({ value: 55e6, currency: 'USD' });
    expect(tr.incident.date).toBe('2024-03-02');
    const vi = run(`Sàn giao dịch Orbitex bị hack

Ngày 2/3/2024, tin tặc đã đánh cắp 1.200 ETH và 2,5 triệu USDC từ sàn Orbitex, tổng trị giá khoảng 6,5 triệu USD.`);
    expect(vi.isCryptoHack).toBe(true);
    expect(vi.incident.amount).toMatchObject({ value: 6.5e6, currency: 'USD' });
    expect(vi.incident.date).toBe('2024-03-02');
  });
});

describe('datelines', () => {
  it('a wire dateline is the day of the report; "on Saturday" is read against it', () => {
    const a = run(`Orbitex says hackers stole $150 million

SINGAPORE, Dec 6, 2021 (Reuters) - Crypto exchange Orbitex said on Monday hackers had stolen about $150 million from its hot wallets on Saturday.`);
    expect(a.incident.date).toBe('2021-12-04');
  });
});

describe('attackers', () => {
  it('a chief executive, a judge and a lawyer are not suspects', () => {
    const a = run(`Man charged over $5 million Harbor Bridge exploit

March 3, 2024

Prosecutors charged a man over the $5 million exploit of Harbor Bridge on February 2, 2024. Harbor Bridge CEO Daniel Moreau said he welcomed the arrest. U.S. District Judge Sarah Klein set a trial date, and defense attorney Mark Ellis said his client would plead not guilty.`);
    expect(a.incident.actors).toEqual([]);
  });

  it('"identified the attacker as X" names the attacker', () => {
    const a = run(`Orbitex hack: $20 million stolen

Hackers stole $20 million from crypto exchange Orbitex on March 2, 2024. Investigators identified the attacker as Kevin Tran, a former employee, who has since been arrested.`);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Kevin Tran']);
  });

  it('a group the lexicon does not know, named by its claim of responsibility', () => {
    const a = run(`Hackers claim $90 million attack on exchange Orbitex

A hacking group calling itself Silent Heron claimed responsibility for an attack on Orbitex on March 2, 2024, saying it had taken about $90 million in crypto from its hot wallets.`);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Silent Heron']);
  });

  it('a sentence that disowns an attribution, and a mixer described by its users', () => {
    const a = run(`Orbitex loses $20 million in hot wallet hack

Hackers stole $20 million from crypto exchange Orbitex on March 2, 2024. North Korean hackers have stolen billions, but investigators have not linked the Orbitex theft to them. The funds went to a mixer sanctioned for laundering Lazarus Group loot.`);
    expect(a.incident.actors).toEqual([]);
  });

  it("an actor's earlier theft, written after the attribution, does not make it another incident's", () => {
    const a = run(`Orbitex hot wallets drained of $60 million

Crypto exchange Orbitex had its hot wallets drained of $60 million on July 23, 2023. Investigators said the attack bore the hallmarks of the Lazarus Group, the hackers behind the Harbor Bridge theft in 2022.`);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Lazarus Group']);
  });
});

describe('victims the lexicon does not know', () => {
  it('the subject of a statement about its own theft, past a relative clause', () => {
    const a = run(`Rivo Labs says it lost $3 million in wallet breach

March 3, 2024

Rivo Labs, which runs the Rivo wallet app, said on Saturday that an attacker had stolen $3 million from users' wallets on March 2.`);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Rivo Labs']);
  });

  it("a group's own claim ('said it had taken') does not make it the victim", () => {
    const a = run(`Hackers claim $90 million attack on exchange Orbitex

A hacking group calling itself Silent Heron claimed responsibility for an attack on Orbitex on March 2, 2024. Silent Heron said it had taken about $90 million from the exchange's hot wallets.`);
    expect(a.incident.victims.map((v) => v.name)).toEqual(['Orbitex']);
    expect(a.incident.actors.map((x) => x.name)).toEqual(['Silent Heron']);
  });
});
