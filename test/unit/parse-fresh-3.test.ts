/**
 * Layouts met on the fresh documents 71–93 (issue 13): transcripts with speaker turns, and
 * what they taught about headings. Each document here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/parse/index.js';
import { parseDocument } from '../../src/parse/document.js';
import { parseText } from '../helpers/parse.js';

/** Parses a page as the CLI would: HTML is converted first. */
async function parsePage(file: string, html: string): Promise<ParseResult> {
  const parsed = await parseDocument(file, new TextEncoder().encode(html), {});
  if (!parsed.result) throw new Error(`${file} gave no result`);
  return parsed.result;
}

/** Each record as "kind (evidence): text". */
function shown(result: ParseResult): string[] {
  return result.records.map((r) => `${r.kind} (${r.evidence}): ${r.text}`);
}

describe('a radio transcript', () => {
  it('reads a turn that ends on a question as a turn, not as a heading over the turns after it', () => {
    const transcript = [
      'JOURNALISTE : Le Département verse une bourse aux internes en échange d’un engagement de cinq ans. Est-ce que ça marche ?',
      '',
      'LA DÉPUTÉE : C’est un bon outil, mais il arrive trop tard.',
      '',
      'JOURNALISTE : On passe au standard.',
      '',
      'UN AUDITEUR : Bonjour, on vous écoute depuis Valençay.',
    ].join('\n');
    expect(shown(parseText('debat.txt', transcript))).toEqual([]);
  });
});

describe('an e-mail newsletter laid out in tables', () => {
  const email = [
    '<html><head><title>La Lettre n° 5 – CPTS du Val</title></head><body>',
    '<div style="display:none; max-height:0; opacity:0; overflow:hidden;">Vos réponses et les nouvelles de la CPTS</div>',
    '<table role="presentation" width="100%"><tr><td>',
    '<table role="presentation" width="600">',
    '<tr><td><h2>Boîte à idées : vos réponses</h2>',
    '<p>« Beaucoup de patients ignorent que la téléconsultation est remboursée. Il faudrait une affiche commune dans les pharmacies. »</p>',
    '<p>— Claire, pharmacienne</p>',
    '<p>« Je vois chaque semaine au comptoir des patients qui n’ont pas renouvelé leur traitement depuis des mois. »</p>',
    '<p>— Thomas, pharmacien</p></td></tr>',
    '</table></td></tr></table>',
    '</body></html>',
  ].join('\n');

  it('reads the cells of layout tables as the page they lay out, leaves the hidden preheader out, and reads a quotation for what each sentence says', async () => {
    expect(shown(await parsePage('lettre.html', email))).toEqual([
      'observation (cue): Beaucoup de patients ignorent que la téléconsultation est remboursée.',
      'proposal (cue): Il faudrait une affiche commune dans les pharmacies.',
      'observation (cue): Je vois chaque semaine au comptoir des patients qui n’ont pas renouvelé leur traitement depuis des mois.',
    ]);
  });

  it('keeps a table of data a table', async () => {
    const data = '<table><tr><th>Constat</th><th>Proposition</th></tr><tr><td>Trop peu de médecins</td><td>Salarier des médecins</td></tr></table>';
    expect(shown(await parsePage('tableau.html', `<html><body><h1>Compte rendu</h1>${data}</body></html>`))).toEqual([
      'finding (table): Trop peu de médecins',
      'proposal (table): Salarier des médecins',
    ]);
  });
});

describe('a forum thread', () => {
  const post = (author: string, quote: string, body: string): string =>
    [
      '<div class="post">',
      `<div class="postprofile"><dl><dt>${author}</dt><dd><strong>Localisation :</strong> Coulon</dd></dl></div>`,
      '<div class="postbody"><h3>Re: Plus de médecin au village ?</h3>',
      `<div class="content">${quote}${body}</div>`,
      '<div class="signature">Bibou – « Mieux vaut prévenir que guérir… encore faut-il trouver qui nous soigne ! »</div>',
      '</div></div>',
    ].join('\n');
  const thread = [
    '<html><body><h1>Forum du Marais</h1>',
    post('Bibou79', '', 'Est-ce que quelqu’un sait si la mairie a une piste pour faire venir un nouveau médecin ?<br>Merci d’avance !'),
    post(
      'Marais_Jojo',
      '<blockquote><cite>Bibou79 a écrit :</cite>Est-ce que quelqu’un sait si la mairie a une piste pour faire venir un nouveau médecin ?</blockquote>',
      'Il faudrait que les infirmières puissent renouveler les traitements chroniques pendant quelques mois.',
    ),
    '</body></html>',
  ].join('\n');

  it('leaves out profiles, signatures and the quotations of earlier posts, and heads nothing with a long question', async () => {
    expect(shown(await parsePage('forum.html', thread))).toEqual([
      'proposal (cue): Il faudrait que les infirmières puissent renouveler les traitements chroniques pendant quelques mois.',
    ]);
  });
});

describe('a questionnaire reported question by question', () => {
  const report = [
    '# Questionnaire « Un médecin pour le village »',
    '',
    '## Question 1 – Quel est votre âge ?',
    '',
    'Choix unique · Réponses (143)',
    '',
    '| Réponse | Nombre | % |',
    '| --- | --- | --- |',
    '| Moins de 30 ans | 13 | 9,1 % |',
    '| 75 ans et plus | 21 | 14,7 % |',
    '',
    '## Question 2 – Quelles difficultés avez-vous rencontrées pour vous soigner ?',
    '',
    'Réponse libre · Réponses (3)',
    '',
    '1. Aucune',
    '2. Je dois faire 20 km pour voir un médecin, et je n’ai plus le permis.',
    '3. RAS, j’ai gardé mon médecin.',
    '',
    '## Question 3 – Selon vous, que devrait faire la commune en priorité ?',
    '',
    '1. Un transport solidaire pour aller chez le médecin.',
    '2. Je ne sais pas.',
    '',
    '## Question 4 – Avez-vous une question ou un message pour l’équipe municipale ?',
    '',
    '1. Où en sont les contacts avec l’ARS ?',
    '2. Merci de vous battre pour ça.',
    '3. Il faudrait une permanence d’infirmière à la mairie une fois par semaine.',
  ].join('\n');

  it('reads each answer as the question asks, and leaves results, empty answers and thanks out', () => {
    const result = parseText('questionnaire.md', report);
    expect(shown(result)).toEqual([
      'observation (heading): Je dois faire 20 km pour voir un médecin, et je n’ai plus le permis.',
      'proposal (heading): Un transport solidaire pour aller chez le médecin.',
      'question (heading): Où en sont les contacts avec l’ARS ?',
      'proposal (cue): Il faudrait une permanence d’infirmière à la mairie une fois par semaine.',
    ]);
    // The results and the empty answers are accounted for, as prose.
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('minutes with a tour de table', () => {
  it('reads each speaker’s item as a remark, with the proposal or question it holds', () => {
    const minutes = [
      '# Comité des usagers',
      '',
      '## 1. Tour de table',
      '',
      '- Aïcha B. : mon fils de sept ans attend un bilan d’orthophonie depuis plus d’un an.',
      '- Rui P. : beaucoup de voisins ne viennent pas aux réunions parce qu’ils ne lisent pas le français. Il faudrait traduire l’affiche en arabe.',
      '- Fatoumata S. : ma sœur vient d’emménager et aucun médecin ne veut la déclarer, est-ce que le centre reprendra de nouveaux patients ?',
      '',
      '## 2. Accueil',
      '',
      'Le Dr Julien T. estime qu’une prise de rendez-vous uniquement en ligne ne conviendrait pas aux patients.',
    ].join('\n');
    expect(shown(parseText('chuc.md', minutes))).toEqual([
      'observation (label): Aïcha B. : mon fils de sept ans attend un bilan d’orthophonie depuis plus d’un an.',
      'observation (label): Rui P. : beaucoup de voisins ne viennent pas aux réunions parce qu’ils ne lisent pas le français.',
      'proposal (label): Il faudrait traduire l’affiche en arabe.',
      'question (label): Fatoumata S. : ma sœur vient d’emménager et aucun médecin ne veut la déclarer, est-ce que le centre reprendra de nouveaux patients ?',
      'observation (cue): Le Dr Julien T. estime qu’une prise de rendez-vous uniquement en ligne ne conviendrait pas aux patients.',
    ]);
  });

  it('leaves a list of links named "Place : headline" alone', () => {
    const links = ['# Article', '', '## À lire aussi', '', '- Le Fleix : le cabinet médical ne fermera pas cette année'].join('\n');
    expect(shown(parseText('article.md', links))).toEqual([]);
  });
});

describe('a citizens’ convention report', () => {
  it('reads "Pour commencer :" over a list as the first steps of the proposal above, and a quoted question as one', () => {
    const report = [
      '# Convention citoyenne',
      '',
      'Le conseil a posé aux habitants une seule question : « Comment permettre à chacun, dans l’agglomération, de se soigner près de chez soi ? »',
      '',
      '## Nos propositions',
      '',
      'Proposition 2 – Loger gratuitement les internes dans des appartements meublés',
      '',
      'Adoptée à 94 % (29 pour, 2 contre)',
      '',
      'Pour commencer :',
      '',
      '- Recenser les logements communaux vacants à Guéret',
    ].join('\n');
    const result = parseText('convention.md', report);
    expect(shown(result)).toEqual([
      'proposal (label): Loger gratuitement les internes dans des appartements meublés',
      'first_step (lead-in): Recenser les logements communaux vacants à Guéret',
    ]);
    expect(result.records[1]!.parent).toBe(result.records[0]!.id);
  });
});

describe('a transcript with timestamps and a hanging indent', () => {
  it('keeps a turn’s indented lines in the turn, so its last question heads nothing', () => {
    const transcript = [
      '[00:08:31] JOURNALISTE : Depuis l’an dernier, la pharmacie dispose d’une cabine de téléconsultation.',
      '           Est-ce que c’est une solution ?',
      '',
      '[00:08:44] INFIRMIÈRE : Pour une angine, oui. Mais une cabine ne fait pas de visite à domicile.',
      '',
      '[00:09:02] [Passage non transcrit]',
    ].join('\n');
    expect(shown(parseText('podcast.txt', transcript))).toEqual([]);
  });
});

describe('what runs since a time', () => {
  it('reads "Depuis <time>, …" with an action in the present as an initiative, and not a lack, a state or a figure', () => {
    const text = [
      '# Rapport',
      '',
      'Depuis septembre 2025, la Maison des adolescents accueille de nouveau les jeunes de 11 à 21 ans à Aurillac.',
      '',
      'Depuis 2003, Lure n’a plus de service d’urgences la nuit.',
      '',
      'Depuis le 1er janvier, l’Indre compte quatre médecins de moins.',
      '',
      'Depuis que le cabinet a fermé, les patients vont à Vesoul.',
      '',
      'Depuis son ouverture en novembre, le cabinet a accueilli 212 téléconsultations.',
    ].join('\n');
    expect(shown(parseText('rapport.md', text))).toEqual([
      'initiative (cue): Depuis septembre 2025, la Maison des adolescents accueille de nouveau les jeunes de 11 à 21 ans à Aurillac.',
    ]);
  });
});

describe('a union’s platform of demands', () => {
  it('reads roman-numbered parts under the demands as axes, and lettered points under a numbered demand as its steps', () => {
    const platform = [
      '# Plateforme revendicative',
      '',
      '## NOS REVENDICATIONS',
      '',
      '### I. Des médecins au plus près des habitants',
      '',
      '**1. Créer un centre de santé public intercommunal**',
      '',
      '   a) en confier la gestion à la communauté de communes ;',
      '   b) ouvrir un premier site à Beaurepaire.',
      '',
      '### II. L’hôpital public',
      '',
      '**5. Pour l’hôpital public, nous exigeons de l’État :**',
      '',
      '   a) l’arrêt de toutes les fermetures de lits ;',
    ].join('\n');
    const result = parseText('plateforme.md', platform);
    expect(result.records.map((r) => `${r.kind} [${r.axis}] ${r.text}`)).toEqual([
      'proposal [I. Des médecins au plus près des habitants] Créer un centre de santé public intercommunal',
      'first_step [I. Des médecins au plus près des habitants] en confier la gestion à la communauté de communes',
      'first_step [I. Des médecins au plus près des habitants] ouvrir un premier site à Beaurepaire.',
      'proposal [II. L’hôpital public] l’arrêt de toutes les fermetures de lits',
    ]);
    expect(result.records[1]!.parent).toBe(result.records[0]!.id);
  });
});

describe('a prefecture’s press release', () => {
  it('reads each measure by the phrase that opens its paragraph, told running or to come by its description, and leaves key figures out', () => {
    const release = [
      '# Accès aux soins : un plan d’action pour les zones rouges',
      '',
      '## Les mesures du plan',
      '',
      '**12** mesures',
      '',
      '**4,6 M€** inscrits au budget 2025',
      '',
      'Un cabinet équipé à la maison de santé de Lessay. La communauté de communes y accueille depuis juin les médecins solidaires.',
      '',
      'Un guichet unique pour l’installation des professionnels de santé. Le Département et l’ARS ouvriront un guichet commun en janvier 2026.',
    ].join('\n');
    expect(shown(parseText('communique.md', release))).toEqual([
      'initiative (cue): Un cabinet équipé à la maison de santé de Lessay.',
      'proposal (heading): Un guichet unique pour l’installation des professionnels de santé.',
    ]);
  });
});

describe('a plan’s table of actions', () => {
  it('takes the kind from the status column, the axis from a spanning row, and reads a spanning objective as an item', () => {
    const plan = [
      '# Feuille de route',
      '',
      '| N° | Action | Pilote | État |',
      '| --- | --- | --- | --- |',
      '| **Priorité 1 – Favoriser l’accès aux soins** | | | |',
      '| *Objectif opérationnel 1.1 – Soutenir l’exercice coordonné* | | | |',
      '| 1.1.1 | Cofinancer la création de maisons de santé | Direction de la santé | ● Réalisé |',
      '| 1.1.2 | Soutenir des centres de santé à plusieurs sites | Direction de la santé | ○ À engager |',
    ].join('\n');
    expect(parseText('feuille.md', plan).records.map((r) => `${r.kind} [${r.axis}] ${r.text}`)).toEqual([
      'objective [null] Soutenir l’exercice coordonné',
      'initiative [Priorité 1 – Favoriser l’accès aux soins] Cofinancer la création de maisons de santé',
      'proposal [Priorité 1 – Favoriser l’accès aux soins] Soutenir des centres de santé à plusieurs sites',
    ]);
  });
});

describe('quotations signed on the next line', () => {
  it('keeps "— Thomas, pharmacien à Lunéville" as the quotation’s detail, placing it, and places the rest of the letter by what its records share', () => {
    const letter = [
      '# La Lettre des adhérents',
      '',
      '## Vos réponses',
      '',
      '« Je vois chaque semaine au comptoir des patients qui n’ont pas renouvelé leur traitement depuis des mois. »',
      '',
      '— Thomas, pharmacien à Lunéville',
      '',
      '« Il faudrait que les infirmiers puissent renouveler certaines ordonnances de patients stables. »',
      '',
      '— Sandrine, infirmière libérale à Gerbéviller',
      '',
      '« Les médecins qui acceptent déjà des patients prioritaires sont à bout de forces. »',
      '',
      '— Julie, médecin généraliste à Lunéville',
      '',
      'Il faudrait aussi ouvrir une permanence de soins le samedi matin.',
    ].join('\n');
    const result = parseText('lettre.md', letter);
    expect(result.records.map((r) => `${r.kind} ${r.territory?.code} ${r.details ?? '-'}`)).toEqual([
      'observation 54329 Thomas, pharmacien à Lunéville',
      'proposal 54222 Sandrine, infirmière libérale à Gerbéviller',
      'observation 54329 Julie, médecin généraliste à Lunéville',
      'proposal 54 -',
    ]);
    expect(result.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });
});

describe('a live blog of a public debate', () => {
  it('reads a speaker’s quoted question, a plan reported by a named official, and a suggestion from the floor', () => {
    const live = [
      '# Direct : l’avenir de l’hôpital',
      '',
      'Marc, retraité à Rosporden : « Qui va soigner les touristes et nous en même temps, l’été, quand la population double ? »',
      '',
      'Marie-Anne Kerhervé, adjointe au maire chargée de la santé, annonce que la Ville proposera au CHIC deux logements pour les internes dès la rentrée.',
      '',
      'Un kinésithérapeute du centre-ville suggère que l’hôpital loue ses locaux inoccupés à des professionnels libéraux.',
    ].join('\n');
    expect(shown(parseText('direct.md', live)).map((r) => r.split(':')[0])).toEqual(['question (label)', 'proposal (cue)', 'proposal (cue)']);
  });
});

describe('slides saved as an outline', () => {
  it('reads a kind named over its bullets with a qualifier, and a quotation signed in lower case after a dash', () => {
    const outline = [
      'Diapositive 10',
      '',
      'Ce que disent les habitants',
      '\t« Mon médecin est parti en retraite il y a deux ans, depuis je vais aux urgences. »',
      '\t\t— retraitée, 74 ans, Volmunster',
      '',
      'Diapositive 11',
      '',
      'Les atouts du territoire',
      '\t• Un tissu associatif dense, du sport à l’aide à domicile',
    ].join('\n');
    const result = parseText('diaporama.txt', outline);
    expect(result.records.map((r) => `${r.kind}: ${r.text} | ${r.details ?? '-'}`)).toEqual([
      'observation: Mon médecin est parti en retraite il y a deux ans, depuis je vais aux urgences. | retraitée, 74 ans, Volmunster',
      'lever: Un tissu associatif dense, du sport à l’aide à domicile | -',
    ]);
  });
});

describe('a wiki article', () => {
  it('leaves out edit links, footnote calls, the contents box and the notes list', async () => {
    const page = [
      '<html><body><main><h1>Centre de santé de Vierzon</h1>',
      '<div id="toc" class="toc"><ul><li>1 Historique</li><li>2 Critiques</li></ul></div>',
      '<h2><span class="mw-headline">Critiques</span><span class="mw-editsection">[modifier | modifier le code]</span></h2>',
      '<p>Le blog local estime que le centre a surtout regroupé des médecins déjà installés.<sup class="reference">[3]</sup></p>',
      '<h2>Notes et références</h2>',
      '<div class="mw-references-wrap"><ol class="references"><li>↑ « Vierzon : le centre de santé ouvre lundi », France Bleu, 15 mars 2018.</li></ol></div>',
      '</main></body></html>',
    ].join('\n');
    const result = await parsePage('vierzon.html', page);
    expect(shown(result)).toEqual(['observation (cue): Le blog local estime que le centre a surtout regroupé des médecins déjà installés.']);
    expect(result.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });
});

describe('a platform’s contributions with type badges', () => {
  it('reads the badge over each card’s title as its kind, and the card’s theme and commune fields', () => {
    const listing = [
      '# Évaluation citoyenne sur la santé',
      '',
      '- Proposition',
      '',
      '  ### Ouvrir un centre de santé avec des médecins salariés à Nantes Nord',
      '',
      '  Des médecins salariés, avec une secrétaire et un interprète, changeraient tout.',
      '',
      '  - Thème : Accès aux soins',
      '  - Commune : Nantes',
      '',
      '- Constat',
      '',
      '  ### Dans mon quartier, plus aucun généraliste ne prend de nouveaux patients',
      '',
      '  - Thème : Accès aux soins',
      '  - Commune : Rezé',
    ].join('\n');
    expect(parseText('contributions.md', listing).records.map((r) => `${r.kind} [${r.axis}] ${r.territory?.code} ${r.text}`)).toEqual([
      'proposal [Accès aux soins] 44109 Ouvrir un centre de santé avec des médecins salariés à Nantes Nord',
      'finding [Accès aux soins] 44143 Dans mon quartier, plus aucun généraliste ne prend de nouveaux patients',
    ]);
  });
});

describe('a département’s page of schemes', () => {
  it('reads each scheme as an initiative, with plain-line questions, and one announced by a badge above it as a proposal', () => {
    const page = [
      '# Le Département s’engage pour l’accès aux soins',
      '',
      '### Bourse d’études pour les internes en médecine générale',
      '',
      'Pour qui ?',
      '',
      'Les internes qui s’engagent à exercer cinq ans dans une zone sous-dotée.',
      '',
      '### Aide au logement des internes et des stagiaires',
      '',
      'Pour qui ?',
      '',
      'Les internes en stage dans un cabinet du haut pays.',
      '',
      '### Le bus santé connecté',
      '',
      'Depuis 2023, un bus équipé parcourt les villages du haut pays avec une infirmière à bord.',
      '',
      'À venir',
      '',
      '### Un guichet unique départemental pour l’installation',
      '',
      'Au premier semestre 2026, un interlocuteur unique réunira les démarches des financeurs.',
    ].join('\n');
    expect(shown(parseText('departement.md', page))).toEqual([
      'initiative (heading): Bourse d’études pour les internes en médecine générale',
      'initiative (heading): Aide au logement des internes et des stagiaires',
      'initiative (heading): Le bus santé connecté',
      'proposal (label): Un guichet unique départemental pour l’installation',
    ]);
  });
});

describe('a municipal bulletin copied from its PDF', () => {
  it('leaves the running footer out and reads what comes next under "Et maintenant ?"', () => {
    const bulletin = [
      'Le Caylar infos – n° 41 – automne 2023                                      3',
      '',
      'DOSSIER SANTÉ',
      '',
      'Le Caylar infos – n° 41 – automne 2023                                      4',
      '',
      'ET MAINTENANT ?',
      '',
      'La commune offrira le loyer du cabinet pendant les deux premières années d’exercice.',
      '',
      'Le Caylar infos – n° 41 – automne 2023                                      5',
    ].join('\n');
    const result = parseText('bulletin.txt', bulletin);
    expect(shown(result)).toEqual(['proposal (cue): La commune offrira le loyer du cabinet pendant les deux premières années d’exercice.']);
    // The first is taken for the title; the two others are chrome.
    expect(result.lines.chrome).toBe(2);
  });
});

describe('minutes of an association’s general meeting', () => {
  it('reads a demand for a thing as a proposal, and thanks as no record', () => {
    const minutes = [
      '# Assemblée générale',
      '',
      'La présidente remercie les adhérents venus nombreux, ainsi que la municipalité qui prête la salle.',
      '',
      'Cette pétition demande l’ouverture à Gournay d’un centre de santé avec des médecins salariés.',
      '',
      'Les élus demandent la parole à la fin de la séance.',
    ].join('\n');
    expect(shown(parseText('ag.md', minutes))).toEqual([
      'proposal (cue): Cette pétition demande l’ouverture à Gournay d’un centre de santé avec des médecins salariés.',
    ]);
  });
});

describe('a press report of a public meeting', () => {
  it('reads a quotation whose speaker follows the verb as a remark, and "a voulu savoir si" as a question', () => {
    const article = [
      '# Louvigné-du-Désert. Salle comble pour le centre de santé',
      '',
      '« Nous sommes déjà à saturation. Je ne peux pas absorber 2 000 patients de plus », a prévenu le Dr Thomas Hamel.',
      '',
      'Une autre participante a voulu savoir si les dossiers médicaux resteraient consultables au centre.',
    ].join('\n');
    expect(shown(parseText('article.md', article)).map((r) => r.split(' (')[0])).toEqual(['observation', 'question']);
  });
});

describe('a thesis’s verbatims', () => {
  it('reads a quotation coded by its speaker ("(M3)") as a remark', () => {
    const thesis = ['# 3. Résultats', '', '« On a trois médecins pour toute la haute vallée, et le plus jeune a soixante-deux ans. » (M3)'].join('\n');
    expect(shown(parseText('these.md', thesis))).toEqual(['observation (cue): « On a trois médecins pour toute la haute vallée, et le plus jeune a soixante-deux ans. » (M3)']);
  });
});

describe('what those consulted describe', () => {
  it('reads "Les participants décrivent une offre …" as a finding, and a document describing its procedure as none', () => {
    const text = [
      '# Résultats',
      '',
      'Les participants décrivent une offre de premier recours vieillissante dans toute la vallée.',
      '',
      'La fiche décrit les modalités d’inscription au dispositif.',
    ].join('\n');
    expect(shown(parseText('these.md', text))).toEqual(['finding (cue): Les participants décrivent une offre de premier recours vieillissante dans toute la vallée.']);
  });
});

describe('a quotation among proposals', () => {
  it('is read for what it says, not taken for one of the proposals', () => {
    const page = [
      '# CTS élargi',
      '',
      '## Les propositions retenues',
      '',
      '« Ce que nous avons entendu aujourd’hui, c’est que personne ne s’en sortira seul. »',
      '',
      'Créer un guichet unique départemental pour les internes',
    ].join('\n');
    expect(shown(parseText('cts.md', page)).map((r) => r.split(':')[0])).toEqual(['observation (cue)', 'proposal (heading)']);
  });
});

describe('a proposal argued under "Pourquoi ?"', () => {
  it('reads a paragraph of several sentences for its own cues, not as one need', () => {
    const report = [
      '# Convention citoyenne',
      '',
      'Proposition 1 – Créer à Guéret un centre de santé intercommunal',
      '',
      'Pourquoi ?',
      '',
      'Depuis deux ans, les cabinets de Guéret n’acceptent plus de nouveaux patients. Plus de 4 000 habitants sont dans ce cas.',
    ].join('\n');
    expect(shown(parseText('convention.md', report)).map((r) => r.split(':')[0])).toEqual(['proposal (label)']);
  });
});
