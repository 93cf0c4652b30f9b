/** A tag catalogue written by hand for the export tests, so they do not follow the built-in vocabulary's wording. */
import type { TagCatalogue } from '../../src/tag/catalogue.js';

/** A small catalogue written for the tests: ZZ_LOCAL is a project's own code with a formula-like name, IPA has no entry. */
export const catalogue: TagCatalogue = {
  dispositifs: [
    { code: 'CDS', name: 'Centre de santé', description: 'Structure de soins de proximité aux professionnels salariés', url: null, themes: ['ACCES_MEDECIN'] },
    { code: 'CPTS', name: 'Communauté professionnelle territoriale de santé', description: 'Professionnels d’un territoire organisés ensemble', url: 'https://sante.gouv.fr/cpts', themes: ['COORDINATION'] },
    { code: 'TELEMEDECINE', name: 'Télémédecine', description: 'Téléconsultation, télé-expertise', url: null, themes: ['NUMERIQUE'] },
    { code: 'ZZ_LOCAL', name: '+Santé, le dispositif du canton', description: '', url: null, themes: [] },
  ],
  themes: [{ code: 'ACCES_MEDECIN', name: 'Accès à un médecin', description: '' }],
};
