/* Generated from schemas/decisions.schema.json by scripts/schema-types.mjs: do not edit by hand. */

/**
 * @minItems 2
 * @maxItems 2
 */
export type IdPair = [unknown, unknown];

/**
 * A reviewer's decisions for recolte dedupe: pairs of record ids that are the same idea, or different ideas. Every later run honours them.
 */
export interface Decisions {
  same?: IdPair[];
  different?: IdPair[];
  /**
   * Pairs still to decide, as written by --review; ignored.
   */
  pending?: unknown[];
}
