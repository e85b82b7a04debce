/**
 * States and provinces that news names without their country: the US states and Canadian provinces.
 * `Washington` and `Georgia` are also a city or a country; classify-mention decides by context.
 */
export const STATES: ReadonlySet<string> = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'D.C.', 'District of Columbia',
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
  'Crimea', 'Chechnya', 'Kurdistan', 'Xinjiang', 'Tibet', 'Kashmir', 'Punjab', 'Catalonia', 'Bavaria',
]);

/**
 * The abbreviations of US state names that news style books use (`Calif.`, `N.C.`), each → the
 * state. A few are left out because they are words or titles first (`Miss.`, `Me.`); the forms
 * without a full stop are kept only where they are no English word (`Calif`, not `Wash`).
 */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Ala.', 'Alabama'], ['Ariz.', 'Arizona'], ['Ark.', 'Arkansas'], ['Calif.', 'California'], ['Calif', 'California'],
  ['Colo.', 'Colorado'], ['Conn.', 'Connecticut'], ['Del.', 'Delaware'], ['Fla.', 'Florida'], ['Fla', 'Florida'],
  ['Ga.', 'Georgia'], ['Ill.', 'Illinois'], ['Ind.', 'Indiana'], ['Kan.', 'Kansas'], ['Kans.', 'Kansas'],
  ['Ky.', 'Kentucky'], ['La.', 'Louisiana'], ['Md.', 'Maryland'], ['Mass.', 'Massachusetts'], ['Mich.', 'Michigan'],
  ['Mich', 'Michigan'], ['Minn.', 'Minnesota'], ['Mo.', 'Missouri'], ['Mont.', 'Montana'], ['Neb.', 'Nebraska'],
  ['Nev.', 'Nevada'], ['N.H.', 'New Hampshire'], ['N.J.', 'New Jersey'], ['N.M.', 'New Mexico'], ['N.Y.', 'New York'],
  ['N.C.', 'North Carolina'], ['N.D.', 'North Dakota'], ['Okla.', 'Oklahoma'], ['Ore.', 'Oregon'], ['Pa.', 'Pennsylvania'],
  ['Penn.', 'Pennsylvania'], ['R.I.', 'Rhode Island'], ['S.C.', 'South Carolina'], ['S.D.', 'South Dakota'],
  ['Tenn.', 'Tennessee'], ['Tex.', 'Texas'], ['Tex', 'Texas'], ['Vt.', 'Vermont'], ['Va.', 'Virginia'],
  ['Wash.', 'Washington'], ['W.Va.', 'West Virginia'], ['Wis.', 'Wisconsin'], ['Wisc.', 'Wisconsin'], ['Wyo.', 'Wyoming'],
]);
