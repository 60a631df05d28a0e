// Names written only in katakana, hangul or Han characters ("コインチェック", "빗썸"): the lexicon knows
// names in Latin letters, so a CJK story that never writes the Latin form needs its own reading.
// Like the English descriptor rule ("crypto exchange Nexbit"), a name is read only right after a
// platform noun ("取引所", "交換業者の", "거래소", "交易所") in a theft sentence: katakana and hangul
// runs have no capitals to tell names from words. Bounded: each read looks at most 24 characters.
import type { NameSpan } from './names';

/** Platform nouns after which a CJK story names the platform. */
const DESCRIPTORS = [
  '取引所', '交換業者', '交易所', '거래소', '平台', 'プラットフォーム', 'ブリッジ', '브릿지', '跨链桥',
  '跨鏈橋', '钱包', '錢包', 'ウォレット', '지갑', '프로토콜', 'プロトコル', '协议', '協議',
]; // prettier-ignore

/** Words that may sit between the noun and the name: "取引所大手の", "거래소인". */
const LINKS = /^(?:大手|最大手|国内大手|最大)?(?:の|である|인|이자)?[\s「『"“(（]*/u;

/** Katakana and hangul words that are common nouns, not names. */
const STOP = new Set([
  'ハッカー', 'ハッキング', 'ウォレット', 'ホットウォレット', 'コールドウォレット', 'ビットコイン',
  'イーサリアム', 'トークン', 'サービス', 'システム', 'プラットフォーム', 'ネットワーク', 'セキュリティ',
  'ユーザー', 'ブリッジ', 'プロトコル', 'サイバー', 'アカウント', 'サーバー', 'データ', 'グループ',
  'マルチシグ', 'ステーブルコイン', 'ブロックチェーン', '해킹', '해커', '운영사', '측', '지갑', '코인',
  '비트코인', '이더리움', '가상자산', '가상화폐', '암호화폐', '거래소', '플랫폼', '서비스', '시스템',
  '사용자', '고객', '이용자', '업체', '회사', '당국', '국내', '해외', '대형', '중소', '최대', '주요',
]); // prettier-ignore

const HANGUL_PARTICLE = /(?:에서|으로|로부터|에게|은|는|이|가|을|를|의|에|도|와|과|측)$/u;

function isKatakana(c: number): boolean {
  return (c >= 0x30a0 && c <= 0x30ff) || c === 0x30fc || (c >= 0xff66 && c <= 0xff9d);
}
function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** The katakana or hangul name that starts at `pos` (or null). */
function readName(norm: string, pos: number, max: number): NameSpan | null {
  const c = norm.charCodeAt(pos);
  let e = pos;
  if (isKatakana(c)) {
    while (e < max && e - pos < 24 && (isKatakana(norm.charCodeAt(e)) || norm[e] === '・')) e++;
    const name = norm.slice(pos, e);
    if (name.length < 3 || STOP.has(name)) return null;
    return { start: pos, end: e, name };
  }
  if (isHangul(c)) {
    while (e < max && e - pos < 12 && isHangul(norm.charCodeAt(e))) e++;
    let name = norm.slice(pos, e);
    const bare = name.replace(HANGUL_PARTICLE, '');
    if (bare.length >= 2) name = bare;
    if (name.length < 2 || STOP.has(name)) return null;
    return { start: pos, end: pos + name.length, name };
  }
  return null;
}

/** CJK names right after a platform noun in [from, to), with the noun they follow. */
export function cjkPlatformNames(
  norm: string,
  from: number,
  to: number,
): { span: NameSpan; noun: string }[] {
  const out: { span: NameSpan; noun: string }[] = [];
  const text = norm.slice(from, to);
  for (const noun of DESCRIPTORS) {
    let at = 0;
    for (let guard = 0; guard < 20; guard++) {
      const i = text.indexOf(noun, at);
      if (i < 0) break;
      at = i + noun.length;
      let p = from + at;
      if (norm[p] === ' ') p++;
      const link = LINKS.exec(norm.slice(p, Math.min(to, p + 8)));
      if (link) p += link[0].length;
      const span = readName(norm, p, to);
      // "업비트(Upbit)": the Latin form that follows is the name the lexicon knows; it is read there
      if (span && !/^[(（]\s*[A-Za-z]/.test(norm.slice(span.end, span.end + 3)))
        out.push({ span, noun });
    }
  }
  return out;
}
