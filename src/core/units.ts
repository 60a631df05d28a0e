// Currency signs, currency words, token tickers and scale words, per language. Data only: the
// amount scanner (amounts.ts) looks these up around each number. Keys are lower case and normalised.

/** Keys are compared with NFKC-normalised text: normalise them the same way ("करोड़" has a nukta). */
function nfkc<T>(rec: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(rec)) out[k.normalize('NFKC').toLowerCase()] = v;
  return out;
}

/** Currency signs/codes written before a number ("US$", "Rs.", "₹"). Longest first matters. */
export const PREFIX_CURRENCY: Record<string, string> = nfkc({
  'us$': 'USD', 'usd': 'USD', '$': 'USD', 'u$s': 'USD', 'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD',
  'ca$': 'CAD', 'hk$': 'HKD', 's$': 'SGD', 'nt$': 'TWD', 'r$': 'BRL', 'nz$': 'NZD', 'mx$': 'MXN',
  '€': 'EUR', 'eur': 'EUR', '£': 'GBP', 'gbp': 'GBP', '¥': 'JPY', 'jpy': 'JPY', '₩': 'KRW',
  'krw': 'KRW', '₹': 'INR', 'rs.': 'INR', 'rs': 'INR', 'inr': 'INR', '₱': 'PHP', 'php': 'PHP',
  '₽': 'RUB', 'rub': 'RUB', '₺': 'TRY', '₦': 'NGN', 'cny': 'CNY', 'rmb': 'CNY', 'chf': 'CHF',
  'sgd': 'SGD', 'aud': 'AUD', 'cad': 'CAD', 'brl': 'BRL', '₫': 'VND', '฿': 'THB', 'rp': 'IDR',
  'rp.': 'IDR', '₴': 'UAH', 'zł': 'PLN', '₿': 'BTC', 'Ξ': 'ETH',
}); // prettier-ignore

/** Currency words and tickers written after a number. Upper-case-only tickers are in TICKERS. */
export const SUFFIX_CURRENCY: Record<string, string> = nfkc({
  'dollars': 'USD', 'dollar': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'usd': 'USD',
  'us-dollar': 'USD', 'dólares': 'USD', 'dolares': 'USD', 'dólar': 'USD', 'dollari': 'USD',
  'долларов': 'USD', 'доллара': 'USD', 'доллар': 'USD', 'ドル': 'USD', '米ドル': 'USD', '달러': 'USD',
  'डॉलर': 'USD', '$': 'USD', 'yen': 'JPY', '円': 'JPY', '엔': 'JPY', 'euros': 'EUR', 'euro': 'EUR',
  '€': 'EUR', 'eur': 'EUR', 'евро': 'EUR', 'ユーロ': 'EUR', '유로': 'EUR', 'pounds': 'GBP',
  'pound': 'GBP', 'sterling': 'GBP', '£': 'GBP', 'won': 'KRW', '원': 'KRW', 'rupees': 'INR',
  'rupee': 'INR', 'रुपये': 'INR', 'रुपए': 'INR', 'रु': 'INR', 'reais': 'BRL', 'real': 'BRL',
  'pesos': 'PHP', 'peso': 'PHP', 'yuan': 'CNY', 'renminbi': 'CNY', 'рублей': 'RUB', 'рубля': 'RUB',
  'rubles': 'RUB', 'roubles': 'RUB', 'francs': 'CHF', 'singapore dollars': 'SGD',
  'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'hong kong dollars': 'HKD',
  'bitcoin': 'BTC', 'bitcoins': 'BTC', 'биткоинов': 'BTC', 'биткоина': 'BTC', 'ビットコイン': 'BTC',
  '비트코인': 'BTC', 'ether': 'ETH', 'ethereum': 'ETH', 'ethers': 'ETH', 'эфира': 'ETH',
  '이더리움': 'ETH', 'イーサリアム': 'ETH', 'tether': 'USDT', 'solana': 'SOL',
  // zh / tr / vi
  '美元': 'USD', '美金': 'USD', '人民币': 'CNY', '人民幣': 'CNY', '元': 'CNY', '日元': 'JPY',
  '日圓': 'JPY', '韩元': 'KRW', '韓元': 'KRW', '欧元': 'EUR', '歐元': 'EUR', '港元': 'HKD',
  '港币': 'HKD', '新台币': 'TWD', '新台幣': 'TWD', '比特币': 'BTC', '比特幣': 'BTC', '以太坊': 'ETH',
  '以太币': 'ETH', 'dolar': 'USD', 'dolarlık': 'USD', 'doları': 'USD', 'lira': 'TRY',
  'liralık': 'TRY', 'tl': 'TRY', 'türk lirası': 'TRY', 'đô la': 'USD', 'đô la mỹ': 'USD',
  'đồng': 'VND', 'vnđ': 'VND', 'vnd': 'VND',
}); // prettier-ignore

/** Token tickers: matched only when written in upper case after a number ("8,535 ETH"). */
export const TICKERS = new Set([
  'BTC', 'ETH', 'USDT', 'USDC', 'DAI', 'BNB', 'SOL', 'XRP', 'TRX', 'MATIC', 'POL', 'AVAX', 'FTM',
  'BCH', 'LTC', 'DOGE', 'ADA', 'DOT', 'ATOM', 'ARB', 'OP', 'STETH', 'WETH', 'WBTC', 'BUSD', 'XMR',
  'EOS', 'XLM', 'TON', 'ETC', 'ZEC', 'NEAR', 'SUI', 'APT', 'LINK', 'UNI', 'CRV', 'SHIB', 'USDE',
  'FDUSD', 'TUSD', 'HT', 'OKB', 'CRO', 'KLAY', 'NEM', 'XEM', 'MONA', 'IOTA', 'ALGO', 'HBAR',
  'CAKE', 'AAVE', 'COMP', 'MKR', 'SNX', 'YFI', 'SUSHI', 'BAL', 'GALA', 'SAND', 'MANA', 'AXS',
  'RON', 'SLP', 'WBNB', 'CETUS', 'PEPE', 'BONK', 'JUP', 'WIF', 'STX', 'ICP', 'FIL', 'KAVA',
]); // prettier-ignore

export interface Scale {
  factor: number;
  attached?: boolean;
  cjk?: boolean;
  implies?: string;
}

/**
 * Scale words after a number. `attached` = only when written with no space ("37.3M", "1.5bn").
 * CJK scales (億, 万, 억, 조) may chain: "1億2000万円", "1조 2000억원".
 */
export const SCALES: Record<string, Scale> = nfkc<Scale>({
  'trillion': { factor: 1e12 }, 'tn': { factor: 1e12, attached: true },
  'billion': { factor: 1e9 }, 'billions': { factor: 1e9 }, 'bn': { factor: 1e9 },
  'b': { factor: 1e9, attached: true }, 'bln': { factor: 1e9 },
  'million': { factor: 1e6 }, 'millions': { factor: 1e6 }, 'mn': { factor: 1e6 },
  'mln': { factor: 1e6 }, 'mio': { factor: 1e6 }, 'mio.': { factor: 1e6 },
  'm': { factor: 1e6, attached: true }, 'mm': { factor: 1e6, attached: true },
  'thousand': { factor: 1e3 }, 'k': { factor: 1e3, attached: true },
  'crore': { factor: 1e7, implies: 'INR' }, 'crores': { factor: 1e7, implies: 'INR' },
  'cr': { factor: 1e7, implies: 'INR' }, 'cr.': { factor: 1e7, implies: 'INR' },
  'lakh': { factor: 1e5, implies: 'INR' }, 'lakhs': { factor: 1e5, implies: 'INR' },
  'lac': { factor: 1e5, implies: 'INR' },
  'करोड़': { factor: 1e7, implies: 'INR' }, 'करोड': { factor: 1e7, implies: 'INR' },
  'लाख': { factor: 1e5, implies: 'INR' },
  'मिलियन': { factor: 1e6 }, 'बिलियन': { factor: 1e9 }, 'अरब': { factor: 1e9 },
  // es / pt / it / fr / de
  'millones': { factor: 1e6 }, 'millón': { factor: 1e6 }, 'mil millones': { factor: 1e9 },
  'milhões': { factor: 1e6 }, 'milhão': { factor: 1e6 }, 'bilhões': { factor: 1e9 },
  'bilhão': { factor: 1e9 }, 'mil': { factor: 1e3 }, 'milliards': { factor: 1e9 },
  'milliard': { factor: 1e9 }, 'millionen': { factor: 1e6 }, 'milliarden': { factor: 1e9 },
  'mrd': { factor: 1e9 }, 'mrd.': { factor: 1e9 }, 'milioni': { factor: 1e6 },
  'milione': { factor: 1e6 }, 'miliardi': { factor: 1e9 }, 'miliardo': { factor: 1e9 },
  // ru
  'млн': { factor: 1e6 }, 'млн.': { factor: 1e6 }, 'миллиона': { factor: 1e6 },
  'миллионов': { factor: 1e6 }, 'миллион': { factor: 1e6 }, 'млрд': { factor: 1e9 },
  'млрд.': { factor: 1e9 }, 'миллиарда': { factor: 1e9 }, 'миллиардов': { factor: 1e9 },
  'тыс': { factor: 1e3 }, 'тыс.': { factor: 1e3 },
  // ja / ko / zh
  '兆': { factor: 1e12, cjk: true }, '億': { factor: 1e8, cjk: true },
  '万': { factor: 1e4, cjk: true }, '千': { factor: 1e3, cjk: true },
  '조': { factor: 1e12, cjk: true, implies: 'KRW' }, '억': { factor: 1e8, cjk: true, implies: 'KRW' },
  '만': { factor: 1e4, cjk: true }, '천': { factor: 1e3, cjk: true },
  '亿': { factor: 1e8, cjk: true }, '萬': { factor: 1e4, cjk: true },
  // tr / vi
  'milyon': { factor: 1e6 }, 'milyar': { factor: 1e9 }, 'trilyon': { factor: 1e12 },
  'triệu': { factor: 1e6 }, 'tỷ': { factor: 1e9 }, 'tỉ': { factor: 1e9 }, 'nghìn': { factor: 1e3 },
  'ngàn': { factor: 1e3 },
}); // prettier-ignore

/** Words that sit between a scale and its currency: "millones de dólares", "millions d'euros". */
export const CONNECTORS = ['de ', "d'", 'di ', 'of ', 'in ', 'us-', 'us '];
