import type { Vocabulary } from './types';

// Italian.
// prettier-ignore
export const it: Vocabulary = {
  lang: 'it',
  theft: [
    'hack*', 'attacco*', 'attacchi', 'furto*', 'rubat*', 'sottratt*', 'violazione*', 'exploit*',
    'aggressor*', 'pirati informatici', 'sfrutta*', 'prosciugat*', 'attaccant*', 'chiavi private',
  ],
  crypto: [
    'cripto*', 'criptovalut*', 'bitcoin*', 'token*', 'portafogl*', 'piattaforma*', 'exchange',
    'ponte', 'protocollo*', 'blockchain',
  ],
  arrest: [
    'arrestat*', 'accusat*', 'condannat*', 'incriminat*', 'estradat*',
  ],
  'victim-after': [
    'è stato hackerat*', 'è stata hackerat*', 'ha subito', 'ha perso', 'è stata vittima',
    'è stato vittima', 'è stato attaccat*',
  ],
  'victim-before': [
    'attacco a', 'attacco al', 'attacco alla', 'attacco contro', 'furto a', 'furto di', 'rubati a',
    'rubati da', 'sottratti a', 'sottratti da', 'hack di',
  ],
  'theft-noun': [
    'hack', 'attacco', 'furto', 'exploit',
  ],
  investigate: [
    'traccia*', 'congelat*', 'indag*', 'polizia', 'secondo',
  ],
  recovery: [
    'recuperat*', 'restituit*', 'sequestrat*',
  ],
  suspect: [
    'sospett*', 'presunt*', 'probabilmente',
  ],
  attribute: [
    'attribuit*', 'legat*', 'collegat*',
    'dietro',
  ],
  confirm: [
    'confermat*', 'responsabil*', 'dietro',
  ],
  fraud: [
    'truffa*', 'frode*', 'ponzi', 'fallimento', 'crollo',
  ],
  hedge: [
    'circa', 'oltre', 'più di', 'quasi',
  ],
  offtopic: [
    'spionaggio', 'ransomware', 'hackathon',
  ],
  product: [
    'lancia', 'lancio', 'presenta', 'annuncia', 'nuova funzione', 'carta',
  ],
  market: [
    'sale', 'scende', 'prezzo', 'massimo storico', 'mercato',
  ],
  revised: [
    'rivisto a', 'rivista a', 'corretto a', 'rivist*',
  ],
  initial: [
    'inizialmente', 'in un primo momento', 'prima stima',
  ],
  total: [
    'in totale', 'un totale di', 'complessivamente',
  ],
};
