import type { Vocabulary } from './types';

// Korean. No word boundaries for particles: terms match anywhere.
// prettier-ignore
export const ko: Vocabulary = {
  lang: 'ko',
  theft: [
    '해킹', '해커', '탈취', '도난', '유출', '도둑', '공격', '사이버 공격', '개인키', '핫월렛', '핫 월렛', '빼돌', '피해', '익스플로잇',
  ],
  crypto: [
    '암호화폐', '가상자산', '가상화폐', '비트코인', '이더리움', '토큰', '지갑', '거래소', '블록체인', '코인', '스테이블코인',
  ],
  arrest: [
    '체포', '기소', '구속', '유죄', '선고', '송환',
  ],
  'victim-after': [
    '가 해킹', '이 해킹', '에서 탈취', '에서 유출', '에서 도난', '해킹 피해', '가 피해', '이 피해', ' 해킹',
  ],
  'victim-before': [
    '거래소',
  ],
  'theft-noun': [
    '해킹', '탈취', '유출', '사건',
  ],
  investigate: [
    '추적', '동결', '수사', '경찰', '조사',
  ],
  recovery: [
    '회수', '반환', '보상', '압수',
  ],
  suspect: [
    '의심', '추정', '가능성', '소행으로 보',
  ],
  attribute: [
    '소행', '연계', '관련',
  ],
  confirm: [
    '확인', '결론', '밝혔',
  ],
  fraud: [
    '사기', '파산', '폰지',
  ],
  hedge: [
    '약', '이상', '넘는', '가량',
  ],
};
