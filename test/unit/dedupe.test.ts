import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, stems, synonymsFor } from '../../src/dedupe/analyze.js';
import { guard } from '../../src/dedupe/guard.js';
import { dedupe, type DedupeRecord } from '../../src/dedupe/index.js';
import { leaderCluster } from '../../src/dedupe/leader.js';
import { score } from '../../src/dedupe/score.js';
import { defaultSynonymTable, mergeSynonymTables, parseSynonymTable } from '../../src/dedupe/synonyms.js';
import { vectorize } from '../../src/dedupe/vectors.js';
import { log2Fixed } from '../../src/dedupe/weights.js';

const synonyms = synonymsFor(await defaultSynonymTable());
const terms = (text: string) => analyze(text, synonyms).terms;

let line = 0;
const record = (text: string, code = '55', kind: DedupeRecord['kind'] = 'proposal', id = `r${++line}`): DedupeRecord => ({
  id,
  kind,
  text,
  territory: { level: 'departement', code, name: `D${code}` },
  source: { file: 'a.md', line: ++line, column: 1, endLine: line },
});
const options = { threshold: 5000, reviewBudget: 20, synonyms };

describe('French-aware analysis', () => {
  it('gives the same terms to the same idea in three wordings', () => {
    expect(terms('Développer la télémédecine en zone rurale')).toEqual(['#developper', '#telesante', '#rural']);
    expect(terms('développement de la téléconsultation dans les zones rurales')).toEqual(['#developper', '#telesante', '#rural']);
    expect(terms('TELEMEDECINE : la developper dans nos campagnes')).toEqual(['#telesante', '#developper', '#rural']);
  });
  it('reads acronyms and their spelled-out forms as one concept, however written', () => {
    expect(terms('Créer une MSP')).toEqual(terms('Créer des Maisons de Santé Pluri-professionnelles'));
    expect(terms('Rejoindre la CPTS')).toEqual(['rejoin', '#cpts']);
    expect(terms('rejoindre la Communauté Professionnelle Territoriale de Santé')).toEqual(['rejoin', '#cpts']);
  });
  it('maps typographic apostrophes before stripping elisions, and keeps negations', () => {
    expect(terms('l’accès aux soins')).toEqual(terms("l'accès aux soins"));
    expect(analyze("Il n'y a plus de médecin", synonyms)).toEqual({ terms: ['#manque', 'medeci'], negations: [], polarity: [], numbers: [], facets: ['profession:medecins'] });
    expect(analyze('Ne pas réduire les horaires des urgences', synonyms).negations).toEqual(['neg']);
    expect(analyze("Ne jamais obliger les médecins à s'installer", synonyms).negations).toEqual(['neg']);
  });
  it('reads numbers written in words as numbers, and leaves out places named as local detail', () => {
    expect(analyze('Obliger les jeunes médecins à exercer deux ans en zone rurale', synonyms).numbers).toEqual(['2']);
    expect(terms('Créer des maisons de santé, notamment à Bar-le-Duc')).toEqual(terms('Créer des maisons de santé'));
    expect(terms('Manque de médecins chez les habitants de Sedan')).toEqual(['#manque', 'medeci', 'habit']);
    // After a marker of local detail, any capitalised name is detail, known commune or not.
    for (const detail of [', notamment à Marie-Galante', ', notamment autour de Nogent-le-Rotrou', ' notamment dans le Haut-Doubs', ', comme à Figeac', ' sur le modèle de Saint-Dié-des-Vosges']) {
      expect(terms(`Développer la télémédecine${detail}`)).toEqual(terms('Développer la télémédecine'));
    }
    // Without one, an unknown capitalised word stays: it may be the idea itself.
    expect(terms('Développer le dispositif Asalée')).toEqual(['#developper', 'dispos', 'asal']);
  });
  it('joins hyphenated parts', () => {
    expect(terms("Développer l'aller-vers")).toEqual(['#developper', 'allerv']);
  });
  it('lets users add synonyms; a concept they give replaces the built-in one', () => {
    const table = mergeSynonymTables(new Map([['rural', ['campagne']]]), parseSynonymTable('rural: [bourg]\nbus: [navette, transport à la demande]\n', 'mine.yaml'));
    const mine = synonymsFor(table);
    expect(mine.apply(stems('une navette vers le bourg'))).toEqual(['#bus', '#rural']);
    expect(mine.apply(stems('la campagne'))).toEqual(['campag']);
  });

  it('reports wordings that read the same as another concept\'s, and the built-in table has none', () => {
    expect(synonyms.conflicts).toEqual([]);
    const clash = synonymsFor(parseSynonymTable('developper: [généraliser]\ngeneraliste: [généraliste]\n', 'mine.yaml'));
    expect(clash.conflicts).toEqual([{ wording: 'généraliste', concept: 'generaliste', keptConcept: 'developper' }]);
    // "généralistes" alone is a doctor, not "généraliser".
    expect(terms('Manque de généralistes')).toEqual(terms('Manque de médecins généralistes'));
  });
});

describe('readings that depend on neighbouring words', () => {
  const a = (text: string) => analyze(text, synonyms);
  it('reads a negated "avoir" or "trouver", "sans" before a noun, and "pas de" as a lack', () => {
    for (const text of ["De plus en plus de gens n'ont pas de médecin traitant", 'Beaucoup de personnes sans médecin traitant', 'Ils ne trouvent plus de médecin traitant']) {
      expect(a(text)).toMatchObject({ terms: ['#manque', '#medecin_traitant'], negations: [], polarity: [] });
    }
    expect(a('Pas de transport, pas de soins')).toMatchObject({ terms: ['#manque', '#transport', '#manque', 'soin'], negations: [] });
  });
  it('leaves out the negation of a detail: "sans" before a verb, "qui ne … pas"', () => {
    expect(a('Développer la téléexpertise sans déplacer le patient').negations).toEqual([]);
    expect(a('Le salariat pour les médecins qui ne veulent pas exercer en libéral').negations).toEqual([]);
    expect(a("Les jeunes médecins ne veulent plus s'installer").negations).toEqual(['neg']);
  });
  it('reads a hard time finding as a lack, and keeps under- and well-served areas apart', () => {
    expect(terms('Difficulté à trouver un médecin traitant')).toEqual(terms('Manque de médecin traitant'));
    expect(terms('Conventionnement sélectif dans les zones sous dotées')).not.toEqual(terms('Conventionnement sélectif dans les zones bien dotées'));
    expect(terms('Prime à l’installation')).toEqual(terms('Aides à l’installation'));
  });
  it('reads fixed phrases: round the clock, the 15, "de plus en plus"', () => {
    expect(a('Garder les urgences ouvertes 24h/24')).toMatchObject({ numbers: [], terms: ['#maintenir', '#urgence', '#developper', '#continu'] });
    expect(a("Appeler le 15 avant d'aller aux urgences")).toMatchObject({ numbers: [], terms: ['appel', '#samu', 'aller', '#urgence'] });
    expect(a('De plus en plus de patients').polarity).toEqual([]);
  });
  it('reads "pour" and "contre" as a stance only at the head', () => {
    expect(a("Pour la régulation de l'installation").polarity).toEqual(['pour']);
    expect(a('Des bourses pour les étudiants en médecine contre un engagement').polarity).toEqual([]);
  });
  it('reads young and retired doctors as a profession, not as a public', () => {
    expect(a("Aides à l'installation des jeunes médecins").facets).toEqual(['profession:medecins']);
    expect(a('Favoriser le cumul emploi-retraite des médecins').facets).toEqual(['action:developper', 'profession:medecins']);
    expect(a('Équipe mobile pour les jeunes').facets).toEqual(['public:jeunes']);
  });
});

describe('guard', () => {
  const g = (a: string, b: string) => guard(analyze(a, synonyms), analyze(b, synonyms));
  it('keeps apart a negation and its opposite, "plus" and "moins", different numbers', () => {
    expect(g('Ne pas réduire les horaires des urgences', 'Réduire les horaires des urgences')).toBe('negation');
    // "Ne pas supprimer" reads "maintenir", which is never merged with closing.
    expect(g('Ne pas supprimer les urgences de nuit', 'Supprimer les urgences de nuit')).toBe('facet');
    expect(g('Plus de prévention', 'Moins de prévention')).toBe('polarity');
    expect(g('Ouvrir 2 centres de santé', 'Ouvrir 5 centres de santé')).toBe('numbers');
    expect(g('Développer la télémédecine', 'développement de la télémédecine')).toBeNull();
    expect(g('Équipe mobile de prévention pour les jeunes', 'Équipe mobile de prévention pour les seniors')).toBe('facet');
    expect(g('Aides à l’installation des médecins', 'Aides à l’installation des kinés')).toBe('facet');
    expect(g('Aides à l’installation des médecins', 'Aides à l’installation')).toBeNull();
    // Whom an action is for is strict: for young people is not for everyone.
    expect(g('Développer la télémédecine pour les jeunes', 'Développer la télémédecine')).toBe('facet');
  });
});

describe('integer arithmetic', () => {
  it('log2Fixed is floor(1024 · log2 x)', () => {
    expect([1, 2, 3, 4, 10, 1000, 1_000_000].map(log2Fixed)).toEqual([0, 1024, 1623, 2048, 3401, 10204, 20409]);
  });
});

describe('leader clustering', () => {
  /**
   * What leader clustering must give, by scoring every unit against every leader before it: a
   * unit joins the best-scoring leader (ties: the lower index) among those that reach the
   * threshold and whose average over the leader and its first 8 members reaches it too.
   */
  function bruteForce(lists: string[][], order: number[], threshold: number) {
    const { dictionary, vectors } = vectorize(lists);
    const s = (a: number, b: number) => score(vectors, dictionary.weights, a, b);
    const leaderOf = new Array<number>(lists.length).fill(-1);
    const firsts = new Map<number, number[]>();
    for (const u of order) {
      const candidates = [...firsts].map(([l, members]) => ({
        l,
        score: s(u, l),
        average: Math.floor(members.reduce((sum, m) => sum + s(u, m), 0) / members.length),
      }));
      const fits = candidates.filter((c) => c.score >= threshold && c.average >= threshold).sort((x, y) => y.score - x.score || x.l - y.l);
      const joined = vectors.totals[u]! > 0 && fits[0] ? fits[0].l : -1;
      leaderOf[u] = joined >= 0 ? joined : u;
      if (joined < 0) firsts.set(u, [u]);
      else if (firsts.get(joined)!.length < 8) firsts.get(joined)!.push(u);
    }
    return leaderOf;
  }

  it('gives exactly what scoring every unit against every leader gives', () => {
    const words = ['developp', 'medecin', '#msp', '#rural', 'form', 'install', 'aide', 'bours', 'jeun', 'prevent'];
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...words), { minLength: 0, maxLength: 5 }), { maxLength: 30 }),
        fc.integer({ min: 3000, max: 9500 }),
        (lists, threshold) => {
          const { dictionary, vectors } = vectorize(lists);
          const order = lists.map((_, i) => i);
          const result = leaderCluster({
            vectors,
            weights: dictionary.weights,
            group: new Int32Array(lists.length),
            order: Int32Array.from(order),
            threshold,
            forbidden: () => false,
          });
          expect([...result.leaderOf]).toEqual(bruteForce(lists, order, threshold));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('dedupe', () => {
  const corpus = [
    record('Développer la télémédecine en zone rurale', '55'),
    record('développement de la téléconsultation dans les zones rurales', '27'),
    record('TELEMEDECINE : la developper dans nos campagnes', '46'),
    record('Former les médecins à la télémédecine', '88'),
    record('Créer des bourses d’études pour les étudiants en médecine', '52'),
    record('Augmenter les aides à l’installation des jeunes médecins', '10'),
    record('Ne pas supprimer les urgences de nuit', '51'),
    record('Supprimer les urgences de nuit', '08'),
    record('Développer la télémédecine en zone rurale', '54', 'lever'),
  ];

  it('groups the same idea across territories and keeps apart what differs in action, polarity or kind', () => {
    const { clusters } = dedupe(corpus, options);
    const texts = clusters.map((c) => [c.kind, c.members.map((m) => m.text)]);
    expect(texts).toContainEqual([
      'proposal',
      ['Développer la télémédecine en zone rurale', 'développement de la téléconsultation dans les zones rurales', 'TELEMEDECINE : la developper dans nos campagnes'],
    ]);
    expect(clusters).toHaveLength(7);
    const big = clusters[0]!;
    expect(big).toMatchObject({ size: 3, kind: 'proposal', text: 'Développer la télémédecine en zone rurale' });
    expect(big.territories.map((t) => t.code)).toEqual(['27', '46', '55']);
    expect(big.members.map((m) => m.similarity)).toEqual([1, 1, 1]);
  });

  it('puts every record in exactly one cluster (a partition), for any set of records', () => {
    const texts = corpus.map((r) => r.text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { maxLength: 25 }), (picked) => {
        const records = picked.map((text, i) => record(text, '55', 'proposal', `id${i}`));
        const { clusters } = dedupe(records, options);
        const ids = clusters.flatMap((c) => c.members.map((m) => m.id)).sort();
        expect(ids).toEqual(records.map((r) => r.id).sort());
        for (const c of clusters) expect(c.size).toBe(c.members.length);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same clusters and ids whatever the order of the records', () => {
    const reference = JSON.stringify(dedupe(corpus, options).clusters);
    fc.assert(
      fc.property(fc.shuffledSubarray(corpus, { minLength: corpus.length, maxLength: corpus.length }), (shuffled) => {
        expect(JSON.stringify(dedupe(shuffled, options).clusters)).toBe(reference);
      }),
      { numRuns: 50 },
    );
  });

  it('honours reviewer decisions: same merges whatever the score, different keeps apart', () => {
    const [a, , c, d] = corpus;
    const together = dedupe(corpus, { ...options, same: [[a!.id, d!.id]], different: [[a!.id, c!.id]] }).clusters;
    const clusterOf = (id: string) => together.find((k) => k.members.some((m) => m.id === id))!.id;
    expect(clusterOf(a!.id)).toBe(clusterOf(d!.id));
    // The cluster says a decision grew it (for the drift check); the others say nothing.
    expect(together.filter((k) => k.review).map((k) => [k.id, k.review])).toEqual([[clusterOf(a!.id), { joined: 1 }]]);
    // c has the very wording of a once normalised; the decision still keeps them apart.
    expect(clusterOf(a!.id)).not.toBe(clusterOf(c!.id));
    expect(new Set(together.flatMap((k) => k.members.map((m) => m.id))).size).toBe(corpus.length);
  });

  it('asks about guarded and borderline clusters instead of merging them, the likelier and larger first', () => {
    const { review, clusters } = dedupe(corpus, options);
    expect(clusters.find((c) => c.text === 'Supprimer les urgences de nuit')?.size).toBe(1);
    const urgences = review.find((q) => [q.a.text, q.b.text].includes('Supprimer les urgences de nuit'))!;
    expect(urgences).toMatchObject({ question: 'merge', kind: 'proposal', a: { size: 1 }, b: { size: 1 } });
    expect([urgences.a.text, urgences.b.text].sort()).toEqual(['Ne pas supprimer les urgences de nuit', 'Supprimer les urgences de nuit']);
    // Guarded (a negation): far less likely the same than its similarity alone would say.
    expect(urgences.chance).toBeLessThan(0.2);
    expect(urgences.shared).toEqual(['nuit', 'urgences']);
    expect(review.map((q) => q.number)).toEqual(review.map((_, i) => i + 1));
    for (let i = 1; i < review.length; i++) expect(review[i - 1]!.gain).toBeGreaterThanOrEqual(review[i]!.gain);
    // A merge question names each cluster's canonical record, its size and territories.
    const tele = review.find((q) => q.question === 'merge' && q.a.text === 'Développer la télémédecine en zone rurale')!;
    expect(tele.a).toMatchObject({ size: 3, territories: ['D27 (27)', 'D46 (46)', 'D55 (55)'], source: { file: 'a.md' } });
  });

  it('asks each cluster once per round in merge questions, and never again what was answered', () => {
    const { review } = dedupe(corpus, options);
    const merges = review.filter((q) => q.question === 'merge');
    const sides = merges.flatMap((q) => [q.a.id, q.b.id]);
    expect(new Set(sides).size).toBe(sides.length);
    const answered = dedupe(corpus, { ...options, different: merges.map((q) => [q.a.id, q.b.id] as [string, string]) }).review;
    const asked = new Set(merges.map((q) => [q.a.id, q.b.id].sort().join()));
    expect(answered.filter((q) => asked.has([q.a.id, q.b.id].sort().join()))).toEqual([]);
  });

  it('splits a cluster the tool formed when a reviewer says one of its records is different', () => {
    const texts = ['Développer la télémédecine en zone rurale', 'Développer la télémédecine en zone rurale et en ville', 'Télémédecine rurale : équiper les mairies'];
    const [a, b, c] = texts.map((text, i) => record(text, String(10 + i), 'proposal', `s${i}`));
    const before = dedupe([a!, b!, c!], options);
    expect(before.clusters.map((k) => k.members.map((m) => m.id))).toEqual([['s0', 's1'], ['s2']]);
    const split = before.review.find((q) => q.question === 'split')!;
    expect(split).toMatchObject({ a: { id: 's0', size: 2 }, b: { id: 's1', size: 1, territories: ['D11 (11)'] }, score: 0.7528 });
    expect(split.shared).toEqual(['rurale', 'télémédecine', 'développer']);
    const after = dedupe([a!, b!, c!], { ...options, different: [['s0', 's1']] });
    // s1 leaves; s2, which did not resemble s1 enough to join both, now joins s0 alone.
    expect(after.clusters.map((k) => k.members.map((m) => m.id))).toEqual([['s0', 's2'], ['s1']]);
    // Answered, the question is not asked again.
    expect(after.review.filter((q) => [q.a.id, q.b.id].sort().join() === 's0,s1')).toEqual([]);
  });

  it('asks nothing without a budget', () => {
    expect(dedupe(corpus, { threshold: 5000, synonyms }).review).toEqual([]);
  });
});

describe('packed guard', () => {
  it('gives the same verdict as the guard on analyses', async () => {
    const { guardKey, guarded } = await import('../../src/dedupe/guard.js');
    const texts = ['Plus de prévention', 'Moins de prévention', 'Ne pas fermer', 'Fermer', 'Ouvrir 2 centres', 'Ouvrir 5 centres', 'Pour la régulation', 'Contre la régulation', 'Plus de médecins et moins d’attente', 'Des médecins', 'Des kinés', 'Des médecins et des kinés', 'Pour les jeunes', 'Pour les seniors'];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom(...texts), (x, y) => {
        const a = analyze(x, synonyms);
        const b = analyze(y, synonyms);
        expect(guarded(guardKey(a), guardKey(b))).toBe(guard(a, b) !== null);
      }),
      { numRuns: 200 },
    );
  });
});

describe('analysis on several threads', () => {
  it('gives the same clusters, review and ids as on one thread', async () => {
    // Worker threads run compiled code: this test uses the build (npm test builds first).
    const built = (await import(new URL('../../dist/dedupe/index.js', import.meta.url).href)) as typeof import('../../src/dedupe/index.js');
    const texts = ['Développer la télémédecine en zone rurale', 'Ne pas supprimer les urgences de nuit', 'Créer des MSP à Verdun', 'Former les médecins à la télémédecine'];
    const records = Array.from({ length: 60 }, (_, i) => record(`${texts[i % texts.length]!} ${['', 'vite', 'partout'][i % 3]}`, String(10 + (i % 7)), 'proposal', `p${i}`));
    const expected = JSON.stringify(dedupe(records, options));
    expect(JSON.stringify(await built.dedupeParallel(records, options, { threads: 3, minTexts: 0 }))).toBe(expected);
    // Chunks of 7 texts: this thread and both workers take chunks in turn, and answers come back out of order.
    expect(JSON.stringify(await built.dedupeParallel(records, options, { threads: 3, minTexts: 0, chunk: 7 }))).toBe(expected);
  });
});

describe('synonyms never hide the guard', () => {
  it('"pas assez" is a shortage, and "ne pas fermer", "non à la fermeture" say "maintenir"', () => {
    expect(analyze('Pas assez de médecins généralistes', synonyms)).toMatchObject({ terms: ['#manque', '#generaliste'], negations: [] });
    expect(analyze('Ne pas fermer les petits hôpitaux', synonyms)).toMatchObject({ terms: ['#maintenir', 'petit', '#hopital'], negations: [] });
    expect(terms('Non à la fermeture nocturne des urgences').sort()).toEqual(terms('Maintenir les urgences de nuit').sort());
    // Only a cue just before the closure word counts: "sans" later in the sentence says a lack.
    expect(analyze('Fermer les urgences sans concertation', synonyms)).toMatchObject({ terms: ['ferm', '#urgence', '#manque', 'concer'], facets: ['sens:fermer'] });
  });
});
