/** One statement of a stance found in the text, before records are merged. */
export interface StanceEvidence {
  /** The canonical name of the holder. */
  readonly holder: string;
  /** The canonical name of the target. */
  readonly target: string;
  /** +1 for support, -1 for oppose. */
  readonly sign: 1 | -1;
  /** The strength of the strongest stance word on the path, in (0, 1]. */
  readonly strength: number;
  /** The index of the sentence that states it. */
  readonly sentence: number;
  /** The rule and the word that fired (`verb:back`, `quote:plot`), for debugging. */
  readonly rule: string;
}
