import type { Vocabulary } from './types';

// Turkish. Suffixes attach to words ("BtcTurk'e", "çalındığını"): theft verbs are listed in the
// forms news uses, not as prefixes that would also match "çalış-" (to work).
// prettier-ignore
export const tr: Vocabulary = {
  lang: 'tr',
  theft: [
    'hacklen*', 'hackle*', 'çalındı*', 'çalınan', 'çalındığı*', 'çaldı', 'çaldığı*', 'çalıntı',
    'siber saldırı*', 'saldırgan*', 'hırsız*', 'soygun*', 'istismar*', 'özel anahtar*',
    'sıcak cüzdan*', 'boşaltıl*', 'ele geçir*', 'bilgisayar korsan*',
  ],
  'weak-theft': [
    'saldırı*', 'ihlal*', 'güvenlik açığı', 'yetkisiz',
  ],
  crypto: [
    'kripto*', 'bitcoin*', 'ethereum', 'token*', 'cüzdan*', 'borsa*', 'blokzincir*', 'blok zincir*',
    'stablecoin*', 'coin',
  ],
  arrest: [
    'tutukla*', 'gözaltı*', 'yakalan*', 'hapis', 'mahkum*', 'mahkûm*', 'iade edil*', 'iddianame*',
    'ceza*', 'mahkeme*',
  ],
  'victim-after': [
    'saldırıya uğra*', 'hacklendi*', 'zarara uğra*', 'kaybetti',
  ],
  'victim-before': [
    'borsası', 'platformu', 'protokolü',
  ],
  'theft-noun': [
    'saldırı', 'saldırısı', 'hack', 'soygun', 'hırsızlık',
  ],
  investigate: [
    'dondur*', 'soruştur*', 'polis*', 'takip', 'göre',
  ],
  recovery: [
    'geri ver*', 'geri al*', 'kurtarıl*', 'dondurul*', 'iade etti',
  ],
  bounty: [
    'ödül*',
  ],
  suspect: [
    'şüphe*', 'muhtemel*', 'olası', 'iddia*',
  ],
  attribute: [
    'arkasında', 'bağlantılı', 'ilişkilendir*', 'sorumlu tut*',
  ],
  confirm: [
    'doğrula*', 'sorumlu',
  ],
  fraud: [
    'dolandırıc*', 'sahtekar*', 'ponzi', 'çöken', 'çöktü', 'iflas*', 'vurgun*',
  ],
  past: [
    'daha önce', 'geçmişte', 'önceki', 'yıl önce',
  ],
  hedge: [
    'yaklaşık', 'civarında', 'üzerinde', 'neredeyse',
  ],
  offtopic: [
    'fidye yazılım*', 'casus*', 'hackathon*',
  ],
  product: [
    'lansman*', 'kullanıma sun*', 'tanıttı', 'yeni özellik*',
  ],
  market: [
    'fiyat*', 'yükseldi', 'düştü', 'rekor', 'piyasa*', 'yatırımcılar',
  ],
  revised: [
    'revize edil*', 'olarak güncellendi',
  ],
  initial: [
    'başlangıçta', 'ilk olarak', 'ilk tahmin*',
  ],
  total: [
    'toplam', 'toplamda',
  ],
};
