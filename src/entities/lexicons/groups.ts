/**
 * Religious, sectarian, ethnic and political groups used as names or adjectives (NORP,
 * GUIDELINES §Entities), with their plurals. Nationalities are in nationalities.ts.
 * Each form maps to the singular used as the entity name (`Shiites` → `Shiite`).
 */
const GROUP_FORMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Muslim', ['Muslims', 'Moslem', 'Moslems']], ['Islamic', []], ['Islamist', ['Islamists']],
  ['Christian', ['Christians']], ['Catholic', ['Catholics', 'Roman Catholic', 'Roman Catholics']],
  ['Protestant', ['Protestants']], ['Orthodox', []], ['Evangelical', ['Evangelicals']], ['Coptic', ['Copts', 'Copt']],
  ['Jewish', []], ['Jew', ['Jews']], ['Hindu', ['Hindus']], ['Buddhist', ['Buddhists']], ['Sikh', ['Sikhs']],
  ['Shiite', ['Shiites', "Shi'ite", "Shi'ites", 'Shia', "Shi'a", 'Shias']], ['Sunni', ['Sunnis']],
  ['Shiite Islam', ['Shia Islam']], ['Sunni Islam', []], ['Alawite', ['Alawites', 'Alawi', 'Alawis']],
  ['Druze', []], ['Salafi', ['Salafis', 'Salafist', 'Salafists']], ['Wahhabi', ['Wahhabis']], ['Sufi', ['Sufis']],
  ['Zionist', ['Zionists']], ['Yazidi', ['Yazidis', 'Yezidi', 'Yezidis']], ['Maronite', ['Maronites']],
  ['Kurd', ['Kurds']], ['Kurdish', []], ['Arab', ['Arabs']], ['Persian', ['Persians']], ['Pashtun', ['Pashtuns']],
  ['Baluch', ['Baluchs', 'Baloch', 'Balochi', 'Baluchi']], ['Turkmen', []], ['Tatar', ['Tatars']],
  ['Uighur', ['Uighurs', 'Uyghur', 'Uyghurs']], ['Tamil', ['Tamils']], ['Hazara', ['Hazaras']], ['Azeri', ['Azeris']],
  ['Houthi', ['Houthis']], ['Bedouin', ['Bedouins']], ['Berber', ['Berbers']], ['Hispanic', ['Hispanics']],
  ['Latino', ['Latinos']], ['Slavic', []], ['Anglo-Saxon', []], ['Pan-Arab', []],
  ['Western', ['Westerners']], ['Arabic', []], ['West Asian', []], ['European', ['Europeans']],
  ['Asian', ['Asians']], ['African', ['Africans']], ['Middle Eastern', []], ['Latin American', ['Latin Americans']],
  ['Republican', ['Republicans']], ['Democrat', ['Democrats']], ['Democratic', []], ['African-American', ['African-Americans', 'African American', 'African Americans']], ['Tory', ['Tories']],
  ['Conservative', ['Conservatives']], ['Liberal', ['Liberals']], ['Greens', []],
  ['Socialist', ['Socialists']], ['Communist', ['Communists']],
  ['Marxist', ['Marxists']], ['Jihadist', ['Jihadists']], ['Baathist', ['Baathists']], ['Bolshevik', ['Bolsheviks']],
  ['Nazi', ['Nazis']], ['Fascist', ['Fascists']], ['Gaullist', ['Gaullists']], ['Chavista', ['Chavistas']],
];

function buildGroups(): ReadonlyMap<string, string> {
  const groups = new Map<string, string>();
  for (const [name, forms] of GROUP_FORMS) {
    groups.set(name, name);
    for (const form of forms) groups.set(form, name);
  }
  return groups;
}

export const GROUPS: ReadonlyMap<string, string> = buildGroups();
