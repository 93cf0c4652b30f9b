/** What the engine makes of each unit before ids and document data are attached. */
import type { Evidence, Kind, Territory } from '../types/record.js';

export type LineClass = 'record' | 'heading' | 'prose' | 'chrome' | 'unclassified';

/** A record before ids and document data are attached. */
export interface Draft {
  kind: Kind;
  /** How the kind was recognised. */
  evidence: Evidence;
  text: string;
  details: string[];
  parent: Draft | null;
  axis: string | null;
  group: string | null;
  territory: Territory | null;
  /** A place named on its author's line ("Nathalie · Andancette · il y a 3 jours"), read within the document's territory. */
  authorPlace?: string;
  line: number;
  column: number;
  endLine: number;
}
