/**
 * What readers are told about each tag code: a dispositif's official name, description and
 * defining page, a theme's name. The tagger's own patterns live in vocabulary.ts; this is
 * the part the exports (CSV, synthesis, base) need.
 */
export interface DispositifInfo {
  /** Stable code: MSP, CPTS, TELEMEDECINE. */
  code: string;
  /** Official name in French: "Maison de santé pluriprofessionnelle". */
  name: string;
  /** One line saying what it is. */
  description: string;
  /** The official page that defines it, when one exists. */
  url: string | null;
  /** The text that defines it, when one does: "Code de la santé publique, art. L6323-3". */
  reference?: string | null;
  /** Themes a record naming this dispositif is about. */
  themes: string[];
}

export interface ThemeInfo {
  code: string;
  /** Name in French: "Santé mentale". */
  name: string;
  description: string;
}

/** Every code a project can tag with: the built-in vocabulary and the config's extensions. */
export interface TagCatalogue {
  dispositifs: DispositifInfo[];
  themes: ThemeInfo[];
}
