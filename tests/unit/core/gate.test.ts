import { describe, expect, it } from 'vitest';
import { GATE_CHARS, looksLikeCryptoHack } from '../../../src/core/gate';

describe('looksLikeCryptoHack', () => {
  it('opens on a theft story', () => {
    expect(
      looksLikeCryptoHack(
        'Orbitex exchange hacked: attackers stole $30 million in crypto from its hot wallet.',
      ),
    ).toBe(true);
    expect(
      looksLikeCryptoHack(
        'Hackean el exchange Orbitex y roban 20 millones en criptomonedas de su billetera',
      ),
    ).toBe(true);
  });

  it('stays shut on ordinary pages', () => {
    expect(looksLikeCryptoHack('Ten kitchen hacks for busy weeknights: recipes and tips.')).toBe(
      false,
    );
    expect(looksLikeCryptoHack('Bitcoin price climbs as ETF inflows surge')).toBe(false);
    expect(looksLikeCryptoHack('')).toBe(false);
  });

  it('only looks at the first characters', () => {
    const late = `${'Lorem ipsum dolor sit amet. '.repeat(400)} Hackers stole $30 million in crypto from an exchange wallet.`;
    expect(late.indexOf('Hackers')).toBeGreaterThan(GATE_CHARS);
    expect(looksLikeCryptoHack(late)).toBe(false);
  });
});
