#!/usr/bin/env node
// Writes the document-table fixtures of fixtures/tables/ (see its README) with real tools:
// LibreOffice converts the hand-written page to Word, OpenDocument and PDF; the docx library
// writes a Word table as Word lays it out, which LibreOffice prints to PDF. Needs soffice
// (apt-get install libreoffice-writer-nogui). Usage: node scripts/build-table-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/tables/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'recolte-tables-'));
const soffice = (format, file) => execFileSync('soffice', ['--headless', '--convert-to', format, '--outdir', dir, file], { stdio: 'ignore' });

// The page written by hand, as LibreOffice saves it: Word and OpenDocument; the PDF printed
// from the OpenDocument file, as Writer prints its own tables.
soffice('docx:MS Word 2007 XML', join(fixtures, 'rencontre-commercy.html'));
soffice('odt', join(fixtures, 'rencontre-commercy.html'));
soffice('pdf', join(dir, 'rencontre-commercy.odt'));
for (const ext of ['docx', 'odt', 'pdf']) copyFileSync(join(dir, `rencontre-commercy.${ext}`), join(fixtures, `rencontre-commercy.${ext}`));

// A table as Word writes it (no padding, no space between rows, the first row in bold and not
// marked as the header, a row with one cell filled), then paragraphs with bold words.
const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
const row = (cells, bold = false) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })) });
const runs = (...parts) => new Paragraph({ children: parts.map((text, i) => new TextRun({ text, bold: i % 2 === 1 })) });
const doc = new Document({
  creator: 'recolte fixtures',
  sections: [
    {
      children: [
        new Paragraph({ text: 'Atelier santé de Vaucouleurs', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Les participants ont listé leurs constats et, pour chacun, une piste concrète à porter auprès des élus du territoire.'),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            row(['Constat', 'Proposition'], true),
            row(['Les délais pour voir un ophtalmologue dépassent six mois', 'Former des orthoptistes pour les dépistages courants']),
            row(['Les jeunes quittent le territoire après leurs études', 'Proposer des stages rémunérés dans les cabinets ruraux']),
            row(['Les aidants familiaux sont épuisés', '']),
            row(['Beaucoup ignorent le numéro des gardes', 'Afficher le numéro des gardes dans chaque mairie']),
          ],
        }),
        new Paragraph('La restitution aura lieu au printemps, avec les mêmes participants.'),
        new Paragraph({ text: 'Leviers', heading: HeadingLevel.HEADING_2 }),
        runs('Le ', 'réseau des maisons de santé', ' reste le premier appui des soignants.'),
        runs('Les ', 'communes', ' prêtent volontiers des salles pour les permanences.'),
        runs('La ', 'télécabine', ' de la pharmacie évite des trajets aux plus âgés.'),
      ],
    },
  ],
});
// The docx library stamps the time of writing into the file: a new run changes those bytes only.
writeFileSync(join(fixtures, 'atelier-vaucouleurs.docx'), await Packer.toBuffer(doc));
soffice('pdf', join(fixtures, 'atelier-vaucouleurs.docx'));
copyFileSync(join(dir, 'atelier-vaucouleurs.pdf'), join(fixtures, 'atelier-vaucouleurs.pdf'));
rmSync(dir, { recursive: true, force: true });
