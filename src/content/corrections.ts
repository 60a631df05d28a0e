// Turns the reader's corrections in the story panel into the incident that gets saved.
import type { Incident } from '../core/types';
import type { SaveRequest } from '../shared/messages';
import type { SavedAmount } from '../shared/saved';
import type { Corrections } from '../ui/components/StoryPanel';

/** `parseAmount` reads the reader's amount text (the engine's parser, in the background). */
export async function correctedIncident(
  incident: Incident,
  c: Corrections,
  parseAmount: (text: string) => Promise<SavedAmount | null>,
): Promise<SaveRequest['incident']> {
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
      : await parseAmount(c.amountText);
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
