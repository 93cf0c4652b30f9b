/**
 * Web page chrome as a glossary: lines of site engines (WordPress, Wix, Drupal, SPIP, dataset
 * viewers, document-sharing sites) that are never contributions, beside contributions that
 * look like them and must survive.
 */
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/ingest/html.js';
import { isChrome } from '../../src/parse/headings.js';
import { toTree } from '../../src/parse/tree.js';
import { toUnits } from '../../src/parse/units.js';
import { parseText } from '../helpers/parse.js';

const chrome = (line: string): boolean => toUnits(toTree(line), line.split('\n')).every(isChrome);

describe('chrome lines of site engines', () => {
  it.each([
    // Feedback prompts
    'Cet article vous a-t-il aidé ?',
    'Cette page vous a-t-elle été utile ?',
    'Ces informations vous ont-elles été utiles ?',
    'Avez-vous trouvé ce que vous cherchiez ?',
    'Merci pour votre retour !',
    'Oui Non',
    'Article non noté',
    'Note : 4,5/5',
    // Copy and share confirmations
    'Lien copié',
    'Lien copié dans le presse-papiers',
    'Copié !',
    'Copied!',
    'Version imprimable',
    'Imprimer Document!',
    'Partager via WhatsApp',
    // Reading time, views, dates of publication
    'Temps de lecture : 3 min',
    'Temps de lecture estimé : 4 minutes',
    '27 mins de lecture',
    '16 Minutes de Lecture',
    '152 vues',
    'Lecture(s) : 11',
    'Dernière mise à jour : 6 mai 2014',
    'Mise à jour : novembre 2022',
    'Date de parution : vendredi 22 janvier 2021',
    'Date de publication : 12/03/2024',
    'Posté par admin',
    'Soumis par: Troy 27 janvier 2012',
    'Publié dans Actualités, Santé',
    'Mots: 7160 | Pages: 29',
    'Nombre de pages : 192',
    // Author and photo credits
    'Photos : Mairie de Stenay',
    '(Photo DR)',
    'Crédit photo : Jean Dupont',
    // Empty search results, loading placeholders
    'Aucun résultat',
    'Aucun résultat trouvé',
    'Désolé, aucun article trouvé.',
    'Aucun résultat ne correspond à votre recherche.',
    "Votre recherche n'a donné aucun résultat.",
    '0 résultat',
    'No results found',
    'Chargement…',
    'Chargement en cours...',
    'J’aime chargement…',
    'Loading...',
    // Page numbers alone, pagination in French and English
    '3',
    '- 12 -',
    'Page 3',
    'Page 3 sur 12',
    'Page 2 of 5',
    '3 / 12',
    'Vous êtes sur la page 1sur 73',
    'Suivant »',
    '« Précédent',
    'Page suivante',
    'Dernière page',
    'Next',
    'Older posts',
    '1 2 3 … 10 Suivant',
    'Previous PDF Next PDF',
    'Navigation des articles',
    'Articles plus anciens',
    'Charger plus',
    'Voir plus Voir moins',
    'Load more',
    'Retour à la liste',
    // Breadcrumbs
    'Vous êtes ici : Accueil › Vivre à Stenay › Santé',
    'Accueil › Santé › Maison de santé',
    'Accueil / Catalogue d’articles / Santé',
    'Acceuil /Catalogue d’articles /Impact',
    'La maison»Cybersécurité»Tout savoir',
    'Vie pratique › Santé › Maison médicale',
    'Fil d’Ariane',
    '←',
    '→',
    // Comment forms
    'Annuler la réponse',
    'Laisser une réponse',
    'Répondre',
    'Répondre à cet article',
    'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
    'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
    'Commentaire *',
    'Nom *',
    'E-mail *',
    'Vous devez être connecté pour publier un commentaire.',
    'Publier le commentaire',
    'Écrire un commentaire...',
    'Aucun commentaire pour le moment.',
    '0 commentaire',
    'Soyez le premier à commenter',
    'Un message, un commentaire ?',
    // Like buttons
    'J’aime',
    'Ajouter aux favoris',
    // Cookies and newsletters, paywalls
    'En poursuivant votre navigation, vous acceptez l’utilisation de cookies.',
    'Gérer mes préférences',
    'Continuer sans accepter',
    "J'accepte",
    'Nous respectons votre vie privée',
    'Recevez notre newsletter',
    'Votre adresse e-mail',
    'Déjà abonné ? Je me connecte',
    'Cet article est réservé aux abonnés',
    'Pour un accès immédiat, abonnez-vous',
    'Pour poursuivre la lecture de ce contenu, abonnez-vous dès maintenant',
    // Site furniture, engine credits, document and dataset viewers
    'Aller au contenu principal',
    'Aller à l’accueil | Aller à la table des matières |',
    'Fermer le menu',
    'Rechercher :',
    'Recherche sur le site',
    'Connexion / Inscription',
    'Espace membre',
    'ESPACE MEMBRE',
    'Outils d’accessibilité',
    'Fièrement propulsé par WordPress',
    'Site réalisé avec SPIP',
    'Suivre la vie du site',
    'Mettez à jour votre navigateur pour voir ce site internet correctement.',
    'Ceci est une expérience dégradée de data.gouv.fr. Veuillez activer JavaScript et utiliser un navigateur à jour.',
    'Transcription du contenu de la page',
    "Si votre navigateur ne rend pas la page correctement, lisez s'il vous plaît le contenu de la page ci-dessous",
    'Dimension: px',
    'Commencer à balayer dès la page:',
    'Texte intégral',
    'Dans cette page : Les procédures',
    'Résumer avec l’IA :',
    'Articles connexes',
    'Articles récents',
    'Commentaires récents',
    'Nos derniers articles',
    'Archives',
    'Catégories',
    'Vous pourriez aussi aimer',
    'À lire également',
  ])('"%s" is chrome', (line) => {
    expect(chrome(line)).toBe(true);
  });

  it.each([
    // Contributions that share a word with chrome
    'Partager les locaux entre professionnels',
    'Partager avec les pharmaciens les disponibilités des médecins',
    'Partager via une plateforme les disponibilités des cabinets',
    'Page de garde des pharmacies à afficher dans les mairies',
    'Page internet de la commune à mettre à jour chaque mois',
    'Aucun résultat concret après trois ans de contrat local de santé',
    'Aucun médecin ne prend de nouveaux patients',
    'Note : 3 communes n’ont plus de médecin',
    'Copie de l’ordonnance envoyée directement à la pharmacie',
    'Répondre aux demandes de soins non programmés',
    'Répondre à l’urgence par des centres de soins non programmés',
    'Merci aux bénévoles du transport solidaire',
    'Chargement des données du DMP trop lent',
    'Lecture des résultats par le pharmacien',
    'Mise à jour régulière de l’annuaire des professionnels',
    'Mise en place d’un guichet unique',
    'Date de la prochaine réunion à fixer avec la CPTS',
    'Photographier les ordonnances pour les envoyer',
    'Archives médicales à numériser',
    'Catégories de patients prioritaires à définir',
    'Recherche de locaux pour la maison de santé',
    'Rechercher des médecins remplaçants',
    'Connexion internet indispensable pour la téléconsultation',
    'Suivant les communes, les délais varient',
    'Précédent : la fermeture de la maternité en 2019',
    '24 heures sur 24',
    '1 700 propositions',
    'Espace de santé numérique à faire connaître',
    'Accueil des internes dans les cabinets ruraux',
    'Accueil / orientation des patients par une secrétaire partagée',
    'La maison de santé / le centre de santé : deux modèles',
    'Vos avis nous intéressent : proposez vos idées',
    'Nom de la structure à définir',
    'Votre adresse e-mail sera utilisée pour vous recontacter',
    'Transcription des consultations en langue des signes',
    'Publier un annuaire des professionnels de santé',
    'Plus de résultats attendus en prévention',
  ])('"%s" is not chrome', (line) => {
    expect(chrome(line)).toBe(false);
  });
});

describe('chrome in a page around contributions', () => {
  it('keeps the proposals and reads every line of chrome as chrome', () => {
    const page = [
      '# Atelier santé : vos propositions',
      '',
      'Vous êtes ici : Accueil › Actualités › Santé',
      '',
      'Temps de lecture : 2 min',
      '',
      '## Propositions',
      '',
      '- Partager les locaux entre professionnels',
      '- Page de garde des pharmacies à afficher dans les mairies',
      '- Répondre aux demandes de soins non programmés',
      '',
      'Cet article vous a-t-il aidé ?',
      '',
      'Oui Non',
      '',
      'Lien copié',
      '',
      'Aucun commentaire pour le moment.',
      '',
      '2',
    ].join('\n');
    const result = parseText('page.md', page);
    expect(result.records.map((r) => r.text)).toEqual([
      'Partager les locaux entre professionnels',
      'Page de garde des pharmacies à afficher dans les mairies',
      'Répondre aux demandes de soins non programmés',
    ]);
    expect(result.lines).toEqual({ nonBlank: 12, record: 3, heading: 2, prose: 0, chrome: 7, unclassified: 0 });
  });
});

describe('chrome blocks of HTML pages, by class or id', () => {
  const wrap = (inner: string): string => `<main><h2>Propositions</h2><ul><li>Créer une maison de santé</li></ul>${inner}</main>`;
  const kept = '## Propositions\n\n- Créer une maison de santé';

  it.each([
    '<div class="entry-meta">Publié le 3 mars par admin</div>', // WordPress
    '<nav class="post-navigation"><a>Article précédent</a></nav>',
    '<div class="nav-links"><a>Page suivante</a></div>',
    '<div class="sharedaddy sd-sharing-enabled">Partager</div>', // Jetpack
    '<div id="jp-relatedposts">Articles similaires</div>',
    '<div id="respond" class="comment-respond">Laisser un commentaire</div>',
    '<div id="WIX_ADS">Ce site a été conçu avec Wix</div>', // Wix
    '<div class="SITE_FOOTER">Mentions légales</div>',
    '<ul class="pager"><li>Suivant</li></ul>', // Drupal
    '<span class="visually-hidden">Ouvre dans une nouvelle fenêtre</span>',
    '<ul class="tabs--primary"><li>Voir</li><li>Modifier</li></ul>',
    '<p class="ariane">Accueil &gt; Santé</p>', // SPIP
    '<p class="pagination">1 | 2 | 3</p>',
    '<div id="tarteaucitronRoot">Gestion des cookies</div>', // cookie managers
    '<div class="axeptio_overlay">Cookies</div>',
    '<div class="cmplz-cookiebanner">Cookies</div>',
    '<div class="reading-time">3 min</div>',
    '<div class="loading-placeholder">Chargement…</div>',
    '<div class="fr-feedback">Cette page vous a-t-elle été utile ?</div>',
  ])('drops %s', (block) => {
    expect(htmlToMarkdown(wrap(block)).text).toBe(kept);
  });

  it.each([
    '<div class="entry-content"><p>Ouvrir un centre de santé</p></div>',
    '<div class="elementor-tabs"><p>Ouvrir un centre de santé</p></div>',
    '<div class="forum"><p>Ouvrir un centre de santé</p></div>',
    '<div class="metadata-free"><p>Ouvrir un centre de santé</p></div>',
  ])('keeps %s: tabs and forums may hold contributions', (block) => {
    expect(htmlToMarkdown(wrap(block)).text).toBe(`${kept}\n\nOuvrir un centre de santé`);
  });
});
