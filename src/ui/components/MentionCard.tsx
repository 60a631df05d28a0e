// Presentational card for a victim or an amount mention (and actors the dataset lacks).
import type { Mention } from '../../core/types';
import type { VictimView } from '../../shared/views';
import { formatUsd } from './format';

const ROLE_TEXT: Record<string, string> = {
  stolen: 'The amount stolen in this incident.',
  'other-theft': 'An amount from another incident named in the story.',
  price: 'A price, not the stolen amount.',
  offer: 'An offer or advertisement, not the stolen amount.',
  bounty: 'A bounty or reward, not the stolen amount.',
  recovered: 'An amount recovered or frozen, not the stolen amount.',
  victim: 'The victim of this incident.',
  'other-victim': 'The victim of another incident named in the story.',
  attacker: 'Named as the attacker in this story.',
};

export function MentionCard({
  mention,
  victim,
}: {
  mention: Mention;
  victim?: VictimView | undefined;
}) {
  return (
    <div class="card">
      <h2 class="card-title">{mention.canonical ?? mention.text}</h2>
      <p>{ROLE_TEXT[mention.role] ?? `Role: ${mention.role}`}</p>
      {mention.reason && <p class="muted">Why: {mention.reason}</p>}
      {mention.kind === 'amount' && mention.value !== undefined && (
        <dl class="facts">
          <dt>Value</dt>
          <dd>
            {mention.value.toLocaleString('en-US')} {mention.currency}
          </dd>
          {mention.usd !== undefined && (
            <>
              <dt>In USD</dt>
              <dd>{formatUsd(mention.usd)}</dd>
            </>
          )}
        </dl>
      )}
      {victim && victim.incidents.length > 0 && (
        <section>
          <h3>Known incidents</h3>
          <ul>
            {victim.incidents.map((i) => (
              <li key={i.id}>
                <span class="date">{i.date}</span> {formatUsd(i.amount?.usd ?? i.amount?.usdMax)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
