/**
 * The words of the HTML report (synthese.html) that the Markdown synthesis does not already have
 * (those are in ./synthesis-text.ts), in French (the default) and English. `client` is what the
 * page's script writes as the reader searches and filters.
 */
import type { Lang } from './labels.js';

export interface ReportText {
  /** The `lang` attribute of the page. */
  htmlLang: string;
  skipLink: string;
  figures: string;
  map: string;
  mapIntro: string;
  /** Under the map: it rolls communes up to their département, where the ideas' counts keep each territory as given. */
  mapRollUp: string;
  measure: string;
  measureContributions: string;
  measureIdeas: string;
  chooseDepartement: string;
  allDepartements: string;
  outsideMap: string;
  regions: string;
  regionsNote: string;
  otherPlaces: string;
  nothingOutside: string;
  charts: string;
  chartThemes: string;
  chartDispositifs: string;
  dataTable: string;
  /** Column headings of the kinds and dispositifs tables. */
  kind: string;
  dispositif: string;
  ideas: string;
  search: string;
  searchHint: string;
  noScript: string;
  credits: string;
  madeWith: (version: string) => string;
  searchCredit: string;
  sourcesLeftOut: string;
  /** The "N contributions" of a chart's text alternative. */
  chartSummary: (title: string, rows: readonly { label: string; value: number }[]) => string;
  client: ClientText;
}

/** What the page's script writes; plain strings with {n} and {m} placeholders, since they travel as JSON. */
export interface ClientText {
  countOne: string;
  countMany: string;
  /** When more ideas match than a page shows. */
  countPaged: string;
  /** While the search index is being built (large reports). */
  indexing: string;
  none: string;
  more: string;
  filteredBy: string;
  clearFilter: string;
  sourcesOne: string;
  sourcesMany: string;
  partOf: string;
  line: string;
  colon: string;
  quoteOpen: string;
  quoteClose: string;
  otherAxis: string;
}

export const REPORT_TEXT: Readonly<Record<Lang, ReportText>> = {
  fr: {
    htmlLang: 'fr',
    skipLink: 'Aller aux idées',
    figures: 'Chiffres clés',
    map: 'Carte des contributions',
    mapIntro: 'Chaque département est coloré selon le nombre de contributions qui en viennent. Survolez ou sélectionnez un département pour voir ses chiffres ; cliquez pour n’afficher que ses idées.',
    mapRollUp:
      'La carte compte les contributions d’une commune dans son département. Les idées, elles, comptent chaque territoire tel qu’il est donné : une commune et son département font deux territoires.',
    measure: 'Colorer selon',
    measureContributions: 'les contributions',
    measureIdeas: 'les idées distinctes',
    chooseDepartement: 'Idées d’un département',
    allDepartements: 'Tous les territoires',
    outsideMap: 'Hors de la carte',
    regions: 'Régions',
    regionsNote: 'contributions rattachées à une région entière, sans département précis',
    otherPlaces: 'Sans département',
    nothingOutside: 'Toutes les contributions sont rattachées à un département de la carte.',
    charts: 'Graphiques',
    chartThemes: 'Contributions par thème',
    chartDispositifs: 'Contributions par dispositif',
    dataTable: 'Les données du graphique',
    kind: 'Type',
    dispositif: 'Dispositif',
    ideas: 'Les idées',
    search: 'Rechercher dans les idées',
    searchHint: 'Un mot, un lieu, un dispositif ; les accents ne comptent pas.',
    noScript: 'La liste des idées, la recherche et les filtres ont besoin de JavaScript, désactivé dans ce lecteur. Ouvrez le fichier dans un navigateur.',
    credits: 'Sources et crédits',
    madeWith: (version) => `Rapport produit par recolte ${version}, à partir des documents de la consultation.`,
    searchCredit: 'Recherche : MiniSearch (Luca Ongaro, licence MIT), inclus dans ce fichier.',
    sourcesLeftOut: 'Les propres mots des contributions ont été retirés de ce rapport pour l’alléger ; chaque idée garde ses références (fichier et ligne).',
    chartSummary: (title, rows) => `${title} : ${rows.map((r) => `${r.label}, ${r.value}`).join(' ; ')}.`,
    client: {
      countOne: '1 idée',
      countMany: '{n} idées',
      countPaged: 'Les {n} premières idées sur {m}',
      indexing: 'Préparation de la recherche…',
      none: 'Aucune idée ne correspond.',
      more: 'Afficher plus d’idées ({n} restantes)',
      filteredBy: 'Idées de : {n}',
      clearFilter: 'Tout afficher',
      sourcesOne: '1 contribution',
      sourcesMany: '{n} contributions',
      partOf: 'Pour la proposition',
      line: 'ligne',
      colon: ' : ',
      quoteOpen: '« ',
      quoteClose: ' »',
      otherAxis: 'Autres contributions',
    },
  },
  en: {
    htmlLang: 'en',
    skipLink: 'Skip to the ideas',
    figures: 'Key figures',
    map: 'Map of contributions',
    mapIntro: 'Each département is coloured by the number of contributions from it. Hover over or select a département to see its figures; click it to show only its ideas.',
    mapRollUp:
      'The map counts the contributions of a commune in its département. The ideas count each territory as given: a commune and its département are two territories.',
    measure: 'Colour by',
    measureContributions: 'contributions',
    measureIdeas: 'distinct ideas',
    chooseDepartement: 'Ideas of a département',
    allDepartements: 'All territories',
    outsideMap: 'Outside the map',
    regions: 'Regions',
    regionsNote: 'contributions about a whole region, with no particular département',
    otherPlaces: 'Without a département',
    nothingOutside: 'Every contribution belongs to a département on the map.',
    charts: 'Charts',
    chartThemes: 'Contributions by theme',
    chartDispositifs: 'Contributions by dispositif',
    dataTable: 'The chart’s data',
    kind: 'Kind',
    dispositif: 'Dispositif',
    ideas: 'The ideas',
    search: 'Search the ideas',
    searchHint: 'A word, a place, a dispositif; accents do not matter.',
    noScript: 'The list of ideas, search and filters need JavaScript, which this reader has turned off. Open the file in a web browser.',
    credits: 'Sources and credits',
    madeWith: (version) => `Report made by recolte ${version} from the consultation’s documents.`,
    searchCredit: 'Search: MiniSearch (Luca Ongaro, MIT licence), included in this file.',
    sourcesLeftOut: 'The contributions’ own words were left out of this report to make it smaller; each idea keeps its references (file and line).',
    chartSummary: (title, rows) => `${title}: ${rows.map((r) => `${r.label}, ${r.value}`).join('; ')}.`,
    client: {
      countOne: '1 idea',
      countMany: '{n} ideas',
      countPaged: 'The first {n} of {m} ideas',
      indexing: 'Preparing the search…',
      none: 'No idea matches.',
      more: 'Show more ideas ({n} left)',
      filteredBy: 'Ideas from: {n}',
      clearFilter: 'Show all',
      sourcesOne: '1 contribution',
      sourcesMany: '{n} contributions',
      partOf: 'Part of the proposal',
      line: 'line',
      colon: ': ',
      quoteOpen: '“',
      quoteClose: '”',
      otherAxis: 'Other contributions',
    },
  },
};
