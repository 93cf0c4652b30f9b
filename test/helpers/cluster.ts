import { countRecords } from '../../src/dedupe/counts.js';
import type { Cluster } from '../../src/types/cluster.js';

/** A cluster of schema 2 from one written without its counts: counted from its members, as dedupe counts them. */
export function counted(cluster: Omit<Cluster, 'counts' | 'documents'>): Cluster {
  const { counts, documents } = countRecords(cluster.members);
  const { members, review, ...rest } = cluster;
  return { ...rest, counts, documents: documents as Cluster['documents'], members, ...(review ? { review } : {}) };
}
