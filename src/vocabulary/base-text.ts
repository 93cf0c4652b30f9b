/**
 * What readers of the base are told, in French: the site's title and description, and a title,
 * a description and each column's meaning for every table and view, as Datasette shows them
 * (metadata.json). A test checks that every column of the base is described here.
 */

export interface TableText {
  title: string;
  description: string;
  columns: Readonly<Record<string, string>>;
}

export const BASE_TEXT = {
  title: 'Base des dispositifs de santé des territoires',
  description:
    'Les dispositifs et expérimentations que les territoires font vivre ou demandent dans leurs projets de santé, ' +
    'et les idées des consultations publiques, lus dans les documents des territoires par recolte. ' +
    'Chaque contribution renvoie au fichier et à la ligne dont elle vient.',
  source: 'Documents de consultation publique et de projets territoriaux de santé, structurés par recolte',
  license: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  licenseUrl: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

const TERRITORY_COLUMNS = {
  territory_id: 'Territoire (lien vers territories) : niveau et code INSEE, « departement:55 »',
  territory_level: 'Niveau du territoire : commune, departement, region ou national',
  territory_code: 'Code INSEE du territoire (55502, 55, 44, FR)',
  territory_name: 'Nom officiel du territoire',
};

export const TABLE_TEXT: Readonly<Record<string, TableText>> = {
  meta: {
    title: 'Paramètres de la base',
    description: 'Version de recolte, réglages du regroupement des idées (seuil, synonymes, décisions) et dates de création et de mise à jour.',
    columns: { key: 'Nom du paramètre', value: 'Valeur' },
  },
  kinds: {
    title: 'Types de contribution',
    description: 'Les types de contribution, leur nom en français et ce qu’ils disent d’un dispositif : en place, proposé, ou seulement évoqué.',
    columns: {
      kind: 'Type (valeur du schéma : proposal, initiative…)',
      label: 'Nom du type en français',
      status: 'Ce que le type dit d’un dispositif : « en place » (initiative, expérimentation, bonne pratique), « proposé » (proposition, besoin, objectif, premier pas, levier) ou « évoqué » (constat, écueil, question, observation)',
      position: 'Rang du type dans les synthèses',
    },
  },
  territories: {
    title: 'Territoires',
    description: 'Les communes, départements et régions nommés par les contributions, avec le département et la région qui les contiennent (codes officiels INSEE).',
    columns: {
      id: 'Identifiant : niveau et code, « departement:55 »',
      level: 'Niveau : commune, departement, region ou national',
      code: 'Code INSEE',
      name: 'Nom officiel',
      departement_code: 'Code du département qui le contient (lui-même pour un département)',
      departement_name: 'Nom de ce département',
      region_code: 'Code de la région qui le contient (elle-même pour une région)',
      region_name: 'Nom de cette région',
    },
  },
  dispositifs: {
    title: 'Dispositifs',
    description: 'Les dispositifs reconnus (MSP, CPTS, CLS, médicobus…) : nom officiel, description et page officielle qui les définit.',
    columns: {
      code: 'Code stable du dispositif (MSP, CPTS, TELEMEDECINE)',
      name: 'Nom officiel (vide pour un code que le vocabulaire ne décrit pas)',
      description: 'Ce qu’est le dispositif, en une ligne',
      reference: 'Texte qui le définit (article d’un code, convention), quand il y en a un',
      url: 'Page officielle qui le définit',
    },
  },
  themes: {
    title: 'Thèmes',
    description: 'Les thèmes des contributions : les quatre axes du CNR Santé et d’autres (santé mentale, mobilité, jeunes…).',
    columns: { code: 'Code stable du thème (SANTE_MENTALE)', name: 'Nom du thème', description: 'Ce que le thème recouvre' },
  },
  dispositif_themes: {
    title: 'Thèmes des dispositifs',
    description: 'Les thèmes dont relève une contribution qui nomme un dispositif.',
    columns: { dispositif: 'Code du dispositif', theme: 'Code du thème' },
  },
  documents: {
    title: 'Documents',
    description: 'Les documents lus, chacun connu par l’empreinte de son contenu : le même contenu sous un autre nom est le même document.',
    columns: {
      id: 'Identifiant du document',
      path: 'Fichier dont ses contributions ont été lues, relatif au dossier de la base',
      hash: 'Empreinte SHA-256 du contenu du fichier',
      title: 'Titre du document',
      date: 'Date du document (AAAA-MM-JJ)',
      participants: 'Nombre de participants, quand le document le donne',
      ...TERRITORY_COLUMNS,
    },
  },
  document_paths: {
    title: 'Emplacements des documents',
    description: 'Chaque fichier où le contenu d’un document a été trouvé, y compris celui dont il a été lu.',
    columns: { path: 'Fichier, relatif au dossier de la base', document_id: 'Document (lien vers documents)' },
  },
  document_dispositifs: {
    title: 'Dispositifs des documents',
    description: 'Les dispositifs qu’un document nomme n’importe où, introduction et texte courant compris.',
    columns: { document_id: 'Document', dispositif: 'Code du dispositif', position: 'Ordre de première mention dans le document' },
  },
  records: {
    title: 'Contributions',
    description: 'Chaque proposition, besoin, initiative, constat… lu dans les documents, avec son territoire et sa source exacte. Recherche plein texte sans accents ni majuscules.',
    columns: {
      id: 'Identifiant stable de la contribution',
      kind: 'Type de contribution (lien vers kinds)',
      text: 'La contribution telle qu’écrite',
      details: 'Ce qui la décrit plus avant : la description d’une initiative, les lignes sous une proposition',
      parent: 'Proposition ou initiative dont elle relève',
      axis: 'Axe thématique du document sous lequel elle se trouve',
      group_name: 'Sous-groupe dans l’axe (« Former », « Attirer »)',
      ...TERRITORY_COLUMNS,
      evidence: 'Comment son type a été reconnu : heading, label, lead-in, table, row, default, form ou cue',
      source_file: 'Fichier dont elle vient',
      source_line: 'Ligne (ou rang, paragraphe, page) où elle commence',
      source_column: 'Colonne où elle commence',
      source_end_line: 'Ligne où elle finit',
      source_sheet: 'Feuille du classeur, pour un tableur',
      meeting: 'Réunion de la ligne, pour un tableur dont une colonne la nomme (--map meeting=…)',
      document_id: 'Document (lien vers documents)',
      dispositifs: 'Codes des dispositifs qu’elle nomme, en liste JSON',
      themes: 'Codes de ses thèmes, en liste JSON',
    },
  },
  record_dispositifs: {
    title: 'Dispositifs des contributions',
    description: 'Chaque dispositif nommé par une contribution, dans son texte ou sa description.',
    columns: { record_id: 'Contribution', dispositif: 'Code du dispositif', position: 'Ordre de première mention dans la contribution' },
  },
  record_mentions: {
    title: 'Mentions des dispositifs',
    description: 'Le passage exact qui a fait reconnaître chaque dispositif, pour voir pourquoi une contribution le porte.',
    columns: {
      record_id: 'Contribution',
      dispositif: 'Code du dispositif',
      field: 'Champ où est le passage : text (la contribution) ou details (sa description)',
      span_start: 'Début du passage dans le champ (en unités UTF-16, à partir de 0)',
      span_end: 'Fin du passage (exclue)',
      excerpt: 'Le passage',
    },
  },
  record_themes: {
    title: 'Thèmes des contributions',
    description: 'Les thèmes dont relève chaque contribution.',
    columns: { record_id: 'Contribution', theme: 'Code du thème', position: 'Rang du thème' },
  },
  clusters: {
    title: 'Idées',
    description: 'Les idées distinctes : les contributions qui avancent la même idée, dans un ou plusieurs territoires, sont regroupées.',
    columns: {
      id: 'Identifiant stable de l’idée',
      kind: 'Type (lien vers kinds)',
      text: 'Formulation retenue : celle qui est la plus proche de toutes les autres',
      size: 'Nombre de contributions qui l’avancent',
      territory_count: 'Nombre de territoires qui l’avancent (une commune et son département font deux)',
      document_count: 'Nombre de réunions (documents) qui l’avancent : deux contributions d’une même réunion comptent pour une',
      territories: 'Ces territoires, les plus fréquents d’abord',
    },
  },
  cluster_members: {
    title: 'Contributions des idées',
    description: 'Chaque contribution de chaque idée, avec sa proximité à la formulation retenue.',
    columns: { cluster_id: 'Idée', record_id: 'Contribution', position: 'Rang dans l’idée', similarity: 'Proximité à la formulation retenue, de 0 à 1' },
  },
  dispositifs_par_territoire: {
    title: 'Dispositifs par territoire',
    description: 'Quels dispositifs existent ou sont demandés dans quels territoires : une ligne par dispositif, territoire et type de contribution, avec les initiatives, leurs descriptions et leurs sources.',
    columns: {
      dispositif: 'Code du dispositif',
      nom: 'Nom du dispositif',
      territoire: 'Territoire des contributions (vide : sans territoire)',
      niveau: 'Niveau du territoire',
      code_territoire: 'Code INSEE du territoire',
      departement: 'Département qui contient le territoire',
      region: 'Région qui contient le territoire',
      statut: 'en place, proposé ou évoqué',
      type: 'Type des contributions',
      contributions: 'Nombre de contributions',
      documents: 'Nombre de documents dont elles viennent',
      textes: 'Les contributions, une par ligne, avec leur description',
      sources: 'Fichier et ligne de chacune',
    },
  },
  idees: {
    title: 'Idées les plus partagées',
    description: 'Les idées, de la plus partagée à la moins partagée (territoires, puis réunions, puis contributions), avec leurs territoires, leurs sources, leurs dispositifs et leurs thèmes.',
    columns: {
      idee: 'Identifiant de l’idée',
      type: 'Type de contribution',
      texte: 'Formulation retenue',
      contributions: 'Nombre de contributions qui l’avancent',
      territoires: 'Nombre de territoires qui l’avancent',
      reunions: 'Nombre de réunions (documents) qui l’avancent',
      liste_territoires: 'Ces territoires, les plus fréquents d’abord',
      sources: 'Fichier et ligne de chaque contribution',
      dispositifs: 'Dispositifs que ses contributions nomment',
      themes: 'Thèmes de ses contributions',
    },
  },
};
