// The JSON export format: everything needed to restore the library.
import type { SavedIncident, SavedSource } from './saved';

export const EXPORT_FORMAT = 'heistlens-library';
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  generator: string;
  incidents: (SavedIncident & { sources: SavedSource[] })[];
}

export function buildExport(
  incidents: SavedIncident[],
  sources: SavedSource[],
  exportedAt: string,
  generator: string,
): LibraryExport {
  const byIncident = new Map<string, SavedSource[]>();
  for (const s of sources) {
    const list = byIncident.get(s.incidentId) ?? [];
    list.push(s);
    byIncident.set(s.incidentId, list);
  }
  const sorted = [...incidents].sort((a, b) => a.id.localeCompare(b.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    generator,
    incidents: sorted.map((i) => ({
      ...i,
      sources: (byIncident.get(i.id) ?? []).sort((a, b) => a.savedAt.localeCompare(b.savedAt)),
    })),
  };
}
