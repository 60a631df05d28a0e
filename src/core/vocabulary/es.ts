import type { Vocabulary } from './types';

// Spanish.
// prettier-ignore
export const es: Vocabulary = {
  lang: 'es',
  theft: [
    'hackeo*', 'hackead*', 'hacke*', 'robo*', 'robad*', 'robaron', 'robó', 'sustra*', 'exploit*',
    'ataque*', 'atacante*', 'piratas informáticos', 'pirate*', 'brecha*', 'vulnerad*', 'drenad*',
    'desvi*', 'ciberataque*', 'hurto*', 'claves privadas', 'billetera caliente',
  ],
  crypto: [
    'cripto*', 'criptomoneda*', 'criptoactivo*', 'bitcoin*', 'cadena de bloques', 'token*',
    'billetera*', 'monedero*', 'intercambio*', 'plataforma*', 'puente', 'protocolo*',
  ],
  arrest: [
    'detenid*', 'arrestad*', 'acusad*', 'condenad*', 'imputad*', 'extradi*',
  ],
  'victim-after': [
    'fue hackead*', 'sufrió', 'perdió', 'fue víctima', 'fue atacad*', 'fue robad*',
  ],
  'victim-before': [
    'hackeo a', 'hackeo de', 'ataque a', 'ataque contra', 'robo a', 'robo de', 'robados de',
    'robaron a', 'hackearon',
  ],
  'theft-noun': [
    'hackeo', 'ataque', 'robo', 'exploit',
  ],
  investigate: [
    'rastre*', 'congel*', 'investig*', 'policía', 'según',
  ],
  recovery: [
    'recuper*', 'devuelt*', 'devolvi*', 'incautad*',
  ],
  suspect: [
    'sospech*', 'presunt*', 'supuestamente', 'probablemente', 'se cree',
  ],
  attribute: [
    'atribu*', 'vinculad*', 'relacionad*',
    'detrás de', 'detras de',
  ],
  confirm: [
    'confirm*', 'responsable*', 'detrás',
  ],
  fraud: [
    'estafa*', 'fraude*', 'ponzi', 'quiebra', 'colapso',
  ],
  hedge: [
    'unos', 'más de', 'casi', 'alrededor de', 'aproximadamente', 'cerca de',
  ],
  offtopic: [
    'espionaje', 'ransomware', 'hackatón', 'hackathon', 'secuestro de datos',
  ],
  product: [
    'lanza', 'lanzamiento', 'presenta', 'anuncia', 'nueva función', 'tarjeta',
  ],
  market: [
    'sube', 'cae', 'precio', 'cotización', 'máximo histórico', 'mercado',
  ],
  revised: [
    'revisado a', 'revisada a', 'elevó a', 'corregido a', 'corrigió', 'revisó',
  ],
  initial: [
    'inicialmente', 'en un principio', 'primera estimación', 'al principio',
  ],
  total: [
    'en total', 'un total de', 'en conjunto',
  ],
};
