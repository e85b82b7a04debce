/**
 * Abbreviated titles that precede a name (`Maj. Gen. John Smith`). wink-nlp ends a sentence
 * after some of them; a sentence never ends on one, because a name always follows.
 * General English usage; lower-cased, with the full stop.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.', 'fr.', 'sr.', 'jr.', 'st.',
  'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'adm.', 'brig.', 'sgt.', 'cpl.', 'pvt.', 'lt.-gen.',
  'sen.', 'rep.', 'gov.', 'amb.', 'pres.', 'supt.', 'insp.', 'det.', 'hon.',
]);
