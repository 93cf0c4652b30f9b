/** Resolve French territories (communes, départements, régions, France) to official INSEE codes. */
export { normalizePlaceName } from './normalize.js';
export {
  resolveCode,
  resolveName,
  resolvePostalCode,
  resolveSpec,
  type Resolution,
  type ResolveNameOptions,
  type SpecResolution,
  type Within,
} from './resolve.js';
export { parseTerritoryHeading } from './heading.js';
export { findPlaceMentions, resolvePlaceMention, type MentionOptions, type PlaceMention } from './mentions.js';
export { findNamedPlaces, type NamedOptions, type NamedPlace } from './named.js';
export { findLocalCommunes, type LocalCommune } from './local.js';
export { commonArea, contains, departementCodeOf, mainDepartement, withinOf } from './contain.js';
export { arrondissement, cityOf, CITIES, findArrondissements, type City } from './arrondissements.js';
