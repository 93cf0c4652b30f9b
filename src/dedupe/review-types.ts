/**
 * The review loop's plain data: what recolte asks a reviewer (suggestions, one per question)
 * and what it reads back (answers). Shared by the suggestion ranking, the YAML and CSV review
 * files and the CLI.
 */

/** One side of a question: a cluster, as the reviewer sees it. */
export interface ReviewSide {
  /** Id of the record that stands for the cluster (its canonical member, or the record asked about). */
  id: string;
  text: string;
  /** Contributions (records) in the cluster. */
  size: number;
  /** Territories of the cluster, most frequent first, as readers name them ("Meuse (55)"). */
  territories: string[];
  /** Where the standing record comes from. */
  source: { file: string; line: number };
}

/** One question put to the reviewer: are `a` and `b` the same idea? */
export interface Suggestion {
  /** Question number, 1-based; a review file keeps its numbers from round to round. */
  number: number;
  kind: string;
  /**
   * merge: two clusters the tool kept apart (a "same" answer joins them).
   * split: a record (`b`, size 1) the tool put in `a`'s cluster (a "different" answer takes it out).
   */
  question: 'merge' | 'split';
  a: ReviewSide;
  b: ReviewSide;
  /** Similarity of the two sides, 0 to 1. */
  score: number;
  /** Estimated probability that they are the same idea, 0 to 1. */
  chance: number;
  /** Expected gain of asking: uncertainty times the contributions the answer moves. */
  gain: number;
  /** Words the two sides share. */
  shared: string[];
}

export type Answer = 'same' | 'different';

/** A question as read back from a review file, answered or not. */
export interface AnsweredQuestion {
  number: number;
  /** Record ids of the two sides, as recolte wrote them (protection undone). */
  a: string;
  b: string;
  answer: Answer | null;
  /** Line of the file the question is on (1-based), for messages. */
  line: number;
}
