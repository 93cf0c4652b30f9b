/**
 * Documents recolte was not built from: everyday variants of the seed layouts (other bullets
 * and numbering, other wordings, inline labels, tables, numbered sections, web chrome, front
 * matter). Each expectation is what a careful analyst extracts by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/document.js';
import { parseSource, type ParseOptions, type ParseResult } from '../../src/parse/index.js';
import type { Kind } from '../../src/types/record.js';
import type { Diagnostic } from '../../src/types/report.js';

const DIR = new URL('../../fixtures/variants/', import.meta.url);

interface Parsed {
  result: ParseResult;
  /** Ingest and parse diagnostics together, as the CLI reports them. */
  diagnostics: Diagnostic[];
}

function parse(name: string, options: ParseOptions = {}): Parsed {
  const { source, diagnostics } = ingest(name, readFileSync(new URL(name, DIR)));
  if (!source) throw new Error(`${name} is not text`);
  const result = parseSource(source, options);
  return { result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

interface Expected {
  line: number;
  kind: Kind;
  text: string;
  /** Source line of the parent record. */
  parent: number | null;
  axis: string | null;
  group: string | null;
  territory: string | null;
}

const r = (line: number, kind: Kind, text: string, more: Partial<Omit<Expected, 'line' | 'kind' | 'text'>> = {}): Expected => ({
  line,
  kind,
  text,
  parent: null,
  axis: null,
  group: null,
  territory: null,
  ...more,
});

/** The records as an analyst would list them: parents by line, territories by INSEE code. */
function summary({ records }: ParseResult): Expected[] {
  const lineOf = new Map(records.map((rec) => [rec.id, rec.source.line]));
  return records.map((rec) => ({
    line: rec.source.line,
    kind: rec.kind,
    text: rec.text,
    parent: rec.parent ? (lineOf.get(rec.parent) ?? -1) : null,
    axis: rec.axis ?? null,
    group: rec.group ?? null,
    territory: rec.territory?.code ?? null,
  }));
}

/** Every non-blank line is exactly one class, and none is left unclassified. */
function expectAccounted({ result }: Parsed): void {
  const { nonBlank, record, heading, prose, chrome, unclassified } = result.lines;
  expect(record + heading + prose + chrome + unclassified).toBe(nonBlank);
  expect(unclassified).toBe(0);
}

const rules = (parsed: Parsed): string[] => parsed.diagnostics.map((d) => `${d.line}:${d.rule}`);

describe('variant fixtures', () => {
  it('are 10 to 15 documents of 15 to 60 lines, Markdown and plain text', () => {
    const files = readdirSync(DIR);
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.length).toBeLessThanOrEqual(15);
    expect(files.some((f) => f.endsWith('.md'))).toBe(true);
    expect(files.some((f) => f.endsWith('.txt'))).toBe(true);
    for (const file of files) {
      const lines = readFileSync(new URL(file, DIR), 'utf8').trimEnd().split('\n').length;
      expect(lines, file).toBeGreaterThanOrEqual(15);
      expect(lines, file).toBeLessThanOrEqual(60);
    }
  });

  it.each(readdirSync(DIR))('%s accounts for every non-blank line', (file) => {
    expectAccounted(parse(file));
  });
});

describe('01 workshop in Markdown: "## Proposition n°1 : …" and reworded questions', () => {
  const parsed = parse('01-atelier-propositions.md');

  it('links needs, objectives, first steps, pitfalls and levers to their proposal', () => {
    expect(parsed.result.layout).toBe('workshop');
    expect(summary(parsed.result)).toEqual([
      r(7, 'proposal', 'Créer un centre de santé intercommunal avec des médecins salariés'),
      r(11, 'need', 'Des délais de plusieurs mois pour obtenir un rendez-vous chez un généraliste', { parent: 7 }),
      r(12, 'need', 'De nombreux habitants sans médecin traitant depuis le départ en retraite du Dr Martin', { parent: 7 }),
      r(16, 'objective', 'Garantir un médecin traitant à chaque habitant du bassin de vie', { parent: 7 }),
      r(17, 'objective', 'Offrir aux jeunes médecins un exercice salarié, sans charges administratives', { parent: 7 }),
      r(21, 'first_step', 'Recenser les locaux communaux disponibles', { parent: 7 }),
      r(22, 'first_step', "Rencontrer l'ARS et la CPTS du Verdunois", { parent: 7 }),
      r(23, 'first_step', 'Lancer un appel à candidatures auprès des internes de Reims et de Nancy', { parent: 7 }),
      r(27, 'pitfall', 'Le coût de fonctionnement pour les communes', { parent: 7 }),
      r(28, 'pitfall', 'La concurrence avec les cabinets libéraux existants', { parent: 7 }),
      r(30, 'proposal', 'Développer un transport solidaire vers les lieux de soins'),
      r(34, 'need', "L'isolement des personnes âgées qui ne conduisent plus", { parent: 30 }),
      r(35, 'need', "L'absence de transport en commun vers l'hôpital", { parent: 30 }),
      r(39, 'objective', 'Permettre à chacun de se rendre à ses rendez-vous médicaux', { parent: 30 }),
      r(43, 'first_step', "S'appuyer sur les associations de bénévoles déjà actives", { parent: 30 }),
      r(44, 'first_step', 'Créer une plateforme téléphonique de réservation', { parent: 30 }),
      r(48, 'lever', 'Le soutien financier de la Région et de la MSA', { parent: 30 }),
    ]);
  });

  it('reads the date and participants, and warns that "Verdun" names two communes', () => {
    expect(parsed.result.records[0]!.document).toEqual({
      title: 'Atelier citoyen « Se soigner près de chez soi » – Verdun, 5 mars 2024',
      date: '2024-03-05',
      participants: 22,
    });
    expect(rules(parsed)).toEqual(['1:territory-ambiguous']);
  });
});

describe('02 plain-text synthesis: "Freins :" labels, – * 1) 1.1 markers', () => {
  const parsed = parse('02-synthese-freins-pistes.txt');

  it('gives pitfalls and proposals without markers or numbering', () => {
    expect(parsed.result.layout).toBe('synthesis');
    const t = { territory: '55122' };
    expect(summary(parsed.result)).toEqual([
      r(6, 'pitfall', 'La pénurie de médecins généralistes et de spécialistes', t),
      r(7, 'pitfall', "Les délais d'attente pour un rendez-vous en ophtalmologie", t),
      r(8, 'pitfall', 'Le manque de logements pour accueillir les internes', t),
      r(11, 'pitfall', 'Ne pas opposer médecine libérale et centres de santé', t),
      r(12, 'pitfall', 'Associer les professionnels de santé dès le début du projet', t),
      r(15, 'proposal', "Renforcer l'attractivité du territoire pour les professionnels", t),
      r(16, 'proposal', 'Proposer des logements meublés aux internes et aux remplaçants', t),
      r(17, 'proposal', "Organiser une journée d'accueil des nouveaux professionnels", t),
      r(18, 'proposal', "Faciliter l'accès aux soins des personnes isolées", t),
      r(19, 'proposal', 'Mettre en place un bus de prévention itinérant', t),
      r(20, 'proposal', 'Déployer des cabines de téléconsultation dans les pharmacies', t),
    ]);
  });

  it('dates the meeting from "Réunion du 14 novembre 2023" and keeps the next meeting as prose', () => {
    expect(parsed.result.records[0]!.document?.date).toBe('2023-11-14');
    expect(parsed.result.lines).toMatchObject({ record: 11, heading: 4, prose: 2 });
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('03 report with numbered sections: "2. Pistes d\'action" then "2.1 …"', () => {
  const parsed = parse('03-rapport-sections.md');

  it('reads findings as sentences, proposals and pitfalls as numbered items, perspectives as prose', () => {
    expect(parsed.result.layout).toBe('synthesis');
    expect(summary(parsed.result)).toEqual([
      r(7, 'finding', 'Le territoire compte 6 médecins généralistes pour 10 000 habitants, contre 9 en moyenne nationale.'),
      r(9, 'finding', "Près d'un tiers des médecins en exercice ont plus de 60 ans."),
      r(13, 'proposal', 'Créer une maison de santé pluriprofessionnelle à Bar-le-Duc'),
      r(15, 'proposal', "Financer des bourses d'études pour les étudiants en médecine qui s'engagent à s'installer"),
      r(16, 'proposal', 'Développer les consultations avancées de spécialistes dans les hôpitaux de proximité'),
      r(20, 'pitfall', 'La soutenabilité financière des projets pour les petites communes'),
      r(21, 'pitfall', 'Le risque de concurrence entre territoires voisins'),
    ]);
    expect(parsed.result.lines).toMatchObject({ record: 8, heading: 5, prose: 2 });
  });

  it('keeps the line under "2.1 …" as that proposal\'s details', () => {
    const first = parsed.result.records.find((rec) => rec.source.line === 13)!;
    expect(first.details).toBe("Le projet pourrait s'installer dans les locaux de l'ancienne clinique.");
    expect(first.source.endLine).toBe(14);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('04 Markdown tables whose columns name kinds', () => {
  const parsed = parse('04-tableau-constats.md');

  it('gives one record per filled cell, the row\'s proposal owning the constat beside it', () => {
    expect(parsed.result.layout).toBe('synthesis');
    expect(summary(parsed.result)).toEqual([
      r(7, 'finding', 'Les urgences de Verdun sont saturées le week-end', { parent: 7 }),
      r(7, 'proposal', 'Ouvrir une maison médicale de garde le samedi et le dimanche'),
      r(8, 'finding', 'Les jeunes médecins ne connaissent pas le territoire', { parent: 8 }),
      r(8, 'proposal', 'Accueillir des internes en stage chez les médecins du canton'),
      r(9, 'finding', 'Les personnes âgées renoncent aux soins dentaires', { parent: 9 }),
      r(9, 'proposal', 'Faire venir un cabinet dentaire mobile une fois par mois'),
      r(10, 'finding', "Beaucoup d'habitants ignorent les aides existantes"),
      r(18, 'pitfall', 'Le financement des projets au-delà de la première année'),
      r(18, 'lever', "Les appels à projets de l'ARS"),
      r(19, 'pitfall', "L'essoufflement des bénévoles"),
      r(19, 'lever', 'Un réseau de coordination porté par la commune'),
    ]);
    const proposal = parsed.result.records.find((rec) => rec.kind === 'proposal')!;
    expect(proposal.source.column).toBeGreaterThan(1);
  });

  it('counts delimiter rows as headings and the sentence after a table as prose', () => {
    expect(parsed.result.lines).toEqual({ nonBlank: 15, record: 6, heading: 6, prose: 3, chrome: 0, unclassified: 0 });
    expect(parsed.result.records[0]!.document?.date).toBe('2024-04-20');
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('05 table with Département and Thème columns, front matter', () => {
  const parsed = parse('05-tableau-departements.md');

  it('takes each row\'s territory from a name, a code or "Meurthe-et-Moselle (54)", and its axis from Thème', () => {
    expect(summary(parsed.result)).toEqual([
      r(12, 'proposal', "Créer un guichet unique d'installation pour les professionnels de santé", { axis: 'Attractivité', territory: '55' }),
      r(12, 'lever', 'Le réseau des maisons de santé existantes', { parent: 12, axis: 'Attractivité', territory: '55' }),
      r(13, 'proposal', 'Déployer un bus de dépistage dans les cantons ruraux', { axis: 'Prévention', territory: '88' }),
      r(13, 'lever', 'Le partenariat avec la Ligue contre le cancer', { parent: 13, axis: 'Prévention', territory: '88' }),
      r(14, 'proposal', 'Étendre les horaires de la maison médicale de garde de Lunéville', { axis: 'Soins non programmés', territory: '54' }),
      r(15, 'proposal', 'Équiper les EHPAD en matériel de téléconsultation', { axis: 'Télésanté', territory: '57' }),
      r(15, 'lever', 'Les crédits du Ségur numérique', { parent: 15, axis: 'Télésanté', territory: '57' }),
    ]);
    expect(parsed.result.layout).toBe('synthesis');
    expect(parsed.diagnostics).toEqual([]);
  });

  it('reads title and date from the front matter, whose lines are chrome', () => {
    expect(parsed.result.records[0]!.document).toEqual({
      title: 'Synthèse régionale des propositions des départements',
      date: '2024-06-03',
      participants: null,
    });
    expect(parsed.result.lines.chrome).toBe(4);
  });
});

describe('06 inline labels in running text', () => {
  const parsed = parse('06-labels-en-ligne.txt');

  it('gives the text after "Constat :", "Proposition –", "Levier :" as written, and "Leviers :" items', () => {
    const t = { territory: '55291' };
    expect(summary(parsed.result)).toEqual([
      r(5, 'finding', 'les habitants de plus de 75 ans sont nombreux à ne plus avoir de médecin traitant.', t),
      r(6, 'proposal', 'créer un annuaire local des professionnels de santé qui acceptent de nouveaux patients.', t),
      r(7, 'lever', 'la communauté professionnelle territoriale de santé (CPTS) déjà en place.', t),
      r(11, 'finding', "sans voiture, il est très difficile de se rendre à l'hôpital de Bar-le-Duc.", t),
      r(12, 'proposal', 'Organiser un covoiturage solidaire vers les consultations.', t),
      r(15, 'lever', 'Le réseau associatif très actif dans les villages', t),
      r(16, 'lever', "L'engagement de la communauté de communes", t),
      r(18, 'pitfall', 'veiller à ne pas reposer uniquement sur le bénévolat.', t),
    ]);
  });

  it('is a synthesis dated by "s\'est tenue le", placed by the title\'s "– Ligny-en-Barrois"', () => {
    expect(parsed.result.layout).toBe('synthesis');
    expect(parsed.result.records[0]!.document?.date).toBe('2024-02-09');
    expect(parsed.result.records[0]!.territory?.name).toBe('Ligny-en-Barrois');
    expect(parsed.result.lines).toMatchObject({ heading: 2, prose: 3 });
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('07 digest with "## 55 - Meuse" and "### Title" headings', () => {
  const parsed = parse('07-digest-departements.md');

  it('gives one initiative per title, under its département, described by the lines below', () => {
    expect(parsed.result.layout).toBe('digest');
    expect(summary(parsed.result)).toEqual([
      r(7, 'initiative', 'Un bus santé sillonne les villages', { territory: '55' }),
      r(13, 'initiative', 'Des bourses pour les étudiants en médecine', { territory: '55' }),
      r(19, 'initiative', 'Télémédecine dans les villages de montagne', { territory: '2A' }),
      r(25, 'initiative', 'Un centre de santé départemental à Saint-Benoît', { territory: '974' }),
    ]);
    const [first] = parsed.result.records;
    expect(first!.details).toBe(
      "Depuis septembre, un bus équipé pour les consultations de prévention s'arrête chaque semaine dans une commune différente.\n" +
        'Infirmiers et médecins y assurent dépistages et vaccinations.',
    );
    expect(first!.source).toMatchObject({ line: 7, endLine: 11 });
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('08 plain-text digest with "Meuse (55)" headings', () => {
  const parsed = parse('08-digest-noms.txt');

  it('gives one initiative per département block', () => {
    expect(parsed.result.layout).toBe('digest');
    expect(summary(parsed.result)).toEqual([
      r(6, 'initiative', 'Maison de santé de Stenay', { territory: '55' }),
      r(11, 'initiative', 'Un médecin salarié par le Département', { territory: '88' }),
      r(15, 'initiative', 'Consultations avancées à Langres', { territory: '52' }),
    ]);
    expect(parsed.result.records.map((rec) => rec.details?.split('\n').length)).toEqual([2, 1, 2]);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('09 restitution with "Thème 1 :" / "Axe II –" and sub-groups', () => {
  const parsed = parse('09-restitution-themes.md');

  it('reads the items under each axis as the proposals the opening line announces, with their sub-group', () => {
    expect(parsed.result.layout).toBe('restitution');
    const theme1 = 'Thème 1 : Attirer et fidéliser les professionnels de santé';
    const axe2 = 'Axe II – Organiser les soins non programmés';
    const theme3 = 'Thème 3 : Prévenir plutôt que guérir';
    const t = { territory: '55' };
    expect(summary(parsed.result)).toEqual([
      r(9, 'proposal', 'Proposer des stages rémunérés dans les cabinets ruraux', { axis: theme1, group: 'Pour les étudiants', ...t }),
      r(10, 'proposal', 'Loger gratuitement les internes pendant leur stage', { axis: theme1, group: 'Pour les étudiants', ...t }),
      r(14, 'proposal', 'Alléger les tâches administratives grâce à des assistants médicaux', { axis: theme1, group: 'Pour les médecins installés', ...t }),
      r(15, 'proposal', "Faciliter l'exercice à temps partagé entre hôpital et cabinet", { axis: theme1, group: 'Pour les médecins installés', ...t }),
      r(19, 'proposal', 'Ouvrir des créneaux de consultation sans rendez-vous en maison de santé', { axis: axe2, ...t }),
      r(20, 'proposal', "Faire connaître le numéro du service d'accès aux soins (SAS)", { axis: axe2, ...t }),
      r(25, 'proposal', 'Former des ambassadeurs santé dans chaque commune', { axis: theme3, group: 'Former', ...t }),
      r(28, 'proposal', 'Diffuser un guide local des dépistages gratuits', { axis: theme3, group: 'Informer', ...t }),
    ]);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('10 web page saved with its chrome', () => {
  const parsed = parse('10-page-web.md');

  it('keeps only the listed proposals and obstacles, from Markdown and from <h2>/<li> alike', () => {
    const t = { territory: '55117' };
    expect(summary(parsed.result)).toEqual([
      r(23, 'proposal', 'Créer une permanence de médecins retraités volontaires deux jours par semaine', t),
      r(24, 'proposal', 'Mettre en place un service de navette vers les cabinets médicaux de Sainte-Menehould', t),
      r(25, 'proposal', "Installer un cabinet infirmier dans l'ancienne poste", t),
      r(29, 'pitfall', 'Le manque de locaux adaptés', t),
      r(30, 'pitfall', 'L’absence de pharmacie dans plusieurs communes', t),
    ]);
  });

  it('reads navigation, byline, sharing, cookies, comments, footer and bare markup as chrome', () => {
    expect(parsed.result.lines).toEqual({ nonBlank: 30, record: 5, heading: 3, prose: 2, chrome: 20, unclassified: 0 });
    expect(parsed.result.records[0]!.document).toEqual({
      title: "Santé : les habitants de l'Argonne proposent leurs solutions",
      date: '2024-03-16',
      participants: null,
    });
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('11 front matter with a commune code', () => {
  const parsed = parse('11-front-matter-commune.md');

  it('takes territory, date, title and participants from the front matter', () => {
    const t = { territory: '55502' };
    expect(summary(parsed.result)).toEqual([
      r(14, 'need', 'Un médecin traitant pour chaque famille', t),
      r(15, 'need', 'Des consultations de pédiatrie sans faire 50 kilomètres', t),
      r(19, 'proposal', 'Ouvrir une antenne du centre de santé de Verdun', t),
      r(20, 'proposal', 'Organiser des consultations de PMI deux fois par mois', t),
      r(24, 'observation', 'Les horaires des réunions ne permettent pas aux actifs de venir', t),
    ]);
    expect(parsed.result.records[0]!.territory).toEqual({ level: 'commune', code: '55502', name: 'Stenay' });
    expect(parsed.result.records[0]!.document).toEqual({
      title: 'Atelier santé de Stenay – propositions des habitants',
      date: '2024-03-12',
      participants: 18,
    });
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('12 front matter with departement "2A" and a French date', () => {
  const parsed = parse('12-front-matter-corse.md');

  it('gives Corse-du-Sud to every record and reads "Difficultés" and "Recommandations"', () => {
    const t = { territory: '2A' };
    expect(summary(parsed.result)).toEqual([
      r(12, 'finding', "L'éloignement des plateaux techniques d'Ajaccio", t),
      r(13, 'finding', 'Les routes de montagne, longues en hiver', t),
      r(16, 'proposal', 'Renforcer les hélicoptères sanitaires en période estivale', t),
      r(17, 'proposal', 'Créer des postes de médecins partagés entre plusieurs villages', t),
    ]);
    expect(parsed.result.records[0]!.document?.date).toBe('2024-03-12');
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('13 article with lists introduced by sentences that name no kind', () => {
  const parsed = parse('13-article-liste-neutre.md');

  it('gives only the doctor\'s quoted remark: the lists are the article\'s prose', () => {
    expect(parsed.result.layout).toBe('article');
    // Issue 13: a quotation with its speaker ("« … », explique le docteur …") is a remark.
    expect(summary(parsed.result)).toEqual([
      r(12, 'observation', "« Nous avions besoin d'un lieu moderne pour travailler ensemble », explique le docteur Claire Petit, coordinatrice de la structure.", { territory: '55029' }),
    ]);
    expect(parsed.result.records[0]!.evidence).toBe('cue');
    expect(parsed.result.lines).toEqual({ nonBlank: 13, record: 1, heading: 1, prose: 11, chrome: 0, unclassified: 0 });
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('14 plain-text action sheets: "Fiche action 1 – …"', () => {
  const parsed = parse('14-fiches-actions.txt');

  it('links the sheet\'s needs, objectives, steps and its labelled constat to it; contact is prose', () => {
    expect(parsed.result.layout).toBe('workshop');
    const t = { territory: '55291' };
    expect(summary(parsed.result)).toEqual([
      r(4, 'proposal', 'Des ateliers de prévention dans les collèges', t),
      r(6, 'need', 'Les jeunes consultent peu et connaissent mal les dispositifs existants', { parent: 4, ...t }),
      r(7, 'need', 'Les conduites addictives progressent chez les 13-17 ans', { parent: 4, ...t }),
      r(9, 'objective', 'Sensibiliser chaque élève de 4e aux risques des écrans et des addictions', { parent: 4, ...t }),
      r(10, 'objective', 'Faire connaître la maison des adolescents', { parent: 4, ...t }),
      r(12, 'first_step', "Construire le programme avec l'Éducation nationale", { parent: 4, ...t }),
      r(13, 'first_step', 'Former des étudiants relais santé', { parent: 4, ...t }),
      r(15, 'proposal', 'Une application locale de prise de rendez-vous', t),
      r(16, 'finding', "beaucoup de jeunes n'osent pas appeler un cabinet médical.", { parent: 15, ...t }),
      r(18, 'first_step', 'Recenser les professionnels volontaires', { parent: 15, ...t }),
      r(19, 'first_step', "Tester l'application avec le conseil municipal des jeunes", { parent: 15, ...t }),
    ]);
    expect(parsed.result.records.find((rec) => rec.source.line === 15)!.details).toBeNull();
    expect(parsed.result.records[0]!.document?.date).toBe('2023-09-27');
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('15 plain-text minutes: "Ce qui fonctionne", "Ce qui freine", "Ce que nous proposons"', () => {
  const parsed = parse('15-compte-rendu-reunion.txt');

  it('reads everyday wordings as kinds, and the signature as chrome', () => {
    const t = { territory: '55463' };
    expect(summary(parsed.result)).toEqual([
      r(7, 'good_practice', 'La maison de santé de Saint-Mihiel, bien identifiée par les habitants', t),
      r(8, 'good_practice', 'Le transport à la demande du jeudi', t),
      r(11, 'pitfall', "Le départ en retraite de deux médecins d'ici 2026", t),
      r(12, 'pitfall', "L'absence de spécialistes à moins de 40 km", t),
      r(15, 'proposal', 'Créer un poste de médecin salarié partagé entre trois communes', t),
      r(16, 'proposal', 'Ouvrir une consultation de soins non programmés le samedi matin', t),
      r(17, 'proposal', 'Recruter une infirmière Asalée', t),
      r(20, 'question', 'Qui financera le poste de médecin salarié ?', t),
      r(21, 'question', 'Les téléconsultations seront-elles remboursées ?', t),
      r(24, 'observation', "Plusieurs habitants souhaitent une nouvelle réunion à l'automne.", t),
    ]);
    expect(parsed.result.lines).toEqual({ nonBlank: 19, record: 10, heading: 6, prose: 2, chrome: 1, unclassified: 0 });
  });

  it('dates and places the minutes from the dateline "Saint-Mihiel, le 6 juin 2024"', () => {
    expect(parsed.result.records[0]!.document).toEqual({
      title: 'COMPTE RENDU – RÉUNION PUBLIQUE SANTÉ',
      date: '2024-06-06',
      participants: 42,
    });
    expect(parsed.diagnostics).toEqual([]);
  });
});
