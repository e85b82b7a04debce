/**
 * Named places that are not geo-political entities: continents, world regions, seas, gulfs,
 * mountain ranges, deserts and peninsulas (LOC, GUIDELINES §Entities). General geography.
 */
export const REGIONS: ReadonlySet<string> = new Set([
  'Africa', 'Asia', 'Europe', 'Eurasia', 'Antarctica', 'Arctic', 'Antarctic', 'Oceania', 'Australasia',
  'North America', 'South America', 'Latin America', 'Central America', 'Caribbean', 'Scandinavia', 'Balkans',
  'Middle East', 'Near East', 'Far East', 'Mideast', 'Levant', 'Maghreb', 'Sahel', 'Sahara', 'Caucasus',
  'North Caucasus', 'South Caucasus', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'West Asia',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Horn of Africa',
  'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Persian Gulf', 'Gulf',
  'Arabian Gulf', 'Gulf of Aden', 'Gulf of Mexico', 'Gulf of Oman', 'Strait of Hormuz', 'Bab el-Mandeb',
  'Mediterranean', 'Mediterranean Sea', 'Red Sea', 'Black Sea', 'Caspian Sea', 'Caspian', 'Dead Sea',
  'Baltic', 'Baltic Sea', 'North Sea', 'Aegean', 'Aegean Sea', 'Adriatic', 'Arabian Sea', 'South China Sea',
  'East China Sea', 'Sea of Japan', 'Atlantic', 'Atlantic Ocean', 'Pacific', 'Pacific Ocean', 'Indian Ocean',
  'Arctic Ocean', 'Suez Canal', 'Panama Canal', 'Bosphorus', 'English Channel', 'Sinai', 'Sinai Peninsula',
  'Arabian Peninsula', 'Korean Peninsula', 'Iberian Peninsula', 'Crimean Peninsula', 'Golan Heights', 'Golan',
  'Himalayas', 'Alps', 'Andes', 'Urals', 'Euphrates', 'Tigris', 'Nile', 'Jordan River', 'Danube', 'Amazon',
  'Indo-Pacific', 'Asia-Pacific', 'Transcaucasia', 'Siberia', 'Kurdistan region', 'Anatolia', 'Mesopotamia',
]);
