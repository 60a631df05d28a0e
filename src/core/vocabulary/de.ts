import type { Vocabulary } from './types';

// German.
// prettier-ignore
export const de: Vocabulary = {
  lang: 'de',
  theft: [
    'hack*', 'gehackt', 'diebstahl*', 'gestohlen*', 'erbeut*', 'angriff*', 'angreifer*',
    'ausgenutzt', 'sicherheitslücke*', 'cyberangriff*', 'raub*', 'abgezogen', 'entwendet*',
    'private schlüssel', 'hot wallet',
  ],
  crypto: [
    'krypto*', 'bitcoin*', 'token*', 'wallet*', 'kryptobörse*', 'börse*', 'plattform*', 'brücke',
    'protokoll*', 'blockchain', 'coins',
  ],
  arrest: [
    'festgenommen', 'verhaftet', 'angeklagt', 'verurteilt', 'ausgeliefert',
  ],
  'victim-after': [
    'wurde gehackt', 'wurde angegriffen', 'verlor', 'hat verloren', 'erlitt', 'opfer',
  ],
  'victim-before': [
    'hack bei', 'hack auf', 'angriff auf', 'diebstahl bei', 'gestohlen von', 'erbeutet bei',
    'aus der', 'von der',
  ],
  'theft-noun': [
    'hack', 'angriff', 'diebstahl', 'exploit',
  ],
  investigate: [
    'verfolg*', 'eingefroren', 'ermittl*', 'polizei', 'laut',
  ],
  recovery: [
    'zurückgegeben', 'zurückerhalten', 'sichergestellt', 'beschlagnahmt',
  ],
  suspect: [
    'verdächt*', 'mutmaßlich*', 'vermutlich', 'wahrscheinlich',
  ],
  attribute: [
    'zugeschrieben', 'zugeordnet', 'in verbindung',
    'hinter dem', 'hinter der', 'steckt', 'stecken',
  ],
  confirm: [
    'bestätig*', 'verantwortlich*', 'hinter dem',
  ],
  fraud: [
    'betrug*', 'schneeballsystem', 'pleite', 'insolvenz', 'zusammenbruch',
  ],
  hedge: [
    'rund', 'etwa', 'mehr als', 'fast', 'knapp', 'über',
  ],
  offtopic: [
    'spionage', 'spionier*', 'rüstung*', 'erpressungstrojaner', 'ransomware', 'hackathon',
    'nicht betroffen',
  ],
  product: [
    'startet', 'führt ein', 'stellt vor', 'neue funktion', 'karte', 'bringt',
  ],
  market: [
    'steigt', 'fällt', 'kurs', 'rekordhoch', 'markt', 'anleger',
  ],
  revised: [
    'korrigiert auf', 'nach oben korrigiert', 'erhöht auf', 'revidiert',
  ],
  initial: [
    'zunächst', 'ursprünglich', 'anfangs', 'erste schätzung*',
  ],
  total: [
    'insgesamt', 'zusammen', 'in summe',
  ],
};
