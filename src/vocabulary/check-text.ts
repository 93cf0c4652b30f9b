/**
 * What each rule of the parse report means to a reader of « À vérifier », in French (the
 * default) and English: a counted summary for a document ("12 lignes non classées") and the
 * words for one of its lines ("ligne non classée"). Keyed by the stable rule ids of the
 * diagnostics; test/unit/checks.test.ts fails when a rule of parse, ingest or territory has no entry.
 */
import type { Lang } from './labels.js';

export interface RuleText {
  /** One occurrence, as said of a line: "ligne non classée". */
  one: string;
  /** The occurrences in a document, counted: "12 lignes non classées", "1 ligne non classée". */
  count: (count: number) => string;
}

export interface CheckText {
  rules: Readonly<Record<string, RuleText>>;
  /** For a rule the catalogue does not know yet: it names the rule so a reader can ask about it. */
  otherRule: (rule: string) => RuleText;
}

/** A rule counted with a noun and its adjective: `n > 1 ? many : one`, the count first. */
const counted = (one: string, many: string): RuleText => ({ one, count: (n) => `${n} ${n > 1 ? many : one}` });

export const CHECK_TEXT: Readonly<Record<Lang, CheckText>> = {
  fr: {
    rules: {
      'unclassified-line': counted('ligne non classée', 'lignes non classées'),
      'territory-unknown': counted('territoire inconnu', 'territoires inconnus'),
      'territory-ambiguous': counted('territoire ambigu', 'territoires ambigus'),
      'date-invalid': counted('date illisible', 'dates illisibles'),
      'front-matter-invalid': counted("valeur d'en-tête illisible", "valeurs d'en-tête illisibles"),
      'front-matter-language': counted('en-tête dans un langage refusé, non lu', 'en-têtes dans un langage refusé, non lus'),
      'encoding-invalid': counted('encodage à vérifier', 'encodages à vérifier'),
      'document-failed': counted('document illisible, non lu', 'documents illisibles, non lus'),
      'file-not-found': counted('fichier introuvable', 'fichiers introuvables'),
      'file-unreadable': counted('fichier illisible, non lu', 'fichiers illisibles, non lus'),
      'file-empty': counted('fichier vide', 'fichiers vides'),
      'binary-file': counted("fichier qui n'est pas du texte, non lu", 'fichiers qui ne sont pas du texte, non lus'),
      'archive-too-large': counted('archive trop volumineuse, non lue', 'archives trop volumineuses, non lues'),
      'workbook-too-large': counted('classeur trop grand, non lu', 'classeurs trop grands, non lus'),
      'workbook-invalid': counted('classeur illisible, non lu', 'classeurs illisibles, non lus'),
      'sheet-skipped': counted('feuille non lue', 'feuilles non lues'),
      'pdf-too-many-pages': counted('PDF trop long, non lu', 'PDF trop longs, non lus'),
      'pdf-invalid': counted('PDF illisible, non lu', 'PDF illisibles, non lus'),
      'docx-invalid': counted('fichier Word illisible, non lu', 'fichiers Word illisibles, non lus'),
      'odt-invalid': counted('fichier OpenDocument illisible, non lu', 'fichiers OpenDocument illisibles, non lus'),
      'csv-invalid': counted('tableau illisible', 'tableaux illisibles'),
      'column-unknown': counted('colonne introuvable', 'colonnes introuvables'),
      'row-skipped': counted('ligne de tableau écartée', 'lignes de tableau écartées'),
      'nesting-capped': counted('imbrication aplatie', 'imbrications aplaties'),
      'line-too-long': counted('ligne trop longue, non lue', 'lignes trop longues, non lues'),
      'line-unreadable': counted('ligne de crochets, non lue', 'lignes de crochets, non lues'),
      'definitions-capped': counted('définition de lien en trop, non lue', 'définitions de liens en trop, non lues'),
      'elements-capped': counted('page trop chargée, balises ignorées', 'pages trop chargées, balises ignorées'),
      'no-match': counted('motif sans fichier', 'motifs sans fichier'),
      'no-inputs': counted('dossier sans document', 'dossiers sans document'),
      // The review file read back (dedupe --review review.csv).
      'review-columns-missing': counted('fichier de revue sans ses colonnes, non lu', 'fichiers de revue sans leurs colonnes, non lus'),
      'review-id-changed': counted('identifiant changé par le tableur, question ignorée', 'identifiants changés par le tableur, questions ignorées'),
      'review-answer-unknown': counted('réponse illisible, question laissée sans réponse', 'réponses illisibles, questions laissées sans réponse'),
      'review-number-invalid': counted('numéro de question illisible ou répété, ligne ignorée', 'numéros de question illisibles ou répétés, lignes ignorées'),
    },
    otherRule: (rule) => counted(`problème de lecture (${rule})`, `problèmes de lecture (${rule})`),
  },
  en: {
    rules: {
      'unclassified-line': counted('unclassified line', 'unclassified lines'),
      'territory-unknown': counted('unknown territory', 'unknown territories'),
      'territory-ambiguous': counted('ambiguous territory', 'ambiguous territories'),
      'date-invalid': counted('unreadable date', 'unreadable dates'),
      'front-matter-invalid': counted('unreadable front matter value', 'unreadable front matter values'),
      'front-matter-language': counted('front matter in a refused language, not read', 'front matters in a refused language, not read'),
      'encoding-invalid': counted('encoding to check', 'encodings to check'),
      'document-failed': counted('unreadable document, not read', 'unreadable documents, not read'),
      'file-not-found': counted('file not found', 'files not found'),
      'file-unreadable': counted('unreadable file, not read', 'unreadable files, not read'),
      'file-empty': counted('empty file', 'empty files'),
      'binary-file': counted('file that is not text, not read', 'files that are not text, not read'),
      'archive-too-large': counted('archive too large, not read', 'archives too large, not read'),
      'workbook-too-large': counted('workbook too large, not read', 'workbooks too large, not read'),
      'workbook-invalid': counted('unreadable workbook, not read', 'unreadable workbooks, not read'),
      'sheet-skipped': counted('sheet not read', 'sheets not read'),
      'pdf-too-many-pages': counted('PDF too long, not read', 'PDFs too long, not read'),
      'pdf-invalid': counted('unreadable PDF, not read', 'unreadable PDFs, not read'),
      'docx-invalid': counted('unreadable Word file, not read', 'unreadable Word files, not read'),
      'odt-invalid': counted('unreadable OpenDocument file, not read', 'unreadable OpenDocument files, not read'),
      'csv-invalid': counted('unreadable table', 'unreadable tables'),
      'column-unknown': counted('column not found', 'columns not found'),
      'row-skipped': counted('table row skipped', 'table rows skipped'),
      'nesting-capped': counted('nesting flattened', 'nestings flattened'),
      'line-too-long': counted('line too long, not read', 'lines too long, not read'),
      'line-unreadable': counted('line of brackets, not read', 'lines of brackets, not read'),
      'definitions-capped': counted('link definition past the bound, not read', 'link definitions past the bound, not read'),
      'elements-capped': counted('page too heavy, tags left out', 'pages too heavy, tags left out'),
      'no-match': counted('pattern matching no file', 'patterns matching no file'),
      'no-inputs': counted('folder without documents', 'folders without documents'),
      'review-columns-missing': counted('review file without its columns, not read', 'review files without their columns, not read'),
      'review-id-changed': counted('id changed by a spreadsheet, question ignored', 'ids changed by a spreadsheet, questions ignored'),
      'review-answer-unknown': counted('unreadable answer, question left unanswered', 'unreadable answers, questions left unanswered'),
      'review-number-invalid': counted('unreadable or repeated question number, row ignored', 'unreadable or repeated question numbers, rows ignored'),
    },
    otherRule: (rule) => counted(`reading problem (${rule})`, `reading problems (${rule})`),
  },
};
