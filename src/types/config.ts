/* Generated from schemas/config.schema.json by scripts/schema-types.mjs: do not edit by hand. */

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
 * A project's defaults for every recolte command: recolte.config.json, or the "recolte" key of package.json, found from the working directory upwards. Options given on the command line win. Paths are relative to the file that names them.
 */
export interface RecolteConfig {
  /**
   * Where editors find this schema; ignored by recolte.
   */
  $schema?: string;
  /**
   * Territory of documents that name none, as --territory takes it: a code (55, 2A, 55502), a name, or departement:55, region:44, commune:55502.
   */
  territory?: string;
  /**
   * Language of syntheses and CSV headers written for readers.
   */
  lang?: 'fr' | 'en';
  columns?: ColumnsConfig;
  dedupe?: DedupeConfig;
  vocabulary?: VocabularyConfig;
  limits?: LimitsConfig;
}
/**
 * For tables of contributions (.csv, .tsv): the column header (or 1-based number) of each field, over the headers recolte recognises, as --map takes them.
 */
export interface ColumnsConfig {
  text?: string;
  kind?: string;
  territory?: string;
  postcode?: string;
  date?: string;
  axis?: string;
  group?: string;
}
export interface DedupeConfig {
  /**
   * Similarity (0–1) at which records merge automatically.
   */
  threshold?: number;
  /**
   * A synonyms file added to the built-in table.
   */
  synonyms?: string;
  /**
   * A reviewer's decisions file applied on every run (YAML or JSON, or a .csv review).
   */
  decisions?: string;
  /**
   * Questions asked per review round by --review (default 50).
   */
  reviewBudget?: number;
}
export interface VocabularyConfig {
  /**
   * Extra section headings and the kind of the items under them, e.g. {"Freins identifiés": "pitfall", "Idées phares": "proposal"}. Matched the way built-in headings are: case, accents and numbering do not matter.
   */
  headings?: {
    [k: string]: Kind;
  };
  /**
   * Phrases that make a sentence of prose an item of a kind, e.g. {"nous souhaitons": "proposal", "il ressort que": "finding"}; a line ending in ":" that holds one announces a list of that kind. Literal words (never regular expressions), matched as whole words, case and accents aside.
   */
  cues?: {
    [k: string]: Kind;
  };
  /**
   * Lines that are page furniture in your documents (a site's own menu, footer or share lines), e.g. ["Retour à la liste des actualités"]: matched as the whole line, case, accents and closing punctuation aside.
   */
  chrome?: string[];
  /**
   * A YAML file of dispositifs that extends vocabulary/dispositifs.fr.yaml, in the same form: new codes are added, a known code gains the names and acronyms given, and its `acronyms` map says which code an ambiguous acronym (MDS, MDA) means in your documents. Used by parse and tag.
   */
  dispositifs?: string;
  /**
   * A YAML file of themes that extends vocabulary/themes.fr.yaml, in the same form: new codes are added, a known code gains the words given. Used by parse and tag.
   */
  themes?: string;
  /**
   * First words that tell what a list item is when no heading, label or lead-in does: actions make it a proposal, lacks a need (beside proposals) or a finding. E.g. {"actions": ["Mutualisation de"], "lacks": ["Saturation des"]}. Literal words, case and accents aside.
   */
  forms?: {
    actions?: string[];
    lacks?: string[];
  };
}
/**
 * What one document may cost (README, "Limits"). Input read after bounding it gives a warning; input refused gives an error, and the other documents are still read.
 */
export interface LimitsConfig {
  /**
   * Lists and blockquotes nested deeper than this are flattened, and HTML, Word and OpenDocument elements nested deeper than eight times this (warning nesting-capped). Default 32; flag --max-nesting.
   */
  nestingDepth?: number;
  /**
   * A line longer than this many characters is not read for contributions and is accounted as unclassified (warning line-too-long). Default 100000; flag --max-line-length.
   */
  lineLength?: number;
  /**
   * Megabytes one part of a .docx, .odt, .xlsx or .ods file may inflate to (error archive-too-large). Default 100; flag --max-archive-mb sets this and archiveMb.
   */
  archivePartMb?: number;
  /**
   * Megabytes all the parts of one such file may inflate to together (error archive-too-large). Default 200.
   */
  archiveMb?: number;
  /**
   * How many times its compressed size a part over one megabyte may inflate to (error archive-too-large). Default 200.
   */
  archiveRatio?: number;
  /**
   * Parts one such file may hold (error archive-too-large). Default 10000.
   */
  archiveParts?: number;
  /**
   * Sheets a workbook may hold (error workbook-too-large). Default 256.
   */
  workbookSheets?: number;
  /**
   * Cells (rows × columns, as declared or found) a sheet may span (error workbook-too-large). Default 20000000.
   */
  workbookCells?: number;
  /**
   * Pages a PDF may have (error pdf-too-many-pages). Default 2000; flag --max-pdf-pages.
   */
  pdfPages?: number;
  /**
   * Megabytes of heap one document may use while read and parsed (error document-failed). Default: 256 plus 512 times the document's size; flag --max-memory-mb.
   */
  memoryMb?: number;
  /**
   * Seconds one document may take to be read and parsed (error document-failed). Default: 60 plus 30 per megabyte of the document; flag --max-seconds.
   */
  seconds?: number;
}
