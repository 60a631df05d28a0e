// Fixed, approximate USD rates, used only when the text does not give its own USD equivalent
// ("8,535 ETH (about $26.4 million)" wins over this table). There is no network access in the
// engine, so rates cannot be live. Fiat rates are rounded 2024 annual averages of the ECB/Federal
// Reserve (H.10) reference rates; token rates are rounded 2024 averages of daily closing prices as
// published by public market trackers (CoinGecko/CoinMarketCap). Thefts span 2014-2025, so a token
// figure here can be far from the value on the day of a theft: treat `usd` from this table as an
// order of magnitude, and prefer the text's own figure.

export const USD_RATES: Record<string, number> = {
  USD: 1, EUR: 1.08, GBP: 1.28, JPY: 0.0066, KRW: 0.00073, INR: 0.012, BRL: 0.19, PHP: 0.0175,
  SGD: 0.75, AUD: 0.66, CAD: 0.73, HKD: 0.128, TWD: 0.031, NZD: 0.6, MXN: 0.055, RUB: 0.011,
  TRY: 0.031, NGN: 0.00068, CNY: 0.139, CHF: 1.14, VND: 0.00004, THB: 0.028, IDR: 0.000063,
  UAH: 0.025, PLN: 0.25,
  // stablecoins
  USDT: 1, USDC: 1, DAI: 1, BUSD: 1, TUSD: 1, FDUSD: 1, USDE: 1,
  // tokens (approximate 2024 averages)
  BTC: 65000, WBTC: 65000, ETH: 3000, WETH: 3000, STETH: 3000, BNB: 500, WBNB: 500, SOL: 150,
  XRP: 0.6, TRX: 0.14, MATIC: 0.6, POL: 0.5, AVAX: 30, FTM: 0.6, BCH: 400, LTC: 80, DOGE: 0.15,
  ADA: 0.45, DOT: 6, ATOM: 7, ARB: 0.8, OP: 1.8, XMR: 160, EOS: 0.7, XLM: 0.11, TON: 5.5,
  ETC: 25, ZEC: 35, NEAR: 5, SUI: 1.5, APT: 8, LINK: 15, UNI: 8, CRV: 0.4, SHIB: 0.00002,
  HT: 0.6, OKB: 45, CRO: 0.1, KLAY: 0.18, XEM: 0.03, NEM: 0.03, MONA: 0.5, IOTA: 0.2, ALGO: 0.18,
  HBAR: 0.1, CAKE: 2.5, AAVE: 130, COMP: 55, MKR: 2000, SNX: 2.5, YFI: 7000, SUSHI: 1,
  BAL: 3, GALA: 0.03, SAND: 0.4, MANA: 0.4, AXS: 6, RON: 2, SLP: 0.003, CETUS: 0.15,
}; // prettier-ignore

export const FIAT = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'KRW', 'INR', 'BRL', 'PHP', 'SGD', 'AUD', 'CAD', 'HKD', 'TWD', 'NZD',
  'MXN', 'RUB', 'TRY', 'NGN', 'CNY', 'CHF', 'VND', 'THB', 'IDR', 'UAH', 'PLN',
]); // prettier-ignore

export function toUsd(value: number, currency: string): number | undefined {
  const r = USD_RATES[currency];
  if (r === undefined) return undefined;
  return roundUsd(value * r);
}

export function roundUsd(v: number): number {
  if (v >= 1000) return Math.round(v);
  return Math.round(v * 100) / 100;
}
