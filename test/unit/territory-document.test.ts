/**
 * Where a document comes from when its title says it only in part (issue 13): a commune
 * before its département in brackets, the front matter's place and site keys, a site's name
 * that the body confirms, a blog post's tags, a same-named commune chosen by what the body
 * names, and a workshop's venue line placing the records of its section.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ingestDocument } from '../../src/ingest/document.js';
import { parseDocument } from '../../src/parse/document.js';
import { readFrontMatter } from '../../src/ingest/front-matter.js';
import { parseSource, type ParseResult } from '../../src/parse/index.js';
import { parseText } from '../helpers/parse.js';

/** Each record as "text → level:code". */
function placed(result: ParseResult): string[] {
  return result.records.map((r) => `${r.text} → ${r.territory ? `${r.territory.level}:${r.territory.code}` : 'none'}`);
}

describe('the document’s place', () => {
  it('reads a commune written before its département in brackets, not only the département', () => {
    const text = 'Bulletin municipal de Saint-Ouen-du-Tilleul (Eure) – N° 48\n\n# Propositions\n\n- Ouvrir un pôle santé\n';
    expect(placed(parseText('bulletin.md', text))).toEqual(['Ouvrir un pôle santé → commune:27582']);
  });

  it('keeps the département when no commune of it bears the bracketed name', () => {
    const text = '# CPTS du Chinonais (Indre-et-Loire)\n\n## Propositions\n\n- Ouvrir un centre de soins non programmés\n';
    expect(placed(parseText('cpts.md', text))).toEqual(['Ouvrir un centre de soins non programmés → departement:37']);
  });

  it('reads the front matter’s place and site keys', () => {
    const lieu = '---\ntitle: Café santé\nlieu: Salle des fêtes, Étiolles\n---\n# Propositions\n\n- Créer une navette\n';
    expect(placed(parseText('cafe.md', lieu))).toEqual(['Créer une navette → commune:91225']);
    const site = '---\ntitle: Stage en cabinet\nsite: UFR Santé – Université de Franche-Comté, Besançon\n---\n# Propositions\n\n- Loger les externes\n';
    expect(placed(parseText('stage.md', site))).toEqual(['Loger les externes → commune:25056']);
  });

  it('keeps place and site keys apart from the territory key, and ignores a list there', () => {
    const { data, diagnostics } = readFrontMatter('a.md', '---\nlieu: Stenay\nauteur: [Anne, Paul]\ncommune: 55502\n---\n');
    expect(diagnostics).toEqual([]);
    expect(data.places).toEqual([{ key: 'lieu', value: 'Stenay', line: 2 }]);
    expect(data.territory).toEqual({ key: 'commune', value: '55502', line: 4 });
  });

  it('reads a site’s name as a place only when the body names the place too', () => {
    const confirmed = "J'aime Étiolles\n\n# Atelier santé\n\nÉtiolles compte un seul médecin.\n\n## Propositions\n\n- Créer une navette\n";
    expect(placed(parseText('blog.md', confirmed))).toEqual(['Créer une navette → commune:91225']);
    const unconfirmed = "J'aime Étiolles\n\n# Atelier santé\n\nLe village compte un seul médecin.\n\n## Propositions\n\n- Créer une navette\n";
    expect(placed(parseText('blog.md', unconfirmed))).toEqual(['Créer une navette → none']);
  });

  it('reads a blog post’s tags, in Markdown and in the rel-tag links of a page', async () => {
    const markdown = '# Cahier de doléances\n\n## Propositions\n\n- Un médecin correspondant du SAMU\n\nLibellés : Chaudes-Aigues, grand débat, santé\n';
    expect(placed(parseText('blog.md', markdown))[0]).toBe('Un médecin correspondant du SAMU → commune:15045');
    const html =
      '<html><head><title>Mon blog</title></head><body><article><h1>Cahier de doléances</h1><h2>Propositions</h2><ul><li>Un médecin correspondant du SAMU</li></ul>' +
      '<footer>Libellés : <a rel="tag" href="/l/ca">Chaudes-Aigues</a>, <a rel="tag" href="/l/gd">grand débat</a></footer></article></body></html>';
    const { source } = await ingestDocument('blog.html', Buffer.from(html));
    expect(placed(parseSource(source!))).toEqual(['Un médecin correspondant du SAMU → commune:15045']);
  });

  it('chooses among same-named communes by the département the body names', () => {
    const text =
      '# Expression des groupes\n\nGroupe « Vivre ensemble à Saint-Éloi »\n\n## Propositions\n\n- Salarier un médecin\n\n## Notre projet\n\nNous portons avec l’agglomération de Nevers un projet de centre de santé.\n';
    expect(placed(parseText('bulletin.txt', text))).toEqual(['Salarier un médecin → commune:58238']);
  });

  it('chooses among same-named communes by a commune the opening lines name', () => {
    const text = 'Chalon-sur-Saône · Mardi 22 novembre 2022\n\n# Ce qui est ressorti des ateliers de Saint-Rémy\n\n## Propositions\n\n- Recruter des assistants médicaux\n';
    expect(placed(parseText('article.md', text))).toEqual(['Recruter des assistants médicaux → commune:71475']);
  });
});

describe('the document’s place, read in a letterhead and in the body', () => {
  it('reads a run of capitals in a mixed letterhead as a name', () => {
    const text = 'VILLE DE CAEN – Direction santé · Contrat local de santé\n\n# Enquête santé des habitants\n\n## Propositions\n\n- Ouvrir un lieu d’écoute\n';
    expect(placed(parseText('enquete.md', text))).toEqual(['Ouvrir un lieu d’écoute → commune:14118']);
  });

  it('keeps the département its communes share when the body names the région as a setting', () => {
    const text = [
      '# Compte rendu de la réunion du 3 mars',
      '',
      '## Propositions',
      '',
      '- Organiser un transport solidaire',
      '',
      '## Le territoire',
      '',
      'Le canton compte plusieurs villages de montagne en Corse.',
      '',
      'Les médecins installés à Levie et à Zonza partent bientôt à la retraite.',
      '',
      'Les spécialistes consultent à Porto-Vecchio.',
      '',
    ].join('\n');
    expect(placed(parseText('diagnostic.md', text))).toEqual(['Organiser un transport solidaire → departement:2A']);
  });
});

describe('a section held in one place', () => {
  it('places the records of a workshop section by its dated venue line, until the next section', () => {
    const text = [
      '# Assises régionales de la santé en Bretagne',
      '',
      '## Atelier 1 : Trouver un médecin traitant',
      '',
      'Pontivy, palais des congrès – 5 octobre 2021 – 38 participants',
      '',
      '### Propositions',
      '',
      '- Ouvrir un numéro unique',
      '',
      '## Atelier 2 : Urgences',
      '',
      'Carhaix-Plouguer, salle du Glenmor – 12 octobre 2021',
      '',
      '### Propositions',
      '',
      '- Maintenir une ligne de garde',
      '',
      '## Suites données',
      '',
      '### Propositions',
      '',
      '- Présenter les contributions en plénière',
      '',
    ].join('\n');
    expect(placed(parseText('assises.md', text))).toEqual([
      'Ouvrir un numéro unique → commune:56178',
      'Maintenir une ligne de garde → commune:29024',
      'Présenter les contributions en plénière → region:53',
    ]);
  });

  it('needs a date on the venue line: a sentence opening with a place is not one', () => {
    const text = '# Réunion en Bretagne\n\n## Atelier 1\n\nPontivy, comme Loudéac, manque de généralistes.\n\n### Propositions\n\n- Ouvrir un numéro unique\n';
    expect(placed(parseText('r.md', text))).toEqual(['Ouvrir un numéro unique → region:53']);
  });
});

describe('a record’s commune named without a cue, in a document placed in its département', () => {
  const doc = (items: string[]): string => ['---', 'departement: 24', '---', '# Tour de la Dordogne des communes sans médecin', '', '## Propositions', '', ...items.map((i) => `- ${i}`)].join('\n');

  it('reads a commune of the département after "de", "d’" or opening the item', () => {
    const result = parseText('dordogne.md', doc([
      'Bergerac salarie deux généralistes au centre municipal',
      'Les praticiens de Vergt ont équipé une salle de téléconsultation',
      'Une habitante d’Eymet réclame une permanence le samedi',
    ]));
    expect(placed(result)).toEqual([
      'Bergerac salarie deux généralistes au centre municipal → commune:24037',
      'Les praticiens de Vergt ont équipé une salle de téléconsultation → commune:24571',
      'Une habitante d’Eymet réclame une permanence le samedi → commune:24167',
    ]);
  });

  it('leaves out a place people travel to, a distant one, a branch’s home, a person and a commune of another département', () => {
    const result = parseText('dordogne.md', doc([
      'Créer une navette vers les cabinets de Bergerac',
      'L’éloignement des urgences de Périgueux pèse sur les familles',
      'Ouvrir une antenne du centre de santé de Sarlat',
      'Le Dr Bergerac reçoit sans rendez-vous le mardi',
      'Les médecins de Limoges viennent une fois par mois',
    ]));
    expect(placed(result).map((p) => p.split(' → ')[1])).toEqual(['departement:24', 'departement:24', 'departement:24', 'departement:24', 'departement:24']);
  });
});

describe('the document’s place, over the venue of its meeting', () => {
  it('keeps the area its title names over the dated venue line below it', () => {
    const text = '# Concertation territoriale de Seine-et-Marne\n\nSaint-Pierre-lès-Nemours, lundi 21 novembre 2022 – notes de la restitution\n\n## Propositions\n\n- Ouvrir une maison médicale de garde\n';
    expect(placed(parseText('cnr.md', text))).toEqual(['Ouvrir une maison médicale de garde → departement:77']);
  });

  it('prefers the intercommunality of the letterhead to the commune where its committee met', () => {
    const text = 'Communauté des Communes du Diois – Mission santé\n\n# Contrat local de santé : rapport d’activité\n\n*Présenté au comité de pilotage du 17 mars 2023, à Die.*\n\n## Propositions\n\n- Étendre le transport solidaire\n';
    expect(placed(parseText('cls.md', text))).toEqual(['Étendre le transport solidaire → departement:26']);
  });

  it('keeps the venue when nothing else names a place', () => {
    const text = '# Réunion publique sur la santé\n\nStenay, le 6 juin 2024\n\n## Propositions\n\n- Ouvrir un cabinet infirmier\n';
    expect(placed(parseText('reunion.md', text))).toEqual(['Ouvrir un cabinet infirmier → commune:55502']);
  });

  it('gives France, not the town where a national plan was announced', () => {
    const text = '# Le pacte, mesure par mesure\n\nJeudi 13 décembre, à Scorbé-Clairvaux (Vienne), la ministre a présenté son pacte national contre les déserts médicaux.\n\n**Première mesure :** un stage en médecine générale pour tous les étudiants\n';
    expect(placed(parseText('pacte.md', text))).toEqual(['un stage en médecine générale pour tous les étudiants → national:FR']);
  });

  it('reads Paris as its département and "dans le 11e" as an arrondissement of it', () => {
    const text = '# Restitution de la concertation à Paris\n\n## Propositions\n\n- Réserver des logements sociaux aux infirmiers\n- Ouvrir des consultations sans rendez-vous en pharmacie, d’abord dans le 11e\n- Revoir le 2e axe du plan\n';
    expect(placed(parseText('paris.md', text))).toEqual([
      'Réserver des logements sociaux aux infirmiers → departement:75',
      'Ouvrir des consultations sans rendez-vous en pharmacie, d’abord dans le 11e → commune:75111',
      'Revoir le 2e axe du plan → departement:75',
    ]);
  });
});

describe('a place found by cutting a name short', () => {
  it('is trusted only inside the document’s département', () => {
    const text = '---\ndepartement: 01\n---\n# Conseil citoyen\n\n## Questions\n\n- Un médecin pourra-t-il recevoir le soir les salariés qui travaillent dans la Plaine de l’Ain ?\n';
    expect(placed(parseText('cc.md', text))).toEqual(['Un médecin pourra-t-il recevoir le soir les salariés qui travaillent dans la Plaine de l’Ain ? → departement:01']);
  });
});

describe('the document’s place, read in the running headers of an office file', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const paragraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

  /** A Word file with one header, written here part by part. */
  function docx(header: string, body: readonly string[]): Uint8Array {
    return zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/_rels/document.xml.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body.map(paragraph).join('')}</w:body></w:document>`),
      'word/header1.xml': strToU8(
        `<?xml version="1.0"?><w:hdr ${W}>${paragraph(header)}<w:p><w:r><w:instrText>PAGE</w:instrText></w:r></w:p></w:hdr>`,
      ),
    });
  }

  it('is the commune an OpenDocument file’s page footer names, its page number left out', async () => {
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>
<text:p>Plan d’actions</text:p><text:p>Propositions :</text:p><text:p>Créer des logements pour les internes en stage.</text:p></office:text></office:body></office:document-content>`;
    const styles = `<?xml version="1.0"?><office:document-styles xmlns:office="o" xmlns:style="s" xmlns:text="t"><office:master-styles><style:master-page>
<style:footer><text:p>Mairie de Stenay – page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`;
    const parsed = await parseDocument('plan.odt', zipSync({ 'content.xml': strToU8(content), 'styles.xml': strToU8(styles) }), {});
    expect(parsed.result!.records.map((r) => [r.text, r.territory?.code])).toEqual([['Créer des logements pour les internes en stage.', '55502']]);
  });

  it('is the région a Word file’s header names, when its text names none', async () => {
    const bytes = docx('Région Nouvelle-Aquitaine · Direction de la santé', ['Plan d’actions', 'Propositions :', 'Créer des logements pour les internes en stage.']);
    const parsed = await parseDocument('plan.docx', bytes, {});
    expect(parsed.result!.records.map((r) => [r.text, r.territory?.code])).toEqual([['Créer des logements pour les internes en stage.', '75']]);
  });
});

describe('the document’s place, from a letterhead and a site’s name', () => {
  it('is the commune whose letterhead stands under its département’s, in capitals', () => {
    const deliberation = [
      'RÉPUBLIQUE FRANÇAISE',
      'DÉPARTEMENT DU VAR - ARRONDISSEMENT DE DRAGUIGNAN',
      '',
      'COMMUNE DE LA CROIX-VALMER',
      '',
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
      '',
      'Propositions :',
      '',
      '- Acquérir les locaux du cabinet médical',
    ].join('\n');
    expect(placed(parseText('deliberation.txt', deliberation))).toEqual(['Acquérir les locaux du cabinet médical → commune:83048']);
  });

  it('is the place a site’s name opens with, when the page names it too', async () => {
    const page = [
      '<html><head><title>Nos engagements pour la santé – Albi, l’élan citoyen</title></head><body><main>',
      '<h1>Nos engagements pour la santé</h1>',
      '<h2>Propositions</h2><ul><li>Loger gratuitement les internes en stage à Albi</li><li>Ouvrir un centre de santé public</li></ul>',
      '</main></body></html>',
    ].join('\n');
    const parsed = await parseDocument('engagements.html', new TextEncoder().encode(page), {});
    expect(placed(parsed.result!)).toEqual(['Loger gratuitement les internes en stage à Albi → commune:81004', 'Ouvrir un centre de santé public → commune:81004']);
  });
});

describe('the document’s place, from a place of care in its title and from the background of its records', () => {
  it('is the town a title’s hospital or emergency department names', () => {
    const text = ['# Avenir de l’hôpital de Concarneau : la réunion publique en direct', '', '## Propositions', '', '- Rouvrir les urgences la nuit'].join('\n');
    expect(placed(parseText('direct.md', text))).toEqual(['Rouvrir les urgences la nuit → commune:29039']);
  });

  it('reads the other sentences of a paragraph one of whose sentences is a record', () => {
    const text = [
      '# Tract',
      '',
      'Pétition en ligne.',
      '',
      'Signez-la en ligne ou dans les commerces.',
      '',
      'Rejoignez-nous samedi.',
      '',
      'Merci à tous.',
      '',
      '## Un an après',
      '',
      'Depuis décembre, un centre de soins accueille les petites urgences en journée. Les malades vont à Montbrison ou à Feurs.',
      '',
      '## Nos revendications',
      '',
      '- Rouvrir les urgences la nuit',
    ].join('\n');
    expect(placed(parseText('tract.md', text))).toEqual([
      'Depuis décembre, un centre de soins accueille les petites urgences en journée. → departement:42',
      'Rouvrir les urgences la nuit → departement:42',
    ]);
  });

  it('reads places written in capitals without running on into the words after them', () => {
    const text = ['# Tract des soignants de la Loire', '', '## Nos revendications', '', '- UNE LIGNE DE SMUR STATIONNÉE À FEURS DÈS CET ÉTÉ'].join('\n');
    expect(placed(parseText('tract.md', text))).toEqual(['UNE LIGNE DE SMUR STATIONNÉE À FEURS DÈS CET ÉTÉ → commune:42094']);
  });
});

describe('the document’s place, from a press dateline, a masthead, and not from a national plan’s announcement', () => {
  it('reads "Louvigné-du-Désert. « … »" as a dateline', () => {
    const text = ['# Louvigné-du-Désert. « On va aller où ? » : salle comble pour le centre de santé', '', '## Propositions', '', '- Rouvrir le centre de santé'].join('\n');
    expect(placed(parseText('article.md', text))).toEqual(['Rouvrir le centre de santé → commune:35162']);
  });

  it('reads "LE CAYLAR infos" as a masthead when the bulletin names the village', () => {
    const text = ['LE CAYLAR infos', '', 'Bulletin municipal', '', 'Le Caylar n’a plus de médecin depuis octobre.', '', '## Propositions', '', '- Salarier un médecin dans les villages voisins'].join('\n');
    expect(placed(parseText('bulletin.txt', text))).toEqual(['Salarier un médecin dans les villages voisins → commune:34064']);
  });

  it('does not place a blog about a national plan where the plan was announced', () => {
    const text = [
      '# Pacte contre les déserts médicaux : notre lecture',
      '',
      'Le 25 avril, à Puycapel, dans le Cantal, le Premier ministre a présenté un pacte national.',
      '',
      '## Propositions',
      '',
      '- Ouvrir une première année d’études de santé dans chaque département',
    ].join('\n');
    expect(placed(parseText('blog.md', text))).toEqual(['Ouvrir une première année d’études de santé dans chaque département → national:FR']);
  });
});
