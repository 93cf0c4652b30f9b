/* Generated from schemas/cluster.schema.json by scripts/schema-types.mjs: do not edit by hand. */

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
 * One idea put forward by one or more records, with every record that put it forward.
 */
export interface Cluster {
  /**
   * Stable identifier: a hash of the sorted ids of the members.
   */
  id: string;
  kind: Kind;
  /**
   * The canonical wording: the member closest to all the others.
   */
  text: string;
  /**
   * Number of members, the same as counts.contributions (kept for the readers of version 1).
   */
  size: number;
  counts: ClusterCounts;
  /**
   * Territories that put the idea forward, most frequent first; members without a territory are not counted here.
   */
  territories: TerritoryCount[];
  /**
   * The documents (meetings) that put the idea forward, by file then meeting, each with how many members it gave: an idea written twice in one meeting's report counts once for that meeting, with a count of 2.
   *
   * @minItems 1
   */
  documents: [DocumentCount, ...DocumentCount[]];
  /**
   * Every record of the cluster, by source file and line.
   *
   * @minItems 1
   */
  members: [ClusterMember, ...ClusterMember[]];
  review?: ClusterReview;
}
/**
 * How widely the idea was put forward, counted the same way in every output (README, "Counts").
 */
export interface ClusterCounts {
  /**
   * Records that put it forward (the members).
   */
  contributions: number;
  /**
   * Distinct documents (meetings): a record's source file, or within a table each value of its meeting column.
   */
  documents: number;
  /**
   * Distinct territories as given, each level and code once (a commune and its département are two); members without a territory are not counted.
   */
  territories: number;
}
export interface TerritoryCount {
  level: 'commune' | 'departement' | 'region' | 'national';
  code: string;
  name: string;
  count: number;
}
export interface DocumentCount {
  file: string;
  /**
   * The meeting within the file, when a table's meeting column gives it.
   */
  meeting?: string;
  /**
   * Members from this document (and meeting).
   */
  count: number;
}
export interface ClusterMember {
  id: string;
  text: string;
  territory: Territory | null;
  source: Source;
  /**
   * Similarity to the canonical wording, 0 to 1 (1 for the canonical member and its exact repeats).
   */
  similarity: number;
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
 * What reviewers' decisions did to the cluster; absent when none touched it.
 */
export interface ClusterReview {
  /**
   * How many "same" decisions grew this cluster.
   */
  joined: number;
}
