import type { Vocabulary } from './types';

// Portuguese.
// prettier-ignore
export const pt: Vocabulary = {
  lang: 'pt',
  theft: [
    'hack*', 'roubo*', 'roubad*', 'roubaram', 'roubou', 'ataque*', 'atacante*', 'invas*',
    'explora*', 'desvi*', 'furto*', 'ciberataque*', 'drenad*', 'violação', 'chaves privadas',
    'carteira quente',
  ],
  crypto: [
    'cripto*', 'criptomoeda*', 'criptoativo*', 'bitcoin*', 'token*', 'carteira*', 'corretora*',
    'exchange', 'plataforma*', 'ponte', 'protocolo*',
  ],
  arrest: [
    'pres*', 'detid*', 'acusad*', 'condenad*', 'indiciad*',
  ],
  'victim-after': [
    'foi hackead*', 'sofreu', 'perdeu', 'foi vítima', 'foi atacad*', 'foi roubad*',
  ],
  'victim-before': [
    'ataque à', 'ataque ao', 'ataque a', 'ataque contra', 'roubo da', 'roubo do', 'roubados da',
    'roubados do', 'hack da', 'hack do', 'invasão da', 'invasão do',
  ],
  'theft-noun': [
    'hack', 'ataque', 'roubo', 'exploit', 'invasão',
  ],
  investigate: [
    'rastre*', 'congel*', 'investig*', 'polícia', 'segundo',
  ],
  recovery: [
    'recuper*', 'devolvid*', 'devolve*', 'apreendid*',
  ],
  suspect: [
    'suspeit*', 'supost*', 'provavelmente', 'acredita-se',
  ],
  attribute: [
    'atribu*', 'ligad*', 'vinculad*',
    'por trás', 'por tras',
  ],
  confirm: [
    'confirm*', 'responsáve*', 'por trás',
  ],
  fraud: [
    'golpe*', 'fraude*', 'pirâmide', 'falência', 'colapso',
  ],
  hedge: [
    'cerca de', 'mais de', 'quase', 'aproximadamente',
  ],
  offtopic: [
    'espionagem', 'ransomware', 'hackathon', 'sequestro de dados',
  ],
  product: [
    'lança', 'lançamento', 'apresenta', 'anuncia', 'nova função', 'cartão',
  ],
  market: [
    'sobe', 'cai', 'preço', 'cotação', 'máxima histórica', 'mercado',
  ],
  revised: [
    'revisado para', 'revisada para', 'elevou para', 'corrigido para', 'corrigiu', 'revisou',
  ],
  initial: [
    'inicialmente', 'a princípio', 'primeira estimativa',
  ],
  total: [
    'no total', 'um total de', 'ao todo',
  ],
};
