/* Generated from schemas/record.schema.json by scripts/schema-types.mjs: do not edit by hand. */

/**
 * What the item is: proposal (proposition, solution, piste), need (besoin), objective (objectif), first_step (premiers pas, mise en œuvre), pitfall (écueil, point de vigilance), lever (levier), good_practice (bonne pratique), finding (constat), experiment (expérimentation), initiative (dispositif described in a digest), question (problématique), observation (remarque, réflexion).
 */
export type Kind =
  | 'proposal'
  | 'need'
  | 'objective'
  | 'first_step'
  | 'pitfall'
  | 'lever'
  | 'good_practice'
  | 'finding'
  | 'experiment'
  | 'initiative'
  | 'question'
  | 'observation';
/**
 * How the record's kind was recognised: the strongest mechanism that decided it. heading (under a section heading that names the kind) > label (an inline label: "Constat : …", "Mesure 3 :") > lead-in (announced by a sentence: "Les habitants proposent :") > table (a document table's column) / row (a spreadsheet row) > default (--kind, --layout or a format's default) > form (the item's form alone: an infinitive or an action noun first, "Manque de …") > cue (a cue phrase in prose: "Il a été proposé de …").
 */
export type Evidence =
  'heading' | 'label' | 'lead-in' | 'table' | 'row' | 'default' | 'form' | 'cue';
/**
 * A dispositif's or a theme's stable code: capitals, digits and underscores (MSP, CPTS, SANTE_MENTALE).
 */
export type TagCode = string;

/**
 * One item a participant or a report put forward, with where it came from.
 */
export interface RecolteRecord {
  /**
   * Stable identifier: a hash of the source file, the item's position and its text.
   */
  id: string;
  kind: Kind;
  /**
   * The item as written, without list markers, numbering or surrounding whitespace.
   */
  text: string;
  /**
   * Text that describes the item further (an initiative's description, lines under a proposal's title).
   */
  details?: string | null;
  /**
   * Id of the proposal or initiative this item belongs to.
   */
  parent?: string | null;
  /**
   * Text of the enclosing thematic heading ("Axe 2 – …").
   */
  axis?: string | null;
  /**
   * Sub-group inside the axis or section ("Former", "Attirer").
   */
  group?: string | null;
  territory?: Territory | null;
  evidence?: Evidence;
  source: Source;
  /**
   * The meeting the item was put forward at, within its source file: the value of a table's meeting column (--map meeting=COLUMN). Absent when the file is one meeting's document.
   */
  meeting?: string;
  document?: DocumentInfo | null;
  /**
   * Codes of the dispositifs the item names, in its text or its details (vocabulary/dispositifs.fr.yaml and the config's vocabulary.dispositifs), in order of first mention.
   */
  dispositifs?: TagCode[];
  /**
   * Codes of the themes the item is about (vocabulary/themes.fr.yaml and the config's vocabulary.themes), from its words, its axis and its group.
   */
  themes?: TagCode[];
  /**
   * Where each dispositif was named: the span of text that matched, so a reader can see why the record carries it.
   */
  mentions?: Mention[];
}
/**
 * A place with its official INSEE code and name.
 */
export interface Territory {
  level: 'commune' | 'departement' | 'region' | 'national';
  /**
   * INSEE code: 5 characters for a commune (01015, 2A004), 2 or 3 for a département (01, 2A, 971), 2 for a région (44), FR for national.
   */
  code: string;
  name: string;
}
/**
 * Where the item stands in its input (1-based). line is the line of a text file or web page, the row of a table or workbook, the paragraph of a Word or OpenDocument file, the page of a PDF.
 */
export interface Source {
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  /**
   * The sheet of a workbook (.xlsx, .ods) the row is on.
   */
  sheet?: string;
}
/**
 * Metadata found for the whole document.
 */
export interface DocumentInfo {
  title?: string | null;
  /**
   * ISO date (YYYY-MM-DD), or null when the document gives none or no year.
   */
  date?: string | null;
  participants?: number | null;
  /**
   * SHA-256 of the file's bytes, in hexadecimal: the same content under another name is the same document.
   */
  hash?: string;
  /**
   * Codes of every dispositif the document names anywhere, prose and introductions included.
   */
  dispositifs?: TagCode[];
}
/**
 * A span of a record's text or details that named a dispositif. start and end count UTF-16 code units from the field's start, end exclusive (JavaScript's String.prototype.slice).
 */
export interface Mention {
  code: TagCode;
  field: 'text' | 'details';
  start: number;
  end: number;
}
