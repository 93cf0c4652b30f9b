/**
 * The French of prose: the phrases by which a sentence puts an item forward ("Il a été proposé
 * de …"), reports a remark ("Mme Leroy souligne que …"), states a finding ("Le comité constate
 * que …"), or enumerates items ("Les habitants ont réclamé A, B et C"). src/parse/prose.ts
 * compiles them. Verbs are named by their infinitive between braces, "{proposer}": every form
 * of the verb matches, from the Lefff (src/vocabulary/verbs.ts). Other words are literal,
 * matched folded (no accents, lower case); "…" stands for any few words.
 */
import type { Kind } from '../types/record.js';

/** Adverbs that may stand between an auxiliary and its participle ("ont également proposé"). */
export const CUE_ADVERBS: readonly string[] = [
  'aussi', 'également', 'egalement', 'enfin', 'ensuite', 'notamment', 'surtout', 'même', 'encore', 'alors', 'donc',
  'par ailleurs', 'de plus', 'en outre', 'très', 'plutôt', 'unanimement', 'largement', 'majoritairement', 'clairement',
];

/**
 * Verbs that put a proposal forward when a contributor is their subject or the sentence is
 * impersonal: "certains participants ont proposé de …", "Nous demandons que …", "Il a été
 * suggéré de …". Followed by "de", "d'" or "que" (or, for an enumeration, by its items).
 */
export const PROPOSAL_VERBS: readonly string[] = ['proposer', 'suggérer', 'demander', 'réclamer', 'souhaiter', 'recommander', 'préconiser', 'revendiquer', 'plaider'];

/**
 * Verbs of a sentence that announces a list of proposals without naming them: "Deux
 * organisations sont envisagées :", "Le comité a retenu ;", "Les habitants proposent :".
 */
export const LEAD_IN_VERBS: readonly string[] = [
  'proposer', 'suggérer', 'envisager', 'retenir', 'demander', 'réclamer', 'souhaiter', 'recommander', 'préconiser', 'imaginer', 'avancer', 'formuler', 'émettre',
];

/**
 * Words of a lead-in that announces what is to be done ("Et dans les prochaines semaines :",
 * "Nos prochaines étapes :"): its items are proposals, whatever their form. And of one that
 * announces what is done ("Voici ce que la municipalité a déjà engagé :"): its items are
 * initiatives.
 */
export const PLANNED_LEAD_INS: readonly string[] = [
  'dans les prochaines semaines', 'dans les prochains mois', 'dans les semaines à venir', 'dans les mois à venir',
  'prochainement', 'prochaines étapes', 'prochaine étape', 'nous allons', 'va', 'vont', 'à venir', "d'ici",
];
export const DONE_LEAD_INS: readonly string[] = ['déjà', 'ce qui a été fait', 'ce que nous avons fait', 'réalisations', 'actions réalisées', 'actions menées'];

/** "Parmi les propositions les plus soutenues figurent A, B et C": the opener, then the verb before the items. */
export const AMONG_OPENERS: readonly string[] = ['parmi les', 'parmi leurs', 'parmi nos', 'parmi ces', 'au nombre des'];
export const AMONG_VERBS: readonly string[] = ['figurent', 'figure', 'on trouve', 'on retrouve', 'citons', 'se trouvent', 'il y a', 'reviennent', 'ressortent', 'apparaissent'];

/** Impersonal and conditional phrasings of a proposal, at the start of a sentence or after a connector. */
export const PROPOSAL_PHRASES: readonly string[] = [
  'il faudrait',
  'il conviendrait',
  'il serait souhaitable',
  'il serait bon',
  'il serait utile',
  'il serait nécessaire',
  'il serait judicieux',
  'il est proposé',
  'il est demandé',
  'il est suggéré',
  'il est recommandé',
  'il a été {proposer}',
  'il a été {suggérer}',
  'il a été {demander}',
  'il a été {décider}',
  'il a été {convenir}',
  'il a été {retenir}',
  'il est {ressortir}',
  // "L'idée d'une navette … a aussi été évoquée", "une autre piste consiste à …"
  'idée … a été {évoquer}',
  'idée … a été {avancer}',
  'idée … a été {émettre}',
  'idée … a été {proposer}',
  'idée … a été {soulever}',
  'il est envisagé',
  'il a été envisagé',
  'il est prévu',
  'proposition consiste',
  'piste consiste',
  'idée consiste',
  'solution consiste',
  'proposition serait',
  'piste serait',
];

/**
 * Verbs of opinion: "Mme Boisorieux souligne que …", "plusieurs participants ont rappelé que …".
 * With any speaker they make a remark (`observation`).
 */
export const OPINION_VERBS: readonly string[] = [
  'estimer', 'souligner', 'regretter', 'déplorer', 'juger', 'craindre', 'insister', 'rappeler', 'considérer',
  'affirmer', 'déclarer', 'dénoncer', 'redouter', 'reconnaître', 'saluer', 'se féliciter', 's\'inquiéter',
  'faire remarquer', 'faire observer', 'faire valoir', 'mettre en garde', 'alerter', 'témoigner', 'confier',
  'avouer', 'admettre', 'résumer', 'conclure', 'insister', 'observer', 'noter', 'remarquer', 'pointer', 'critiquer',
];

/** Verbs of information: a remark only when a named speaker or a quotation stands with them. */
export const REPORTING_VERBS: readonly string[] = ['expliquer', 'indiquer', 'préciser', 'ajouter', 'raconter', 'dire', 'lancer', 'répondre', 'poursuivre', 'annoncer', 'assurer'];

/** Verbs of opinion that judge, figures or not ("estime que le centre coûtera cher à une commune de 1 100 habitants"). */
export const JUDGING_VERBS: readonly string[] = ['estimer', 'juger', 'craindre', 'regretter', 'déplorer', 'redouter', 'dénoncer', 'critiquer', 'considérer', "s'inquiéter"];

/**
 * Verbs that judge their object outright, with no "que": "Le CESER salue l'engagement …",
 * "Le collectif déplore la fermeture …", "accueille favorablement ce plan". With a subject
 * before them that is not an institution telling its own action, the sentence is a remark.
 */
export const EVALUATIVE_VERBS: readonly string[] = [
  'saluer', 'regretter', 'déplorer', 'dénoncer', 'critiquer', 'juger', 'accueillir favorablement', 'approuver', 'désapprouver', 'applaudir', 'contester', 'redouter', 'craindre',
];

/** What a consultation is made of: an institution that organises these tells how it went, no initiative of its own. */
export const PROCESS_WORDS: readonly string[] = [
  'dialogue', 'atelier', 'réunion', 'consultation', 'concertation', 'débat', 'questionnaire', 'séance', 'forum', 'table ronde',
  'assemblée', 'conférence', 'webinaire', 'sondage', 'contribution', 'restitution', 'synthèse', 'compte rendu', 'ordre du jour',
];

/** Phrases that put an item forward as a trial: "À titre expérimental, la Région recrutera …". */
export const EXPERIMENT_PHRASES: readonly string[] = ['à titre expérimental', "à titre d'expérimentation", 'sera expérimenté', 'sera expérimentée', 'une expérimentation sera', 'expérimentera'];

/** Phrases stating a finding in prose: "Le constat est partagé : …", "Il ressort des échanges que …". */
export const FINDING_PHRASES: readonly string[] = [
  'le constat est',
  'constat partagé',
  'tous constatent',
  'il ressort des échanges que',
  'il ressort que',
  'il apparaît que',
  'le diagnostic montre',
  'le diagnostic fait apparaître',
  'le diagnostic met en évidence',
  "l'enquête montre",
  "l'enquête révèle",
];

/** Verbs of a finding: "Le comité constate que …". */
export const FINDING_VERBS: readonly string[] = ['constater'];
/**
 * Verbs by which those consulted describe the situation itself, its object right after them:
 * "Les participants décrivent une offre de premier recours vieillissante" is a finding.
 */
export const DESCRIBING_VERBS: readonly string[] = ['décrire'];

/** Sentence openers of a finding in a motion or a deliberation: "Considérant que …", "Considérant la pénurie …". */
export const FINDING_OPENERS: readonly string[] = ['considérant que', "considérant qu'", 'considérant la', 'considérant le', 'considérant les', "considérant l'", 'constatant que', "constatant qu'"];

/** Titles before a person's name: "Mme Leroy", "Dr Martin". */
export const PERSON_TITLES: readonly string[] = ['M.', 'Mme', 'Mlle', 'Mr', 'Dr', 'Docteur', 'Pr', 'Professeur', 'Me', 'Monsieur', 'Madame'];

/**
 * Who contributes in a consultation: their proposals and requests are proposals. A sentence
 * whose subject is an institution instead describes what that institution does (an
 * initiative), or gives background.
 */
export const CONTRIBUTORS: readonly string[] = [
  'habitant', 'habitante', 'participant', 'participante', 'citoyen', 'citoyenne', 'usager', 'usagère', 'patient', 'patiente',
  'répondant', 'répondante', 'personne interrogée', 'personne', 'famille', 'parent', 'jeune', 'senior', 'aîné',
  'table', 'groupe', 'atelier', 'membre', 'adhérent', 'adhérente', 'bénévole', 'collectif', 'association', 'comité',
  'conseil municipal', 'conseil communautaire', 'assemblée', 'nous', 'on', 'certains', 'certaines', 'plusieurs', 'beaucoup',
  'professionnel', 'soignant', 'soignante', 'médecin', 'infirmier', 'infirmière', 'élu', 'élue', 'maire', 'étudiant', 'interne',
  'kinésithérapeute', 'pharmacien', 'pharmacienne', 'sage-femme', 'orthophoniste', 'dentiste', 'retraité', 'retraitée', 'riverain', 'riveraine',
  // What they sign: "Cette pétition demande l'ouverture …".
  'pétition', 'motion', 'vœu', 'tribune', 'lettre ouverte',
];

/**
 * Words between an institution and its action that make the action a plan, not a thing done:
 * "la commune pourrait proposer un logement", "la Ville va ouvrir", "le Département compte
 * financer". With the future and the conditional of the verb itself ("le CCAS lancera", "la
 * Ville proposerait"), they make an institution's action a proposal (a commitment or an idea)
 * where the present and the past tell an initiative.
 */
export const PLANNING_WORDS: readonly string[] = [
  'va', 'vont', 'pourra', 'pourront', 'pourrait', 'pourraient', 'devra', 'devront', 'devrait', 'devraient',
  'compte', 'comptent', 'souhaite', 'souhaitent', 'envisage', 'envisagent', 'prévoit', 'prévoient', 'entend', 'entendent',
  "s'engage à", "s'engagent à", 'projette de', 'projettent de',
];

/**
 * Institutions whose actions, told in a sentence, are initiatives in a digest or an article
 * ("Le Département verse une allocation …", "À Saint-Dizier, la CPTS gère déjà …").
 */
export const INSTITUTIONS: readonly string[] = [
  'département', 'conseil départemental', 'conseil général', 'région', 'conseil régional', 'commune', 'ville', 'mairie',
  'municipalité', 'communauté de communes', "communauté d'agglomération", 'agglomération', 'métropole', 'intercommunalité',
  'pays', 'syndicat', 'ars', 'agence régionale de santé', 'cpam', 'assurance maladie', 'msa', 'cpts', 'état', 'préfecture',
  'hôpital', 'centre hospitalier', 'chu', 'centre de santé', 'maison de santé', 'udaf', 'ccas', 'centre communal', 'maires',
  'ordre des médecins', 'faculté', 'université', 'conseil municipal', 'conseil communautaire', 'collectivité',
  // Those who act for a territory in an article: "les élus de la communauté de communes ont racheté …".
  'élus', 'praticiens', 'professionnels de santé', 'centre médico-social', 'centres médico-sociaux', 'maison départementale',
];

/**
 * Verbs of what an institution does, in a sentence telling an initiative: present or past,
 * never conditional or future (a plan, not an action).
 */
export const INITIATIVE_VERBS: readonly string[] = [
  'verser', 'louer', 'financer', 'ouvrir', 'créer', 'lancer', 'proposer', 'offrir', 'salarier', 'recruter', 'gérer', 'mettre',
  'accompagner', 'attribuer', 'accorder', 'prendre en charge', 'déployer', 'installer', 'subventionner', 'organiser', 'adopter',
  'voter', 'fonctionner', 'aider', 'loger', 'héberger', 'embaucher', 'desservir', 'interroger', 'adresser', 'construire', 'rénover',
  'investir', 'soutenir', 'former', 'équiper', 'expérimenter', 'développer', 'animer', 'mobiliser', 'inaugurer', 'signer',
  'rembourser', 'réhabiliter', 'agrandir', 'aménager', 'réserver', 'prêter', 'indemniser', 'participer', 'accueillir', 'payer', 'distribuer',
  'racheter', 'acheter', 'acquérir', 'transformer', 'cofinancer', 'mutualiser', 'délivrer', 'mandater', 'diffuser',
];

/**
 * Marks of a judgement in a commentary: first person, evaluation, contrast, doubt. A paragraph
 * after a quoted measure that carries one judges it (an `observation`); one that carries none
 * adds facts.
 */
export const JUDGEMENT_CUES: readonly string[] = [
  'je', "j'", 'me', "m'", 'mon', 'ma', 'mes', 'moi', 'à mon avis', 'selon moi',
  "c'est", 'voilà', 'bonne nouvelle', 'bonne idée', 'excellente', 'meilleure', 'mauvaise', 'pire', 'enfin', 'en revanche',
  'mais', 'pourtant', 'cependant', 'toutefois', 'à condition', 'encore faut-il', 'encore faudra-t-il', 'reste à', 'il était temps',
  'dommage', 'hélas', 'malheureusement', 'peine à', 'pas grand-chose', 'ambitieux', 'flou', 'insuffisant', 'goutte d\'eau',
  'vœu pieux', 'illusoire', 'nous saluons', 'nous regrettons', 'on peut', 'on ne peut', 'tant mieux', 'tant pis', 'bravo',
];

/**
 * Statistics and background: a sentence built on a quantity states a fact, not an item. Regular
 * expressions over folded text (no accents, lower case).
 */
export const STATISTIC_PATTERNS: readonly RegExp[] = [
  /(?<!\d)\d+(?:[.,]\d+)?\s?%/,
  /\bpour cent\b/,
  /\b\d{1,3}(?: \d{3})+\b/,
  /\b\d+(?:[.,]\d+)? ?(?:millions?|milliards?|milliers?)\b/,
  /\b(?:un|une|deux|trois|quatre|cinq) (?:[a-z'-]+ ){0,4}sur (?:deux|trois|quatre|cinq|dix)\b/,
  // "plus de 75 ans", "moins de 6 ans" set an age for a measure: no figure of a statistic.
  /\b(?:environ|pres de|plus de|moins de|pres d'|quelque) \d+(?:[.,]\d+)?(?![\d.,]| ans\b)/,
  /\b(?:environ|pres de|plus de|moins de) (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille)\b/,
  /\b\d+ (?:habitants|medecins|passages|consultations|patients|professionnels|communes|etudiants|internes|personnes)\b/,
  /^selon (?:le|la|les|l')/,
  /^d'apres (?:le|la|les|l')/,
];

/** Words that close an enumeration and are not part of its last item ("…", "etc."). */
export const ENUMERATION_CLOSERS: readonly string[] = ['etc.', 'etc', '…', '...'];

/** Words that join an enumeration's items and are not part of them ("et même", "ou encore", "mais aussi"). */
export const ENUMERATION_JOINERS: readonly string[] = ['et même', 'et aussi', 'et enfin', 'et surtout', 'et encore', 'ou encore', 'ou même', 'mais aussi', 'ainsi que', 'et', 'ou'];

/** Words after which a joiner continues the same item: "l'accès à la pharmacie et à la poste" is one item. */
export const ITEM_CONTINUATIONS: readonly string[] = ['à', 'au', 'aux', 'pour', 'en', 'dans', 'sur', 'avec', 'chez'];

/** How an enumerated item starts: a determiner or a quantity ("un cabinet", "des cours", "davantage d'activités"). */
export const ITEM_DETERMINERS: readonly string[] = [
  'un', 'une', 'des', 'le', 'la', 'les', "l'", 'du', 'de la', "de l'", 'davantage de', "davantage d'", 'plus de', "plus d'",
  'moins de', 'un meilleur', 'une meilleure', 'de meilleurs', 'de meilleures', 'leur', 'leurs', 'son', 'sa', 'ses', 'notre', 'nos',
];

/** The kind an enumeration's items take from the verb that announces them. */
export const ENUMERATION_KINDS: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  proposal: ['réclamer', 'demander', 'proposer', 'suggérer', 'souhaiter', 'plébisciter', 'revendiquer', 'préconiser', 'recommander'],
  need: ['attendre', 'pointer', 'relever', 'signaler'],
};

/**
 * Questions of a page that describes dispositifs, one section each: under a heading followed
 * by these questions, the heading names an initiative and the answers are its details.
 */
export const FAQ_QUESTIONS: readonly string[] = [
  'qui peut en bénéficier',
  'qui peut bénéficier',
  'qui est concerné',
  'qui peut candidater',
  'qui peut faire la demande',
  'pour qui',
  'public concerné',
  'public visé',
  'bénéficiaires',
  'pour quels bénéficiaires',
  "montant de l'aide",
  'montant',
  'quel montant',
  'combien',
  'combien ça coûte',
  'quel est le montant',
  'comment faire la demande',
  'comment en bénéficier',
  'comment bénéficier',
  'comment candidater',
  'comment postuler',
  "comment s'inscrire",
  'comment faire',
  'comment ça marche',
  'comment ça fonctionne',
  'en quoi consiste',
  'de quoi s\'agit-il',
  "qu'est-ce que c'est",
  'quelles sont les contreparties',
  'contreparties',
  'quelles conditions',
  'quelles sont les conditions',
  'conditions',
  "conditions d'éligibilité",
  "conditions d'attribution",
  "critères d'éligibilité",
  'pièces à fournir',
  'démarches',
  'où s\'adresser',
  'contact',
  'modalités',
  'durée',
  'quand',
];

/** Abbreviations after which a full stop ends no sentence ("M. Roux", "Mme. Leroy", "cf. p. 12"). */
export const FRENCH_ABBREVIATIONS: readonly string[] = [
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'St', 'Ste', 'cf', 'p', 'pp', 'art', 'av', 'bd', 'env', 'etc', 'ex',
  'hab', 'n°', 'no', 'vol', 'chap', 'fig', 'tél', 'tel', 'min', 'max', 'approx', 'éd', 'coll', 'dir', 'mlle', 'J.-C', 'janv',
  'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
];

/**
 * Verbs in capitals that open the decisions of a deliberation ("Le conseil municipal, après en
 * avoir délibéré : APPROUVE …, AUTORISE …"): what it asks or approves is a proposal, what it
 * entrusts someone with is a first step.
 */
export const DELIBERATION_VERBS: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  proposal: ['APPROUVE', 'DÉCIDE', 'DEMANDE', 'SOLLICITE', 'RÉCLAME', 'SOUHAITE', 'EXIGE', 'S’OPPOSE', "S'OPPOSE", 'REFUSE', 'SOUTIENT', 'ADOPTE'],
  first_step: ['AUTORISE', 'CHARGE', 'MANDATE', 'HABILITE', 'DÉSIGNE', 'INVITE'],
};

/**
 * Words of a sentence that announces what follows ("Voici quelques-uns des commentaires reçus.",
 * "Les pistes retenues sont présentées ci-dessous."): it tells about the items, it is none.
 */
export const ANNOUNCING_WORDS: readonly string[] = ['voici', 'ci-dessous', 'ci-après', 'en voici', 'les voici', 'suivent'];

/** The relative dates of comment threads, after which a number and a unit come: "il y a 3 jours". */
export const RELATIVE_DATE_OPENERS: readonly string[] = ['il y a', 'depuis'];

/**
 * A social network's comment thread: each comment sits between its author's name and a line of
 * reactions ("2 j · J'aime · Répondre · 18"). The words of that line, and the short units of
 * time it opens with ("2 j", "20 h", "3 sem").
 */
export const COMMENT_ACTIONS: readonly string[] = ["j'aime", 'répondre', 'commenter', 'partager', 'signaler', 'modifié', 'like', 'reply'];
export const COMMENT_TIME_UNITS: readonly string[] = ['min', 'h', 'j', 'sem', 'mois', 'an', 'ans', 'a', 'd', 'w', 'y'];

/**
 * What a comment with no cue of its own must hold to be a remark on the subject: a word of care
 * (the rest of a thread is small talk, neighbourhood news or a road's potholes).
 */
export const CARE_WORDS: readonly string[] = [
  'santé', 'soin', 'soins', 'soignant', 'médecin', 'docteur', 'généraliste', 'spécialiste', 'infirmier', 'infirmière', 'pharmacie',
  'pharmacien', 'hôpital', 'urgences', 'cabinet', 'consultation', 'téléconsultation', 'rendez-vous', 'patient', 'kiné',
  'kinésithérapeute', 'dentiste', 'pédiatre', 'psychiatre', 'gynécologue', 'sage-femme', 'maternité', 'ehpad', 'maladie', 'malade',
  'ordonnance', 'traitement', 'ambulance', 'samu', 'clinique', 'dispensaire',
];

/** Openers of a reply or of small talk ("Oui Nathalie, …", "Merci Jean-Claude, c'est noté"), and thanks anywhere in a comment. */
export const REPLY_OPENERS: readonly string[] = ['oui', 'non', 'bonjour', 'bonsoir', 'merci', 'bravo', 'coucou', 'salut', 'félicitations'];
export const THANKS_WORDS: readonly string[] = ['merci', 'bravo', 'bonne route', 'bon courage', 'félicitations'];
/** A sentence that thanks ("Elle remercie les adhérents … et la municipalité qui prête la salle") tells no item. */
export const THANKS_VERBS: readonly string[] = ['remercie', 'remercient', 'remercions', 'remerciez', 'a remercié', 'ont remercié'];

/**
 * An indirect question reported in minutes ("M. Tissot demande si la Ville compte …",
 * "Plusieurs habitants s'interrogent sur …"): the sentence is a question.
 */
export const INDIRECT_QUESTIONS: readonly string[] = [
  'demande si', 'demandent si', 'a demandé si', 'ont demandé si', 'se demande', 'se demandent', "s'interroge", "s'interrogent",
  's’est interrogé', 'demande pourquoi', 'demandent pourquoi', 'demande comment', 'demandent comment', 'demande quand', 'demandent quand',
  'demande qui', 'demandent qui', 'demande où', 'demandent où', "demande s'il", "demande s'ils", "demandent s'il", "demandent s'ils",
  'voulu savoir si', 'veut savoir si', 'veulent savoir si', 'souhaite savoir si', 'souhaitent savoir si', "voulu savoir s'il", 'voulu savoir pourquoi',
  'voulu savoir comment', 'voulu savoir quand',
];

/**
 * Labels before an answer in minutes ("Réponse de l'adjointe : …", "Intervention du maire :
 * …"): the label is no part of what the answer says, and the answer is read for what it says.
 */
export const ANSWER_LABELS: readonly string[] = ['réponse', 'réponses', 'intervention'];

/**
 * What a questionnaire's open question asks for, by words anywhere in it ("Selon vous, que
 * devrait faire la commune en priorité ?" asks for proposals). The first kind whose words
 * appear wins; answers to any other question put to the reader are remarks.
 */
export const SURVEY_ASKS: readonly { kind: Kind; words: readonly string[] }[] = [
  { kind: 'question', words: ['une question', 'vos questions', 'des questions'] },
  {
    kind: 'proposal',
    words: [
      'que devrait', 'que devraient', 'que faudrait', 'que faut-il', 'que faire', 'que proposez', 'que suggérez', 'que souhaitez',
      'quelles solutions', 'quelles propositions', 'quelles idées', 'vos idées', 'vos suggestions', 'vos propositions', 'que pourrait',
      'que pourraient', 'quelles actions', 'quelles mesures', "qu'attendez", 'vos attentes', 'quelles priorités', 'quelle priorité',
      'quelles améliorations', 'que changer', 'que faudrait-il', 'comment améliorer',
    ],
  },
];

/** Words that put a question to the reader: a questionnaire's question, not a heading of the document. */
export const SURVEY_ADDRESS: readonly string[] = ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes'];

/**
 * Answers that say nothing ("Aucune", "Je ne sais pas", "idem question précédente"): no record.
 * The first ones say nothing whatever follows a comma ("RAS, j'ai gardé mon médecin").
 */
export const NOTHING_ANSWERS: readonly string[] = ['aucune', 'aucun', 'rien', 'ras', 'r.a.s', 'néant', 'sans avis', 'sans opinion', "pas d'avis"];
export const NON_ANSWERS: readonly string[] = [
  'je ne sais pas', 'ne sais pas', 'nsp', 'idem', 'rien à ajouter', 'voir réponse précédente', 'cf. réponse précédente', 'non', 'oui',
  'pas de réponse', 'sans réponse',
];

/**
 * The subject after "Que" in a wish written as a demand: "Que le Département signe une
 * convention …", "Qu'une équipe soit affectée …", "Que chaque habitant retrouve un médecin".
 */
export const WISH_SUBJECTS: readonly string[] = [
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'chaque', 'tous', 'toutes', 'tout', 'nos', 'notre', 'vos', 'votre', 'leurs', 'leur', 'on', 'il', 'ils',
  'elle', 'elles', 'ce', 'cet', 'cette', 'ces',
];

/**
 * "Depuis 2024, une infirmière réalise un bilan …": what runs since a time is an initiative.
 * The words that make the phrase after "depuis" a time (with a year, a date or a month).
 */
export const SINCE_TIME_WORDS: readonly string[] = [
  'an', 'ans', 'année', 'années', 'mois', 'semaine', 'semaines', 'hier', 'rentrée', 'été', 'hiver', 'printemps', 'automne', 'mi-',
  'début', 'fin', 'lors', 'ouverture', 'création', 'lancement',
];
/** Verbs that tell a state, not an action: "Depuis 2019, la commune compte …", "… reste fermé". */
export const STATE_VERBS: readonly string[] = ['être', 'avoir', 'compter', 'rester', 'sembler', 'devenir', 'paraître', 'manquer', 'exister', 'falloir', 'pouvoir', 'devoir'];
