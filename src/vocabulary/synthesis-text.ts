/**
 * The words of a Markdown synthesis, in French (the default) and English. Kind names are in
 * ./labels.ts.
 */
import type { HeadlineCount } from '../dedupe/counts.js';
import type { Kind } from '../types/record.js';
import type { Lang } from './labels.js';

export interface SynthesisText {
  /** Typography: French puts a space before the colon and uses « guillemets ». */
  colon: string;
  quote: (text: string) => string;
  listSeparator: string;
  title: string;
  documents: string;
  contributions: string;
  territories: string;
  ideas: string;
  notGrouped: string;
  /** The header's label for the date range. */
  periodLabel: string;
  period: (from: string, to: string) => string;
  noPeriod: string;
  /** "Proposé dans", "Relevé dans": the start of "Proposé dans 3 territoires, 4 réunions, 5 contributions"; the verb depends on the kind. */
  putForward: (kind: Kind) => string;
  /** "3 territoires", "1 réunion", "5 contributions": one of an idea's counts, singular for 1. */
  countOf: (count: HeadlineCount, n: number) => string;
  noTerritory: string;
  /** After an idea's counts when none of its contributions gives a territory: "(territoire non précisé)". */
  noTerritoryAside: string;
  otherWordings: string;
  /** Before the proposal a need, objective or first step belongs to. */
  partOf: string;
  more: (count: number) => string;
  line: string;
  /** "ligne 12", "lignes 3, 9 et 12". */
  lines: (numbers: readonly number[]) => string;
  region: string;
  noAxis: string;
  /** The section of the dispositifs the contributions name, and what its three lines mean. */
  dispositifs: string;
  dispositifsIntro: string;
  officialPage: string;
  /** Before the text that defines a dispositif: "Défini par : Code de la santé publique, art. L6323-3." */
  definedBy: string;
  running: string;
  /** "**Demandé** par 3 contributions" after the bold word. */
  asked: string;
  askedBy: (count: number) => string;
  mentioned: string;
  mentionedBy: (count: number) => string;
  /** Before the dispositifs only a document's prose or introduction names. */
  namedInDocuments: string;
  overview: string;
  table: string;
  themes: string;
  theme: string;
  /** Under the themes table: a contribution may have several, and how many have none. */
  themesNote: (none: number) => string;
  territory: string;
  total: string;
  chartKinds: string;
  chartTerritories: string;
  others: string;
  check: string;
  checkIntro: string;
  /** How many ideas rest only on the form of an item or a cue phrase in prose. */
  weakIdeas: (count: number) => string;
  /** Before the ideas grown by reviewers' "same" decisions that may have drifted. */
  driftIntro: string;
  /** After an idea to reread: its least similar wording (already quoted), where it is, and how similar. */
  driftFarthest: (size: number, wording: string, where: string, similarity: number) => string;
  nothingToCheck: string;
  noReport: string;
  months: readonly string[];
}

/** Kinds whose items are put forward (proposals, actions); the others are noted or raised. */
const PROPOSED: readonly Kind[] = ['proposal', 'first_step', 'lever', 'good_practice', 'experiment', 'initiative'];

export const SYNTHESIS_TEXT: Readonly<Record<Lang, SynthesisText>> = {
  fr: {
    colon: ' : ',
    quote: (text) => `« ${text} »`,
    listSeparator: ' ; ',
    title: 'Synthèse de la consultation',
    documents: 'Documents',
    contributions: 'Contributions',
    territories: 'Territoires',
    ideas: 'Idées distinctes',
    notGrouped: 'sans regroupement des idées semblables',
    periodLabel: 'Période',
    period: (from, to) => (from === to ? `le ${from}` : `du ${from} au ${to}`),
    noPeriod: 'non précisée',
    putForward: (kind) => `${PROPOSED.includes(kind) ? 'Proposé' : 'Relevé'} dans`,
    countOf: (count, n) => `${n} ${{ territories: n > 1 ? 'territoires' : 'territoire', documents: n > 1 ? 'réunions' : 'réunion', contributions: n > 1 ? 'contributions' : 'contribution' }[count]}`,
    noTerritory: 'Territoire non précisé',
    noTerritoryAside: '(territoire non précisé)',
    otherWordings: 'Autres formulations',
    partOf: 'Pour la proposition',
    more: (count) => `et ${count} ${count > 1 ? 'autres' : 'autre'}`,
    line: 'ligne',
    lines: (numbers) => (numbers.length === 1 ? `ligne ${numbers[0]}` : `lignes ${numbers.slice(0, -1).join(', ')} et ${numbers.at(-1)}`),
    region: 'région',
    noAxis: 'Autres contributions',
    dispositifs: 'Dispositifs',
    dispositifsIntro:
      'Les dispositifs que nomment les contributions. **En place** : là où une initiative, une expérimentation ou une bonne pratique le décrit ; ' +
      '**demandé** : là où une proposition, un levier, un besoin, un objectif ou un premier pas le nomme ; **évoqué** : dans un constat, un écueil, une question ou une observation.',
    officialPage: 'Page officielle',
    definedBy: 'Défini par',
    running: 'En place',
    asked: 'Demandé',
    askedBy: (count) => `par ${count} ${count > 1 ? 'contributions' : 'contribution'}`,
    mentioned: 'Évoqué',
    mentionedBy: (count) => `par ${count} ${count > 1 ? 'autres contributions' : 'autre contribution'}`,
    namedInDocuments: 'Nommés aussi dans les documents, hors des contributions',
    overview: "Vue d'ensemble",
    table: 'Contributions par territoire et par type',
    themes: 'Contributions par thème',
    theme: 'Thème',
    themesNote: (none) =>
      `Une contribution peut relever de plusieurs thèmes${none ? ` ; ${none > 1 ? `${none} contributions ne relèvent` : '1 contribution ne relève'} d'aucun` : ''}.`,
    territory: 'Territoire',
    total: 'Total',
    chartKinds: 'Contributions par type',
    chartTerritories: 'Contributions par territoire',
    others: 'Autres',
    check: 'À vérifier',
    checkIntro: "Lignes que recolte n'a pas su classer et avertissements de la lecture des documents : à relire avant de publier.",
    weakIdeas: (count) =>
      `${count > 1 ? `${count} idées ne reposent` : '1 idée ne repose'} que sur la forme d'une phrase ou d'un élément de liste, sans titre, étiquette ni tableau qui en dise le type : à relire avant de publier.`,
    driftIntro:
      'Idées que des décisions « même idée » ont fait grandir jusqu’à réunir une formulation éloignée de la leur : vérifiez qu’elles disent encore une seule chose.',
    driftFarthest: (size, wording, where, similarity) =>
      `${size} contributions ; la formulation la plus éloignée : ${wording} (${where}, similarité ${similarity.toFixed(2).replace('.', ',')})`,
    nothingToCheck: 'Rien à vérifier : toutes les lignes des documents ont été lues sans avertissement.',
    noReport: "Le rapport de lecture des documents n'a pas été fourni : les lignes non classées ne sont pas listées ici.",
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  },
  en: {
    colon: ': ',
    quote: (text) => `“${text}”`,
    listSeparator: '; ',
    title: 'Consultation synthesis',
    documents: 'Documents',
    contributions: 'Contributions',
    territories: 'Territories',
    ideas: 'Distinct ideas',
    notGrouped: 'similar ideas not grouped',
    periodLabel: 'Period',
    period: (from, to) => (from === to ? `on ${from}` : `from ${from} to ${to}`),
    noPeriod: 'not given',
    putForward: (kind) => `${PROPOSED.includes(kind) ? 'Put forward' : 'Raised'} in`,
    countOf: (count, n) => `${n} ${{ territories: n === 1 ? 'territory' : 'territories', documents: n === 1 ? 'meeting' : 'meetings', contributions: n === 1 ? 'contribution' : 'contributions' }[count]}`,
    noTerritory: 'Territory not given',
    noTerritoryAside: '(territory not given)',
    otherWordings: 'Other wordings',
    partOf: 'For the proposal',
    more: (count) => `and ${count} more`,
    line: 'line',
    lines: (numbers) => (numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`),
    region: 'region',
    noAxis: 'Other contributions',
    // The French word: readers of a French consultation meet these schemes under that name.
    dispositifs: 'Dispositifs',
    dispositifsIntro:
      'The dispositifs (French health schemes) the contributions name. **Running**: where an initiative, an experiment or a good practice describes it; ' +
      '**asked for**: where a proposal, a lever, a need, an objective or a first step names it; **also mentioned**: in a finding, a pitfall, a question or an observation.',
    officialPage: 'Official page',
    definedBy: 'Defined by',
    running: 'Running',
    asked: 'Asked for',
    askedBy: (count) => `by ${count} ${count > 1 ? 'contributions' : 'contribution'}`,
    mentioned: 'Also mentioned',
    mentionedBy: (count) => `by ${count} other ${count > 1 ? 'contributions' : 'contribution'}`,
    namedInDocuments: 'Also named in the documents, outside any contribution',
    overview: 'Overview',
    table: 'Contributions by territory and kind',
    themes: 'Contributions by theme',
    theme: 'Theme',
    themesNote: (none) => `A contribution can be about several themes${none ? `; ${none} ${none > 1 ? 'are' : 'is'} about none` : ''}.`,
    territory: 'Territory',
    total: 'Total',
    chartKinds: 'Contributions by kind',
    chartTerritories: 'Contributions by territory',
    others: 'Others',
    check: 'To check',
    checkIntro: 'Lines recolte could not place and warnings from reading the documents: read them before publishing.',
    weakIdeas: (count) =>
      `${count > 1 ? `${count} ideas rest` : '1 idea rests'} only on the form of a sentence or a list item, with no heading, label or table saying what kind they are: read them before publishing.`,
    driftIntro: 'Ideas that "same" decisions have grown until they hold a wording far from their own: check that each still says one thing.',
    driftFarthest: (size, wording, where, similarity) => `${size} contributions; the furthest wording: ${wording} (${where}, similarity ${similarity.toFixed(2)})`,
    nothingToCheck: 'Nothing to check: every line of the documents was read without a warning.',
    noReport: 'The report of how the documents were read was not given: unplaced lines are not listed here.',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};
