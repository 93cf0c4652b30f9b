/**
 * The French vocabulary recolte reads documents with. Everything the parser knows about
 * wording lives here as data; src/vocabulary/match.ts compiles it. Terms are written as
 * people write them (accents, apostrophes, singular): matching ignores accents and case
 * and accepts the plural of every content word.
 */
import type { Kind } from '../types/record.js';
import type { Field } from '../parse/fields.js';

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
    'ce que nous proposons',
    // Verbs that announce proposals in a question or an introductory sentence
    // ("Que proposez-vous ?", "Les participants proposent de :"); "propose" alone is too common.
    'proposent',
    'proposons',
    'proposez',
    'suggèrent',
    'recommandent',
    'préconisent',
  ],
  need: ['besoin', 'besoin identifié', 'attente', 'ce qui manque'],
  objective: ['objectif', 'grand objectif', 'finalité', 'résultat attendu'],
  first_step: [
    'premier pas',
    'première étape',
    'prochaine étape',
    // Not "étape" alone: "Étape 1 : accueil des participants" describes the meeting.
    'étape de mise en œuvre',
    'première action',
    'action à engager',
    'action à conduire',
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
    'à éviter',
    'menace',
    'ce qui freine',
    'ce qui bloque',
    'ce qui pose problème',
  ],
  lever: [
    'levier',
    'facteur de réussite',
    'condition de réussite',
    'clé de réussite',
    'atout',
    'point fort',
    'opportunité',
    'ce qui aide',
    'ce qui facilite',
  ],
  good_practice: [
    'bonne pratique',
    'pratique inspirante',
    'exemple inspirant',
    'action inspirante',
    "retour d'expérience",
    'ce qui marche',
    'ce qui fonctionne',
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
 * How a heading or question points at the proposal it stands under: "cette proposition",
 * "cette action", or a pronoun before a verb ("la mettre en œuvre", "le financer").
 */
export const BLOCK_REFERENCES = {
  nouns: ['proposition', 'action', 'initiative', 'solution', 'piste', 'idée', 'mesure', 'dispositif'],
  verbs: ['mettre', 'réaliser', 'lancer', 'financer', 'déployer'],
} as const;

/**
 * How a question asks for a kind without naming it ("Pourquoi cette proposition ?", "Comment
 * la mettre en œuvre ?"). Only a question that opens with the cue counts, and only a short one
 * or one about "cette proposition": "Comment attirer les jeunes médecins en zone rurale ?" is a
 * journalist's heading, not a workshop question.
 */
export const QUESTION_CUES: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  need: ['pourquoi', 'à quoi répond', 'à quoi cela répond'],
  objective: ['pour quoi faire', 'à quoi ça sert', 'à quoi cela sert', 'à quoi sert', 'dans quel but', 'quel est le but', 'que vise'],
  first_step: ['comment', 'par où commencer', 'quelle mise en œuvre'],
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
  'contact',
];

/**
 * Page chrome: navigation, calls to comment, share or sign up, bylines, credits, image
 * placeholders and separators. Patterns are tested against the folded line (lower case,
 * no accents, ' for every apostrophe) and must match from its start unless they say otherwise.
 */
export const CHROME_PATTERNS: readonly RegExp[] = [
  // Navigation and site furniture
  /^(top|bottom) of page$/,
  /^(haut|bas) de (la )?page$/,
  /^retour (en haut|a l'accueil|aux actualites)/,
  /^(accueil|actualites?|actus?)( [>»/›].*)?$/,
  /^(menu|rechercher|recherche|fermer|retour|suivant|precedent|voir plus|afficher plus)$/,
  /^(article|page|actualite) (precedente?|suivante?)\b/,
  /^(mentions legales|plan du site|politique de confidentialite|donnees personnelles|tous droits reserves|nous contacter|contactez-nous)\b/,
  // Comments, sharing, following, signing up
  /^commentaires?( \(\d+\))?$/,
  /^\d+ (commentaires?|reactions?)$/,
  /^(laisser|ajouter|ecrire|poster) un commentaire/,
  /espace commentaires?/,
  /^(je m'exprime|reagissez)\b/,
  /^reagir$/,
  /^(partager|partagez)( (sur|cet article|l'article|la page|cette page|par e-?mail)\b.*)? ?:?$/,
  /^(partager|partagez)( (cet article|l'article|la page|cette page))? ?: (facebook|twitter|linkedin|x|whatsapp|e-?mail)\b/,
  /^((facebook|twitter|linkedin|x|instagram|youtube|whatsapp|e-?mail|imprimer)[ |,•·/]*)+$/,
  /^(facebook|twitter|linkedin|x|e-?mail|imprimer|whatsapp)( \| .*)?$/,
  /^(envoyer (par e-?mail|a un ami)|imprimer (cet article|cette page)|copier le lien|lien copie|j'aime|tweet(er)?)$/,
  /^(inscrivez-vous|abonnez-vous|je m'inscris|je m'abonne|je rejoins|rejoignez|suivez-nous)\b/,
  /^(s'abonner|s'inscrire) a (la|notre) (newsletter|lettre d'information)\b/,
  /^(newsletter|lettre d'information)$/,
  /^pour (nous )?rejoindre\b/,
  // Links to elsewhere
  /^(retrouvez|consultez|telechargez|telecharger|decouvrez|cliquez|lire aussi|lire la suite|voir aussi|a lire aussi|en savoir plus|plus d'informations?)\b/,
  /^(vous aimerez aussi|sur le meme (sujet|theme)|dans la meme rubrique|a decouvrir (aussi|egalement)|articles? (similaires|lies|associes))\b/,
  /^voir (la video|le replay|les photos|le diaporama)\b/,
  /\b(en )?cliqu(ant|ez) ici\b/,
  /^lie a ?:?$/,
  /^(tags?|mots?-cles?|categories?|rubriques?) ?:/,
  // Bylines, dates of publication, reading time, credits
  /^(par )?la redaction$/,
  /^(publie|redige|ecrit)e? par\b/,
  /^auteure?s? ?:/,
  /^il y a \d+ (secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)$/,
  /^\d+ ?min(utes?)? de lecture$/,
  /^(temps de )?lecture ?:? ?\d+ ?min(utes?)?$/,
  /^(publie|mis a jour|modifie|mis en ligne|poste)e? le\b/,
  /^(credits? photos?|photo ?:|legende ?:|sources? ?:|©|\(c\) )/,
  /^(synthese|compte-rendu|document) (realise|redige)e? par\b/,
  // Cookie banners
  /^(ce site utilise|nous utilisons) des cookies/,
  /^(accepter|refuser|parametrer|gerer)( les| tous les)? cookies/,
  /^(cookies|tout accepter|tout refuser)$/,
  // Media placeholders, bare links, separators
  /^\[?(image|photo|illustration|video|galerie photos?|diaporama)( \d+)?\]?$/,
  /^(image|illustration|video) ?:/,
  /^https?:\/\/\S+$/,
  /^[*_\-=~#.·•]{3,}$/,
];

/**
 * Bylines, tested on the line as written because only capitals tell "Par Jean Dupont" (a
 * byline) from "Par ailleurs, …" (a sentence). A first name and a name at least ("Par SMS" is
 * not one), then maybe a short role or date ("Par Jean Martin, secrétaire de séance").
 */
export const BYLINE_PATTERNS: readonly RegExp[] = [
  /^(?:[Pp]ar|[Pp]ropos recueillis par)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:de\s+|d['’])?\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*[,|–—-]\s*[^.!?]{0,60})?$/u,
];

/**
 * Words that, earlier in the sentence, make "le <date>" or "du <date>" the date of the
 * meeting a document reports ("La table ronde s'est tenue le 9 février 2024", "Compte rendu
 * de l'atelier du 27 septembre"). Matched as word starts: "réuni" covers "réunis", "réunion".
 */
export const MEETING_DATE_CUES: readonly string[] = [
  'atelier',
  'réuni',
  'séance',
  'rencontre',
  'forum',
  'table ronde',
  'assises',
  'conférence',
  'journée',
  'soirée',
  'webinaire',
  'consultation',
  'débat',
  "s'est tenu",
  'se sont tenu',
  'a eu lieu',
  'ont eu lieu',
  "s'est déroulé",
  'se sont déroulé',
  'organisé',
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

/**
 * Column headers of tables, by what the column holds: one list for the tables of contributions
 * exported as spreadsheets (CSV, TSV, workbooks) and the tables inside documents (Markdown,
 * HTML, Word, OpenDocument, PDF); French and English, matched folded. `text` holds the
 * contribution; `title` a short title or subject, the text only where no column holds it;
 * `details` what describes the item ("Dispositif | Description"); `kind` the kind of each row
 * as a word ("Proposition", "Frein"); `postcode` postal codes, resolved to their commune or
 * département. In documents, a header that names a kind ("Constat", "Levier") is a column of
 * items of that kind instead (KIND_TERMS, COLUMN_KINDS).
 */
export const TABLE_COLUMNS = {
  text: ['contribution', 'proposition', 'texte', 'idée', 'commentaire', 'avis', 'réponse', 'verbatim', 'contenu', 'message', 'text', 'idea', 'comment', 'proposal', 'answer', 'content'],
  title: ['titre', 'intitulé', 'sujet', 'objet', 'title', 'subject'],
  details: ['description', 'détail', 'détails', 'précision', 'précisions', 'explication', 'details'],
  kind: ['type', 'catégorie', 'nature', 'type de contribution', 'kind', 'category'],
  territory: ['département', 'territoire', 'commune', 'ville', 'région', 'lieu', 'code insee', 'department', 'territory', 'city', 'town'],
  postcode: ['code postal', 'cp', 'postal code', 'postcode', 'zip'],
  date: ['date', 'date de la contribution', 'date de la réunion', 'date de contribution'],
  axis: ['axe', 'thème', 'thématique', 'theme', 'topic', 'axis'],
  group: ['groupe', 'sous-thème', 'sous-axe', 'sous-thématique', 'group', 'subtopic'],
} as const satisfies Record<Field | 'title' | 'details', readonly string[]>;

/**
 * Column headers of document tables that name the kind of the items below them, beside the
 * kind terms: "Dispositif | Description" and "Action | Détail" list initiatives.
 */
export const COLUMN_KINDS: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  initiative: ['dispositif', 'initiative', 'action', 'projet', 'action menée', 'action existante'],
};

/**
 * Words that `dedupe` keeps although French stop-word lists drop them: they carry the meaning
 * of a contribution ("ne pas supprimer" is the opposite of "supprimer").
 */
export const MEANINGFUL_STOP_WORDS: readonly string[] = [
  'ne', 'pas', 'non', 'sans', 'plus', 'moins', 'pour', 'contre', 'aucun', 'aucune', 'jamais', 'ni',
  // "Zone sous dotée" is the opposite of "zone bien dotée".
  'sous',
  // "pas assez" is a shortage, not a negation: the synonym table needs both words.
  'assez',
  'unique', 'nouveau', 'nouveaux', 'nouvelle', 'nouvelles', 'premier', 'première', 'premiers', 'premières',
  'proche', 'proches', 'ouvert', 'ouverte', 'directe', 'direct', 'seul', 'seule',
];

/** Numbers written in words: compared as numbers, so "deux ans" and "cinq ans" stay apart. */
export const NUMBER_WORDS: Readonly<Record<string, string>> = {
  deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6', sept: '7', huit: '8', neuf: '9', dix: '10',
  onze: '11', douze: '12', quinze: '15', vingt: '20', trente: '30', quarante: '40', cinquante: '50',
  cent: '100', mille: '1000',
  deuxième: '2e', troisième: '3e', quatrième: '4e', cinquième: '5e', sixième: '6e',
};

/**
 * Negations: a contribution that negates (any of these) is never merged automatically with one
 * that does not. Which word negates does not matter: "sans médecin traitant" and "n'ont pas de
 * médecin traitant" say the same.
 */
export const NEGATION_WORDS: readonly string[] = ['ne', 'pas', 'non', 'sans', 'aucun', 'aucune', 'jamais', 'ni'];

/** Opposite pairs: "plus de …" and "moins de …" are never merged automatically. */
export const OPPOSITE_WORDS: readonly (readonly [string, string])[] = [
  ['plus', 'moins'],
  ['pour', 'contre'],
];

/**
 * "Pour" and "contre" state a stance only at the head of a contribution ("Pour la régulation",
 * "Contre le numerus clausus"); elsewhere they say a purpose or an exchange ("des bourses pour
 * les étudiants … contre un engagement") and are left out.
 */
export const HEAD_ONLY_POLARITY: readonly string[] = ['pour', 'contre'];

/** Words dropped before elision: l'accès, d'une, qu'il, jusqu'au. */
export const ELISIONS: readonly string[] = ['l', 'd', 'qu', 'j', 'm', 'n', 's', 't', 'c', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'];

/**
 * Words that say little about which idea a contribution is, in this domain: generic verbs
 * ("favoriser", "mettre"), quantities ("davantage", "nombre"), who and where in general
 * ("habitants", "département"). `dedupe` gives them a quarter of their weight, so "Développer
 * les IPA" and "Plus d'IPA" meet, while what differs in substance still counts in full.
 * Entries are words, or synonym concepts written "#name".
 */
export const WEAK_WORDS: readonly string[] = [
  '#developper', 'médecin', 'département', 'départemental', 'habitant', 'davantage', 'nombre', 'proposer',
  'mettre', 'faire', 'devoir', 'vouloir', 'pouvoir', 'falloir', 'trouver', 'permettre', 'améliorer',
  'besoin', 'santé', 'soin', 'territoire', 'local', 'action', 'place', 'aller', 'avoir', 'être', 'rendre',
  'public', 'personne', 'gens', 'patient', 'mieux', 'vraiment', 'beaucoup', 'long', 'interminable', 'très', 'trop',
];

/**
 * Words that introduce a local detail ("…, notamment à Bar-le-Duc", "comme à Marie-Galante",
 * "sur le modèle de Figeac"): the capitalised name they lead to situates the contribution and
 * is left out of comparisons, whether or not it is a commune we know.
 */
export const LOCAL_DETAIL_MARKERS: readonly string[] = [
  'notamment', 'par exemple', 'comme', 'en particulier', 'surtout', 'sur le modèle de', 'en commençant par', 'à commencer par',
];

/** Prepositions of place before a name ("à Verdun", "autour de Sedan", "dans le Haut-Doubs"). */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'à', 'a', 'au', 'aux', 'de', 'du', 'des', "d'", 'en', 'sur', 'près de', "près d'", 'autour de', "autour d'", 'vers',
  'dans le', 'dans la', 'dans les', "dans l'", 'du côté de', 'chez',
];

/**
 * "Ne pas fermer", "non à la fermeture", "contre la suppression" all say "maintenir": a closure
 * word with one of the cues up to three words before it is read as `reading`, and the cues go
 * (so the negation guard does not keep it from "maintenir les urgences").
 */
export const KEEP_OPEN: { cues: readonly string[]; closures: readonly string[]; reading: string } = {
  cues: ['ne', 'pas', 'non', 'contre', 'refuser', 'refus', 'stop', 'halte', 'aucun', 'aucune', 'plus'],
  closures: ['fermer', 'fermeture', 'supprimer', 'suppression', 'disparaître', 'disparition'],
  reading: 'maintenir',
};

/**
 * Fixed phrases read as other words before comparison (lower-case words, elisions already
 * stripped: "n'ont" is "ne ont"). What they say is not what their words say one by one.
 */
export const PHRASE_READINGS: readonly { phrase: string; reading: string }[] = [
  // "Increasingly" says nothing of more or less.
  { phrase: 'de plus en plus', reading: '' },
  // A hard time finding a doctor is a lack of doctors.
  { phrase: 'difficulté à trouver', reading: 'manque' },
  { phrase: 'difficultés à trouver', reading: 'manque' },
  { phrase: 'difficile de trouver', reading: 'manque' },
  { phrase: 'du mal à trouver', reading: 'manque' },
  { phrase: 'impossible de trouver', reading: 'manque' },
  // Round the clock is a number of hours only in form.
  { phrase: '24h 24', reading: 'continu' },
  { phrase: '24 24', reading: 'continu' },
  { phrase: '7j 7', reading: 'continu' },
  { phrase: '7 7', reading: 'continu' },
  // "Le 15" is the emergency call centre, not a number.
  { phrase: 'le 15', reading: 'samu' },
  { phrase: 'au 15', reading: 'samu' },
  { phrase: 'du 15', reading: 'samu' },
  { phrase: 'centre 15', reading: 'samu' },
];

/**
 * "N'ont pas de médecin", "ne trouvent plus de médecin", "il n'y a plus de pédiatre": a
 * negation around one of these verbs says a lack, like "manque de médecins", not the opposite
 * of a proposal. The negation words and the verb are read as `reading`. "Sans" before a noun
 * ("sans médecin traitant") says it too; before a verb ("sans passer par") it does not.
 */
export const LACK: { verbs: readonly string[]; negations: readonly string[]; reading: string } = {
  verbs: ['a', 'ont', 'avons', 'avez', 'as', 'ai', 'avoir', 'trouve', 'trouvent', 'trouvons', 'trouver', 'existe', 'existent', 'y'],
  negations: ['pas', 'plus', 'aucun', 'aucune', 'guère'],
  reading: 'manque',
};

/**
 * Facets of a contribution: whom it is for, and which profession it is about. Two
 * contributions naming different values of one facet and no value in common ("équipe mobile
 * pour les jeunes" / "… pour les seniors", "aides à l'installation des médecins" / "… des
 * kinés") are different ideas, however alike their words: `dedupe` never merges them
 * automatically. For a `strict` facet, naming a value where the other names none is already a
 * difference: an action for young people is not the same idea as the action for everyone.
 * Each value lists words or synonym concepts ("#name").
 */
export const FACETS: Readonly<Record<string, { strict: boolean; values: Readonly<Record<string, readonly string[]>> }>> = {
  public: {
    strict: true,
    values: {
      // Not "étudiant" nor "retraité": here they are mostly medical students and retired doctors.
      jeunes: ['#jeune', 'enfant', 'élève', 'lycéen', 'collégien', 'pédiatrique', 'pédiatrie'],
      seniors: ['#senior', '#ehpad'],
      handicap: ['handicap', 'handicapé'],
      maternite: ['enceinte', 'grossesse', 'maternité', 'périnatalité'],
      precaires: ['précaire', 'précarité', 'démuni', 'sans-abri'],
    },
  },
  // Keeping a service is not closing it ("maintenir les urgences" / "fermer les urgences").
  sens: {
    strict: false,
    values: {
      maintenir: ['#maintenir'],
      fermer: ['fermer', 'fermeture', 'supprimer', 'suppression', 'disparition'],
    },
  },
  profession: {
    strict: false,
    values: {
      medecins: ['médecin', '#generaliste', '#medecin_traitant', '#specialiste', '#jeune_medecin', '#medecin_retraite', 'psychiatre', 'pédiatre'],
      internes: ['#interne', 'stagiaire'],
      infirmiers: ['infirmier', 'infirmière', '#ipa'],
      kines: ['#kine', 'masseur'],
      dentistes: ['dentiste', 'dentaire'],
      pharmaciens: ['pharmacien', '#pharmacie'],
      sagesfemmes: ['sage-femme', 'sages-femmes'],
      psychologues: ['#psychologue'],
    },
  },
};
