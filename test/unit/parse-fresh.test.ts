/**
 * Layouts met on the fresh documents 47–58 (issue 13): projects described by fields, labelled
 * questions, testimonies with their attribution, actions under "Perspectives", a petition's
 * demands and its signers' comments. Each document here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/document.js';
import { parseSource, type ParseResult } from '../../src/parse/index.js';
import { parseText } from '../helpers/parse.js';

/** Each record as "kind (evidence): text", with its parent's text when it has one. */
function shown(result: ParseResult): string[] {
  const byId = new Map(result.records.map((r) => [r.id, r]));
  return result.records.map((r) => `${r.kind} (${r.evidence}): ${r.text}${r.parent ? ` ← ${byId.get(r.parent)?.text}` : ''}`);
}

describe('projects described by fields', () => {
  it('reads a title line over "Porteur :" and "Montant accordé :" as an initiative, its fields as details', () => {
    const text = [
      '# Les lauréats 2025',
      '',
      'Une navette vers les cabinets de la vallée',
      'Porteur : association Vallée Solidaire',
      'Montant accordé : 12 000 €',
      'Objectifs du projet :',
      '',
      '- conduire les habitants sans voiture à leurs rendez-vous',
      '',
      'Le mot du jury : une réponse simple à un besoin que tout le monde connaît.',
      '',
      'Des ateliers de prévention dans les écoles du canton',
      'Porteur : Mutualité du Morvan — Montant accordé : 4 500 €',
      '',
    ].join('\n');
    const result = parseText('laureats.txt', text);
    expect(shown(result)).toEqual([
      'initiative (form): Une navette vers les cabinets de la vallée',
      'objective (lead-in): conduire les habitants sans voiture à leurs rendez-vous ← Une navette vers les cabinets de la vallée',
      'observation (label): une réponse simple à un besoin que tout le monde connaît. ← Une navette vers les cabinets de la vallée',
      'initiative (form): Des ateliers de prévention dans les écoles du canton',
    ]);
    expect(result.records[0]!.details).toBe('Porteur : association Vallée Solidaire\nMontant accordé : 12 000 €');
  });

  it('takes the kind of the section the project stands in', () => {
    const text = '# Programme\n\n## Actions proposées\n\nUn cabinet éphémère au bourg de Lanvollon\nPilote : communauté de communes\nBudget : 30 000 €\n';
    expect(shown(parseText('plan.txt', text))).toEqual(['proposal (form): Un cabinet éphémère au bourg de Lanvollon']);
  });
});

describe('questions and answers, testimonies', () => {
  it('reads "Question : … ?" under questions as the question, not as a heading', () => {
    const text = '# Réunion publique\n\n## Les questions de la salle\n\n### Les gardes\n\n**Question :** Qui soigne les enfants le dimanche quand tous les cabinets sont fermés ?\n\n**Réponse du maire :** La permanence relève du centre hospitalier.\n';
    expect(shown(parseText('qr.md', text))).toEqual(['question (label): Qui soigne les enfants le dimanche quand tous les cabinets sont fermés ?']);
  });

  it('reads a quotation under "Ce que vous nous avez dit" as a testimony, with its attribution as a detail', () => {
    const text = [
      '# Enquête santé',
      '',
      '## Ce que vous nous avez dit',
      '',
      'Voici quelques-unes des réponses libres que nous avons reçues.',
      '',
      '« Je fais quarante minutes de route pour un simple renouvellement, et encore faut-il trouver un créneau. »',
      '',
      'Homme, 58 ans, quartier du Port',
      '',
    ].join('\n');
    const result = parseText('enquete.md', text);
    expect(shown(result)).toEqual([
      'observation (heading): Je fais quarante minutes de route pour un simple renouvellement, et encore faut-il trouver un créneau.',
    ]);
    expect(result.records[0]!.details).toBe('Homme, 58 ans, quartier du Port');
  });

  it('reads the actions listed under "Perspectives" as proposals, its prose as prose', () => {
    const text = '# Bilan 2024\n\n## Perspectives 2025\n\nLe comité se réunira en mars.\n\n- Étendre la navette aux rendez-vous de spécialistes\n- Ouvrir une seconde permanence le samedi\n';
    expect(shown(parseText('bilan.md', text))).toEqual([
      'proposal (form): Étendre la navette aux rendez-vous de spécialistes',
      'proposal (form): Ouvrir une seconde permanence le samedi',
    ]);
  });

  it('reads the nested items an item announces ("Premières étapes :") as its first steps', () => {
    const text = '## Pistes d’action\n\n- Ouvrir une maison de santé au bourg\n\n  Premières étapes :\n\n  - Réunir les professionnels du canton\n\n- Organiser un transport solidaire\n';
    expect(shown(parseText('pistes.md', text))).toEqual([
      'proposal (heading): Ouvrir une maison de santé au bourg',
      'first_step (lead-in): Réunir les professionnels du canton ← Ouvrir une maison de santé au bourg',
      'proposal (heading): Organiser un transport solidaire',
    ]);
  });
});

describe('a petition', () => {
  const page = `<html><head><title>Pétition</title></head><body><main>
<h1>Gardons la maternité de Vauclair</h1>
<h2>Pourquoi cette pétition</h2>
<p>La maternité doit fermer ses portes en septembre faute de sages-femmes.</p>
<p><strong>Nous, parents, soignants et élus de la vallée, demandons :</strong></p>
<p>1/ Que la maternité reste ouverte tant qu'aucune autre solution n'existe à moins de trente minutes.</p>
<p>2/ Que l'agence régionale de santé finance le recrutement de deux sages-femmes.</p>
<p>Nous demandons enfin qu'un débat public soit organisé avant l'été avec la direction de l'hôpital.</p>
<section class="comments"><h2>Raisons de signer</h2><ul>
<li><p class="author"><strong>Lucie</strong> · Andancette · il y a 2 jours</p><p>J'ai accouché ici il y a trois ans et l'équipe m'a sauvé la mise un soir de tempête.</p><p class="likes">❤ 12</p></li>
</ul></section>
<section class="comments"><h2>Commentaires</h2><p>Merci pour l'article !</p></section>
</main></body></html>`;

  it('reads the demands its bold sentence announces, its prose demand, and its signers’ comments with their commune', async () => {
    const { source } = await ingestDocument('petition.html', Buffer.from(page));
    const result = parseSource(source!);
    expect(shown(result)).toEqual([
      "proposal (lead-in): Que la maternité reste ouverte tant qu'aucune autre solution n'existe à moins de trente minutes.",
      "proposal (lead-in): Que l'agence régionale de santé finance le recrutement de deux sages-femmes.",
      "proposal (cue): Nous demandons enfin qu'un débat public soit organisé avant l'été avec la direction de l'hôpital.",
      "observation (heading): J'ai accouché ici il y a trois ans et l'équipe m'a sauvé la mise un soir de tempête.",
    ]);
    const comment = result.records.at(-1)!;
    expect(comment.details).toBe('Lucie · Andancette · il y a 2 jours');
    expect(comment.territory).toEqual({ level: 'commune', code: '26009', name: 'Andancette' });
  });
});
