// The library as a STIX 2.1 bundle, for OpenCTI, MISP and other CTI tools.
//   attackers  → intrusion-set (actors the dataset knows, i.e. tracked groups) or threat-actor
//   victims    → identity (organization)
//   incident   → incident with the OASIS Incident Core extension, pointing at an impact
//                (OASIS Impact extension, category "monetary") that carries the stolen amount
//   each source article → report, its URL as an external reference
//   relationships: incident attributed-to actor, actor targets victim, incident targets victim
// Ids are UUIDv5 of stable keys and timestamps come from the library, so re-exporting the same
// incidents gives byte-identical output.
import {
  amountRange,
  victimKeyOf,
  type SavedActor,
  type SavedIncident,
  type SavedSource,
  type SavedVictim,
} from './saved';
import { sourcesByIncident } from './library-export';
import { stixId } from './stix-uuid';

export const INCIDENT_CORE_EXTENSION = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';
export const IMPACT_EXTENSION = 'extension-definition--7cc33dd6-f6a1-489b-98ea-522d351d71b9';

export type StixObject = { type: string; id: string; spec_version?: '2.1' } & Record<
  string,
  unknown
>;
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

const CONFIDENCE: Record<NonNullable<SavedActor['strength']>, number> = {
  confirmed: 95,
  attributed: 85,
  suspected: 50,
  claimed: 30,
};

/** STIX timestamps: RFC 3339 in UTC with milliseconds. Invalid input falls back to `fallback`. */
function stamp(value: string | null | undefined, fallback: string): string {
  const t = value ? Date.parse(value) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString() : fallback;
}

const nameKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const victimKey = (v: SavedVictim) => v.entityId ?? `name:${victimKeyOf([v]) || nameKey(v.name)}`;
const actorType = (a: SavedActor) => (a.entityId ? 'intrusion-set' : 'threat-actor');
const actorKey = (a: SavedActor) => a.entityId ?? `name:${nameKey(a.name)}`;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'web';
  } catch {
    return 'web';
  }
}

interface Shared {
  object: StixObject;
  created: string;
  modified: string;
}

export function buildStixBundle(incidents: SavedIncident[], sources: SavedSource[]): StixBundle {
  const byIncident = sourcesByIncident(sources);
  const shared = new Map<string, Shared>(); // identities and actors, used by several incidents
  const own: StixObject[] = [];
  const emitted = new Set<string>();

  const common = (type: string, id: string, created: string, modified: string) => ({
    type,
    spec_version: '2.1' as const,
    id,
    created,
    modified,
  });
  const share = (id: string, make: () => StixObject, created: string, modified: string) => {
    const seen = shared.get(id);
    if (!seen) shared.set(id, { object: make(), created, modified });
    else {
      if (created < seen.created) seen.created = created;
      if (modified > seen.modified) seen.modified = modified;
    }
    return id;
  };

  const sorted = [...incidents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const incident of sorted) {
    const created = stamp(incident.createdAt, '1970-01-01T00:00:00.000Z');
    const updated = stamp(incident.updatedAt, created);
    const modified = updated > created ? updated : created;
    const list = byIncident.get(incident.id) ?? [];

    const victimIds = incident.victims.map((v) =>
      share(
        stixId('identity', victimKey(v)),
        () =>
          ({
            name: v.name,
            identity_class: 'organization',
            ...(v.kind ? { sectors: ['financial-services'], x_heistlens_victim_kind: v.kind } : {}),
          }) as unknown as StixObject,
        created,
        modified,
      ),
    );
    const actorIds = incident.actors.map((a) => {
      const type = actorType(a);
      return share(
        stixId(type, actorKey(a)),
        () =>
          (type === 'intrusion-set'
            ? { name: a.name }
            : { name: a.name, threat_actor_types: ['unknown'] }) as unknown as StixObject,
        created,
        modified,
      );
    });

    const incidentId = stixId('incident', incident.id);
    const impactId = stixId('impact', incident.id);
    const victims = incident.victims.map((v) => v.name).join(', ') || 'unknown victim';
    own.push({
      ...common('incident', incidentId, created, modified),
      name: `Theft from ${victims}${incident.date ? ` (${incident.date})` : ''}`,
      ...(incident.notes ? { description: incident.notes } : {}),
      ...(incident.tags.length ? { labels: [...incident.tags] } : {}),
      external_references: [
        { source_name: 'heistlens', external_id: incident.id },
        ...(incident.datasetIncidentId
          ? [{ source_name: 'heistlens-dataset', external_id: incident.datasetIncidentId }]
          : []),
      ],
      extensions: {
        [INCIDENT_CORE_EXTENSION]: {
          extension_type: 'property-extension',
          determination: 'confirmed',
          investigation_status: 'open',
          impact_refs: [impactId],
        },
      },
    });

    const range = amountRange(incident, list);
    const chosen = incident.amount;
    own.push({
      ...common('impact', impactId, created, modified),
      impact_category: 'monetary',
      ...(chosen?.text ? { description: `Stolen: ${chosen.text}` } : {}),
      ...(incident.date ? { start_time: `${incident.date}T00:00:00.000Z` } : {}),
      ...(victimIds.length ? { impacted_refs: victimIds } : {}),
      extensions: {
        [IMPACT_EXTENSION]: { extension_type: 'new-sdo' },
        monetary: {
          variety: 'asset-and-fraud',
          ...(range
            ? {
                currency: range.currency.toLowerCase(),
                min_amount: range.min,
                max_amount: range.max,
              }
            : {}),
          ...(chosen && range?.currency === 'USD' && chosen.currency !== 'USD'
            ? { currency_actual: chosen.currency.toLowerCase() }
            : {}),
        },
      },
    });

    const relationships: string[] = [];
    const relate = (type: string, source: string, target: string, extra: object = {}) => {
      const id = stixId('relationship', `${type}|${source}|${target}`);
      if (relationships.includes(id)) return;
      relationships.push(id);
      // An attacker targeting a victim is one fact, however many incidents repeat it.
      if (emitted.has(id)) return;
      emitted.add(id);
      own.push({
        ...common('relationship', id, created, modified),
        relationship_type: type,
        source_ref: source,
        target_ref: target,
        ...extra,
      });
    };
    incident.actors.forEach((a, k) => {
      const by = a.by ? ` by ${a.by}` : '';
      relate('attributed-to', incidentId, actorIds[k]!, {
        ...(a.strength
          ? { confidence: CONFIDENCE[a.strength], description: `Attribution ${a.strength}${by}.` }
          : {}),
      });
      for (const v of victimIds) relate('targets', actorIds[k]!, v);
    });
    for (const v of victimIds) relate('targets', incidentId, v);

    const refs = [...new Set([incidentId, impactId, ...victimIds, ...actorIds, ...relationships])];
    for (const s of list) {
      const saved = stamp(s.savedAt, created);
      own.push({
        ...common('report', stixId('report', s.id), saved, saved),
        name: s.title || s.url,
        report_types: ['threat-report'],
        published: stamp(s.published, saved),
        object_refs: refs,
        external_references: [{ source_name: s.site || hostOf(s.url), url: s.url }],
      });
    }
  }

  const sharedObjects = [...shared.entries()].map(([id, s]) => {
    const type = id.slice(0, id.indexOf('--'));
    return { ...common(type, id, s.created, s.modified), ...s.object };
  });
  const objects = [...sharedObjects, ...own].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return {
    type: 'bundle',
    id: stixId('bundle', objects.map((o) => o.id).join(',')),
    objects,
  };
}
