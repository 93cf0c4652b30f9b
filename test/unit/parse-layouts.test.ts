/**
 * Small documents for the everyday variants of each layout, one rule at a time: what each
 * line becomes, and that no line is left unaccounted for.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/document.js';
import { parseSource, type ParseResult } from '../../src/parse/index.js';

function parseText(text: string, file = 'doc.txt'): ParseResult {
  const { source } = ingest(file, Buffer.from(text, 'utf8'));
  if (!source) throw new Error('not text');
  const result = parseSource(source);
  const { nonBlank, record, heading, prose, chrome, unclassified } = result.lines;
  expect(record + heading + prose + chrome + unclassified).toBe(nonBlank);
  return result;
}

/** "line kind text ^parentLine", one string per record. */
function brief(result: ParseResult): string[] {
  const lineOf = new Map(result.records.map((r) => [r.id, r.source.line]));
  return result.records.map((r) => `${r.source.line} ${r.kind} ${r.text}${r.parent ? ` ^${lineOf.get(r.parent)}` : ''}`);
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

describe('workshop blocks', () => {
  it('reads upper-case openers and openers whose title is on the next line', () => {
    const result = parseText(
      lines('Compte rendu', '', 'PROPOSITION N°1 – CRÉER UN CENTRE DE SANTÉ', 'Besoins :', '- Des médecins', '', 'Proposition 2 :', 'Ouvrir une maison de santé', 'Objectifs :', '- Attirer des jeunes'),
    );
    expect(result.layout).toBe('workshop');
    expect(brief(result)).toEqual([
      '3 proposal CRÉER UN CENTRE DE SANTÉ',
      '5 need Des médecins ^3',
      '8 proposal Ouvrir une maison de santé',
      '10 objective Attirer des jeunes ^8',
    ]);
  });

  it('reads bold openers and bold questions', () => {
    const result = parseText(
      lines('# Compte rendu', '', '**Proposition 3** : Ouvrir un cabinet', '', '**Quels besoins ?**', '', '- Un médecin', '', 'Solution n° 4. Développer la télémédecine'),
      'doc.md',
    );
    expect(brief(result)).toEqual(['3 proposal Ouvrir un cabinet', '7 need Un médecin ^3', '9 proposal Développer la télémédecine']);
  });

  it('takes the line after "## Proposition 1" as the item, even standing alone', () => {
    const result = parseText(
      lines('# Atelier', '', '#### Proposition 1', '', 'Créer un bus santé', '', '**Besoins**', '', '- Aller vers les isolés', '', '**Premiers pas**', '', '- Trouver un financement'),
      'doc.md',
    );
    expect(brief(result)).toEqual(['5 proposal Créer un bus santé', '9 need Aller vers les isolés ^5', '13 first_step Trouver un financement ^5']);
  });

  it('reads questions that ask for a kind without naming it', () => {
    const result = parseText(
      lines('Atelier santé', '', 'Proposition 1', 'Créer un bus santé', 'Pourquoi cette proposition ?', 'Les personnes âgées ne se déplacent plus.', 'Pour quoi faire ?', 'Réduire le renoncement aux soins.', 'Comment la mettre en œuvre ?', 'Trouver un véhicule.'),
    );
    expect(brief(result)).toEqual([
      '4 proposal Créer un bus santé',
      '6 need Les personnes âgées ne se déplacent plus. ^4',
      '8 objective Réduire le renoncement aux soins. ^4',
      '10 first_step Trouver un véhicule. ^4',
    ]);
  });

  it('reads numbered questions over their answers as sections, and numbered questions in a row as items', () => {
    const asked = parseText(
      lines('Atelier santé', '', 'Proposition 1 : Créer un bus santé', '1. Quels sont les besoins ?', '- Aller vers les personnes isolées', '2. Quels objectifs ?', '- Réduire le renoncement aux soins'),
    );
    expect(brief(asked)).toEqual([
      '3 proposal Créer un bus santé',
      '5 need Aller vers les personnes isolées ^3',
      '7 objective Réduire le renoncement aux soins ^3',
    ]);
    const listed = parseText(lines('Atelier santé', '', 'Questions posées :', '1. Quels sont les besoins des jeunes ?', '2. Qui finance ?'));
    expect(brief(listed)).toEqual(['4 question Quels sont les besoins des jeunes ?', '5 question Qui finance ?']);
  });

  it('keeps metadata under a proposal as prose, and makes its labelled lines records of it', () => {
    const result = parseText(lines('Atelier santé', '', 'Proposition 1 : Un bus santé', 'Il passerait chaque semaine.', 'Constat : pas de médecin à moins de 20 km.', 'Contact : mairie de Stenay'));
    expect(brief(result)).toEqual(['3 proposal Un bus santé', '5 finding pas de médecin à moins de 20 km. ^3']);
    expect(result.records[0]!.details).toBe('Il passerait chaque semaine.');
    expect(result.lines).toMatchObject({ record: 3, prose: 1 });
  });
});

describe('numbered report sections', () => {
  it('reads "1. Constats" with its sentences on the lines right below, in plain text', () => {
    const result = parseText(
      lines('Rapport du groupe santé', '', '1. Constats', 'Le territoire manque de médecins.', 'Les délais sont longs.', "2. Pistes d'action", '2.1 Créer une maison de santé', '2.2 Financer des bourses', '3. Points de vigilance', '3.1 Le coût'),
    );
    expect(brief(result)).toEqual([
      '4 finding Le territoire manque de médecins.',
      '5 finding Les délais sont longs.',
      '7 proposal Créer une maison de santé',
      '8 proposal Financer des bourses',
      '10 pitfall Le coût',
    ]);
  });

  it('keeps the lines right below a numbered item, in its paragraph, as its details', () => {
    const result = parseText(
      lines('Rapport', '', "2. Pistes d'action", '', '2.1 Développer les maisons de santé', 'Elles permettent un exercice coordonné.', '', '2.2 Former des assistants médicaux', 'Ils libèrent du temps médical.', "Ils sont financés par l'Assurance maladie."),
    );
    expect(brief(result)).toEqual(['5 proposal Développer les maisons de santé', '8 proposal Former des assistants médicaux']);
    expect(result.records.map((r) => r.details)).toEqual([
      'Elles permettent un exercice coordonné.',
      "Ils libèrent du temps médical.\nIls sont financés par l'Assurance maladie.",
    ]);
    expect(result.lines).toMatchObject({ record: 5, prose: 0 });
  });

  it('reads Markdown-numbered headings, roman and letter numbering', () => {
    const result = parseText(
      lines('# Rapport', '', "### 1. Pistes d'action", '', '- Créer un guichet', '', 'II. Constats', '', 'A. Le territoire manque de médecins', 'B. Les délais sont longs', '', 'III. Propositions', '', 'a) Créer une maison de santé', 'b) Financer des bourses'),
      'doc.md',
    );
    expect(brief(result)).toEqual([
      '5 proposal Créer un guichet',
      '9 finding Le territoire manque de médecins',
      '10 finding Les délais sont longs',
      '14 proposal Créer une maison de santé',
      '15 proposal Financer des bourses',
    ]);
  });
});

describe('lists', () => {
  it('keeps nested items, and joins a wrapped or indented line to its item', () => {
    const result = parseText(
      lines(
        '# Synthèse',
        '',
        '## Propositions',
        '',
        '- Attirer les médecins',
        '  - Créer des bourses',
        '- Créer un centre de santé porté par la communauté de',
        'Communes du Sammiellois et la Région',
        '- Ouvrir',
        '  Un cabinet infirmier',
      ),
      'doc.md',
    );
    expect(brief(result)).toEqual([
      '5 proposal Attirer les médecins',
      '6 proposal Créer des bourses',
      '7 proposal Créer un centre de santé porté par la communauté de Communes du Sammiellois et la Région',
      '9 proposal Ouvrir Un cabinet infirmier',
    ]);
  });

  it('reads a list introduced by a sentence that names a kind, and leaves an article\'s other lists as prose', () => {
    const result = parseText(
      lines('Réunion santé', '', 'Les leviers identifiés sont les suivants :', '- Les élus', '- Les associations', '', 'Les participants ont évoqué plusieurs sujets :', '- la mobilité', '- le logement'),
    );
    expect(result.layout).toBe('article');
    expect(brief(result)).toEqual(['4 lever Les élus', '5 lever Les associations']);
    expect(result.lines).toMatchObject({ prose: 3, unclassified: 0 });
    expect(result.diagnostics).toEqual([]);
  });

  it('reads emoji as bullets and as decoration of headings', () => {
    const result = parseText(
      lines('# Atelier', '', '## 🔎 Constats', '', '- Peu de médecins', '', '## ⚠️ Points de vigilance :', '', '- Le coût', '', '💡 Propositions', '✅ Un bus santé', '👉 Une maison de santé', '', '© 2024 Le Journal'),
      'doc.md',
    );
    expect(brief(result)).toEqual([
      '5 finding Peu de médecins',
      '9 pitfall Le coût',
      '12 proposal Un bus santé',
      '13 proposal Une maison de santé',
    ]);
    expect(result.lines.chrome).toBe(1);
  });

  it('reads an outline whose top bullets hold only a kind', () => {
    const result = parseText(lines('# Atelier', '', '- Constats', '  - Peu de médecins', '- Propositions', '  - Un bus'), 'doc.md');
    expect(brief(result)).toEqual(['4 finding Peu de médecins', '6 proposal Un bus']);
  });

  it('takes a line holding only a kind as a heading even inside a paragraph', () => {
    const result = parseText(
      lines('Synthèse de la réunion', '', 'Freins identifiés :', 'Le manque de médecins.', '', 'Nos propositions', 'Créer une maison de santé.', 'Développer la télémédecine.'),
    );
    expect(brief(result)).toEqual([
      '4 pitfall Le manque de médecins.',
      '7 proposal Créer une maison de santé.',
      '8 proposal Développer la télémédecine.',
    ]);
  });

  it('still warns about a list under no heading in a structured document', () => {
    const result = parseText(lines('# Synthèse', '', '## Freins', '', '- Le coût', '', '## Visite du site', '', '- Salle de réunion', '- Parking'), 'doc.md');
    expect(brief(result)).toEqual(['5 pitfall Le coût']);
    expect(result.lines.unclassified).toBe(2);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['unclassified-line', 'unclassified-line']);
  });
});

describe('tables', () => {
  it('joins the cells of a table whose columns name no kind, under a kind heading', () => {
    const result = parseText(lines('# Synthèse', '', '## Propositions', '', '| Qui | Quoi |', '|---|---|', '| Mairie | Créer un bus |'), 'doc.md');
    expect(brief(result)).toEqual(['7 proposal Mairie | Créer un bus']);
  });

  it('gives each row its commune, and warns of a name several communes share', () => {
    const result = parseText(lines('# Synthèse', '', '| Frein | Commune |', '|---|---|', '| Pas de médecin | Stenay |', '| Trop loin | Verdun |'), 'doc.md');
    expect(result.records.map((r) => r.territory?.code ?? null)).toEqual(['55502', null]);
    expect(result.diagnostics.map((d) => `${d.line}:${d.rule}`)).toEqual(['6:territory-ambiguous']);
  });
});

describe('page chrome', () => {
  it('never joins a chrome line to the line above it, but keeps a chrome line\'s own continuation', () => {
    const result = parseText(
      lines('Atelier santé', '', 'Freins :', 'Le coût des loyers.', '', 'Pour rejoindre le collectif citoyen', 'et participer aux projets', 'Commentaires', 'bottom of page'),
    );
    expect(brief(result)).toEqual(['4 pitfall Le coût des loyers.']);
    expect(result.lines).toMatchObject({ record: 1, chrome: 4 });
  });
});

describe('HTML in the page', () => {
  it('reads <h2> and <li> like Markdown, hides <nav>, decodes entities', () => {
    const result = parseText(
      lines(
        '<div class="content">',
        '<h2>Nos propositions</h2>',
        '<ul><li>Créer un bus santé</li><li>Ouvrir une maison d&#8217;accueil</li></ul>',
        '<nav>',
        '<a href="/">Accueil</a>',
        '</nav>',
        '<p>Merci &amp; à bientôt.</p>',
        '</div>',
      ),
      'doc.md',
    );
    expect(brief(result)).toEqual(['3 proposal Créer un bus santé', '3 proposal Ouvrir une maison d’accueil']);
    expect(result.lines).toEqual({ nonBlank: 8, record: 1, heading: 1, prose: 1, chrome: 5, unclassified: 0 });
  });
});

describe('document metadata', () => {
  it.each([
    ['Réunion du 14 novembre 2023, animée par le conseil de développement.', '2023-11-14'],
    ["La table ronde s'est tenue le 9 février 2024 à la mairie.", '2024-02-09'],
    ['Réunis à Clermont-en-Argonne le 16 mars 2024, les habitants ont débattu.', '2024-03-16'],
    ['Stenay, le 6 juin 2024', '2024-06-06'],
    ['Le 7 février 2023, la réunion a eu lieu.', '2023-02-07'],
    ['La loi du 27 décembre 2023 vise à améliorer l’accès aux soins.', null],
    ['Les inscriptions sont ouvertes jusqu’au 12 mars 2024.', null],
  ])('"%s" dates the document %s', (sentence, date) => {
    const result = parseText(lines('Synthèse', sentence, '', 'Propositions :', '- Un bus santé'));
    expect(result.records[0]!.document?.date).toBe(date);
  });

  it.each([
    ['Table ronde sur la santé – Ligny-en-Barrois', '55291'],
    ['Atelier santé – Commercy, 5 mars 2024', '55122'],
    ['Compte rendu – Dialogue territorial santé, Bar-le-Duc, 22 novembre 2022', '55029'],
    ['Atelier n°3 – Prévention et santé des jeunes', null],
  ])('"%s" is placed in %s', (title, code) => {
    const result = parseText(lines(title, '', 'Propositions :', '- Un bus santé'));
    expect(result.records[0]!.territory?.code ?? null).toBe(code);
  });
});

describe('sub-groups', () => {
  it('a bold label before a list is the innermost heading, even when it comes before any section', () => {
    const result = parseText(
      lines('# Restitution', '', '## Thème 1 : Attirer des médecins', '', '**Ce qui a été dit**', '', '- Le logement', '', '**Les idées retenues**', '', '1. Proposer un logement aux internes'),
    );
    const record = result.records.find((r) => r.text === 'Proposer un logement aux internes');
    expect(record).toMatchObject({ kind: 'proposal', axis: 'Thème 1 : Attirer des médecins', group: null });
  });
});

describe('questions from the floor', () => {
  it('each line asking a question under "Questions posées par les habitants" is a question', () => {
    const result = parseText(
      lines('Synthèse de la consultation', '', 'Nos propositions', '', 'Ouvrir les cabinets le samedi matin', '', 'Questions posées par les habitants', '', 'Pourquoi les urgences ferment-elles la nuit ?', '', 'Merci à tous.'),
    );
    expect(result.records.map((r) => [r.kind, r.text])).toEqual([
      ['proposal', 'Ouvrir les cabinets le samedi matin'],
      ['question', 'Pourquoi les urgences ferment-elles la nuit ?'],
    ]);
  });
});
