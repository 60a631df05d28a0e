// Which vendor coined an alias, from the public naming schemes vendors use (Microsoft's weather
// families, CrowdStrike's animals, Mandiant's UNC/APT numbers, ...). Only unambiguous patterns.
const RULES: [RegExp, string][] = [
  [/^[A-Z][a-z]+ (Sleet|Typhoon|Blizzard|Sandstorm|Tempest)$/, 'Microsoft'],
  [/^(Storm|DEV)-\d{3,4}$/i, 'Microsoft'],
  [/^(ZINC|THALLIUM|PLUTONIUM|COPERNICIUM|OSMIUM|CERIUM|LAWRENCIUM)$/i, 'Microsoft'],
  [/ (Chollima|Spider)$/i, 'CrowdStrike'],
  [/^(UNC\d+|APT ?\d+|TEMP\.[A-Za-z]+)$/, 'Mandiant'],
  [/^TA\d{3}$/, 'Proofpoint'],
  [/ Pisces$/, 'Palo Alto Networks Unit 42'],
  [/^NICKEL [A-Z]+$/i, 'Secureworks'],
  [/^ATK\d+$/, 'Thales'],
  [/^APT-C-\d+$/, 'Qihoo 360'],
  [/^TAG-\d+$/, 'Recorded Future'],
  [/ Dokkaebi$/, 'Trend Micro'],
  [/^(Hidden Cobra|HIDDEN COBRA)$/, 'US Government'],
  [/^BeagleBoyz$/, 'CISA'],
  [/^(BlueNoroff|Bluenoroff)$/, 'Kaspersky'],
];

export function namingVendor(alias: string): string | undefined {
  for (const [re, vendor] of RULES) if (re.test(alias)) return vendor;
  return undefined;
}
