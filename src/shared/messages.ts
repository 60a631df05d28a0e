// One typed contract per message direction (DESIGN.md style 3). Every reply is a Result, so
// errors cross the boundary as data. The background router ignores unknown message types.
import type { Analysis } from '../core/types';
import type { Result } from './result';
import type { ImportReply } from './library-import';
import type {
  HighlightSelector,
  IncidentEdit,
  SavedAmount,
  SavedActor,
  SavedIncident,
  SavedSource,
  SourceSummary,
} from './saved';
import type { ActorCardView, SearchHit, VictimView } from './views';
import type { LibraryExport } from './library-export';

/** What the in-page panel sends when the reader presses "Save incident" (after corrections). */
export interface SaveRequest {
  incident: {
    victims: { name: string; entityId?: string }[];
    actors: SavedActor[];
    amount: SavedAmount | null;
    date: string | null;
  };
  source: {
    url: string;
    canonicalUrl: string;
    title: string;
    site: string;
    published?: string;
    highlights: HighlightSelector[];
  };
}

export interface SaveReply {
  incidentId: string;
  /** The saved source (this page), so a merge can be undone from the panel. */
  sourceId: string;
  /** True when the story was added to an incident saved before (another outlet). */
  merged: boolean;
  sourceCount: number;
}

export interface PageState {
  saved: boolean;
  incidentId?: string;
  highlights?: HighlightSelector[];
}

/** Messages from content scripts to the background. */
export interface ContentToBackground {
  /** The cheap gate over a bounded sample of a page's text: worth finding the article? */
  gate: { req: { sample: string }; res: boolean };
  /** Run the engine with the bundled lexicon over an article's text. */
  analyze: { req: { text: string }; res: Analysis };
  /** Everything the card shows about one actor. null when the id is unknown. */
  actorCard: { req: { id: string }; res: ActorCardView | null };
  /** What the dataset knows about a victim named on the page. */
  victimInfo: { req: { name: string }; res: VictimView };
  /** Store (or merge) the incident the reader saves from the page. */
  saveIncident: { req: SaveRequest; res: SaveReply };
  /** Parse an amount the reader typed as a correction; null when it holds none. */
  parseAmount: { req: { text: string }; res: SavedAmount | null };
  /** Undo a merge made by saveIncident: this page's source becomes an incident of its own. */
  splitSource: PageToBackground['splitSource'];
  /** Has this URL been saved before? Used to show "Saved" and restore highlights on revisit. */
  pageState: { req: { url: string }; res: PageState };
}

/** Messages from extension pages (popup, library) to the background. */
export interface PageToBackground {
  actorCard: ContentToBackground['actorCard'];
  /** Actor/alias/victim lookup for the popup search box (prefix and typo-tolerant). */
  searchActors: { req: { query: string; limit?: number }; res: SearchHit[] };
  /** The whole saved library. */
  listSaved: {
    req: Record<string, never>;
    res: { incidents: SavedIncident[]; sources: SavedSource[] };
  };
  /** The library as a versioned JSON export document. */
  exportJson: { req: Record<string, never>; res: LibraryExport };
  /** Delete one saved incident and its sources. */
  deleteIncident: { req: { id: string }; res: { deleted: boolean } };
  /** The reader's correction of one incident; null when the id is unknown. */
  updateIncident: { req: { id: string; edit: IncidentEdit }; res: SavedIncident | null };
  /**
   * Undo a merge: move one source out of its incident into a new incident of its own.
   * null when the source is unknown or is its incident's only source.
   */
  splitSource: {
    req: { sourceId: string };
    res: { incidentId: string; fromIncidentId: string } | null;
  };
  /**
   * Restore a library export (the file's text): validated, then merged by id in one
   * transaction. A refused file changes nothing and the reply says what is wrong and where.
   * Also used to undo a delete (the page re-imports what it deleted).
   */
  importJson: { req: { text: string }; res: ImportReply };
  /** The library page's first read: every saved incident, without sources (draws the list). */
  listIncidents: { req: Record<string, never>; res: SavedIncident[] };
  /** The library page's second read: every source without its highlights (the bulk). */
  listSourceSummaries: { req: Record<string, never>; res: SourceSummary[] };
  /** Full incidents and sources to export or back up: the given ids, or all when absent. */
  exportData: {
    req: { ids?: string[] };
    res: { incidents: SavedIncident[]; sources: SavedSource[] };
  };
}

/** What the content script tells the popup about its page. */
export interface PageSummary {
  /** off: HeistLens is off here; pending: not analysed yet; not-story / story: analysed. */
  state: 'off' | 'pending' | 'not-story' | 'story';
  incident?: Analysis['incident'];
  reasons?: string[];
  score?: number;
  marks?: number;
}

/** Messages from the popup and the background to a tab's content script. */
export interface ToContent {
  /** This page's state and, for a story, its incident. */
  pageSummary: { req: Record<string, never>; res: PageSummary };
  /** "Analyse anyway": run the pipeline even where the gate or the classifier said no. */
  analyseNow: { req: Record<string, never>; res: PageSummary };
  /** Turn HeistLens on or off for this site; off removes everything it injected. */
  setActiveHere: { req: { active: boolean }; res: PageSummary };
  /** The commands shortcut: hide or show every highlight. */
  toggleHighlights: { req: Record<string, never>; res: { hidden: boolean } };
}

export type AnyMap = ContentToBackground & PageToBackground;
export type MessageType = keyof AnyMap;
export type Message<K extends MessageType = MessageType> = { type: K; payload: AnyMap[K]['req'] };
export type Reply<K extends MessageType> = Result<AnyMap[K]['res']>;
