// Turns the reader's corrections in the story panel into the incident that gets saved.
import { analyze } from '../core/analyze';
import type { Incident } from '../core/types';
import type { SaveRequest } from '../shared/messages';
import type { SavedAmount } from '../shared/saved';
import type { Corrections } from '../ui/components/StoryPanel';

const NO_LEXICON = { version: 'none', terms: [] };

/** The engine's own amount parser, run over the corrected text alone. */
export function parseAmountText(text: string): SavedAmount | null {
  const m = analyze(text, { lexicon: NO_LEXICON }).mentions.find((x) => x.kind === 'amount');
  if (!m || m.value === undefined || !m.currency) return null;
  return {
    value: m.value,
    currency: m.currency,
    text: m.text,
    ...(m.usd !== undefined ? { usd: m.usd } : {}),
  };
}

export function correctedIncident(incident: Incident, c: Corrections): SaveRequest['incident'] {
  const original = incident.victims.map((v) => v.name).join(', ');
  const victims =
    c.victim.trim() === original
      ? incident.victims.map((v) => ({
          name: v.name,
          ...(v.entityId ? { entityId: v.entityId } : {}),
        }))
      : c.victim
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((name) => ({ name }));
  const a = incident.amount;
  const amount =
    c.amountText.trim() === (a?.text ?? '')
      ? a && {
          value: a.value,
          currency: a.currency,
          text: a.text,
          ...(a.usd !== undefined ? { usd: a.usd } : {}),
        }
      : parseAmountText(c.amountText);
  return {
    victims,
    actors: incident.actors.map((x) => ({
      name: x.name,
      ...(x.entityId ? { entityId: x.entityId } : {}),
      ...(x.attribution
        ? {
            strength: x.attribution.strength,
            ...(x.attribution.by ? { by: x.attribution.by } : {}),
          }
        : {}),
    })),
    amount,
    date: incident.date,
  };
}
