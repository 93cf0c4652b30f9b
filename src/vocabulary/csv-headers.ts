/**
 * Column headers of CSV exports written for readers (`--lang`, `--excel`), by stable column
 * name. Scripts get the stable English names themselves; these are what a spreadsheet shows.
 */
import type { Lang } from './labels.js';

export const RECORD_COLUMNS = [
  'id', 'kind', 'text', 'details', 'axis', 'group', 'territory_level', 'territory_code', 'territory_name', 'dispositifs', 'themes', 'source_file',
  'source_line', 'parent', 'document_title', 'document_date',
] as const;
export const CLUSTER_COLUMNS = ['cluster_id', 'kind', 'text', 'size', 'territory_count', 'document_count', 'territories', 'member_ids', 'sources'] as const;
export const DISPOSITIF_COLUMNS = [
  'dispositif_code', 'dispositif_name', 'territory_level', 'territory_code', 'territory_name', 'initiatives', 'proposals', 'other_mentions', 'sources',
] as const;

export type RecordColumn = (typeof RECORD_COLUMNS)[number];
export type ClusterColumn = (typeof CLUSTER_COLUMNS)[number];
export type DispositifColumn = (typeof DISPOSITIF_COLUMNS)[number];

export const RECORD_HEADERS: Readonly<Record<Lang, Readonly<Record<RecordColumn, string>>>> = {
  fr: {
    id: 'Identifiant',
    kind: 'Type',
    text: 'Texte',
    details: 'Détails',
    axis: 'Axe',
    group: 'Groupe',
    territory_level: 'Niveau du territoire',
    territory_code: 'Code du territoire',
    territory_name: 'Territoire',
    dispositifs: 'Dispositifs',
    themes: 'Thèmes',
    source_file: 'Fichier source',
    source_line: 'Ligne source',
    parent: 'Parent',
    document_title: 'Titre du document',
    document_date: 'Date du document',
  },
  en: {
    id: 'ID',
    kind: 'Kind',
    text: 'Text',
    details: 'Details',
    axis: 'Axis',
    group: 'Group',
    territory_level: 'Territory level',
    territory_code: 'Territory code',
    territory_name: 'Territory',
    // The French word: the schemes are French ones, and readers meet them under that name.
    dispositifs: 'Dispositifs',
    themes: 'Themes',
    source_file: 'Source file',
    source_line: 'Source line',
    parent: 'Parent',
    document_title: 'Document title',
    document_date: 'Document date',
  },
};

export const CLUSTER_HEADERS: Readonly<Record<Lang, Readonly<Record<ClusterColumn, string>>>> = {
  fr: {
    cluster_id: "Identifiant de l'idée",
    kind: 'Type',
    text: 'Texte',
    size: 'Contributions',
    territory_count: 'Territoires (nombre)',
    document_count: 'Réunions (nombre)',
    territories: 'Territoires',
    member_ids: 'Identifiants des contributions',
    sources: 'Sources',
  },
  en: {
    cluster_id: 'Idea ID',
    kind: 'Kind',
    text: 'Text',
    size: 'Contributions',
    territory_count: 'Territories (count)',
    document_count: 'Meetings (count)',
    territories: 'Territories',
    member_ids: 'Contribution IDs',
    sources: 'Sources',
  },
};

export const DISPOSITIF_HEADERS: Readonly<Record<Lang, Readonly<Record<DispositifColumn, string>>>> = {
  fr: {
    dispositif_code: 'Code du dispositif',
    dispositif_name: 'Dispositif',
    territory_level: 'Niveau du territoire',
    territory_code: 'Code du territoire',
    territory_name: 'Territoire',
    initiatives: 'Initiatives',
    proposals: 'Propositions',
    other_mentions: 'Autres mentions',
    sources: 'Sources',
  },
  en: {
    dispositif_code: 'Dispositif code',
    dispositif_name: 'Dispositif',
    territory_level: 'Territory level',
    territory_code: 'Territory code',
    territory_name: 'Territory',
    initiatives: 'Initiatives',
    proposals: 'Proposals',
    other_mentions: 'Other mentions',
    sources: 'Sources',
  },
};
