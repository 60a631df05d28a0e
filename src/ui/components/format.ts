// Display helpers shared by cards, panel, popup and library.

export function formatUsd(usd: number | undefined | null): string {
  if (usd === undefined || usd === null || !Number.isFinite(usd)) return 'amount unknown';
  if (usd >= 1e9) return `$${(usd / 1e9).toFixed(usd >= 1e10 ? 1 : 2)} billion`;
  if (usd >= 1e6) return `$${(usd / 1e6).toFixed(1)} million`;
  return `$${Math.round(usd).toLocaleString('en-US')}`;
}

export function formatAmount(
  a: { value: number; currency: string; usd?: number } | null | undefined,
): string {
  if (!a) return 'not stated';
  const native = `${a.value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${a.currency}`;
  if (a.currency === 'USD') return formatUsd(a.value);
  return a.usd ? `${native} (≈ ${formatUsd(a.usd)})` : native;
}
