#!/usr/bin/env node
// Deterministic generator of realistic contributions for benchmarks: French healthcare-access
// ideas, each put forward in several territories in different words (inflections, acronyms,
// casing, missing accents, typos, added local detail, reordering).
// Usage: node bench/generate.mjs COUNT [SEED] > records.ndjson
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const communes = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'))
  .filter((c) => c.type === 'commune-actuelle' && (c.population ?? 0) > 3000)
  .map((c) => c.nom);
export const departements = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/departements.json'), 'utf8'))
  .filter((d) => d.zone === 'metro' || d.zone === 'drom');

/** mulberry32: a small seeded PRNG with 32-bit integer steps, the same on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// An idea is an action on an object for a public; each has wordings to draw from.
const actions = [
  { verb: ['Développer', 'Renforcer', 'Étendre'], noun: ['Développement', 'Renforcement', 'Extension'] },
  { verb: ['Créer', 'Ouvrir', 'Implanter'], noun: ['Création', 'Ouverture', 'Implantation'] },
  { verb: ['Financer', 'Subventionner', 'Soutenir financièrement'], noun: ['Financement', 'Subvention', 'Soutien financier'] },
  { verb: ['Former', 'Sensibiliser', 'Accompagner'], noun: ['Formation', 'Sensibilisation', 'Accompagnement'] },
  { verb: ['Faciliter', 'Simplifier', 'Encourager'], noun: ['Facilitation', 'Simplification', 'Encouragement'] },
  { verb: ['Recruter', 'Attirer', 'Fidéliser'], noun: ['Recrutement', 'Attraction', 'Fidélisation'] },
  { verb: ['Coordonner', 'Mutualiser', 'Organiser'], noun: ['Coordination', 'Mutualisation', 'Organisation'] },
];
const objects = [
  ['la télémédecine', 'la téléconsultation', 'la TELEMEDECINE'],
  ['les maisons de santé pluriprofessionnelles', 'les MSP', 'des maisons de santé'],
  ['les centres de santé', 'des centres de santé', 'un centre de santé'],
  ['la CPTS', 'une communauté professionnelle territoriale de santé', 'les CPTS'],
  ['les infirmiers en pratique avancée', 'les IPA', 'des infirmières en pratique avancée'],
  ['le transport vers les soins', 'la mobilité vers les soins', 'les transports jusqu’aux cabinets'],
  ['les bourses d’études', 'des bourses pour les étudiants en médecine', 'les bourses aux étudiants'],
  ['les aides à l’installation', 'l’aide à l’installation', 'des aides pour s’installer'],
  ['l’accueil des internes', 'le logement des internes', 'l’hébergement des internes'],
  ['la prévention', 'les actions de prévention', 'la promotion de la santé'],
  ['la permanence des soins', 'la PDSA', 'les gardes de nuit'],
  ['le dépistage', 'les campagnes de dépistage', 'le dépistage précoce'],
  ['la santé mentale des jeunes', 'l’écoute psychologique des jeunes', 'le soutien psychologique aux jeunes'],
  ['les bus santé', 'un bus santé itinérant', 'les cabinets mobiles'],
  ['les assistants médicaux', 'des assistants médicaux', 'le recrutement d’assistants médicaux'],
  ['les maîtres de stage', 'les maîtres de stage universitaires', 'des MSU'],
  ['les pharmacies rurales', 'les officines de village', 'les pharmacies de proximité'],
  ['les hôpitaux de proximité', 'l’hôpital local', 'les petits hôpitaux'],
  ['les urgences de nuit', 'l’accueil des urgences la nuit', 'les services d’urgence nocturnes'],
  ['les consultations avancées de spécialistes', 'des permanences de spécialistes', 'les consultations délocalisées'],
  ['le contrat local de santé', 'les CLS', 'un contrat local de santé'],
  ['les médiateurs santé', 'la médiation en santé', 'des médiateurs en santé'],
  ['les sages-femmes', 'le suivi par les sages-femmes', 'les consultations de sages-femmes'],
  ['la vaccination', 'les campagnes de vaccination', 'la couverture vaccinale'],
  ['le sport santé', 'l’activité physique adaptée', 'les maisons sport-santé'],
  ['la coordination des soins', 'le parcours de soins', 'la coordination ville-hôpital'],
  ['les kinésithérapeutes', 'les kinés', 'l’installation des kinésithérapeutes'],
  ['les dentistes', 'les chirurgiens-dentistes', 'les cabinets dentaires'],
  ['les psychologues', 'les consultations de psychologue', 'l’accès aux psychologues'],
  ['les aidants', 'le soutien aux aidants', 'le répit des aidants'],
  ['le numérique en santé', 'le dossier médical partagé', 'les outils numériques de santé'],
  ['l’hospitalisation à domicile', 'l’HAD', 'les soins à domicile'],
  ['les EHPAD', 'les maisons de retraite', 'les établissements pour personnes âgées'],
  ['la santé environnementale', 'la qualité de l’air', 'la lutte contre les perturbateurs endocriniens'],
  ['l’éducation thérapeutique', 'l’éducation thérapeutique du patient', 'les programmes d’ETP'],
  ['les infirmiers libéraux', 'les infirmières à domicile', 'les IDEL'],
  ['la régulation des appels', 'le service d’accès aux soins', 'le SAS'],
  ['les médecins retraités', 'le cumul emploi-retraite des médecins', 'les médecins en retraite active'],
  ['le guichet unique d’installation', 'un guichet unique pour les professionnels', 'l’accompagnement à l’installation'],
  ['les stages en zone rurale', 'les stages d’internes à la campagne', 'l’accueil de stagiaires en médecine générale'],
];
const publics = [
  ['en zone rurale', 'dans les zones rurales', 'dans nos campagnes'],
  ['pour les personnes âgées', 'auprès des seniors', 'pour les aînés'],
  ['pour les jeunes', 'auprès des jeunes', 'à destination des jeunes'],
  ['dans les quartiers prioritaires', 'en QPV', 'dans les quartiers de la politique de la ville'],
  ['pour les médecins généralistes', 'auprès des médecins traitants', 'pour les généralistes'],
  ['pour les personnes handicapées', 'auprès des personnes en situation de handicap', 'pour les publics handicapés'],
  ['pour les femmes enceintes', 'auprès des futures mères', 'pour le suivi de grossesse'],
  ['pour les enfants', 'dans les écoles', 'auprès des élèves'],
  ['pour les personnes précaires', 'auprès des publics précaires', 'pour les plus démunis'],
  ['dans les îles', 'en territoire insulaire', 'sur les îles'],
  ['en montagne', 'dans les vallées de montagne', 'en zone de montagne'],
  ['dans le périurbain', 'en zone périurbaine', 'dans les communes périurbaines'],
  ['', '', ''],
  ['', '', ''],
];
// What people add to say why or how; drawn at random, so ideas share words but not meaning.
const complements = [
  'pour réduire les délais d’attente', 'avec le soutien des élus locaux', 'en lien avec l’hôpital',
  'grâce aux outils numériques', 'dès la rentrée prochaine', 'avec un financement pérenne',
  'pour éviter les renoncements aux soins', 'en associant les usagers', 'sans alourdir les démarches',
  'avec des horaires élargis', 'le samedi matin', 'en coopération avec la CPTS', 'avec les pharmaciens',
  'pour désengorger les urgences', 'en s’appuyant sur les associations', 'avec une évaluation annuelle',
  'pour attirer de jeunes professionnels', 'avec une communication renforcée', 'en mutualisant les moyens',
  'pour lutter contre l’isolement', 'en priorité dans les bourgs-centres', 'avec la caisse primaire',
  'en formant les secrétaires médicales', 'avec des permanences régulières', 'pour gagner du temps médical',
  'en simplifiant les démarches administratives', 'avec l’appui du conseil départemental', 'à titre expérimental',
  'pendant les vacances scolaires', 'en soirée', 'avec un suivi personnalisé', 'par des équipes pluridisciplinaires',
];
const details = ['notamment à {commune}', 'comme à {commune}', 'en commençant par {commune}', 'sur le modèle de {commune}'];
const kinds = ['proposal', 'proposal', 'proposal', 'lever', 'finding'];

export const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const stripAccents = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '');
function typo(rand, text) {
  const words = text.split(' ');
  const i = Math.floor(rand() * words.length);
  const w = words[i];
  if (w.length > 5) {
    const j = 1 + Math.floor(rand() * (w.length - 2));
    words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  }
  return words.join(' ');
}

/** One wording of an idea, with the everyday variations people write. */
function realise(rand, idea) {
  const action = actions[idea.action];
  const object = pick(rand, objects[idea.object]);
  const publicText = pick(rand, publics[idea.public]);
  const form = rand();
  let text =
    form < 0.55
      ? `${pick(rand, action.verb)} ${object} ${publicText}`
      : form < 0.85
        ? `${pick(rand, action.noun)} de ${object.replace(/^(le|la|les|l’|des|un|une) /, '')} ${publicText}`
        : `${object.replace(/^./, (c) => c.toUpperCase())} : ${pick(rand, action.verb).toLowerCase()} ${publicText}`;
  text = text.replace(/\s+/g, ' ').trim();
  const r = rand();
  if (r < 0.08) text = text.toUpperCase();
  else if (r < 0.16) text = stripAccents(text);
  else if (r < 0.24) text = typo(rand, text);
  else if (r < 0.26) text = text.toLowerCase();
  if (rand() < 0.35) text += ` ${pick(rand, complements)}`;
  if (rand() < 0.15) text += `, ${pick(rand, details).replace('{commune}', pick(rand, communes))}`;
  return text;
}

/**
 * Contributions as people write them: each draws a popular idea more often than a rare one
 * (a Zipf-like draw) and words it its own way, in a département drawn at random.
 */
export function* contributions(count, seed = 1) {
  const rand = random(seed);
  const ideaCount = Math.max(10, Math.round(count / 12));
  const ideas = Array.from({ length: ideaCount }, (_, i) => ({
    action: Math.floor(rand() * actions.length),
    object: Math.floor(rand() * objects.length),
    public: Math.floor(rand() * publics.length),
    kind: pick(rand, kinds),
    id: i,
  }));
  for (let n = 0; n < count; n++) {
    const idea = ideas[Math.floor(ideaCount * rand() ** 2.5)];
    const departement = pick(rand, departements);
    yield { n, idea: idea.id, kind: idea.kind, text: realise(rand, idea), departement, rand };
  }
}

/** Records as `recolte parse` would write them, one per contribution. */
export function* generate(count, seed = 1) {
  const lines = new Map();
  for (const { n, kind, text, departement: d } of contributions(count, seed)) {
    const file = `consultations/${d.code}.md`;
    const line = (lines.get(file) ?? 0) + 1;
    lines.set(file, line);
    yield {
      id: createHash('sha256').update(`${seed}:${n}`).digest('hex').slice(0, 16),
      kind,
      text,
      details: null,
      parent: null,
      axis: null,
      group: null,
      territory: { level: 'departement', code: d.code, name: d.nom },
      source: { file, line, column: 1, endLine: line },
      document: null,
    };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  let buffer = '';
  for (const record of generate(count, seed)) {
    buffer += `${JSON.stringify(record)}\n`;
    if (buffer.length > 1 << 20) {
      process.stdout.write(buffer);
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}
