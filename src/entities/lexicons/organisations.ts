/**
 * Well-known organisations, armed groups, government bodies and news outlets, each form → the
 * canonical name (`U.N.` → `United Nations`, `ISIL` → `Islamic State`). General knowledge of
 * international news; an organisation not listed here is still found by its head word
 * (organisation-heads.ts) or by an acronym in parentheses after its name.
 * Seats of government used for their occupants (`the Kremlin`) are ORG too (seats-of-government.ts).
 */
const ORGANISATION_FORMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // international bodies
  ['United Nations', ['UN', 'U.N.']], ['United Nations Security Council', ['UN Security Council', 'U.N. Security Council', 'UNSC', 'Security Council']],
  ['United Nations General Assembly', ['UN General Assembly', 'U.N. General Assembly', 'General Assembly']],
  ['NATO', ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']],
  ['European Union', ['EU', 'E.U.']], ['European Commission', []], ['European Parliament', []], ['European Council', []],
  ['African Union', ['AU']], ['Arab League', ['League of Arab States']], ['Gulf Cooperation Council', ['GCC']],
  ['Organization of Petroleum Exporting Countries', ['OPEC', 'Organisation of Petroleum Exporting Countries']],
  ['International Monetary Fund', ['IMF']], ['World Bank', []], ['World Health Organization', ['WHO', 'World Health Organisation']],
  ['World Trade Organization', ['WTO', 'World Trade Organisation']], ['International Atomic Energy Agency', ['IAEA']],
  ['International Criminal Court', ['ICC']], ['International Court of Justice', ['ICJ']], ['Interpol', []],
  ['Red Cross', ['International Committee of the Red Cross', 'ICRC']], ['Red Crescent', []], ['UNICEF', ['Unicef']],
  ['UNHCR', ['UN refugee agency']], ['Amnesty International', ['Amnesty']], ['Human Rights Watch', ['HRW']],
  ['G7', ['G-7']], ['G20', ['G-20']], ['BRICS', []], ['ASEAN', []], ['OSCE', []], ['Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization']],
  ['Organisation of Islamic Cooperation', ['OIC', 'Organization of Islamic Cooperation']],
  // armed and political groups
  ['Islamic State', ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant', 'Islamic State group']],
  ['al-Qaida', ['al-Qaeda', 'al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al Qaida', 'Al-Qaida', 'Al Qaida']],
  ['Hezbollah', ['Hizbollah', 'Hizbullah', 'Hezbullah']], ['Hamas', []], ['Taliban', []], ['Islamic Jihad', []],
  ['al-Nusra Front', ['Nusra Front', 'al-Nusra', 'Jabhat al-Nusra']], ['Boko Haram', []], ['al-Shabab', ['al-Shabaab', 'Al-Shabaab']],
  ['Muslim Brotherhood', []], ['Free Syrian Army', ['FSA']], ['Syrian Democratic Forces', ['SDF']], ['PKK', ['Kurdistan Workers Party', "Kurdistan Workers' Party"]],
  ['YPG', []], ['Peshmerga', []], ['Wagner Group', []], ['Houthi movement', ['Ansar Allah']],
  ['Islamic Revolutionary Guard Corps', ['IRGC', 'Revolutionary Guard', 'Revolutionary Guards', 'Revolutionary Guard Corps', 'Iranian Revolutionary Guards', 'Iranian Revolutionary Guard', "Islamic Revolutionary Guards Corps"]],
  ['Quds Force', ['Qods Force', 'al-Quds Force']], ['Basij', []], ['Mossad', []], ['Shin Bet', []], ['KGB', []], ['FSB', []], ['GRU', []],
  ['CIA', ['Central Intelligence Agency']], ['FBI', ['Federal Bureau of Investigation']], ['NSA', ['National Security Agency']],
  // governments, parties and parliaments
  ['State Department', ['US State Department', 'U.S. State Department', 'Department of State']],
  ['Pentagon', ['Department of Defense', 'Defense Department']], ['Congress', ['US Congress', 'U.S. Congress']],
  ['Senate', ['US Senate', 'U.S. Senate']], ['House of Representatives', ['US House of Representatives', 'U.S. House of Representatives', 'House']],
  ['Republican Party', ['GOP']], ['Democratic Party', []], ['Labour Party', []], ['Conservative Party', []],
  ['Duma', ['State Duma']], ['Knesset', []], ['Majlis', []], ['Bundestag', []], ['Politburo', []],
  ['Foreign Office', []], ['Home Office', []], ['Treasury', []], ['Supreme Court', []], ['Federal Reserve', ['Fed']],
  // companies often in the news
  ['Google', ['Alphabet']], ['Facebook', []], ['Meta', []], ['Twitter', []], ['Apple', []], ['Microsoft', []],
  ['Boeing', []], ['Airbus', []], ['Gazprom', []], ['Rosneft', []], ['Lukoil', []], ['Saudi Aramco', ['Aramco']],
  ['Amazon', []], ['Tesla', []], ['SpaceX', []], ['OpenAI', []], ['Netflix', []], ['Samsung', []], ['Huawei', []], ['Sony', []],
  ['Toyota', []], ['Volkswagen', []], ['ExxonMobil', ['Exxon', 'Exxon Mobil']], ['Chevron', []], ['BP', []], ['Shell', []], ['TotalEnergies', []],
  ['Lockheed Martin', ['Lockheed']], ['Raytheon', []], ['Pfizer', []], ['Moderna', []], ['YouTube', []], ['TikTok', []],
  ['WhatsApp', []], ['Instagram', []], ['Telegram', []], ['Goldman Sachs', []], ['JPMorgan', ['JPMorgan Chase']],
  // large companies by trade, worldwide (names that are also common words, surnames or given names,
  // such as Ford, Dell, Honda, Total, Oracle or Delta, are left to context)
  ['General Motors', ['GM']], ['Chrysler', []], ['Daimler', ['Daimler-Benz', 'Daimler Benz']], ['Mercedes-Benz', []], ['BMW', []],
  ['Audi', []], ['Porsche', []], ['Fiat', []], ['Renault', []], ['Peugeot', []], ['Citroen', []], ['Nissan', []], ['Hyundai', []],
  ['Kia', []], ['Mazda', []], ['Mitsubishi', []], ['Volvo', []], ['Saab', []], ['Rolls-Royce', []],
  ['Texaco', []], ['Mobil', []], ['Eni', []], ['Repsol', []], ['Statoil', []], ['Equinor', []], ['Petrobras', []], ['Pemex', []],
  ['PetroChina', []], ['Sinopec', []], ['CNOOC', []], ['ConocoPhillips', ['Conoco']], ['Halliburton', []], ['Schlumberger', []],
  ['Elf Aquitaine', []], ['Royal Dutch Shell', []], ['IBM', []], ['Intel', []], ['Cisco', []], ['Hewlett-Packard', ['HP']],
  ['Compaq', []], ['Motorola', []], ['Nokia', []], ['Ericsson', []], ['Siemens', []], ['Philips', []], ['Alcatel', []],
  ['Nortel', []], ['AT&T', []], ['Verizon', []], ['Vodafone', []], ['Deutsche Telekom', []], ['France Telecom', []],
  ['British Telecom', ['BT']], ['Telefonica', []], ['NTT', []], ['Fujitsu', []], ['Hitachi', []], ['Toshiba', []],
  ['Panasonic', []], ['Matsushita', []], ['NEC', []], ['Canon', []], ['Nikon', []], ['Lenovo', []], ['Alibaba', []],
  ['Tencent', []], ['Baidu', []], ['Xiaomi', []], ['ZTE', []], ['Nvidia', []], ['Qualcomm', []], ['Texas Instruments', []],
  ['SAP', []], ['Uber', []], ['Airbnb', []], ['eBay', []], ['PayPal', []], ['Yahoo', []], ['AOL', []], ['Xerox', []],
  ['Kodak', []], ['Nintendo', []], ['Citigroup', ['Citibank']], ['Morgan Stanley', []], ['Merrill Lynch', []],
  ['Wells Fargo', []], ['HSBC', []], ['Barclays', []], ['Credit Suisse', []], ['UBS', []], ['BNP Paribas', []],
  ['Societe Generale', []], ['ING', []], ['ABN Amro', []], ['Santander', []], ['UniCredit', []], ['Nomura', []],
  ['Lehman Brothers', []], ['Bear Stearns', []], ['BlackRock', []], ['Berkshire Hathaway', []], ['Mastercard', []],
  ['American Express', []], ['Allianz', []], ['AXA', []], ['AIG', []], ['Lufthansa', []], ['Air France', []], ['KLM', []],
  ['Qantas', []], ['Aeroflot', []], ['El Al', []], ['Alitalia', []], ['Swissair', []], ['Ryanair', []], ['EasyJet', ['easyJet']],
  ['Pan Am', []], ['TWA', []], ['Cathay Pacific', []], ['Aer Lingus', []], ['Walmart', ['Wal-Mart']], ['Coca-Cola', []],
  ['PepsiCo', ['Pepsi']], ['Nestle', ['Nestlé']], ['Unilever', []], ['Procter & Gamble', []], ['Danone', []], ['Heineken', []],
  ['Carlsberg', []], ['Nike', []], ['Adidas', []], ["L'Oreal", ["L'Oréal"]], ['Carrefour', []], ['Tesco', []], ['Ikea', ['IKEA']],
  ['Starbucks', []], ['LVMH', []], ['Time Warner', []], ['Warner Bros', []], ['Viacom', []], ['Bertelsmann', []], ['Vivendi', []],
  ['General Electric', ['GE']], ['ABB', []], ['Caterpillar', []], ['Honeywell', []], ['Bayer', []], ['BASF', []], ['Hoechst', []],
  ['Novartis', []], ['Roche', []], ['Sanofi', []], ['GlaxoSmithKline', ['Glaxo', 'Glaxo Wellcome']], ['AstraZeneca', []],
  ['Merck', []], ['Johnson & Johnson', []], ['Bristol-Myers Squibb', []], ['Dow Chemical', []], ['DuPont', []], ['Monsanto', []],
  ['ArcelorMittal', []], ['Rio Tinto', []], ['BHP', ['BHP Billiton']], ['Glencore', []], ['Anglo American', []], ['De Beers', []],
  ['Alcoa', []], ['ThyssenKrupp', []], ['Michelin', []], ['Bridgestone', []], ['Goodyear', []], ['Pirelli', []],
  // central banks
  ['European Central Bank', ['ECB']], ['Bundesbank', []], ['Bank of England', []], ['Bank of Japan', ['BOJ']],
  // news outlets and agencies
  ['Reuters', []], ['Associated Press', ['AP']], ['Agence France-Presse', ['AFP']], ['United Press International', ['UPI']],
  ['Bloomberg', []], ['Xinhua', []], ['Tass', ['TASS', 'ITAR-TASS']], ['RIA Novosti', ['RIA']], ['Interfax', []], ['Sputnik', []],
  ['RT', ['Russia Today']], ['Al Jazeera', ['Al-Jazeera', 'Aljazeera']], ['Al Arabiya', ['Al-Arabiya']], ['Anadolu Agency', ['Anadolu']],
  ['IRNA', ['Islamic Republic News Agency']], ['Fars', ['Fars News Agency']], ['Tasnim', ['Tasnim News Agency']], ['Mehr', ['Mehr News Agency']],
  ['ISNA', []], ['Press TV', ['PressTV']], ['SANA', []], ['Yonhap', []], ['Kyodo', []], ['Dow Jones', []],
  ['BBC', ['British Broadcasting Corporation']], ['CNN', []], ['Fox News', []], ['NBC', []], ['CBS', []], ['ABC', []], ['NPR', []],
  ['MSNBC', []], ['CNBC', []], ['PBS', []], ['Sky News', []], ['Deutsche Welle', ['DW']], ['France 24', []], ['Euronews', []],
  ['The New York Times', ['New York Times', 'NYT']], ['The Washington Post', ['Washington Post']], ['The Wall Street Journal', ['Wall Street Journal', 'WSJ']],
  ['The Washington Times', ['Washington Times']], ['Los Angeles Times', ['LA Times']], ['USA Today', []], ['The Guardian', []],
  ['The Telegraph', ['Daily Telegraph']], ['Financial Times', ['FT']], ['The Economist', ['Economist']],
  ['Politico', []], ['Axios', []], ['Newsweek', []], ['Der Spiegel', ['Spiegel']], ['Le Monde', []], ['Haaretz', []],
  ['The Jerusalem Post', ['Jerusalem Post']], ['Times of Israel', []], ['Kommersant', []], ['Izvestia', []], ['Pravda', []],
  ['Daily Mail', []], ['Forbes', []], ['New Yorker', ['The New Yorker']],
];

function buildOrganisations(): ReadonlyMap<string, string> {
  const organisations = new Map<string, string>();
  for (const [name, forms] of ORGANISATION_FORMS) {
    organisations.set(name, name);
    for (const form of forms) organisations.set(form, name);
  }
  return organisations;
}

export const ORGANISATIONS: ReadonlyMap<string, string> = buildOrganisations();
