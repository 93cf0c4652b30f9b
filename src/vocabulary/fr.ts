/**
 * The French vocabulary recolte reads documents with. Everything the parser knows about
 * wording lives here as data; src/vocabulary/match.ts compiles it. Terms are written as
 * people write them (accents, apostrophes, singular): matching ignores accents and case
 * and accepts the plural of every content word.
 */
import type { Kind } from '../types/record.js';
import type { ColumnsConfig } from '../types/config.js';

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
    // "Les mesures du plan", "Mesure 3 :": a plan's measures; described.ts tells those already running.
    'mesure',
    'idée',
    'suggestion',
    'ce que nous proposons',
    'ce que nous demandons',
    'ce que nous réclamons',
    'nos demandes',
    'revendication',
    // "Nos engagements", "Engagement 12 :" in a plan or a charter.
    'engagement',
    // Verbs that announce proposals in a question or an introductory sentence
    // ("Que proposez-vous ?", "Les participants proposent de :"); "propose" alone is too common.
    'proposent',
    'proposons',
    'proposez',
    'suggèrent',
    'recommandent',
    'préconisent',
    // A petition's or a motion's "Nous, habitants …, demandons :".
    'demandons',
    'réclamons',
    'exigeons',
    'revendiquons',
  ],
  need: ['besoin', 'besoin identifié', 'attente', 'ce qui manque', 'ce qui nous manque', 'ce qui leur manque', 'ce qui vous manque'],
  // "Enjeux" over the lines of a fiche action says what it aims at; "Enjeu 2 :" is an axis (AXIS_WORDS).
  objective: ['objectif', 'grand objectif', 'finalité', 'résultat attendu', 'enjeu'],
  first_step: [
    'premier pas',
    'première étape',
    'prochaine étape',
    'étape concrète',
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
    // The decisions a meeting records are its first steps ("Relevé de décisions").
    'relevé de décisions',
    'décisions prises',
    'décision',
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
    'ressource du territoire',
  ],
  good_practice: [
    'bonne pratique',
    'pratique inspirante',
    'exemple inspirant',
    'action inspirante',
    "retour d'expérience",
    'ce qui marche',
    'ce qui fonctionne',
    'pratique à encourager',
    'pratique à diffuser',
    'initiative à essaimer',
    // A good-practice sheet's closing advice: "Conseils pour essaimer".
    'conseil pour essaimer',
    'conseil pour reproduire',
  ],
  finding: [
    'constat',
    'diagnostic',
    'état des lieux',
    'enseignement',
    'problème',
    'difficulté',
    'faiblesse',
    'ce que nous avons constaté',
    'ce que constate',
    'ce que constatent',
    'ce que nous retenons',
    "ce qu'il faut retenir",
    'ce que nous constatons',
    'ce que nous avons entendu',
    'ce que vous nous avez dit',
    'ce qui nous a été dit',
    'ce qui ressort',
    'ce que nous voyons',
    'ce que nous observons',
    // A workshop's pink post-its: "Ce qui coince", "Ce qui ne va pas".
    'ce qui coince',
    'ce qui ne va pas',
    // A fact sheet's box: "Points clés", "À retenir".
    'point clé',
    'à retenir',
  ],
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
    'parole',
    'expression libre',
    'divers',
    'ressenti',
    // A cahier d'acteur's or a letter's stance: "Notre position".
    'notre position',
    // Caveats: "Bémol : …", "Attention : …" are remarks on what comes before.
    'bémol',
    'petit bémol',
    'seul bémol',
    'attention',
    'nuance',
    'mise en garde',
    // A petition's signers: "Raisons de signer", "Pourquoi ils signent".
    'raisons de signer',
    'pourquoi ils signent',
    'pourquoi nous signons',
    'paroles de signataires',
    // A jury's or a funder's word on a project it chose: "Le mot du jury : …".
    'mot du jury',
    'avis du jury',
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
 * Bare labels that announce an item's steps when they stand alone on the line right below it
 * ("1. Maintenir les urgences de Lourdes" then "Concrètement :"); elsewhere they are ordinary
 * words ("Concrètement, comment fonctionne ce cabinet ?").
 */
export const STEP_LABELS: readonly string[] = ['concrètement', 'en pratique', 'comment', 'pour commencer', 'pour démarrer', 'premiers pas', 'premières étapes'];

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
  // "Le mot du jury :", "La remarque :", "L'avis du comité :".
  'le',
  'la',
  "l'",
  'les',
  'des',
  'nos',
  'vos',
  'leurs',
  'ses',
  'quelques',
  'premières',
  'premiers',
  'nouvelles',
  'nouveaux',
  'mon',
  'ma',
  'mes',
  'notre',
  'votre',
  'leur',
  'son',
  'sa',
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
    'engagement',
    // "Article 3 : …" in the commentary of a bill is one of its measures.
    'article',
    'demande',
    'revendication',
  ],
  initiative: ['initiative', 'dispositif'],
  experiment: ['expérimentation'],
};

/** Ordinal words before an opener's term: "Première mesure", "Quatrième engagement" (also 2e, 3ème, 1re). */
export const ORDINAL_WORDS: readonly string[] = [
  'premier', 'première', 'second', 'seconde', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième',
  'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième',
  'quinzième', 'seizième', 'dernier', 'dernière',
];

/** Words that may stand before an ordinal opener: "Notre deuxième engagement", "La troisième mesure". */
export const OPENER_DETERMINERS: readonly string[] = ['notre', 'votre', 'leur', 'la', 'le', 'sa', 'son', 'une', 'un'];

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
  // What comes after the meeting or around the page: "Suites", "Et maintenant ?", "Documents joints".
  'suites',
  'suite donnée',
  'et maintenant',
  'et après',
  'documents joints',
  'documents à télécharger',
  'pour aller plus loin',
  'gouvernance',
  'questions diverses',
  'points divers',
  // A working group's own task list ("To-do du groupe"): its chores, not its proposals.
  'to-do',
  'todo',
  'tâches',
  // Boxes of figures: statistics and background, never records.
  'chiffres clés',
  'chiffres-clés',
  'en chiffres',
  'quelques chiffres',
  'les chiffres',
];

/**
 * Words of a title or opening that speak for France as a whole: a document about a national
 * plan, a bill or a national survey, naming no place, has the national territory.
 */
export const NATIONAL_CUES: readonly string[] = [
  'national', 'nationale', 'en france', 'des français', 'proposition de loi', 'projet de loi', 'la loi', 'sénat', 'assemblée nationale',
  'gouvernement', 'ministre', 'ministère', 'livre blanc', 'pacte', 'plan santé', 'ma santé 2022',
];

/** Labels of a blog post's or a page's tag line ("Libellés : Chaudes-Aigues, santé"): tags may name its place. */
export const TAG_LABELS: readonly string[] = ['libellés', 'libellé', 'étiquettes', 'tags', 'mots-clés', 'mots clés', 'catégories', 'thématiques'];

/** "Bibou79 a écrit :": a forum post quoting an earlier one, whose words are already in the thread. */
export const QUOTED_POST_MARKERS: readonly string[] = ['a écrit', 'wrote'];

/**
 * Headings of a page's comment section that holds contributions ("Raisons de signer" under a
 * petition): that section is kept, where other comment sections are page furniture.
 */
export const CONTRIBUTION_COMMENT_HEADINGS: readonly string[] = [
  'raisons de signer', 'pourquoi ils signent', 'pourquoi nous signons', 'paroles de signataires', 'témoignages', 'vos témoignages',
  'ils témoignent', 'contributions', 'vos contributions', 'avis des habitants',
];

/**
 * Context headings that look ahead ("Perspectives 2023", "Et maintenant ?"): their prose tells
 * what comes next, but a list of actions under them is the actions planned, proposals.
 */
export const FORWARD_HEADINGS: readonly string[] = ['perspectives', 'suites', 'et maintenant', 'et après', 'prochaines actions', 'nos prochaines actions'];

/** Bodies named after their région or département: "ARS Occitanie", "CESER Bretagne", "Conseil régional d'Occitanie". */
export const AREA_BODIES: readonly string[] = [
  'ARS', 'CESER', 'CRSA', 'URPS', 'CPAM', 'CAF', 'MSA', 'Conseil régional', 'Conseil départemental', 'Région', 'Département', 'Préfecture',
  'Agence régionale de santé',
];

/** Fields of a fiche action about the action itself, not its content: what stands beside them is no record. */
export const FIELD_LABELS: readonly string[] = [
  'pilote', 'porteur', 'porteur de projet', 'responsable', 'référent', 'partenaire', 'partenaires associés', 'calendrier', 'échéance', 'échéancier', 'durée',
  'indicateur', "indicateurs d'évaluation", 'indicateur de suivi', 'budget', 'coût', 'financement', 'financeur', 'moyens', 'public cible', 'public visé',
  'territoire', 'lieu', 'statut', 'état d\'avancement', 'priorité', 'numéro', 'n°', 'axe',
  'montant', 'montant accordé', 'montant alloué', 'subvention', 'aide accordée', 'porteuse', 'structure porteuse', 'opérateur',
];

/**
 * Fields that describe a project by who carries and funds it ("Porteur : …", "Montant accordé :
 * …"): a short line followed by one of these is the project's title, an item of its own.
 */
export const PROJECT_FIELD_LABELS: readonly string[] = [
  'porteur', 'porteur de projet', 'porteuse', 'structure porteuse', 'pilote', 'opérateur', 'montant', 'montant accordé', 'montant alloué',
  'subvention', 'aide accordée', 'budget', 'coût', 'financement', 'financeur',
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
  /^(accueil|actualites?|actus?)( [>»›].*)?$/,
  /^(menu|rechercher|recherche|fermer|retour|suivant|precedent|voir plus|afficher plus)$/,
  /^(article|page|actualite) (precedente?|suivante?)\b/,
  /^(mentions legales|plan du site|politique de confidentialite|donnees personnelles|tous droits reserves|nous contacter|contactez-nous)\b/,
  // A questionnaire's report: "Choix unique · Réponses (143)", "Réponse libre · Réponses (10) · Sans réponse (133)"
  /^(choix (unique|multiples?)|reponse libre|reponses? libres?|question (ouverte|fermee))( · .*)?$/,
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
  // What follows was read on real pages (French local authorities, associations, press,
  // dataset viewers and document-sharing sites), family by family; each names its engines.
  // Feedback prompts: service-public.fr and Drupal or WordPress feedback widgets.
  /^(cet article|cette page|ce contenu|cette (information|fiche|reponse|actualite)|ces informations) (vous )?(a-t-(il|elle)|ont-(ils|elles)|vous a-t-(il|elle)|vous ont-(ils|elles)|est-(il|elle)) (ete )?(utiles?|aidee?s?|pertinente?s?)\b/,
  /^(avez-vous trouve ce que vous cherchiez|merci (pour|de) votre (retour|avis|vote|reponse))\b/,
  /^oui ?[|/]? ?non$/,
  /^(noter cet article|article non note|(note|votez) ?: ?\d([.,]\d)? ?\/ ?\d+)/,
  // Copy and share confirmations: Jetpack (WordPress), Wix, 123dok, Calameo.
  /^(lien copie|copie ?!?|copied!?)( dans le presse-papiers?)?\.?$/,
  /^(version imprimable|voir la version complete|imprimer (le |ce )?document!?)$/,
  /^partager via (facebook|twitter|x|linkedin|whatsapp|e-?mail|messenger|sms)$/,
  // Reading time, views and dates of publication: WordPress themes, Wix blog, YouScribe, data.gouv.fr.
  /^\d+ ?mins? de lecture$/,
  /^(temps de )?lecture (estime )?:? ?\d+ ?mins?(utes?)?$/,
  /^(\d+ (vues?|lectures?|j'aime|likes?|partages?|consultations?))$/,
  /^(vues?|lectures?|lecture\(s\)|nombre de vues) ?: ?\d+$/,
  /^(derniere )?mise a jour( le)? ?:/,
  /^date (de (la )?(derniere )?)?(parution|publication|mise a jour|mise en ligne|creation)\b/,
  /^(poste|soumis)e? par\b/,
  /^publie dans\b/,
  /^(mots|pages) ?: ?\d+( \| (mots|pages) ?: ?\d+)?$/,
  /^nombre de pages ?: ?\d+$/,
  // Author and photo credits: press sites and WordPress captions.
  /^photos? ?:/,
  /^\(?(photo|cliche) ?:? ?(dr|d\.r\.)\)?$/,
  // Empty search results and loading placeholders: WordPress, Drupal views, 123dok, Wix.
  /^(desole,? )?aucun (resultat|article|contenu|element|document|evenement)( (n'a ete )?(trouve|disponible))?( pour (cette|votre) recherche)?[.!]?$/,
  /^aucun (resultat|article|contenu|element) ne correspond a (votre|cette|vos) (recherche|criteres?)/,
  /^votre recherche n'a (donne|retourne) aucun resultat/,
  /^\d+ resultats?( trouves?)?$/,
  /^(nothing found|no results?( found)?|no posts found)\.?$/,
  /^(j'aime )?chargement( en cours)?( ?(\.\.\.|…))?$/,
  /^(loading|veuillez patienter)( ?(\.\.\.|…))?$/,
  // A page number alone on a line (PDF and print views, Scribd), and pagination links in
  // French and English (WordPress "nav-links", Drupal pager, SPIP pagination).
  /^-? ?\d{1,4} ?-?$/,
  /^(page|p\.) ?\d{1,4}( ?(sur|\/|of|de) ?\d{1,4})?$/,
  /^\d{1,4} ?(\/|sur) ?\d{1,4}$/,
  /^vous etes sur la page \d+ ?sur ?\d+$/,
  /^[«‹<]? ?(precedent|precedente|suivant|suivante|previous|next|older|newer|premiere page|derniere page|first|last)( (page|posts|articles|entries|pdf))? ?[»›>]?$/,
  /^((\d|…|\.\.\.) ?){2,}((suivant|suivante|next|precedent|previous) ?[»›>]?)?$/,
  /^(previous|next) (pdf|page|post|article) (previous|next) (pdf|page|post|article)$/,
  /^navigation (des|de l'|de la) ?(articles?|publications?|pages?)$/,
  /^(articles?|publications?|billets?) plus (anciens?|anciennes|recents?|recentes)$/,
  /^(charger|afficher|voir|lire) (plus|moins)( d'articles| de resultats| d'actualites)?( (voir|lire) (plus|moins))?$/,
  /^(load|show|read|see) (more|less)$/,
  /^retour (a la liste|aux resultats|a la page precedente|au sommaire|a la rubrique)\b/,
  // Breadcrumbs with ›, > or /: Drupal and SPIP ("Vous êtes ici", "ariane"), WordPress themes.
  /^vous etes ici ?:?/,
  /^(accueil|acceuil|home|page d'accueil) ?[>»›|]/,
  // "/" separates words in sentences too ("Accueil / orientation des patients"): two of them.
  /^(accueil|acceuil|home|actualites) ?\/[^/]{1,60}\/ ?[^/]{1,80}$/,
  /^la maison ?[»›]/,
  /^[^›]{1,60}( › [^›]{1,80}){2,}$/,
  /^fil d'ariane$/,
  /^[←→↑↓⬅➡⬆⬇«»‹›<>|\s]+$/,
  // Comment forms: WordPress "comment-respond", Wix blog, SPIP forums.
  /^(annuler la reponse|laisser une reponse|repondre|repondre a cet article|repondre a ce message)$/,
  /^votre adresse (e-?mail|de messagerie|mail) ne sera pas publiee/,
  /^les champs obligatoires sont (indiques|marques)/,
  /^enregistrer mon nom,? (mon )?(e-?mail|adresse)/,
  /^(nom|e-?mail|courriel|site( web)?|commentaire|message|pseudo|prenom)( \*| \(obligatoire\))$/,
  /^(vous devez etre connecte|connectez-vous) pour (publier|poster|laisser|ecrire|rediger)? ?(un )?comment/,
  /^(publier|poster|envoyer) (le|mon|un|votre) commentaire$/,
  /^(aucun|0|pas de) commentaires?( pour le moment)?\.?$/,
  /^(soyez (le premier|la premiere) a (commenter|aimer|reagir))\b/,
  /^un message, un commentaire ?\?$/,
  /^forum sur abonnement$/,
  // Like buttons: Jetpack, Wix, Facebook embeds.
  /^j'aime chargement/,
  /^(ajouter aux favoris|aime par \d+ personnes?)$/,
  // Cookie and newsletter lines: tarteaucitron, Axeptio, Didomi, Complianz, press paywalls.
  /^en (poursuivant|continuant) (votre )?navigation\b/,
  /^(gerer (mes|les|vos) (preferences|choix|cookies)|parametres des cookies|personnaliser (mes|vos) choix)$/,
  /^(j'accepte|je refuse|continuer sans accepter|ok,? (tout )?accepter|accepter et fermer|tout refuser)$/,
  /^nous respectons votre vie privee\b/,
  /^(recevez|recevoir) (notre|la|nos) (newsletter|lettre d'information|actualites par e-?mail)\b/,
  /^(votre|saisissez votre|entrez votre) (adresse )?(e-?mail|courriel)( \*)?$/,
  /^(deja abonne|pas encore abonne)\b/,
  /^(cet article|ce contenu|la suite) est reserve(e)? aux abonnes/,
  /^pour (un acces immediat|poursuivre la lecture|lire la suite)\b.*\babonnez-vous/,
  // Site furniture: skip links (Drupal, WordPress), account links, engine credits, old-browser
  // and no-JavaScript notices (data.gouv.fr), document viewers (Scribd, docplayer, readkong).
  /^(aller|passer|acceder) (directement )?(au contenu|a la navigation|a la recherche|au menu|au pied de page|a l'accueil|a la table des matieres)/,
  /^(ouvrir|fermer) (le )?menu$/,
  /^(rechercher|recherche)( sur (le|ce) site)? ?:?$/,
  /^(se connecter|connexion|s'identifier|mon compte|espace (membre|prive|adherents?))( ?\/ ?(inscription|s'inscrire|creer un compte))?$/,
  /^outils d'accessibilite$/,
  /^(fierement )?propulse par\b/,
  /^powered by\b/,
  /^(site )?(realise|cree|concu) (avec|sous) (spip|wordpress|wix|drupal|joomla)\b/,
  /^suivre la vie du site\b/,
  /^mettez a jour votre navigateur\b/,
  /^mettre a jour mon navigateur$/,
  /^ceci est une experience degradee\b/,
  /^(veuillez activer|activez) (le )?javascript\b/,
  /^transcription( du contenu de la page)?$/,
  /^si votre navigateur ne rend pas la page correctement\b/,
  /^(dimension|taille) ?: ?px$/,
  /^commencer a (balayer|lire) (des|a partir de) la page\b/,
  /^texte integral$/,
  /^dans cette page ?:/,
  /^resumer avec l'ia\b/,
  /^(articles?|publications?|commentaires?|actualites?) (recents?|recentes|connexes|populaires)$/,
  /^(nos )?derni(ers|eres) (articles|actualites|publications)$/,
  /^(archives|categories|etiquettes|nuage de tags)$/,
  /^vous (pourriez|pourrez|devriez) (aussi|egalement) (aimer|lire)\b/,
  /^ces articles (pourraient|peuvent) vous interesser\b/,
  /^a lire (aussi|egalement|ensuite)\b/,
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
  // Only named with --map meeting=COLUMN: "Atelier" or "Séance" columns often hold something else
  // (a theme, a time), and a wrong guess would change every count of documents.
  meeting: [],
  // "État | ● Réalisé", "Avancement | À engager": where an action stands (STATUS_WORDS), in a plan's table.
  status: ['état', 'statut', 'avancement', "état d'avancement", 'status'],
} as const satisfies Record<keyof ColumnsConfig | 'title' | 'details' | 'status', readonly string[]>;

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
  // "Mettre en valeur" is valoriser.
  'valeur', 'valeurs',
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
  'faciliter', 'assurer', 'garantir', 'offrir', 'plusieurs', 'dispositif', 'projet', 'professionnel', 'accès', 'offre', 'organiser', 'accompagner', 'accompagnement', 'mise',
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
      jeunes: ['#jeune', 'enfant', 'élève', 'lycéen', 'collégien', 'pédiatrique', 'pédiatrie', '#pedopsychiatrie'],
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
  // What is to be done: training people is not funding, hiring or creating something.
  action: {
    strict: false,
    values: {
      developper: ['#developper'],
      financer: ['#financer'],
      recruter: ['#recruter'],
      revaloriser: ['#revaloriser'],
      informer: ['#informer'],
    },
  },
  // Training people is its own idea: "former les infirmiers à la télémédecine" is not telemedicine.
  formation: {
    strict: true,
    values: { former: ['#former'] },
  },
  // A branch of a structure (an antenna, a secondary surgery) is not the structure itself.
  antenne: {
    strict: true,
    values: { antenne: ['antenne', 'annexe', 'secondaire'] },
  },
  profession: {
    strict: false,
    values: {
      medecins: ['médecin', '#generaliste', '#medecin_traitant', '#specialiste', '#jeune_medecin', '#medecin_retraite', 'psychiatre', 'pédiatre', '#pedopsychiatrie'],
      internes: ['#interne', 'stagiaire'],
      infirmiers: ['infirmier', 'infirmière', '#infirmier', '#ipa'],
      kines: ['#kine', 'masseur'],
      dentistes: ['dentiste', 'dentaire', '#dentiste'],
      pharmaciens: ['pharmacien', '#pharmacie'],
      sagesfemmes: ['sage-femme', 'sages-femmes'],
      psychologues: ['#psychologue'],
    },
  },
};

/**
 * The form of a list item tells an action (a proposal: "Créer …", "Création de …") from a lack
 * (a need or a finding: "Manque de …"). src/parse/item-form.ts reads its first words with the
 * lists below; which words are infinitives comes from the Lefff (src/vocabulary/verbs.ts).
 * In phrases, "de" stands for de, d', du, des and "à" for à, au, aux.
 */

/**
 * Words that may stand before the infinitive of an action: negations, adverbs and object
 * pronouns ("Ne pas fermer …", "Mieux rembourser …", "Les accompagner …", "S'y installer").
 */
export const ACTION_LEAD_INS: readonly string[] = [
  'ne pas', 'ne plus', 'ne jamais',
  'mieux', 'bien', 'davantage', 'plus', 'moins', 'vraiment', 'réellement', 'systématiquement', 'rapidement', 'vite',
  'enfin', 'aussi', 'également', 'encore', 'toujours', 'surtout', 'prioritairement', 'massivement', 'progressivement',
  'localement', 'collectivement', 'durablement', 'à nouveau', 'de nouveau',
  'se', 'le', 'la', 'les', 'leur', 'lui', 'y', 'en', 'nous', 'vous', 'me', 'te', "s'y", "s'en",
];

/**
 * Infinitives that are nouns as well ("le pouvoir d'achat", "l'avenir des urgences", "un
 * conseiller numérique"): they open an action only before another infinitive ("Pouvoir
 * consulter le soir").
 */
export const NOUN_INFINITIVES: readonly string[] = [
  'avenir', 'devenir', 'pouvoir', 'devoir', 'savoir', 'vouloir', 'souvenir', 'conseiller', 'officier', 'boucher',
  'boulanger', 'dîner', 'déjeuner', 'goûter', 'plancher', 'rocher', 'clocher', 'sourire', 'rire',
];

/**
 * How an action noun is made from its verb: the noun's ending replaces the infinitive's
 * ("créer" → "création", "recruter" → "recrutement", "ouvrir" → "ouverture"). A noun counts
 * only when the result is exactly an infinitive of the Lefff, and only in the singular
 * ("Logements vacants" names places).
 */
export const ACTION_NOUN_ENDINGS: readonly { noun: string; verb: string }[] = [
  { noun: 'ation', verb: 'er' }, // création, installation, formation
  { noun: 'ement', verb: 'er' }, // développement, recrutement, renforcement
  { noun: 'age', verb: 'er' }, // dépistage, parrainage
  { noun: 'iement', verb: 'yer' }, // déploiement, paiement
  { noun: 'ication', verb: 'ier' }, // simplification, diversification
  { noun: 'cation', verb: 'quer' }, // communication, éducation
  { noun: 'ution', verb: 'uer' }, // distribution, attribution
  { noun: 'issement', verb: 'ir' }, // investissement, agrandissement
  { noun: 'erture', verb: 'rir' }, // ouverture, réouverture
  { noun: 'uction', verb: 'uire' }, // construction, réduction
  { noun: 'vention', verb: 'venir' }, // prévention, intervention
];

/**
 * The suffix rules that tie an action noun to its verb for `dedupe` (déploiement ↔ déployer,
 * ouverture ↔ ouvrir): those above and a few more. scripts/build-action-nouns.mjs applies them to
 * every infinitive of the Lefff and keeps a noun only where the mythes-fr thesaurus knows it as
 * a noun, in vocabulary/action-nouns.fr.tsv.
 */
export const ACTION_NOUN_RULES: readonly { noun: string; verb: string }[] = [
  ...ACTION_NOUN_ENDINGS,
  { noun: 'ition', verb: 'er' }, // composition, opposition
  { noun: 'ition', verb: 'ir' }, // définition, finition
  { noun: 'ature', verb: 'er' }, // signature, candidature
  { noun: 'eture', verb: 'er' }, // fermeture
  { noun: 'ure', verb: 'er' }, // blessure, coupure
  { noun: 'ance', verb: 'er' }, // surveillance, assistance
  { noun: 'aison', verb: 'er' }, // livraison, comparaison
  { noun: 'ission', verb: 'ettre' }, // admission, transmission
  { noun: 'ession', verb: 'imer' }, // suppression, impression
  { noun: 'ment', verb: 'ir' }, // sentiment
];

/**
 * Nouns those endings would read as actions but that name a thing, a place, a body or a state
 * ("Gouvernement", "Situation des urgences", "Association des usagers"), or adverbs
 * ("Également").
 */
export const NOT_ACTION_NOUNS: readonly string[] = [
  'gouvernement', 'environnement', 'établissement', 'comportement', 'fonctionnement', 'enseignement', 'également',
  'fermement', 'complètement', 'situation', 'association', 'fondation', 'fédération', 'administration', 'génération',
  'consultation', 'observation', 'habitation', 'contribution', 'institution', 'constitution', 'évolution', 'restitution',
  'couverture', 'convention', 'visage', 'passage', 'usage', 'garage', 'langage', 'témoignage', 'entourage', 'chômage',
  'décalage', 'ménage',
];

/** Action nouns and phrases the endings above cannot find ("Mise en place de …", "Aide à …"). */
export const ACTION_PHRASES: readonly string[] = [
  'mise en place', 'mise en œuvre', 'mise en réseau', 'mise en relation', 'mise à disposition', 'prise en charge',
  'prise en compte', 'aide à', 'soutien à', 'appui à', 'lutte contre', 'accueil', 'maintien', 'partage', 'renfort',
  'embauche', 'délégation', 'coordination', 'réforme', 'refonte', 'extension', 'suppression', 'relance',
];

/**
 * Openers of a lack: a shortage, a distance, a delay, a loss or a worsening ("Manque de
 * médecins", "Éloignement des services", "Vieillissement de la population"). They are read
 * before the action nouns: "Isolement" is not the act of isolating.
 */
export const LACK_OPENERS: readonly string[] = [
  'manque', 'absence', 'difficulté', 'difficile de', 'impossible de', 'du mal à', 'trop peu de', 'pas assez de',
  'plus assez de', 'peu de', 'insuffisance', 'pénurie', 'déficit', 'carence', 'éloignement', 'isolement', 'délai',
  "temps d'attente", 'désert', 'désertification', 'raréfaction', 'vieillissement', 'allongement', 'épuisement',
  'engorgement', 'saturation', 'surcharge', 'renoncement', 'fermeture', 'disparition', 'départ à la retraite',
  'inégalité', 'fracture', 'cloisonnement', 'dépassement',
];

/**
 * Words naming a territory's people or institutions, before "de", "du", "des", "de la", "de l'"
 * and a place anywhere in a document: "les maires de l'Orne", "le conseil départemental du
 * Gard", "l'ARS de Normandie", "la ville de Saint-Dizier". `commune` words name a commune
 * first, `area` words a département or région first; after the others an article ("du Gard",
 * "de l'Orne") means an area and a bare "de" ("les élus de Langres") a commune. Written as
 * they are matched (accents and case aside): no plural is added. "Département"
 * and "région" are cues of their own (src/territory/mentions.ts). Places where care is given
 * ("l'hôpital de Bar-le-Duc", "la maison de santé de Stenay") are left out on purpose: they
 * say where a service is, not whose territory a contribution speaks for.
 */
/**
 * Places of care a document's title may be about: "Avenir de l'hôpital de Concarneau",
 * "Urgences de Feurs : la mobilisation continue". In a title (only there) the town after them is
 * the document's place.
 */
export const CARE_PLACES: readonly string[] = [
  'hôpital', 'centre hospitalier', 'maternité', 'urgences', 'service des urgences', 'clinique', 'maison de santé',
  'centre de santé', 'pôle santé', 'pôle de santé', 'cabinet médical', 'EHPAD', 'SMUR',
];

export const TERRITORY_HOLDERS = {
  commune: ['ville', 'commune', 'mairie', 'municipalité', 'maire', 'agglomération'],
  area: [
    'conseil départemental',
    'conseil général',
    'conseil régional',
    'conseillers départementaux',
    'conseillers régionaux',
    'préfecture',
    'préfet',
    'ARS',
    'agence régionale de santé',
    'délégation départementale',
    'CPAM',
    "caisse primaire d'assurance maladie",
    'MDPH',
    'UDAF',
    'SDIS',
  ],
  either: ['maires', 'élus', 'élu', 'habitants', 'citoyens', 'parlementaires', 'députés', 'député', 'sénateurs', 'sénateur'],
} as const;

/**
 * Organisations whose name carries the number of their département ("UDAF 53", "SDIS 53",
 * "CDOM 53", "ADMR 53"): one per département, numbered by it. Only these acronyms followed by a
 * département code name a place; no other number after any other word does ("COVID 19",
 * "Engagement 12", "CNR 2023", "Axe 2", "n°53"). Left out: MSA (its caisses span several
 * départements), SAMU ("SAMU 15" is mostly the emergency number), CD (roads and discs too).
 */
export const DEPARTEMENT_NUMBERED_ORGS: readonly string[] = [
  // Families, social action, disability
  'UDAF', 'UNAFAM', 'ADMR', 'UDCCAS', 'ADAPEI', 'MDPH', 'CAF', 'CPAM',
  // Orders of health professions, by département: médecins, infirmiers, kinés, dentistes
  'CDOM', 'CDOI', 'CDOMK', 'CDOCD',
  // State services and départemental agencies
  'SDIS', 'DDETS', 'DDT', 'DDTM', 'DDPP', 'DSDEN', 'CDG', 'ADIL', 'CAUE',
  // Farming, sport
  'FDSEA', 'CDOS', 'UNSS',
];

/**
 * The badges of a tracking page, alone on the line under an action: where it stands. Done or
 * under way, the action is an initiative; still to come, a proposal (src/parse/status.ts).
 */
export const STATUS_WORDS = {
  initiative: [
    'réalisé', 'réalisée', 'réalisés', 'réalisées', 'fait', 'terminé', 'terminée', 'achevé', 'achevée', 'en cours', 'en place',
    'mis en place', 'mise en place', 'engagé', 'engagée', 'lancé', 'lancée', 'déployé', 'déployée', 'en service', 'opérationnel',
  ],
  proposal: ['à venir', 'prévu', 'prévue', 'à lancer', 'à engager', 'non démarré', 'non démarrée', 'programmé', 'programmée', 'en projet', "à l'étude"],
} as const;

/**
 * Words that put a place named later in the same clause away from the item: a journey ("une
 * navette vers les cabinets de Soisy", "se rendre à l'hôpital de Saint-Avold") or a distance
 * ("l'éloignement des plateaux techniques d'Ajaccio"). That place is where people go, not the
 * place the contribution speaks for.
 */
export const AWAY_MARKERS: readonly string[] = [
  'vers', "jusqu'à", "jusqu'au", 'se rendre', 'aller-retour', 'trajet', 'trajets', 'navette', 'déplacer', 'déplacement', 'déplacements',
  'éloignement', 'loin', 'distance',
];

/**
 * A branch of a structure based elsewhere: in "une antenne du centre de santé de Verdun" the
 * name after "de" is the structure's home, not where the branch opens. (After "à" the place is
 * the branch's own: "une antenne à Stenay".)
 */
export const BRANCH_WORDS: readonly string[] = ['antenne', 'annexe', 'succursale'];

/** Ordinals after an arrondissement number: "Paris 11e", "Lyon 1er", "Marseille 8ème". */
export const ORDINAL_SUFFIXES: readonly string[] = ['e', 'er', 're', 'ère', 'ème', 'eme', 'è'];

/** The word for a municipal arrondissement ("le 11e arrondissement"). */
export const ARRONDISSEMENT_WORD = 'arrondissement';

/**
 * Words before a place named as an example from elsewhere ("comme à Figeac", "sur le modèle de
 * Saint-Dizier", "à l'instar de Lyon"): that place is not the contribution's territory.
 */
export const ELSEWHERE_MARKERS: readonly string[] = [
  'comme',
  'sur le modèle de',
  "à l'image de",
  "à l'instar de",
  "à l'exemple de",
  'inspiré de',
  'inspirée de',
];
