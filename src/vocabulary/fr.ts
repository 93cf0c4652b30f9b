/**
 * The French vocabulary recolte reads documents with. Everything the parser knows about
 * wording lives here as data; src/vocabulary/match.ts compiles it. Terms are written as
 * people write them (accents, apostrophes, singular): matching ignores accents and case
 * and accepts the plural of every content word.
 */
import type { Kind } from '../types/record.js';

/** Section headings, labels and questions that name a kind of item. */
export const KIND_TERMS: Readonly<Record<Kind, readonly string[]>> = {
  proposal: [
    'proposition',
    "proposition d'action",
    'solution',
    'piste',
    "piste d'action",
    'piste de solution',
    'piste de travail',
    'piste de réflexion',
    'recommandation',
    'préconisation',
    'action proposée',
    'mesure proposée',
    'idée',
    'suggestion',
  ],
  need: ['besoin', 'besoin identifié', 'attente'],
  objective: ['objectif', 'grand objectif', 'finalité', 'résultat attendu'],
  first_step: [
    'premier pas',
    'première étape',
    'prochaine étape',
    'action concrète',
    'mise en œuvre',
    'mise en place',
    "plan d'action",
    'action à mener',
  ],
  pitfall: [
    'écueil',
    'point de vigilance',
    'vigilance',
    "point d'attention",
    'frein',
    'obstacle',
    'risque',
    'erreur à éviter',
    'menace',
  ],
  lever: ['levier', 'facteur de réussite', 'condition de réussite', 'atout', 'point fort', 'opportunité'],
  good_practice: [
    'bonne pratique',
    'pratique inspirante',
    'exemple inspirant',
    'action inspirante',
    "retour d'expérience",
  ],
  finding: ['constat', 'diagnostic', 'état des lieux', 'enseignement', 'problème', 'difficulté', 'faiblesse'],
  experiment: ['expérimentation', 'expérience pilote', 'projet pilote'],
  initiative: ['initiative', 'dispositif', 'action menée', 'réalisation', 'action existante'],
  question: ['problématique', 'question', 'questionnement', 'interrogation'],
  observation: [
    'observation',
    'remarque',
    'réflexion',
    'commentaire',
    'avis',
    'témoignage',
    'verbatim',
    'expression libre',
    'divers',
    'ressenti',
  ],
};

/**
 * Kinds that belong to the proposal or initiative they stand under: their records get
 * that item's id as `parent`. A "Leviers" section inside "Proposition 2" is the
 * proposal's own levers too, so every kind but the block kinds themselves qualifies.
 */
export const BLOCK_KINDS: readonly Kind[] = ['proposal', 'initiative'];

/** Words that may stand before a kind term at the start of a heading ("Zoom sur les 16 solutions"). */
export const HEADING_LEAD_INS: readonly string[] = [
  'zoom sur',
  'focus sur',
  'synthèse des',
  'liste des',
  'récapitulatif des',
  'recueil des',
  'les',
  'des',
  'nos',
  'vos',
  'leurs',
  'ses',
  'quelques',
  'principaux',
  'principales',
  'grands',
  'grandes',
  'autres',
  'top',
];

/**
 * Headings that open a numbered block whose first line is the item itself
 * ("Proposition 1" then its title, or "Proposition 2 : Créer …" on one line).
 */
export const BLOCK_OPENERS: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  proposal: [
    'proposition',
    'solution',
    'piste',
    'idée',
    'action',
    'fiche action',
    'fiche-action',
    'recommandation',
    'préconisation',
    'mesure',
  ],
  initiative: ['initiative', 'dispositif'],
  experiment: ['expérimentation'],
};

/** Words that open a thematic axis when followed by a number or letter ("Axe 2 – …", "Thème III :"). */
export const AXIS_WORDS: readonly string[] = [
  'axe',
  'thème',
  'thématique',
  'chantier',
  'orientation',
  'priorité',
  'volet',
  'enjeu',
  'défi',
  'partie',
];

/**
 * Headings whose content describes the meeting rather than contributions: what stands
 * under them is prose, never a record ("Objectif de l'atelier" is not a contributed objective).
 */
export const CONTEXT_HEADINGS: readonly string[] = [
  "objectif de l'atelier",
  'objectif de la réunion',
  'objectif de la séance',
  'objectif de la rencontre',
  'objectif de la journée',
  'objectif de la démarche',
  'objectif de la consultation',
  'objectif du débat',
  'objectif du groupe',
  'contexte',
  'introduction',
  'présentation',
  'déroulé',
  'déroulement',
  'programme',
  'ordre du jour',
  'méthode',
  'méthodologie',
  'participants',
  'intervenants',
  'animation',
  'sommaire',
  'remerciements',
  'calendrier',
  'perspectives',
  'en savoir plus',
];

/** Labels of metadata lines ("Nombre de participants : 12", "Date : …"): prose, never records. */
export const METADATA_LABELS: readonly string[] = [
  'nombre de participants',
  'participants',
  'date',
  'lieu',
  'horaire',
  'atelier',
  'réunion',
  'séance',
  'animateur',
  'animatrice',
  'animé par',
  'rédacteur',
  'rédigé par',
  'organisé par',
  'organisateur',
];

/**
 * Page chrome: navigation, calls to comment, share or sign up, bylines, credits, image
 * placeholders and separators. Patterns are tested against the folded line (lower case,
 * no accents, ' for every apostrophe) and must match from its start unless they say otherwise.
 */
export const CHROME_PATTERNS: readonly RegExp[] = [
  /^(top|bottom) of page$/,
  /^(haut|bas) de (la )?page$/,
  /^retour (en haut|a l'accueil|aux actualites)/,
  /^(accueil|actualites?|actus?)( [>»/›].*)?$/,
  /^commentaires?( \(\d+\))?$/,
  /^(laisser|ajouter|ecrire|poster) un commentaire/,
  /espace commentaires?/,
  /^je m'exprime\b/,
  /^(partager|partagez)( (sur|cet article|l'article|la page|cette page|par e-?mail)\b.*)? ?:?$/,
  /^(facebook|twitter|linkedin|x|e-?mail|imprimer|whatsapp)( \| .*)?$/,
  /^(inscrivez-vous|abonnez-vous|je m'inscris|je m'abonne|je rejoins|rejoignez)\b/,
  /^pour (nous )?rejoindre\b/,
  /^(retrouvez|consultez|telechargez|decouvrez|cliquez|lire aussi|lire la suite|voir aussi|a lire aussi|en savoir plus|plus d'informations?)\b/,
  /\b(en )?cliqu(ant|ez) ici\b/,
  /^lie a ?:?$/,
  /^(tags?|mots?-cles?|categories?|rubriques?) ?:/,
  /^(par )?la redaction$/,
  /^il y a \d+ (secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)$/,
  /^\d+ ?min(utes?)? de lecture$/,
  /^(publie|mis a jour|modifie) le\b/,
  /^(credits? photos?|photo ?:|©|\(c\) )/,
  /^(synthese|compte-rendu|document) (realise|redige)e? par\b/,
  /^(ce site utilise|nous utilisons) des cookies/,
  /^(accepter|refuser|parametrer)( les| tous les)? cookies/,
  /^(image|photo|illustration|video)( \d+)?$/,
  /^https?:\/\/\S+$/,
  /^[*_\-=~#.·•]{3,}$/,
];

/** French month names, folded, in calendar order. */
export const MONTHS: readonly string[] = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

/** Column headers of Markdown tables that carry a territory, an axis or a group rather than a kind. */
export const TABLE_COLUMNS = {
  territory: ['territoire', 'département', 'commune', 'région', 'lieu', 'ville'],
  axis: ['axe', 'thème', 'thématique'],
  group: ['groupe', 'sous-thème', 'catégorie'],
} as const;
