import type { Vocabulary } from './types';

// French.
// prettier-ignore
export const fr: Vocabulary = {
  lang: 'fr',
  theft: [
    'piratage*', 'piraté*', 'pirate*', 'vol', 'vols', 'volé*', 'dérob*', 'attaque*', 'attaquant*',
    'exploit*', 'faille*', 'brèche*', 'siphonn*', 'cyberattaque*', 'hack*', 'détourn*',
    'clés privées', 'portefeuille chaud',
  ],
  crypto: [
    'crypto*', 'cryptomonnaie*', 'crypto-monnaie*', 'bitcoin*', 'jeton*', 'token*', 'portefeuille*',
    'plateforme*', 'pont', 'protocole*', 'blockchain',
  ],
  arrest: [
    'arrêté*', 'interpellé*', 'inculpé*', 'condamné*', 'mis en examen', 'extradé*',
  ],
  'victim-after': [
    'a été piraté*', 'a été attaqué*', 'a subi', 'a perdu', 'a été victime', 'victime',
  ],
  'victim-before': [
    'piratage de', 'piratage du', 'piratage d\'', 'attaque contre', 'attaque de', 'vol de',
    'volés à', 'volés sur', 'dérobés à', 'dérobés sur',
  ],
  'theft-noun': [
    'piratage', 'attaque', 'vol', 'exploit', 'hack',
  ],
  investigate: [
    'trac*', 'gel*', 'enquête*', 'police', 'selon',
  ],
  recovery: [
    'récupér*', 'restitu*', 'rendu*', 'saisi*',
  ],
  suspect: [
    'soupçon*', 'présum*', 'probablement', 'suspect*',
  ],
  attribute: [
    'attribu*', 'lié*', 'liés à',
    'derrière',
  ],
  confirm: [
    'confirm*', 'responsable*', 'derrière',
  ],
  fraud: [
    'arnaque*', 'escroquerie*', 'fraude*', 'ponzi', 'faillite', 'effondrement',
  ],
  hedge: [
    'environ', 'plus de', 'près de', 'quelque',
  ],
  offtopic: [
    'espionnage', 'rançongiciel', 'ransomware', 'hackathon',
  ],
  product: [
    'lance', 'lancement', 'dévoile', 'annonce', 'nouvelle fonctionnalité', 'carte de paiement',
  ],
  market: [
    'hausse', 'baisse', 'cours', 'record historique', 'marché', 'grimpe', 'chute',
  ],
  revised: [
    'revu à la hausse', 'réévalué*', 'porté à', 'corrigé à', 'révisé*',
  ],
  initial: [
    'initialement', 'dans un premier temps', 'première estimation', 'au départ',
  ],
  total: [
    'au total', 'au total de', 'en tout', 'un total de',
  ],
};
