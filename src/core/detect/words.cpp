// SPDX-License-Identifier: MIT
// Closed word classes for the detectors, each a hashed set built once on first use.
#include "detect/words.h"

#include "detect/tokenizer.h"
#include "detect/word_table.h"

#include <initializer_list>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace gloss::core::detect {

std::string_view ascii_lower(std::string_view w, char (&buf)[40]) {
    if (w.size() >= sizeof(buf)) return {};
    for (std::size_t i = 0; i < w.size(); ++i) {
        char c = w[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return std::string_view(buf, w.size());
}

namespace {

// Built from brace lists: `static const Set s = {...}` / `static const Map m = {{k, v}, ...}`.
class Set : public WordTable<char> {
public:
    Set(std::initializer_list<std::string_view> words) : WordTable<char>(words.size()) {
        for (std::string_view w : words) insert(w, 1);
    }
    std::size_t count(std::string_view w) const { return contains(w) ? 1 : 0; }
};
template <typename V>
class TableMap : public WordTable<V> {
public:
    TableMap(std::initializer_list<std::pair<std::string_view, V>> items) : WordTable<V>(items.size()) {
        for (const auto& kv : items) this->insert(kv.first, kv.second);
    }
};
using Map = TableMap<const char*>;

bool in_lower(const Set& set, std::string_view w) {
    char buf[40];
    std::string_view l = ascii_lower(w, buf);
    return !l.empty() && set.count(l) != 0;
}

const Map& org_heads() {
    static const Map m = {
        // government
        {"Ministry", "government"}, {"Department", "government"}, {"Agency", "government"},
        // Irish state bodies named "… of Ireland": "Met Éireann", "Uisce Éireann", "Iarnród Éireann"
        {"Éireann", "government"},
        // Malta's and Italy's heritage offices: "the Superintendence of Cultural Heritage"
        {"Superintendence", "government"}, {"Superintendency", "government"}, {"Undersecretariat", "government"},
        {"Douzaine", "government"}, // a Guernsey parish's council: "the Vale Douzaine"
        // "Gamblers Anonymous", "Alcoholics Anonymous": fellowships
        {"Anonymous", "nonprofit"},
        // Texas school districts: "Hawley ISD", "Plano ISD"
        {"ISD", "education"}, {"CISD", "education"},
        {"Service", "government"}, {"Commission", "government"}, {"Court", "government"},
        {"Police", "government"}, {"Parliament", "government"}, {"Senate", "government"},
        {"Congress", "government"}, {"Assembly", "government"}, {"Government", "government"},
        {"Administration", "government"}, {"Office", "government"}, {"Bureau", "government"},
        {"Directorate", "government"}, {"Authority", "government"}, {"Army", "government"}, {"Mission", "government"},
        {"Navy", "government"}, {"Force", "government"}, {"Forces", "government"}, {"Fleet", "government"},
        {"Guard", "government"}, {"Cabinet", "government"}, {"Council", "government"}, {"Selectboard", "government"},
        {"Tribunal", "government"}, {"Prosecutor", "government"}, {"Inspectorate", "government"},
        {"Secretariat", "government"}, {"Treasury", "government"}, {"Duma", "government"},
        // a tribal government: "United Houma Nation", "Kinosew Lake First Nation"
        {"Nation", "government"},
        {"Legislature", "government"}, {"Municipality", "government"}, {"Command", "government"},
        // a transit agency: "Calgary Transit", "NJ Transit" (not a mode: see org_head())
        {"Transit", "government"},
        {"Unit", "government"}, {"Corps", "government"}, {"Regulator", "government"},
        {"Board", "government"}, {"Reserve", "government"}, {"Embassy", "government"},
        {"Consulate", "government"}, {"Patrol", "government"}, {"Division", "government"},
        {"Brigade", "government"}, {"Regiment", "government"}, {"Battalion", "government"},
        {"Constabulary", "government"}, // "Suffolk Constabulary"
        {"Branch", "government"}, {"Bench", "government"}, // "the Madurai Bench of the Madras High Court"
        {"Exchange", "company"}, {"Fed", "government"}, {"Chamber", "nonprofit"}, {"Chambers", "nonprofit"},
        // party
        {"Party", "party"}, {"Pati", "party"} /* Tok Pisin: "Pangu Pati" */, {"Movement", "party"}, {"Front", "party"}, {"Coalition", "party"},
        // education
        {"University", "education"}, {"College", "education"}, {"School", "education"}, {"High", "education"},
        {"Academy", "education"}, {"Polytechnic", "education"},
        // nonprofit
        {"Institute", "nonprofit"}, {"Center", "nonprofit"}, {"Centre", "nonprofit"},
        {"Institutes", "government"}, {"Centers", "government"}, {"Hospitals", "nonprofit"},
        {"Schools", "education"}, {"Laboratories", "company"}, {"Utilities", "company"}, {"Power", "company"},
        {"Foundation", "nonprofit"}, {"Institution", "nonprofit"}, {"Conservancy", "nonprofit"},
        {"Orchestra", "nonprofit"}, {"Philharmonic", "nonprofit"}, // "Welsh National Opera", "the Royal Ballet"
        {"Opera", "nonprofit"}, {"Ballet", "nonprofit"},
        {"Conservatory", "nonprofit"}, {"Association", "nonprofit"}, {"Society", "nonprofit"},
        {"Union", "nonprofit"}, {"Federation", "nonprofit"}, {"Confederation", "nonprofit"}, {"Fund", "nonprofit"},
        {"Brotherhood", "nonprofit"}, {"Guild", "nonprofit"}, // "International Brotherhood of Electrical Workers"
        {"Trust", "nonprofit"}, {"Project", "nonprofit"}, {"Committee", "nonprofit"}, {"Council", "nonprofit"},
        {"Panel", "intergovernmental"},
        {"Network", "nonprofit"}, {"Alliance", "nonprofit"}, {"Coalition", "nonprofit"},
        {"Partnership", "nonprofit"}, // "Strathclyde Partnership for Transport", "the Leeds Partnership"
        {"Organization", "nonprofit"}, {"Organisation", "nonprofit"}, {"League", "nonprofit"},
        {"Watch", "nonprofit"}, {"Initiatives", "nonprofit"}, {"Observatory", "nonprofit"},
        {"Forum", "nonprofit"}, {"Club", "nonprofit"}, {"Church", "nonprofit"},
{"Hospital", "nonprofit"}, {"Infirmary", "nonprofit"}, {"Clinic", "nonprofit"}, {"Museum", "nonprofit"},
        {"Library", "nonprofit"}, {"Rescue", "nonprofit"}, {"Workers", "nonprofit"}, {"Laboratory", "nonprofit"}, {"Lab", "nonprofit"},
        // company
        {"Group", "company"}, {"Company", "company"}, {"Corporation", "company"},
        // property firms: "Kinangop Heights Developers", "Barratt Homes"
        {"Developers", "company"}, {"Developments", "company"}, {"Properties", "company"}, {"Homes", "company"}, {"Residential", "company"},
        {"Corp", "company"}, {"Inc", "company"}, {"Ltd", "company"}, {"LLC", "company"},
        {"Limited", "company"}, {"Incorporated", "company"}, {"Cooperative", "company"},
        {"Cooperatives", "nonprofit"},
        {"Co-operative", "company"}, {"Co-op", "company"},
        {"PLC", "company"}, {"Plc", "company"}, {"AG", "company"}, {"SA", "company"},
        {"GmbH", "company"}, {"Co", "company"}, {"Holdings", "company"}, {"Holding", "company"},
        {"Industries", "company"}, {"Mining", "company"}, {"Machinery", "company"}, {"Aquaculture", "company"}, {"Bank", "company"},
        // miners named after their metal: "Tlhogo Platinum", "Atacama Lithium", "Kansanshi Copper"
        {"Platinum", "company"}, {"Lithium", "company"}, {"Copper", "company"}, {"Nickel", "company"}, {"Uranium", "company"},
        {"Motors", "company"}, {"Motor", "company"}, {"Airlines", "company"}, {"Airways", "company"},
        {"Energy", "company"}, {"Oil", "company"}, {"Petroleum", "company"}, {"Steel", "company"},
        {"Steels", "company"}, {"Cement", "company"}, {"Cements", "company"}, {"Infotech", "company"},
        {"Infratech", "company"}, {"Airports", "company"}, {"Fertilisers", "company"},
        {"Fertilizers", "company"}, {"Tyres", "company"}, {"Paints", "company"}, {"Distribution", "company"},
        {"Technologies", "company"}, {"Technology", "company"}, {"Systems", "company"},
        {"Pharmaceuticals", "company"}, {"Partners", "company"}, {"Capital", "company"},
        {"Investments", "company"}, {"Enterprises", "company"}, {"Electric", "company"},
        {"Communications", "company"}, {"Networks", "company"}, {"Shipbuilders", "company"}, {"Telecom", "company"}, {"Railways", "company"}, {"Railway", "company"}, {"Railroad", "company"},
        {"Construction", "company"}, {"Logistics", "company"}, {"Securities", "company"},
        {"Insurance", "company"}, {"Labs", "company"}, {"Studios", "company"}, {"Productions", "company"},
        {"Pictures", "company"}, {"Theatres", "company"}, {"Cinemas", "company"},
        {"Entertainment", "company"}, {"Brands", "company"}, {"Refining", "company"}, {"Global", "company"}, {"Grain", "company"}, {"Foods", "company"}, {"Platforms", "company"},
        {"Pharmaceutical", "company"}, {"Management", "company"}, {"Galleries", "nonprofit"}, {"Gallery", "nonprofit"},
        {"Chemicals", "company"}, {"Chemical", "company"}, {"Materials", "company"}, {"Pharmacy", "company"}, {"Records", "company"},
        {"Stores", "company"}, {"Music", "company"}, {"Air", "company"}, {"Aviation", "company"},
        {"Creamery", "company"}, {"Bakery", "company"}, {"Brewery", "company"}, {"Brewing", "company"},
        {"Dairy", "company"}, {"Winery", "company"}, {"Distillery", "company"}, {"Stevedores", "company"},
        // "Kinangop Highlands Dairies", "Cavendish Farms", "Sapporo Breweries" (not "Mills": a surname)
        // "Batista Deli & Grocery", "Kwan's Grocery"
        {"Deli", "company"}, {"Grocery", "company"}, {"Groceries", "company"},
        {"Dairies", "company"}, {"Farms", "company"}, {"Breweries", "company"},
        {"Bakeries", "company"}, {"Plantations", "company"}, {"Textiles", "company"}, {"Beverages", "company"},
        // "Xiong Family Kitchens", "Ashby Precision Castings", "Sahyadri Forgings"
        {"Kitchens", "company"}, {"Castings", "company"}, {"Forgings", "company"}, {"Plastics", "company"},
        // "Slitrig Knitwear", "Borders Woollens", "Caldera Seafoods", "Harbour Apparel"
        {"Knitwear", "company"}, {"Woollens", "company"}, {"Seafoods", "company"}, {"Seafood", "company"},
        {"Apparel", "company"}, {"Garments", "company"}, {"Fabrics", "company"},
        {"Fabricators", "company"}, {"Packaging", "company"}, {"Cargo", "company"}, {"Freight", "company"},
        {"Aero", "company"}, {"Energies", "company"}, {"Stud", "company"} /* "Ballinvreena Stud" */,
        // "Moshaweng Renewables", "Ørsted Wind Power" is listed; "Mining Weekly", "Business Weekly"
        {"Renewables", "company"}, {"Weekly", "media"},
        // "Transnet Freight Rail", "Network Rail", "Via Rail"
        {"Rail", "company"},
        // "Dunvegan Primary" (a Scottish or English primary school), "Gresini Racing" (a motorsport
        // team), "Lagoon Hall Auctions", "Askern Estates", "Navrang Credit Ratings"
        {"Primary", "education"}, {"Racing", "team"}, {"Motorsport", "team"}, {"Motorsports", "team"}, {"Auctions", "company"}, {"Estates", "company"},
        {"Ratings", "company"},
        {"Advisory", "company"}, {"Elementary", "education"}, {"Resources", "company"}, {"Shipping", "company"},
        {"Analytics", "company"}, {"Consulting", "company"}, {"Associates", "company"},
        {"Advisors", "company"}, {"Solutions", "company"}, {"Software", "company"},
        {"Pharma", "company"}, {"Therapeutics", "company"}, {"Biotech", "company"},
        {"Robotics", "company"}, {"Dynamics", "company"}, {"Ventures", "company"},
        {"Enterprise", "company"}, // "Cambridge Enterprise", "Scottish Enterprise"
        // "Orchid Bay Realty", "Harcourt Pastoral Agents", "Baobab Pastoral" (an Australian station
        // company), "Sakuragawa Fudosan" (Japanese: real estate)
        {"Realty", "company"}, {"Realtors", "company"}, {"Agents", "company"}, {"Pastoral", "company"},
        {"Engineering", "company"}, // "Ribblesdale Civil Engineering", "Zhejiang Haiyun Power Engineering"
        {"Fudosan", "company"},
        // "the Alberta Electric System Operator", "Dolffin Glas Cruises", "Halcón Andino Copper"
        {"Operator", "company"}, {"Cruises", "company"}, {"Copper", "company"}, {"Lithium", "company"},
        {"Nickel", "company"}, {"Metals", "company"}, {"Minerals", "company"}, {"Uranium", "company"},
        {"Semiconductor", "company"}, {"Electronics", "company"}, {"Aerospace", "company"}, {"Automotive", "company"},
        // media
        {"Times", "media"}, {"Post", "media"}, {"News", "media"}, {"Journal", "media"}, {"Online", "media"}, {"Reflector", "media"}, {"Newsroom", "media"},
        {"Press", "media"}, {"Radio", "media"}, {"Television", "media"}, {"TV", "media"},
        {"Herald", "media"}, {"Tribune", "media"}, {"Gazette", "media"}, {"Magazine", "media"},
        {"Daily", "media"}, {"Telegraph", "media"}, {"Chronicle", "media"}, {"Review", "media"},
        {"Broadcasting", "media"}, {"Media", "media"}, {"Ledger", "media"}, {"Courier", "media"},
        {"Sentinel", "media"}, {"Inquirer", "media"}, {"Enquirer", "media"}, {"Examiner", "media"}, {"Dispatch", "media"},
        {"Advertiser", "media"}, {"Bulletin", "media"}, {"Agency", "government"},
        // "Romania Insider", "The Observer", "Daily Monitor", "Joy Sports", "Sky Sports"
        {"Insider", "media"}, {"Observer", "media"}, {"Monitor", "media"}, {"Sports", "media"},
        // "Addis Standard", "Sunday Mirror", "Peninsula Clarion", "Cape Argus", "The Statesman"
        {"Standard", "media"}, {"Mirror", "media"}, {"Clarion", "media"}, {"Argus", "media"}, {"Statesman", "media"},
        {"Recorder", "media"}, {"Globe", "media"}, {"Beacon", "media"}, // "the Jakarta Globe", "Cibola Beacon"
        // "Toronto Star", "Baltimore Sun" (after a place only: see NameDetector::org_head())
        {"Star", "media"}, {"Sun", "media"},
        // "Denver Water", "Pennine Water", "Welsh Water": a water utility (see NameDetector::org_head())
        {"Water", "company"},
        // "Katingan Agro" (a plantation company)
        {"Agro", "company"},
        // "Ashcombe Mutual", "Liberty Mutual" (insurers); "Abu Dhabi Mobility", "Ford Mobility"
        {"Mutual", "company"}, {"Mobility", "company"},
        // "Kosha Pay", "Veltrox Cloud", "Nordhaven Savings"
        {"Pay", "company"}, {"Cloud", "company"}, {"Savings", "company"},
        // "Leeside Live Promotions" (a concert promoter)
        {"Promotions", "company"},
        // team
        {"FC", "team"}, {"United", "team"},
        // rowing, rugby, handball and hockey clubs: "Neptune RC", "Győri Audi ETO KC", "Vipers HC",
        // "Roeiclub" (Dutch), "Roklub" (Danish)
        {"RC", "team"}, {"KC", "team"}, {"HC", "team"}, {"Roeiclub", "team"}, {"Roklub", "team"},
        // rugby union and Gaelic football clubs: "Tumble RFC", "Gala RFC", "Ballina Stephenites GFC"
        {"RFC", "team"}, {"RUFC", "team"}, {"GFC", "team"},
        // cycling teams: "Sahel Sun Pro Cycling", "Akagera Pro Cycling"
        {"Cycling", "team"},
    };
    return m;
}

const Set& company_suffixes() {
    static const Set s = {"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "PLC", "plc",
                          "AG", "SA", "S.A.", "GmbH", "Co", "Co.", "N.V.", "NV", "SE", "AB", "ASA",
                          "B.V.", "BV", "S.p.A.", "SpA", "S.A.S.", "SAS", "KG", "Oy", "Oyj", "Pty",
                          "L.P.", "LP", "LLP", "K.K.", "A/S", "Bhd", "Tbk", "S.L.", "Limited", "Incorporated",
                          // joint-stock forms of Russia, Vietnam and the Gulf: "Song Tien Water JSC", "Thalj
                          // Logistics PJSC", "Bank Muscat SAOG", "Qatar Gas Transport QPSC"
                          "JSC", "PJSC", "OJSC", "CJSC", "PSC", "QPSC", "QSC", "SAOG", "KSCP", "BSC",
                          // "Rivage Keserwan Holding SAL" (Lebanon), "Arsenault Bros. Farms Ltd."
                          "SAL", "Bros", "Bros.",
                          // Quebec and Acadian firms: "Homard Chaleur Ltée"
                          "Ltée", "Ltee",
                          // Irish: "Comharchumann Inis Oírr Teo"
                          "Teo", "Teo.", "Teoranta",
                          // Welsh: "Llechi Cymunedol Nantlle Cyf"
                          "Cyf", "Cyf.",
                          // Norway, Denmark, Iceland, Hungary, Czechia and Slovakia, the Balkans, Portugal
                          // and Latin America, Romania, the Gulf: "Varanger Vind AS", "Vértes Kábel Zrt.",
                          // "Eyjaberg ehf.", "Poloniny Forge s.r.o.", "Kalunga Solar, Lda", "Arad Marine
                          // Works W.L.L."
                          "AS", "ApS", "hf", "hf.", "ehf", "ehf.", "Zrt", "Zrt.", "Kft", "Kft.", "Nyrt", "Nyrt.",
                          "s.r.o.", "a.s.", "d.o.o.", "d.d.", "Lda", "Lda.", "Ltda", "Ltda.", "SRL", "S.R.L.",
                          "W.L.L.", "WLL"};
    return s;
}

const Map& place_heads() {
    static const Map m = {
        {"Heights", "city"}, {"Zone", "region"}, // "Garfield Heights", "Bayan Lepas Free Industrial Zone"
        {"Airport", "facility"}, {"Stadium", "facility"}, {"Arena", "facility"}, {"Coliseum", "facility"}, {"Fieldhouse", "facility"}, {"Speedway", "facility"}, {"Ballpark", "facility"}, {"Velodrome", "facility"}, {"Stadion", "facility"},
        {"Course", "facility"}, {"Links", "facility"},
        {"Stadio", "facility"},
        {"Bridge", "facility"}, {"Square", "facility"}, {"Palace", "facility"},
        {"Mine", "facility"}, {"Port", "facility"}, {"Station", "facility"},
        {"Tower", "facility"}, {"Dam", "facility"}, {"Base", "facility"},
        {"Prison", "facility"}, {"Jail", "facility"}, {"Plant", "facility"},
        {"Refinery", "facility"}, {"Harbor", "facility"}, {"Harbour", "facility"},
        {"Cathedral", "facility"}, {"Mosque", "facility"}, {"Temple", "facility"},
        {"Monastery", "facility"}, {"Castle", "facility"}, {"Fortress", "facility"},
        {"Park", "facility"}, {"Garden", "facility"}, {"Gardens", "facility"},
        {"Capitol", "facility"}, {"Building", "facility"}, {"Terminal", "facility"},
        {"Pipeline", "facility"}, {"Field", "facility"}, {"Complex", "facility"},
        {"Memorial", "facility"}, {"Monument", "facility"}, {"Cemetery", "facility"},
        {"Mall", "facility"}, {"Hotel", "facility"}, {"Theater", "facility"}, {"Market", "facility"}, {"Farm", "facility"},
        {"Apartments", "facility"}, {"Condominiums", "facility"}, {"Statehouse", "facility"},
        {"Courthouse", "facility"},
        // "the Oda Municipal Gymnasium", "Hill Auditorium", "the Lake Placid Olympic Center's Herb
        // Brooks Arena"
        {"Gymnasium", "facility"}, {"Auditorium", "facility"}, {"Natatorium", "facility"},
        // a race track or a trail: "the Baku City Circuit", "the Annapurna Circuit" (a court's
        // circuit is an organization's: "the 12th Judicial Circuit")
        {"Circuit", "facility"}, {"Raceway", "facility"},
        // a railway or metro line: "North-South Line", "Elizabeth Line"
        {"Line", "facility"},
        // a railway after "Rail": "the East Coast Rail Link", "the City Rail Link"
        {"Link", "facility"},
        {"Theatre", "facility"}, {"Center", "facility"}, {"Hall", "facility"},
        {"Reactor", "facility"}, {"Crossing", "facility"}, {"Checkpoint", "facility"},
        // "the King Fahd Causeway", "the Blackwall Tunnel", "Chain Pier"
        {"Causeway", "facility"}, {"Tunnel", "facility"}, {"Viaduct", "facility"}, {"Pier", "facility"},
        {"Jetty", "facility"}, {"Depot", "facility"}, {"Dock", "facility"}, {"Docks", "facility"}, {"Wharf", "facility"}, {"Lighthouse", "facility"},
        {"Barrage", "facility"},
        {"Reservoir", "geo"},
        {"Street", "street"}, {"St.", "street"}, {"St", "street"}, {"Ave", "street"},
        {"Rd", "street"}, {"Blvd", "street"}, {"Avenue", "street"}, {"Ave.", "street"},
        {"Road", "street"}, {"Rd.", "street"}, {"Boulevard", "street"}, {"Blvd.", "street"},
        {"Lane", "street"}, {"Drive", "street"}, {"Highway", "street"}, {"Way", "street"},
        {"Place", "street"}, {"Expressway", "street"}, {"Freeway", "street"}, {"Crescent", "street"},
        {"Terrace", "street"},
        // "off Claiborne Parkway", "the New Jersey Turnpike", "the Marine Drive Esplanade"
        {"Parkway", "street"}, {"Pkwy", "street"}, {"Turnpike", "street"}, {"Esplanade", "street"},
        // "27 Kilcronan Grove" (an Irish or British estate road), "Commonwealth Close", "the EM Bypass"
        {"Grove", "street"}, {"Close", "street"}, {"Bypass", "street"},
        {"River", "geo"}, {"Mountains", "geo"}, {"Mountain", "geo"}, {"Sea", "geo"},
        {"Ocean", "geo"}, {"Lake", "geo"}, {"Lakes", "geo"}, {"Lacs", "geo"}, {"Island", "geo"}, {"Islands", "geo"},
        {"Valley", "geo"}, {"Bay", "geo"}, {"Gulf", "geo"}, {"Peninsula", "geo"}, {"Spit", "geo"},
        {"Desert", "geo"}, {"Strait", "geo"}, {"Canal", "geo"}, {"Coast", "geo"},
        {"Basin", "geo"}, {"Plateau", "geo"}, {"Hills", "geo"}, {"Forest", "geo"},
        {"Range", "geo"}, {"Delta", "geo"}, {"Creek", "geo"}, {"Falls", "geo"},
        {"Fjord", "geo"}, {"Inlet", "geo"}, {"Lagoon", "geo"}, {"Estuary", "geo"},
        {"Glacier", "geo"}, {"Archipelago", "geo"}, {"Aquifer", "geo"}, {"Wetlands", "geo"}, {"Wetland", "geo"}, {"Gorge", "geo"}, {"Combe", "geo"},
        {"Crater", "geo"}, {"Canyon", "geo"},
        // "the King Leopold Ranges", "Penama Reefs", "the Small Isles", "Anniversary Towers"
        {"Ranges", "geo"}, {"Reef", "geo"}, {"Reefs", "geo"}, {"Isles", "geo"}, {"Atoll", "geo"},
        {"Towers", "facility"},
        // a ground's stand: "the North Stand", "the Mound Stand"
        {"Stand", "facility"}, {"Grandstand", "facility"},
        // "the Folly Brook", "the Big Dome", "the Bonnet Carré Spillway"
        {"Brook", "geo"}, {"Dome", "facility"}, {"Spillway", "facility"},
        {"Pond", "geo"}, // "Martindale Pond" (a rowing course)
        // "New Quay", "Circular Quay", "Lilongwe Auction Floors" (tobacco auctions), "the Red Coat Trail"
        {"Quay", "facility"}, {"Floors", "facility"}, {"Trail", "street"},
        {"Fork", "geo"}, // "the Tug Fork"
        // "David Aghmashenebeli Alley"; South Asian streets, squares and streams: "Durbar Marg",
        // "Maitighar Chowk", "the Simbuwa Khola"
        {"Alley", "street"}, {"Marg", "street"}, {"Chowk", "facility"}, {"Khola", "geo"},
        // Indian city localities: "Viman Nagar", "Kalyani Nagar", "Mayur Vihar"
        {"Nagar", "city"}, {"Vihar", "city"},
        // "Eclipse Sound", "Yell Sound", "Puget Sound"; "Black Bush Polder"
        {"Sound", "geo"}, {"Polder", "geo"},
        // England's former Areas of Outstanding Natural Beauty: "the Cornwall National Landscape"
        {"Landscape", "geo"},
        {"Province", "region"}, {"County", "region"}, {"Oblast", "region"}, {"Region", "region"},
        {"District", "region"}, {"Territory", "region"},
        {"Prefecture", "region"}, {"Governorate", "region"}, {"Canton", "region"}, {"Voivodeship", "region"},
        {"City", "city"}, {"Town", "city"}, {"Village", "city"}, {"Estate", "city"},
        // English village and landmark names: "Hinton Marsh", "Castle Green", "Sandia Crest".
        {"Hill", "city"}, {"Marsh", "city"}, {"Green", "city"}, {"Heath", "city"}, {"Moor", "city"},
        {"Crest", "geo"}, {"Point", "geo"}, {"Ballroom", "facility"}, {"Mill", "facility"}, {"Oval", "facility"},
        // "Treasure Beach", "Long Beach", "the Pedro Plains"
        {"Beach", "city"}, {"Beaches", "region"}, {"Vale", "city"}, {"Shire", "region"}, {"Plains", "geo"}, {"Springs", "city"}, {"Showgrounds", "facility"}, {"Showground", "facility"},
        // "Charles Fort", "Galle Fort", "Keppel Bay Marina", "the Darling Downs"
        {"Fort", "facility"}, {"Marina", "facility"}, {"Downs", "geo"},
        // "Granton Waterfront", "the V&A Waterfront"
        {"Waterfront", "city"},
        // "the Washington County Fairgrounds"
        {"Fairgrounds", "facility"}, {"Fairground", "facility"},
        // "the Daren Sammy Cricket Ground", "Rapparee Cove", "Standley Chasm", "the Penrhyn Quarry",
        // "the North Anatolian Fault"
        {"Ground", "facility"}, {"Cove", "geo"}, {"Chasm", "geo"}, {"Quarry", "facility"}, {"Fault", "geo"},
        // "the old Maerdy Colliery"; Bangladesh's wetlands: "Shanir Haor", "Chalan Beel"
        {"Colliery", "facility"}, {"Haor", "geo"}, {"Beel", "geo"},
        // "the tribes’ Chief Joseph Hatchery", "at Potters Resort"
        {"Hatchery", "facility"}, {"Resort", "facility"},
        // "Scottsville Racecourse", "Cato Ridge", "Harrison Flats", "the Khyber Pass", "the Drakensberg
        // Escarpment"
        {"Township", "city"}, // "Kankoyo Township"
        {"Racecourse", "facility"}, {"Raceway", "facility"}, {"Ridge", "geo"}, {"Flats", "geo"}, {"Pass", "geo"},
        {"Escarpment", "geo"}, {"Ravine", "geo"}, {"Channel", "geo"},
        {"Narrows", "geo"}, // "the Sturgeon Narrows project"
    };
    return m;
}

const Map& place_prefixes() {
    static const Map m = {{"Mount", "geo"}, {"Mt.", "geo"}, {"Mont", "geo"}, {"Lake", "geo"}, {"Gulf", "geo"},
                          {"Cerro", "geo"}, // a Spanish hill or mountain: "Cerro Armazones", "Cerro Tololo"
                          {"Umm", "city"}, {"Wadi", "geo"}, {"Jebel", "geo"}, {"Jabal", "geo"}, // "Umm Qasr", "Wadi Halfa"
                          // Thai: "Khlong Bang Bua" (a canal), "Soi Lat Phrao 71" (a lane)
                          {"Khlong", "geo"}, {"Soi", "street"},
                          {"Cape", "geo"}, {"Isle", "geo"}, {"Fort", "city"}, {"Port", "city"}, {"County", "region"},
                          {"Barangay", "region"}, // a Philippine village ("Barangay Tawig")
                          // Malay and Louisiana place words: "Bukit Batok", "Pulau Ubin", "Bayou Lafourche"
                          {"Bukit", "city"}, {"Kampung", "city"}, {"Kampong", "city"}, {"Tanjong", "city"},
                          {"Tanjung", "city"}, {"Pulau", "geo"}, {"Sungai", "geo"}, {"Teluk", "geo"}, {"Pasir", "city"},
                          {"Bayou", "geo"},
                          // Welsh: "Afon Conwy", "Ynys Môn", "Heol y Felin", "Ffordd Pengam"
                          {"Afon", "geo"}, {"Ynys", "geo"}, {"Heol", "street"}, {"Ffordd", "street"}, {"Stryd", "street"},
                          {"Capel", "facility"}, // a Welsh chapel: "Capel Siloam"
                          // a Welsh quarry, centre, upland town, lake and mountain: "Chwarel Bryn Eithin",
                          // "Canolfan Llechi", "Blaenau Ffestiniog", "Llyn Padarn", "Mynydd Preseli"
                          {"Chwarel", "facility"}, {"Canolfan", "facility"}, {"Blaenau", "city"}, {"Llyn", "geo"},
                          {"Mynydd", "geo"},
                          {"Ría", "geo"}, {"Ria", "geo"}, // a Galician estuary: "Ría de Vigo", "Ría de Arousa"
                          {"Parc", "facility"}, // a Welsh ground or park: "Parc y Scarlets", "Parc Eirias"
                          // Irish: "Inis Oírr", "Inishbofin" aside, "Páirc Tailteann", "Tobar Éinne"
                          {"Inis", "geo"}, {"Inish", "geo"}, {"Páirc", "facility"}, {"Tobar", "facility"},
                          // "Salar de Uyuni", "Caleta El Cobre", Greek saints' villages "Agios Theodoros"
                          // coves, beaches and islands of the Romance coasts: "Cala Lazarina", "Spiaggia Rosa",
                          // "Playa Blanca", "Praia da Rocha", "Isola Budelli", "Punta Sardegna" (not "Isla": a given name)
                          {"Cala", "geo"}, {"Spiaggia", "geo"}, {"Playa", "geo"}, {"Praia", "geo"}, {"Plage", "geo"},
                          {"Isola", "geo"}, {"Ilha", "geo"}, {"Punta", "geo"}, {"Capo", "geo"},
                          {"Cabo", "geo"}, {"Lago", "geo"}, {"Laguna", "geo"}, {"Cerro", "geo"},
                          {"Salar", "geo"}, {"Piz", "geo"} /* a Romansh peak: "Piz Palü" */, {"Caleta", "city"}, {"Agios", "city"}, {"Agia", "city"}, {"Ayios", "city"},

                          {"Saint", "city"}, {"St.", "city"}, {"St", "city"}, {"San", "city"}, {"Santa", "city"},
                          // Catalan, German, Portuguese and French saints: "Sant Salvador", "Sankt Pölten"
                          {"Sant", "city"}, {"Sankt", "city"}, {"Santo", "city"}, {"São", "city"}, {"Sainte", "city"},
                          {"Los", "city"}, {"Las", "city"}, {"New", "city"},
                          // "Nueva Palmira", "Puerto Madryn", "Ciudad del Este"
                          {"Nueva", "city"}, {"Nuevo", "city"}, {"Puerto", "city"}, {"Ciudad", "city"},
                          // "River Rwizi", "Loch Ness", "Cerro Rico", "Lago Argentino", "Punta Arenas"
                          {"River", "geo"}, {"Loch", "geo"}, {"Lough", "geo"}, {"Cerro", "geo"}, {"Lago", "geo"},
                          {"Laguna", "geo"}, {"Pampa", "geo"}, {"Bahía", "geo"}, {"Punta", "geo"},
                          {"Ilha", "geo"}, {"Río", "geo"}, {"Alto", "geo"}, {"Monte", "geo"},
                          {"Valle", "city"}, // "Valle de Bravo", "the Alto de Elgeta" (not "Isla": a given name)
                          {"Santuario", "facility"}, // "the Santuario de Arrate"
                          // "Mt Kenya", "Nahr el-Kalb" (an Arabic river), "Cay Sal" (a Bahamian islet)
                          {"Mt", "geo"}, {"Nahr", "geo"}, {"Cay", "geo"},
                          {"Batu", "city"}, // Malay: "Batu Kawan", "Batu Pahat"
                          {"Tierra", "city"}, {"Cei", "city"}, // "Tierra Amarilla", Welsh "Cei Bach"
                          // Portuguese: "Ponta da Piedade", "Praia da Rocha", "Serra da Estrela", "Vila Real"
                          {"Ponta", "geo"}, {"Praia", "geo"}, {"Serra", "geo"}, {"Cabo", "geo"}, {"Vila", "city"},
                          // Arabic geographic words: "Khor Abdullah", "Wadi Rum", "Jebel Ali", "Shatt al-Arab"
                          {"Khor", "geo"}, {"Wadi", "geo"}, {"Jebel", "geo"}, {"Jabal", "geo"}, {"Shatt", "geo"},
                          // a Thai or Lao temple: "Wat Nong Bua", "Wat Xieng Thong"
                          {"Wat", "facility"},
                          // Facility and street words that open a name: "Estádio X", "Rua X".
                          {"Estádio", "facility"}, {"Estadio", "facility"}, {"Stade", "facility"},
                          {"Stadion", "facility"}, {"Aeroporto", "facility"}, {"Aeropuerto", "facility"},
                          {"Aéroport", "facility"}, {"Palacio", "facility"}, {"Palais", "facility"},
                          {"Palazzo", "facility"}, {"Laan", "street"}, {"Straat", "street"},
                          {"Avenida", "street"}, {"Rua", "street"}, {"Calle", "street"}, {"Rue", "street"},
                          {"Via", "street"}, {"Viale", "street"}, {"Corso", "street"}, {"Piazza", "street"},
                          {"Praça", "street"}, {"Plaza", "street"}, {"Paseo", "street"}, {"Carrer", "street"},
                          {"Ulica", "street"}, {"Jalan", "street"}, {"Quai", "street"}, {"Boulevard", "street"},
                          {"Avenue", "street"},
                          // Quebec's roads: "Chemin Riverside", "Montée Paiement"
                          {"Chemin", "street"}, {"Montée", "street"},
                          // Catalan: "the Passeig de Gràcia", "Avinguda Diagonal", "Plaça de Catalunya"
                          {"Passeig", "street"}, {"Avinguda", "street"}, {"Plaça", "street"},
                          // Paris's stations and town halls: "Gare de Lyon", "the Hôtel de Ville"
                          {"Gare", "facility"}, {"Hôtel", "facility"},
                          // theatres, halls, squares and districts of French and Italian cities: "Théâtre
                          // Maisonneuve", "Salle Pleyel", "Place des Arts", "Teatro Massimo", "Quartier Latin"
                          {"Théâtre", "facility"}, {"Teatro", "facility"}, {"Salle", "facility"},
                          {"Place", "facility"}, {"Quartier", "region"}};
    return m;
}

const Set& facility_nouns() {
    static const Set s = {"mine", "plant", "factory", "airport", "port", "refinery", "dam",
                          "stadium", "arena", "prison", "jail", "reactor", "smelter", "mill",
                          "field", "base", "terminal", "pipeline", "station", "facility",
                          "complex", "camp", "hospital", "bridge", "tunnel", "works", "site", "crossing",
                          "checkpoint", "border", "lake", "river", "valley", "canal", "highway",
                          "oilfield", "gasfield", "shipyard", "steelworks", "quarry", "shaft", "junction",
                          "reservoir", "barrage", "hatchery", "jetty", "wharf", "pier", "slipway",
                          // natural features: "in the Kakau forest", "the Yala swamp"
                          "forest", "swamp", "wetland", "wetlands", "estuary", "gorge", "plateau"};
    return s;
}

const Set& non_entity_heads() {
    static const Set s = {
        "Initiative", "Act", "Day", "Days", "War", "Wars", "Policy", "Plan", "Agreement", "Treaty", "Accord", "Accords", "Prize", "Award", "Awards", "Cup",
        "Games", "Olympics", "Festival", "Summit", "Conference", "Index", "Report", "Survey",
        "Strategy", "Doctrine", "Protocol", "Declaration", "Championship",
        "Championships", "Tournament", "Open", "Marathon", "Expo", "Week", "Month", "Year",
        "Law", "Bill", "Amendment", "Regulation", "Regulations", "Directive", "Ordinance", "Statute", "Constitution", "Charter", "Revolution", "Crisis", "Pact",
        "Deal", "Scheme", "Operation", "Award", "Medal", "Show", "Airshow", "Series",
        "Test", "Tests", // cricket's and rugby's matches between nations: "the Boxing Day Test", "the Proteas Test"
        "Festival", "Fair", "Election", "Elections", "Referendum", "Talks", "Dialogue",
        "Process", "Framework", "Route", "Corridor", "Era", "Age", "Order",
        "Principle", "Rule", "Rules", "Guidelines", "Standards", "Fest", "Eve", "Christmas",
        "Easter", "Ramadan", "Ramazan", "Ramzan", "Eid", "Navratri", "Passover", "Hanukkah", "Diwali", "Thanksgiving", "Budget", "Bowl", "Prix",
        "Recession", "Depression", "Pandemic", "Spring", "Massacre", "Genocide", "Holocaust",
        "Olympiad", "Paralympics", "Grammys", "Oscars", "Emmys", "Trophy", "Classic", "Derby", "Fire", "Wildfire",
        "Shield", // "the Ranfurly Shield", "the Charity Shield"
        "Regatta", "Sculls", "Stakes", "Rally", // "Henley Royal Regatta", "the Diamond Challenge Sculls", "the Epsom Stakes"
        "Plate", "Hurdle", "Guineas", "Handicap", "Steeplechase", // races: "the Galway Plate", "the Champion Hurdle"
        "Vuelta", "Giro", // cycling's grand tours: "Takes Lead at Vuelta"
        // market indexes and benchmarks: "Nasdaq Composite", "Dow Jones Industrial Average", "West Texas Intermediate"
        "Composite", "Average", "Intermediate", "Convention", "Conventions",
        // identifiers and instruments: "Bank Verification Number (BVN)", "Monetary Policy Rate"
        "Number", "Numbers", "Code", "Card", "Rate", "Licence", "License", "Certificate", "Permit"};
    return s;
}

const Set& title_words() {
    static const Set s = {
        "President", "President-elect", "Vice-President", "Premier", "Chancellor", "Minister",
        "Secretary", "Secretary-General", "Undersecretary", "Under-Secretary", "Undersecretary-General",
        "Ambassador", "Envoy", "Governor", "Gov.", "Gov", "Advocate",
        "Senator", "Sen.", "Sen", "Representative", "Rep.", "Rep", "Congressman",
        "Congresswoman", "Mayor", "Prefect", "Deputy", "Speaker", "Spokesman", "Spokeswoman",
        "Spokesperson", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Prof.", "Prof",
        "Professor", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess",
        "Emperor", "Pope", "Cardinal", "Archbishop", "Bishop", "Patriarch", "Rabbi", "Imam",
        "Sheikh", "Emir", "Sultan", "General", "Gen.", "Gen", "Lt.", "Lt", "Col.", "Col",
        "Colonel", "Major", "Maj.", "Capt.", "Captain", "Sgt.", "Sergeant", "Cpl.", "Adm.",
        "Admiral", "Commander", "Marshal", "Lieutenant", "Officer", "Detective", "Inspector",
        "Goalkeeper", "Striker", "Midfielder", "Winger", "Quarterback", "Pitcher", "Goalie",
        // rugby and cricket reports: "Replacement Tomos Vaughan's try", "Flanker Iwan Pryce"
        "Replacement", "Substitute", "Flanker", "Fly-half", "Scrum-half", "Full-back", "Fullback", "Wicketkeeper",
        "Chief", "Judge", "Magistrate", "Justice", "Attorney", "Prosecutor", "Director", "Chairman",
        "Chairwoman", "Chairperson", "Chair", "CEO", "CFO", "COO", "CTO", "Founder",
        "Co-founder", "Coach", "Head", "Leader", "Commissioner", "Councillor", "Cllr", "Cllr.", "Cr", "Cr.", "Councilman",
        "Councilwoman", "Councilor", "Assemblyman", "Assemblywoman", "Delegate", "MP", "MEP",
        // California's and Washington's style: "Councilmember Ana Ruiz", "Assemblymember Tom Diaz"
        "Councilmember", "Assemblymember",
        "Rector", "Provost", "Father", "Rev.", "Rev", "Revd", "Reverend", "Brother", "Sister", "Saint",
        "Gov.-elect", "Presidents", "Ministers", "Prime", "Vice", "Secretary-general",
        "Economist", "Analyst", "Researcher", "Reporter", "Correspondent", "Editor",
        "Spokesman", "Adviser", "Advisor", "Aide", "Candidate", "Nominee", "Crown",
        "Supreme", "Ayatollah", "Tsar", "Czar", "Comrade", "Mullah", "Mufti",
        "Monsignor", "Msgr.", "Hon.", "Hon", "Honorable", "Excellency", "Superintendent", "Coun.", "Coun",
        // Zimbabwean and Nigerian papers: "Cde Farai Moyo" (Comrade), "Eng Tatenda Makoni", "Engr. Musa Bello";
        // Ghanaian, Czech and Austrian ones: "Ing. Abena Owusu" (an engineer)
        "Cde", "Cde.", "Eng", "Eng.", "Engr", "Engr.", "Ing", "Ing.",
        // a Malaysian state's chief minister: "Menteri Besar Amirul Hakim" (see title_length())
        "Menteri",
        // an Indian city's elected ward member: "Corporator Sunanda Pathare"
        "Corporator",
        "Sheriff", "Trooper", "Deputy", "Pvt.", "Private", "Cmdr.", "Brig.", "Rear",
        "Manager", "Administrator", "Clerk", "Treasurer", "Auditor", "Comptroller", "Controller",
        // a US county's elected officers ("County Supervisor Kathryn Bellamy-Soto", "Freeholder"), a
        // Kazakh region's governor ("Akim Dauren Kassymzhanuly")
        "Supervisor", "Freeholder", "Akim",
        // local offices written before a name ("Clerk and Recorder Janelle Ruegamer", "District
        // Collector", "Coroner Ann Hale")
        "Recorder", "Registrar", "Coroner", "Assessor", "Collector", "Solicitor", "Barrister",
        // playing positions written before a name ("RHP Colton Burke", "Closer Andrés Villalobos")
        "Partner", "Rookie", "RHP", "LHP", "SS", "Closer", "Reliever", "Shortstop", "Catcher", "Outfielder", "Infielder",
        "Defenseman", "Fly-half", "Scrum-half", "Fullback", "Linebacker",
        // honorifics of Malaysia and South Asia ("Datuk Seri Azman Harun", "Shri", "Smt")
        "Datuk", "Datin", "Dato", "Seri", "Tun", "Shri", "Smt", "Smt.", "Daw", // Burmese: "Daw Khin Sandar Win"
        // Sabah's district chiefs and Cambodia's honorifics: "Panglima Wong Kiam Fook", "Oknha Lim
        // Chheangly" (a tycoon), "Lok Chumteav Sok Malyna" (Madam)
        "Panglima", "Oknha", "Chumteav",
        "Ratu", // a Fijian chief's title: "Ratu Isikeli Vakaceguvanua"
        // Setswana honorifics and a chief's title: "Rre Kagiso Ntshole" (Mr), "Mma Boitumelo Kebonang"
        // (Ms), "Kgosi Tawana Moremi"; an engineer in Nepal and India: "Er Nabin Shrestha"
        "Rre", "Mma", "Kgosi", "Er", "Er.",
        "Ato", // Amharic (Mr): "Ato Gemechu Tolera Dinsa"
        // Swahili (Ms, Mr) and Brunei Malay honorifics: "Bi Rehema Saidi Kombo", "Bw Juma Ally", "Awang
        // Suhaili bin Tuah", "Dayang Hajah Siti Rahmah"
        "Bi", "Bw", "Bw.", "Awang", "Dayang",
        // chess titles: "GM Erlend Halvorsen", "IM Ana Ruiz", "WGM Li Na" (grandmaster, international
        // master, woman grandmaster)
        "GM", "IM", "WGM", "WIM",
        // police ranks of Nigeria, Ghana and South Asia: "ASP Zubairu Tanko" (Assistant Superintendent),
        // "DSP", "ACP", "DCP", "CSP", "DIG", "IGP" (Inspector-General)
        "ASP", "DSP", "ACP", "DCP", "CSP", "DIG", "IGP",
        "Perit", // a Maltese architect's title: "Perit Kristjan Vella Zarb"
        "H.E.", // His or Her Excellency: "H.E. Ouk Chanthoeun"
        // match officials in a report's line-up ("Referee: Martin Cheetham")
        "Referee", "Umpire",
        // Indonesia: a regency's head ("Banjarnegara Regent Hj. Ratna …") and the pilgrim's honorific
        "Regent", "Hj", "Hj.", "Haji", "Hajah", "Hajjah",
        // police ranks as Irish and British papers shorten them ("Det Garda Shane Ó Riordáin", "Det
        // Sgt Ann Lee", "Supt Kevin Moran")
        "Det", "Det.", "Garda", "Sgt", "Insp", "Insp.", "Supt", "Supt.", "Constable", "Commodore", "Commandant",
        // British detectives' ranks by their initials ("DC Imran Shafiq", "DCI Ann Lee", "PCSO Tom Hart")
        "DC", "DCI", "PCSO",
        // Indonesian police ranks as English-language papers shorten them ("Adj. Sr. Comr. Yohanes …")
        "Comr", "Comr.", "Adj", "Adj.",
        // abbreviations written with their full stop as a separate token: "Lt. Cmdr. Niki …", "Ald.
        // Tom Reyes", "Capt Ann Lee"; city councillors: "Aldermen Lorraine T. Abernathy, …"
        "Cmdr", "Cdr", "Cdr.", "Capt", "Adm", "Brig", "Maj", "Ald", "Ald.", "Alderman", "Aldermen", "Alderwoman",
        "Alderperson", "Councilmember", "Councilmembers",
        // plural titles before two names ("at-large Councilors Ruth Ojanen and Tom Krzyzaniak")
        "Councilors", "Councillors", "Councilmen", "Councilwomen", "Senators", "Sens.", "Representatives",
        "Reps.", "Commissioners", "Judges", "Justices", "Delegates", "Cllrs", "Trustees", "Supervisors",
        "Selectmen",
        // school and rural-municipality offices: "Trustee Amy Kortering", "Reeve Marlene Sigurdson"
        "Trustee", "Reeve", "Deputy-Reeve", "Selectman", "Selectwoman",
        // "Madam Akua Serwaa" (Ghana), "Legislator Chang Shu-fen", "Auctioneer Ikechukwu Obi"
        "Madam", "Legislator", "Lawmaker", "Auctioneer",
        // "Kgosi Tshepo Motlhabane" (a Setswana chief), "Kagawad Arnel Pepito" (a barangay
        // councillor), "Atty. Jose Cruz"
        "Kgosi", "Kgosigadi", "Kagawad", "Atty", "Atty.",
        // Nigerian honorifics of pilgrims and scholars: "Alhaji Musa Danladi Gwarzo", "Mallam Sani Bello"
        "Alhaji", "Alhaja", "Mallam", "Malam",
        // a Ghanaian woman pilgrim's honorific ("Hajia Mariama Sulemana"); a Malaysian engineer's
        // ("Ir Nurul Ain Hashim")
        "Hajia", "Hajiya", "Ir", "Ir.",
        // royal and Cameroonian honorifics: "HRM Chief Egbe Ayuk Joseph", "Mola Ikome Ewule Ferdinand"
        "HRM", "HRH", "Mola",
        // members of assemblies before a name ("Hells Gate MCA Esther Njoroge"), an Akan elder's honorific
        "MCA", "MLA", "MNA", "MPA", "MHA", "Opanin", "Nana",
        // honorifics of Mr and Mrs in Lesotho ("Ntate Tšepo Mofokeng"), Kiribati ("Nei Taabwa
        // Kirata"), Mizoram ("Pu Lalramliana", "Pi Lalnunmawii"), Malaysia ("Encik", "Puan") and East
        // Africa ("Mzee")
        "Ntate", "Nei", "Pu", "Pi", "Encik", "Puan", "Mzee",
        // Bhutan: "Dasho" (an honour), "Lyonpo" (a minister), "Aum" (Mrs), "Dzongdag" (a district's governor)
        "Dasho", "Lyonpo", "Aum", "Dzongdag",
    };
    return s;
}

const Set& title_modifiers() {
    static const Set s = {
        "Prime", "Vice", "Deputy", "Foreign", "Defense", "Defence", "Finance", "Interior",
        "Economy", "Economic", "Trade", "Health", "Education", "Justice", "Energy", "Culture",
        "Labor", "Labour", "Transport", "Agriculture", "Environment", "Mining", "Home",
        "Chief", "Executive", "First", "Former", "Majority", "Minority", "Floor", "Whip", "Acting", "Interim", "Senior", "Junior",
        "Assistant", "Associate", "Managing", "General", "Attorney", "Secretary", "State",
        "Supreme", "Grand", "Crown", "Lord", "High", "National", "Security", "Lt.", "Lt",
        "Lieutenant", "Rear", "Brig.", "Brigadier", "Major", "Staff", "Master", "Police",
        "Army", "Military", "Opposition", "Party", "Press", "Communications", "Mr.", "Rep.",
        "Sen.", "Gov.", "U.S.", "US", "EU", "UN", "NATO", "Kremlin", "White", "House",
        "Presidential", "Parliamentary", "Parliament", "Senate", "Speaker", "Minister",
        "Foreign-Affairs", "Internal", "European", "International", "Regional", "Local",
        "Provincial", "Federal", "Municipal", "City", "County", "Council", "Commission",
        "Special", "Head", "Team", "Club", "Company", "Group", "Bank", "Central",
        "Financial", "Operating", "Technology", "Marketing", "Investment", "Commercial", "Medical",
        "Scientific", "Information", "Revenue", "Legal", "Strategy",
        "Public", // "Deputy Public Prosecutor Nur Syafiqah Rahmat", "Public Defender Ana Ruiz"
    };
    return s;
}

const Set& function_words() {
    static const Set s = {
        "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its", "he",
        "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "in", "on",
        "at", "by", "for", "from", "to", "of", "with", "without", "as", "after", "before",
        "since", "until", "during", "while", "when", "where", "why", "how", "what", "which",
        "who", "whom", "whose", "if", "but", "and", "or", "nor", "so", "yet", "because",
        "although", "though", "however", "meanwhile", "moreover", "furthermore", "also",
        "still", "even", "just", "only", "then", "now", "today", "yesterday", "tomorrow",
        "tonight", "some", "many", "most", "more", "much", "few", "several", "all", "both",
        "each", "every", "any", "no", "not", "never", "other", "another", "such", "once",
        "under", "over", "above", "below", "between", "among", "against", "across", "into",
        "onto", "through", "throughout", "despite", "about", "around", "near", "like",
        "unlike", "per", "via", "within", "beyond", "toward", "towards", "upon", "amid",
        "amongst", "according", "instead", "indeed", "perhaps", "yes", "overall", "thus",
        "therefore", "hence", "again", "already", "almost", "nearly", "especially", "last",
        "next", "first", "second", "third", "finally", "later", "earlier", "recently",
        "currently", "initially", "eventually", "ultimately", "earlier", "early", "late",
        "unlike", "besides", "including", "following", "whether", "while", "whereas", "once",
        "can", "could", "will", "would", "should", "may", "might", "must", "do", "does",
        "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "let", "says",
        "said", "asked", "why", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "dear", "read", "see", "watch", "photo", "photos", "video",
        "update", "updated", "editor's", "note", "by", "from", "via", "source", "sources",
        "analysis", "opinion", "comment", "explainer", "exclusive", "breaking", "live",
        "new", "old", "big", "top", "key", "full", "inside", "outside", "behind", "beneath",
        "along", "off", "out", "up", "down", "back", "away", "ahead", "together", "else",
        "otherwise", "rather", "though", "unless", "whenever", "wherever", "whatever",
        "whoever", "whichever", "regardless", "altogether", "nevertheless", "nonetheless",
        "subscribe", "sign", "follow", "share", "related", "more", "less", "least", "best",
        "worst", "better", "worse", "yes", "no", "ok", "okay", "oh", "well",
    };
    return s;
}

const Set& abbreviation_words() {
    static const Set s = {
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt",
        "cpl", "adm", "maj", "cmdr", "brig", "pvt", "rev", "hon", "msgr", "st", "jr", "sr",
        "inc", "corp", "ltd", "co", "bros", "coun", "cde", "engr", "eng", "ing", "comr", "adj", "no", "nos", "vs", "v", "etc", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "rd", "blvd", "mt",
        "ft", "approx", "dept", "est", "fig", "vol", "pp", "ed", "eds", "mass", "calif",
        "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mich", "minn",
        "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo", "ala", "ariz", "ark", "del", "u.s", "e.g", "i.e", "a.m", "p.m",
        "hj",
    };
    return s;
}

const Set& weekdays() {
    static const Set s = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                          "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat",
                          "Sun"};
    return s;
}

constexpr std::pair<std::string_view, int> k_months[] = {
    {"January", 1}, {"Jan", 1}, {"JANUARY", 1}, {"June", 6}, {"Jun", 6}, {"JUNE", 6},
    {"July", 7}, {"Jul", 7}, {"JULY", 7}, {"February", 2}, {"Feb", 2}, {"FEBRUARY", 2},
    {"March", 3}, {"Mar", 3}, {"MARCH", 3}, {"May", 5}, {"MAY", 5}, {"April", 4},
    {"Apr", 4}, {"APRIL", 4}, {"August", 8}, {"Aug", 8}, {"AUGUST", 8},
    {"September", 9}, {"Sept", 9}, {"Sep", 9}, {"SEPTEMBER", 9}, {"October", 10},
    {"Oct", 10}, {"OCTOBER", 10}, {"November", 11}, {"Nov", 11}, {"NOVEMBER", 11},
    {"December", 12}, {"Dec", 12}, {"DECEMBER", 12}};

constexpr std::pair<std::string_view, long long> k_numbers[] = {
    {"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
    {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
    {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
    {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},
    {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
    {"ninety", 90}, {"hundred", 100}, {"thousand", 1000}, {"million", 1000000},
    {"billion", 1000000000LL}, {"trillion", 1000000000000LL}, {"dozen", 12}};

// Cue words of the document-context rules.
constexpr std::string_view k_legislature_words[] = {"Senate", "Congress", "Rep", "Speaker", "Legislature"};
constexpr std::string_view k_party_plurals[] = {"Democrats", "Republicans", "Conservatives", "Tories", "Socialists",
                                                "Liberals"};
constexpr std::string_view k_road_words[] = {"Route", "Highway", "Interstate"};
constexpr std::string_view k_school_nouns[] = {"school", "schools"};
constexpr std::string_view k_plural_region_nouns[] = {"counties", "provinces", "parishes", "upazilas", "tehsils"};
constexpr std::string_view k_singular_region_nouns[] = {"region", "province", "county", "prefecture"};

template <std::size_t N>
bool in_list(std::string_view w, const std::string_view (&list)[N]) {
    for (std::string_view x : list)
        if (w == x) return true;
    return false;
}

// Lower-case words of sports reports: 2 = only sports use them, 1 = common there but not only.
const WordTable<char>& sports_words() {
    static const WordTable<char> t = [] {
        WordTable<char> w(64);
        for (const char* s : {"goal", "goals", "overtime", "coach", "inning", "innings", "touchdown",
                              "touchdowns", "quarterback", "playoff", "playoffs", "faceoffs", "rebounds",
                              "assists", "shutout", "pitcher", "striker", "midfielder", "defenseman",
                              "goalie", "goalkeeper", "halftime", "homer", "postseason", "regular-season",
                              // cricket, rugby, tennis, golf
                              "wicket", "wickets", "overs", "bowled", "bowler", "bowlers", "batsman",
                              "batter", "batters", "scrum", "fly-half", "tiebreak", "tiebreaker", "birdie",
                              "birdies", "bogey", "bogeys", "semifinal", "semi-final", "quarterfinal",
                              "quarter-final",
                              // rugby, motor racing, cycling, tennis, golf (one-token words only: the
                              // tokenizer splits "fly-half" at its hyphen)
                              "conversion", "conversions", "lineout", "lineouts", "scrums", "ruck", "maul",
                              "openside", "blindside", "winger", "wingers", "fullback", "podium", "pitlane",
                              "flyhalf", "scrumhalf", "flanker", "flankers", "sin-bin",
                              "peloton", "aces", "putt", "putts", "fairway", "fairways", "sixes", "fours",
                              "breakaway", "sprinter", "sprinters", "climber", "climbers", "time-trial", "categorised", "categorized",
                              "escapees", "domestique", "gruppetto", "echelons", "directeur", "soigneur", "outsprint",
                              "outsprints", "outsprinted", "outsprinting",
                              // rowing, athletics, swimming
                              "regatta", "sculls", "sculler", "scullers", "coxswain", "oarsman", "oarsmen", "rowers",
                              "sprinted", "hurdles", "freestyle", "backstroke", "breaststroke",
                              // baseball
                              "shortstop", "bullpen", "strikeout", "strikeouts", "homers", "outfielder", "infielder",
                              "baserunner", "doubleheader", "walk-off",
                              // netball
                              "netball", "intercepts", "shooter", "shooters", "umpires",
                              // curling, darts, biathlon
                              "curling", "curler", "curlers", "bonspiel", "takeout", "takeouts", "darts",
                              "checkout", "checkouts", "biathlon", "biathletes", "biathlete",
                              // rugby's forwards and kicks
                              "hooker", "tighthead", "loosehead", "kickable", "try-scorer", "sin-binned",
                              // motor racing
                              "teammate", "chicane", "hairpin", "downforce", "slipstream",
                              // tennis strokes and court
                              "forehand", "forehands", "backhand", "backhands", "volley", "volleys", "unforced",
                              "deuce", "baseline"})
            w.insert(s, 2);
        for (const char* s : {"period", "scored", "game", "games", "season", "penalty", "saves", "shots",
                              "points", "quarter", "match", "league", "runs", "century", "tries", "sets", "serve",
                              "round", "captain", "series", "tournament", "title", "laps", "lap", "stage",
                              "referee", "squad", "fixture", "fixtures", "kicked", "rider", "riders", "sprint",
                              "jersey", "climb", "climbs", "stages", "classification", "crew", "crews", "heats",
                              "finals", "medal", "medals", "bronze", "hammer", "rink", "skip", "legs", "skiers", "try",
                              "penalties", "converted", "bench", "appearances", "kicked", "pole", "tyre", "tyres",
                              "qualifying", "stewards", "singles", "doubles", "rubber", "rubbers", "seeded", "clay"})
            w.insert(s, 1);
        return w;
    }();
    return t;
}

} // namespace

const char* org_head_subtype(std::string_view word) {
    const auto& m = org_heads();
    if (const auto* v = m.find(word)) return *v;
    if (!word.empty() && word.back() == '.') {
        if (const auto* v = m.find(word.substr(0, word.size() - 1))) return *v;
    }
    return nullptr;
}

const char* org_noun_subtype(std::string_view word) {
    // Asked for many capitalized words' neighbours: one hash lookup, not a scan of the list.
    static const WordTable<const char*> k_nouns = [] {
        static const std::pair<std::string_view, const char*> k_list[] = {{"unit", "company"},
            {"subsidiary", "company"}, {"division", "company"}, {"company", "company"}, {"firm", "company"},
            {"maker", "company"}, {"startup", "company"}, {"start-up", "company"}, {"developer", "company"},
            {"fintech", "company"}, {"glassworks", "company"}, {"exporter", "company"}, {"importer", "company"},
            {"brewer", "company"}, {"distiller", "company"}, {"winemaker", "company"}, {"planter", "company"},
            {"distributor", "company"}, {"wholesaler", "company"}, {"processor", "company"}, {"contractor", "company"},
            {"manufacturer", "company"}, {"provider", "company"}, {"operator", "company"}, {"platform", "company"},
            {"chipmaker", "company"}, {"automaker", "company"}, {"carmaker", "company"}, {"retailer", "company"},
            {"lender", "company"}, {"insurer", "company"}, {"supplier", "company"}, {"brand", "company"},
            {"conglomerate", "company"}, {"broker", "company"}, {"brokerage", "company"}, {"airline", "company"},
            {"publisher", "media"}, {"network", "company"}, {"exchange", "company"}, {"bank", "company"},
            {"utility", "company"}, {"miner", "company"}, {"refiner", "company"}, {"shipper", "company"},
            {"carrier", "company"}, {"railway", "company"}, {"giant", "company"}, {"group", "company"},
            {"fund", "company"}, {"nonprofit", "nonprofit"}, {"charity", "nonprofit"}, {"consultancy", "company"}, {"think-tank", "nonprofit"},
            {"agency", "government"}, {"regulator", "government"}, {"watchdog", "government"}, {"outlet", "media"},
            {"newspaper", "media"}, {"broadcaster", "media"}, {"studio", "company"}, {"label", "company"},
            {"club", "team"}, {"university", "education"}, {"house", "government"}, {"chamber", "government"},
            {"service", "company"}, {"magazine", "media"}, {"party", "party"}, {"ministry", "government"},
            {"organisation", "nonprofit"}, {"organization", "nonprofit"}, {"union", "nonprofit"},
            {"council", "government"}, {"department", "government"}, {"court", "government"},
            {"government", "government"}, {"commission", "government"}, {"board", "government"},
            {"institute", "nonprofit"}, {"foundation", "nonprofit"}, {"association", "nonprofit"},
            {"alliance", "nonprofit"}, {"coalition", "party"}, {"federation", "nonprofit"},
            {"authority", "government"}, {"office", "government"}, {"embassy", "government"},
            {"league", "team"}, {"team", "team"}, {"army", "government"}, {"police", "government"},
            // "state forest enterprise Metsähallitus", "the dairy cooperative Ekodar"
            {"enterprise", "company"}, {"cooperative", "company"}, {"co-operative", "company"},
            {"corporation", "company"}, {"collective", "nonprofit"},
            // "the bureau said", "the directorate found", "the consortium said"
            {"bureau", "government"}, {"directorate", "government"}, {"secretariat", "government"},
            {"tribunal", "government"}, {"inspectorate", "government"}, {"committee", "government"},
            {"institution", "nonprofit"}, {"trust", "nonprofit"}, {"society", "nonprofit"},
            {"consortium", "company"}};
        WordTable<const char*> t(std::size(k_list));
        for (const auto& [noun, subtype] : k_list) t.insert(noun, subtype);
        return t;
    }();
    const char* const* v = k_nouns.find(word);
    return v ? *v : nullptr;
}

bool is_company_suffix(std::string_view word) { return company_suffixes().count(word) != 0; }

const char* place_head_subtype(std::string_view word) {
    const auto* v = place_heads().find(word);
    return v ? *v : nullptr;
}

const char* place_prefix_subtype(std::string_view word) {
    const auto* v = place_prefixes().find(word);
    return v ? *v : nullptr;
}

bool is_non_entity_head(std::string_view word) { return non_entity_heads().count(word) != 0; }

bool is_facility_noun(std::string_view word) { return facility_nouns().count(word) != 0; }

bool is_name_head(std::string_view word) {
    return org_head_subtype(word) || place_head_subtype(word) || place_prefix_subtype(word) ||
           is_company_suffix(word) || is_facility_noun(word);
}

bool is_title_word(std::string_view word) { return title_words().count(word) != 0; }

bool is_title_modifier(std::string_view word) { return title_modifiers().count(word) != 0; }

bool is_name_suffix(std::string_view word) {
    // Every suffix has 2 to 4 bytes and opens with J, S or I: most words leave before the hash.
    if (word.size() < 2 || word.size() > 4 || (word[0] != 'J' && word[0] != 'S' && word[0] != 'I')) return false;
    static const Set s = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "Jnr", "Snr"};
    return s.count(word) != 0;
}

bool is_function_word(std::string_view word) { return in_lower(function_words(), word); }

bool is_credit_word(std::string_view word) {
    static const Set s = {"pool", "staff", "file", "handout", "courtesy", "photo", "photos",
                          "image", "images", "picture", "pictures", "screenshot", "video",
                          "illustration", "graphic", "afp/pool", "supplied", "archive",
                          "reuters/pool", "via", "contributor",
                          "photographer", "credit", "source", "x", "instagram", "facebook",
                          "telegram", "twitter", "social", "media", "pic", "pics", "contributed", "submitted",
                          "provided"};
    return in_lower(s, word);
}

bool is_stat_code(std::string_view word) {
    return any_of(word, {"ERA", "RBI", "RBIs", "HR", "HRs", "AVG", "OBP", "OPS", "IP", "SO", "BB", "OT", "SOT", "PTS", "REB",
                            "AST", "STL", "BLK", "TO", "FG", "FT", "GP", "GAA", "PIM", "PPG", "SV", "YDS", "TD", "TDs",
                            "INT", "KO", "TKO", "DNF", "DNS", "DSQ", "DQ", "NR", "PB", "SB", "WR", "OR", "CR", "AET",
                            "LBW", "NO"});
}

bool is_sport_country_code(std::string_view word) {
    if (word.size() != 3 || word[0] < 'A' || word[0] > 'Z') return false;
    // IOC codes (and the few other forms results tables use: "Spa", "Ger", "Swi").
    static const Set s = {
        "AFG", "ALB", "ALG", "AND", "ANG", "ARG", "ARM", "AUS", "AUT", "AZE", "BAH", "BAN", "BAR", "BEL", "BEN", "BER",
        "BIH", "BLR", "BOL", "BOT", "BRA", "BRN", "BUL", "BUR", "CAN", "CHI", "CHN", "CIV", "CMR", "COD", "COL", "CRC",
        "CRO", "CUB", "CYP", "CZE", "DEN", "DOM", "ECU", "EGY", "ERI", "ESA", "ESP", "EST", "ETH", "FIJ", "FIN", "FRA",
        "GAB", "GBR", "GEO", "GER", "GHA", "GRE", "GUA", "HAI", "HKG", "HON", "HUN", "INA", "IND", "IRI", "IRL", "IRQ",
        "ISL", "ISR", "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KOR", "KOS", "KSA", "KUW", "LAT", "LBA", "LBN",
        "LIE", "LTU", "LUX", "MAD", "MAR", "MAS", "MDA", "MEX", "MGL", "MKD", "MLT", "MNE", "MON", "MOZ", "NAM", "NED",
        "NGR", "NOR", "NZL", "PAK", "PAN", "PAR", "PER", "PHI", "POL", "POR", "PRK", "PUR", "QAT", "ROU", "RSA", "RUS",
        "RWA", "SEN", "SGP", "SLO", "SRB", "SRI", "SUI", "SVK", "SWE", "SYR", "TAN", "THA", "TJK", "TPE", "TTO", "TUN",
        "TUR", "UAE", "UGA", "UKR", "URU", "USA", "UZB", "VEN", "VIE", "ZAM", "ZIM", "SPA", "SWI",
        // the home nations in snooker, darts and rugby: "(WAL)", "(ENG)", "(SCO)", "(NIR)"
        "ENG", "WAL", "SCO", "NIR",
        // the rest of Africa's, Asia's, the Pacific's and the Americas' smaller teams: "(LES)", "(MAW)"
        "LES", "MAW", "SUD", "SSD", "SOM", "LBR", "SLE", "GAM", "GUI", "GBS", "TOG", "NIG", "MLI", "CAF", "CHA", "CGO",
        "GEQ", "STP", "CPV", "COM", "SEY", "MRI", "SWZ", "DJI", "BDI", "MTN", "MYA", "CAM", "LAO", "BRU", "TLS", "NEP",
        "BHU", "MDV", "PNG", "SAM", "TGA", "VAN", "SOL", "KIR", "FSM", "PLW", "MHL", "NRU", "TUV", "COK", "ASA", "GUM",
        "NCA", "BIZ", "GUY", "SUR", "ARU", "SKN", "LCA", "VIN", "GRN", "DMA", "CAY", "IVB", "ISV", "SMR", "OMA", "YEM",
        "PLE", "TKM"};
    std::string upper(word);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        else if (c < 'A' || c > 'Z') return false;
    // ("(Ind)": an independent member, not India, unless written in capitals.)
    if (upper == "IND" && word != "IND") return false;
    return s.count(upper) != 0;
}

bool is_non_org_acronym(std::string_view word) {
    static const Set s = {
        "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "TV", "AI", "PM", "AM", "MP", "MPs", "MEP",
        "MEPs", "MSPs", "MLAs", "TDs", "MPPs", "CEOs", "CFOs", "MSP", "MLA", "MPP",
        // Kenyan county assembly members, Pakistani and Indian provincial members, Welsh MSs
        "MCA", "MCAs", "MNA", "MNAs", "MPA", "MPAs", "MSs", "MHA", "MHAs",
        "MBE", "OBE", "CBE", "KBE", "DBE", // honours: "appointed MBE in 2012"
        "DNA", "RNA", "HIV", "AIDS", "COVID", "SARS", "PhD", "MBA", "SAN", "ASCII", "OKs", "OK", "USD", "EUR", "GBP",
        "PKR", "BDT", "NGN", "KES", "ZAR", "EGP", "MXN", "BRL", "IDR", "MYR", "THB", "VND", "KRW", "TWD",
        "SGD", "HKD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ILS", "INR", "LKR", "GHS",
        "UGX", "TZS", "KZT", "AED", "SAR", "CHF", "GP", "GPs", "KOSPI", "NIS",
        "VAR", "TMO", // football's video assistant referee, rugby's television match official
        "ZIP", "CBD", // "ZIP codes", "the CBD" (a central business district)
        "TEU", "TEUs", // "1.9 million TEU": twenty-foot containers, a unit
        "CPO", "FFB", // palm oil's trade: crude palm oil, fresh fruit bunches
        "NAP", // "11.5 metres above NAP": the Dutch reference level (and Pakistan's National Action Plan)
        "CNY", "RUB", "JPY", "VAT", "ID", "IDs", "IT", "PR", "HR", "VIP", "UFO", "PDF", "URL",
        "FAQ", "DIY", "ATM", "SUV", "GPS", "LGBT", "LGBTQ", "LNG", "CO2", "EV", "EVs", "IPO",
        "R&D", "Q1", "Q2", "Q3", "Q4", "A", "I", "II", "III", "IV", "VI", "VII", "VIII",
        "IX", "XI", "XII", "XX", "XXI", "BRI", "ASAP", "FYI", "NB", "PS", "UTC", "GMT",
        "EST", "EDT", "PST", "PDT", "CET", "CEST", "BST", "ET", "PT", "CT", "CST", "CDT", "MT", "MST", "MDT",
        "IST", "JST", "AEST", "AEDT", "AD", "BC", "BCE", "CE", "MW", "GW",
        // a hockey scoring summary's power-play, short-handed and empty-net marks: "7:41 (PP)"
        "PP", "SH", "EN", "PPG", "SHG", "ENG", "GWG",
        "MYT", "SGT", "HKT", "PHT", "WIB", "ICT", "KST", "NZST", "NZDT", "ACST", "AWST", "SAST", "WAT",
        "EEST", "AKST", "HST", "PKT", "NPT", "ADT", "AST", "NDT", "NST", "AKDT", // time zones
        "KW", "KWH", "MWH", "GWH", "KM", "MPH", "NOT", "AND", "THE", "FOR", "OF", "IN", "ON",
        "TO", "BY", "AT", "IS", "IT", "WE", "NEW", "BREAKING", "LIVE", "UPDATE", "WATCH",
        "VIDEO", "PHOTO", "PHOTOS", "EXCLUSIVE", "OPINION", "ANALYSIS", "NEWS", "ICU", "ER",
        "SMS", "APP", "IQ", "POW", "POWs", "WMD", "IED", "ICBM", "UAV", "UAVs", "NGO", "NGOs",
        "OPEC+", "ESG", "SME", "SMEs", "FDI", "CPI", "PPI", "PMI", "ETF", "ETFs", "API",
        "CCTV", "TNT", "RPG", "MRI", "CT", "ADHD", "PTSD", "BMI", "STEM", "STD", "TB", "MVP",
        "OT", "NBA's", "QB", "RB", "WR", "ERA", "RBI", "RBIs", "HR", "KO", "TKO", "UFC's", "PGA's",
        "AP's", "USB", "SIM", "OS", "PC", "PCs", "LED", "LCD", "HD", "UHD", "FM", "AM/FM", "SOS", "GPA", "CRT", "OED",
        "HIMARS", "ATACMS", "NASAMS", "MANPADS", "APC", "APCs", "IFV", "IFVs", "MLRS", "SAM", "SAMs",
        "ICBMs", "IEDs", "WMDs", "UN-", "LGBTQ+", "OK'd", "FAQs", "AIDS-related", "GPU", "GPUs", "CPU",
        "DRAM", "NAND", "HBM", "SRAM", "EUV", "LPDDR", "DDR5",
        // touchdowns, first information reports, a box score's labels
        "TD", "TDs", "FIR", "FIRs", "TAKEAWAY", "TAKEAWAYS",
        // cricket formats, screens, chips and the other technical terms news writes in capitals
        "ODI", "ODIs", "T20", "T20I", "T20Is", "OLED", "AMOLED", "LTE", "RAM", "SSD", "HDR", "USB-C",
        "mAh", "NPU", "NPUs", "SoC", "AR", "VR", "XR", "IoT", "SaaS", "EBIT", "EBITDA", "ROI", "KPI", "KPIs",
        "PPE", "AGM", "AGMs", "EGM", // protective equipment, general meetings
        "FCFA", "CFA", // the CFA franc
        "QR", // a QR code (the Qatari riyal's "QR50" is read as money)
    };
    return s.count(word) != 0 || is_condition_acronym(word);
}

bool is_condition_acronym(std::string_view word) {
    static const Set s = {"ALS", "COPD", "MND", "OCD", "CKD", "IBS", "TBI", "SIDS", "UTI", "UTIs", "DVT", "RSV",
                          "HPV", "MERS"};
    return s.count(word) != 0;
}

bool is_country_given_name(std::string_view word) {
    return word == "Jordan" || word == "Chad" || word == "Israel" || word == "Georgia";
}

bool is_chief_post_word(std::string_view word) {
    static const Set s = {"executive", "financial", "operating", "economist", "technology", "investment", "product",
                          "marketing", "commercial", "digital", "information", "medical", "scientific", "strategy",
                          "people", "legal", "data", "risk", "revenue", "security", "sustainability", "content",
                          "creative", "customer", "compliance", "innovation", "communications", "growth"};
    return s.count(word) != 0;
}

bool is_abbreviation_word(std::string_view word) { return in_lower(abbreviation_words(), word); }

namespace {

const Set& speech_verbs() {
    static const Set s = {
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
        "adding", "wrote", "writes", "writing", "noted", "notes", "noting", "stated", "states",
        "stating", "explained", "explains", "explaining", "argued", "argues", "arguing",
        "warned", "warns", "warning", "asked", "asks", "asking", "replied", "replies",
        "claimed", "claims", "claiming", "insisted", "insists", "insisting", "declared",
        "declares", "declaring", "announced", "announces", "announcing", "remarked",
        "commented", "acknowledged", "acknowledges", "admitted", "admits", "recalled",
        "recalls", "concluded", "emphasized", "emphasised", "emphasizes", "stressed",
        "stresses", "stressing", "urged", "urges", "urging", "hailed", "hails", "hailing",
        "praised", "praises", "praising", "called", "calls", "call", "calling", "described",
        "describes", "describing", "tweeted", "posted", "accused", "accuses", "accusing",
        "suggested", "suggests", "predicted", "predicts", "cautioned", "cautions", "observed",
        "testified", "conceded", "concedes", "joked", "shouted", "chanted", "chanting",
        "shouting", "yelled", "shout", "shouts", "yell", "yells", "scream", "screams", "screamed",
        "whispered", "muttered", "wrote", "read", "vowed", "vows", "promised",
        "promises", "pledged", "pledges", "threatened", "threatens", "denied", "denies",
        "denounced", "condemned", "condemns", "blasted", "slammed", "criticized",
        "criticised", "criticizes", "dismissed", "labeled", "labelled", "branded",
        "quipped", "answered", "responded", "responds", "reiterated", "reiterates",
        "confirmed", "confirms", "assured", "assures", "boasted", "touted", "touts",
        "lamented", "complained", "complains", "wondered", "mused", "continued", "continues",
        "agreed", "agrees", "believes", "believed", "thinks", "thought", "felt", "feels",
        "wrote", "write", "tweet", "posts", "reported", "reports", "according", "add", "note",
        "explain", "argue", "warn", "insist", "claim", "urge", "stressed", "pointed", "remarks",
        "proclaimed", "recounted", "affirmed", "asserted", "asserts", "contended", "contends",
        "maintained", "maintains", "signaled", "signalled", "hinted", "charged", "charges",
        // a partial quote as what was blamed, cited or remembered: 'blamed "tired legs"', 'citing
        // "strong export demand"', 'remembered him as "the only man who …"'
        "blamed", "blames", "blaming", "cited", "cites", "citing", "remembered", "remembers",
    };
    return s;
}

} // namespace

bool is_speech_verb(std::string_view word) { return in_lower(speech_verbs(), word); }

int month_number(std::string_view word) {
    // Direct comparisons by first letter: called for most capitalized words.
    if (word.size() < 3 || word.size() > 9 || word[0] < 'A' || word[0] > 'Z') return 0;
    const char c = word[0];
    if (c != 'J' && c != 'F' && c != 'M' && c != 'A' && c != 'S' && c != 'O' && c != 'N' && c != 'D') return 0;
    for (const auto& m : k_months)
        if (m.first[0] == c && m.first == word) return m.second;
    return 0;
}

bool is_weekday(std::string_view word) {
    if (word.size() < 3 || word.size() > 9 || word[0] < 'A' || word[0] > 'Z') return false;
    return weekdays().count(word) != 0;
}

long long number_word_value(std::string_view word) {
    // Direct comparisons by first letter: called for most lower-case words.
    if (word.size() < 3 || word.size() > 9) return -1;
    const char c = static_cast<char>(word[0] | 0x20);
    // Lengths of the number words by first letter (bit n set = some word has n letters).
    unsigned lengths = 0;
    switch (c) {
    case 'z': lengths = 1u << 4; break;
    case 'o': lengths = 1u << 3; break;
    case 't': lengths = (1u << 3) | (1u << 5) | (1u << 6) | (1u << 8); break;
    case 'f': lengths = (1u << 4) | (1u << 5) | (1u << 7) | (1u << 8); break;
    case 's': lengths = (1u << 3) | (1u << 5) | (1u << 7) | (1u << 9); break;
    case 'e': lengths = (1u << 5) | (1u << 6) | (1u << 8); break;
    case 'n': lengths = (1u << 4) | (1u << 6) | (1u << 8); break;
    case 'h': lengths = 1u << 7; break;
    case 'm': lengths = 1u << 7; break;
    case 'b': lengths = 1u << 7; break;
    case 'd': lengths = 1u << 5; break;
    default: return -1;
    }
    if ((lengths & (1u << word.size())) == 0) return -1;
    char buf[40];
    std::string_view l = ascii_lower(word, buf);
    for (const auto& n : k_numbers)
        if (n.first[0] == c && n.first.size() == l.size() && n.first == l) return n.second;
    return -1;
}

double magnitude_value(std::string_view word) {
    if (word.empty() || word.size() > 8) return 0;
    static const TableMap<double> m = {
        {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
        {"trillion", 1e12}, {"m", 1e6}, {"mn", 1e6}, {"mln", 1e6}, {"bn", 1e9}, {"b", 1e9},
        {"k", 1e3}, {"tn", 1e12}, {"trn", 1e12}, {"lakh", 1e5}, {"crore", 1e7}, {"mil", 1e6},
        {"bln", 1e9}, {"trln", 1e12}, {"tr", 1e12}};
    char buf[40];
    std::string_view l = ascii_lower(word, buf);
    if (l.empty()) return 0;
    const double* v = m.find(l);
    return v ? *v : 0;
}

bool is_currency_word(std::string_view word) {
    static const Set s = {
        "dollar", "dollars", "fcfa", // ("2 million FCFA": compared in lower case)
        "euro", "euros", "pound", "pounds", "sterling", "yuan", "renminbi",
        "yen", "ruble", "rubles", "rouble", "roubles", "dinar", "dinars", "franc", "francs",
        "rupee", "rupees", "peso", "pesos", "won", "lira", "liras", "lire", "krona", "kronor",
        "krone", "kroner", "zloty", "zlotys", "forint", "forints", "hryvnia", "hryvnias",
        "lei", "leu", "real", "reais", "rand", "shekel", "shekels", "dirham", "dirhams",
        "riyal", "riyals", "baht", "ringgit", "naira", "cents", "cent", "pence", "usd", "eur",
        "gbp", "cny", "rmb", "jpy", "rub", "chf", "rsd", "inr", "bitcoin", "bitcoins", "kuna",
        "denar", "denars", "lev", "leva", "tenge", "manat", "lari", "dram", "som", "rial",
        "rials", "toman", "tomans", "shilling", "shillings", "cedi", "cedis", "kwacha", "birr",
        "taka", "rupiah", "kyat", "leone", "leones", "dalasi", "pula", "nakfa", "ariary", "kina",
        "koruna", "korun", "guarani", "bolivar", "bolivares", "quetzal", "quetzales", "colones",
        "dong", "tugrik", "tugriks", "boliviano", "bolivianos", "soles", "z\xC5\x82", "z\xC5\x82oty", "z\xC5\x82otys",
        // ISO 4217 codes after an amount: "610 billion VND", "1.9 billion USD" (not those that spell
        // an English word: PEN, MAD, GEL, TRY)
        "vnd", "mnt", "idr", "kzt", "uzs", "pkr", "bdt", "ngn", "kes", "zar", "egp", "mxn", "brl", "ars", "clp",
        "myr", "thb", "krw", "twd", "sgd", "hkd", "aud", "nzd", "cad", "sek", "nok", "dkk", "pln", "czk",
        "huf", "bgn", "ils", "irr", "iqd", "kwd", "qar", "omr", "bhd", "jod", "lkr", "npr", "ghs", "ugx", "tzs",
        "etb", "dzd", "tnd", "byn", "xof", "xaf", "uah", "aed"};
    return in_lower(s, word);
}

bool is_assembly_member_title(std::string_view word) {
    // (the Isle of Man's House of Keys and Legislative Council: "MHK", "MLC")
    return any_of(word, {"MP", "MS", "MSP", "MLA", "MPP", "MEP", "TD", "MCA", "MNA", "MPA", "MHA", "MHK", "MLC"});
}

bool is_local_government_word(std::string_view word) {
    return any_of(word, {"Municipal", "Metropolitan", "City", "District", "Regional", "County", "Parish", "Borough",
                            "Town", "Shire"});
}

bool is_us_state(std::string_view name) {
    static const Set s = {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"};
    return s.contains(name);
}

bool is_currency_prefix_word(std::string_view word) {
    static const Set s = {"US$", "USD", "EUR", "GBP", "CNY", "RMB", "JPY", "RUB", "CHF", "RSD",
                          "INR", "Rs", "Rs.", "R$", "A$", "C$", "HK$", "NZ$", "S$", "NT$",
                          "Sh", "KSh", "Dh", "Dhs", "SR", "QR", "AED", "SAR", "TRY", "UAH",
                          // East African shillings: "Shs400,000" (Uganda), "TSh", "Ksh"
                          "Shs", "Ush", "USh", "Ksh", "TSh", "Tsh",
                          // the Egyptian pound's "LE" joined to its amount: "LE40", "LE68 billion"
                          "LE",
                          // ISO 4217 codes written before amounts in business copy: "PKR 60 billion".
                          "PKR", "BDT", "NGN", "KES", "ZAR", "EGP", "MXN", "BRL", "ARS", "CLP", "COP", "PEN",
                          "IDR", "MYR", "THB", "VND", "KRW", "TWD", "SGD", "HKD", "AUD", "NZD", "CAD", "SEK",
                          "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "ILS", "IRR", "IQD", "KWD", "QAR",
                          "OMR", "BHD", "JOD", "LKR", "NPR", "GHS", "UGX", "TZS", "ETB", "MAD", "DZD", "TND",
                          "KZT", "UZS", "GEL", "BYN", "MNT", "XOF", "XAF", "NIS",
                          "MOP", "SCR", "MUR", "BZD", "BSD", "JMD", "TTD", "XCD", "FJD", "PGK", "SBD", "WST", "VUV",
                          "BWP", "NAD", "SZL", "LSL", "ZMW", "MWK", "MZN", "AOA", "CDF", "SDG", "SOS", "LRD", "SLE",
                          "GMD", "HTG", "DOP", "CRC", "GTQ", "HNL", "NIO", "PYG", "UYU", "AFN", "AZN", "MDL", "MKD",
                          "ISK", "LAK", "KHR", "MMK", "BND", "BBD", "KYD", "ANG", "AWG", "SRD", "GYD",
                          // Bangladeshi taka ("Tk 86 crore"), Malaysian ringgit ("RM1.5 billion"),
                          // Indonesian rupiah ("Rp 2 trillion")
                          "Tk", "Tk.", "RM", "Rp",
                          // Rwandan franc ("Rwf500,000", "Frw 2 billion"), Malawian kwacha ("MK500"),
                          // Ethiopian birr ("Br 38.6 billion"), Maldivian rufiyaa
                          "Rwf", "RWF", "Frw", "FRW", "MK", "Br", "MVR", "Rf",
                          // the CFA franc of West and Central Africa: "FCFA 15.2 billion"
                          "FCFA", "CFA", "GNF", // (and the Guinean franc: "GNF 45 million")
                          // the Financial Times's crowns and francs: "DKr72bn", "SKr45m", "NKr30", "SFr9.4bn"
                          "DKr", "SKr", "NKr", "SFr", "Dkr", "Skr", "Nkr",
                          "Bt", // the Thai baht: "Bt24.6 billion"
                          // the Jordanian dinar ("JD11.6 million") and the Lebanese pound ("LBP 447.5 billion",
                          // "LL 1.5 trillion")
                          "JD", "LBP", "LL"};
    return s.count(word) != 0;
}

bool is_time_unit(std::string_view word) {
    static const Set s = {"second", "seconds", "minute", "minutes", "hour", "hours", "day",
                          "days", "week", "weeks", "fortnight", "fortnights", "month", "months",
                          "year", "years", "decade", "decades", "century", "centuries",
                          "millennium", "millennia", "night", "nights", "semester", "semesters",
                          "hrs", "hr", "mins", "min", "secs", "sec", "yrs", "yr", "wk", "wks"};
    return in_lower(s, word);
}

bool is_measure_unit(std::string_view word) {
    static const Set s = {
        "teu", "teus", // "2.1 million TEUs", "15,500-TEU ships": twenty-foot containers (looked up in lower case)
        "km", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meter",
        "meters", "metre", "metres", "m2", "km2", "cm", "centimeters", "centimetres", "mm",
        "millimeters", "millimetres", "foot", "feet", "ft", "inch", "inches", "yard", "yards",
        "acre", "acres", "hectare", "hectares", "ha", "tonne", "tonnes", "ton", "tons", "kg",
        "kilogram", "kilograms", "kilo", "kilos", "gram", "grams", "g", "mg", "milligrams",
        "lb", "lbs", "ounce", "ounces", "oz", "liter", "liters", "litre", "litres", "gallon",
        "gallons", "barrel", "barrels", "bpd", "mph", "kph", "km/h", "knots", "mw", "gw", "kw",
        "kwh", "mwh", "gwh", "twh", "megawatts", "gigawatts", "kilowatts", "watts", "volts",
        "megawatt", "gigawatt", "kilowatt", "terawatt", "terawatts", "watt", "volt", "kilovolt",
        "kilovolts", "kv", "megavolt", "megawatt-hour", "megawatt-hours", "kilowatt-hour",
        "kilowatt-hours", "gigawatt-hours", "decibels", "decibel",
        "degrees", "degree", "°c", "°f", "celsius", "fahrenheit", "square", "cubic", "bcm",
        "mbps", "gbps", "gb", "mb", "tb", "kb", "ghz", "mhz", "hz", "calories", "kcal",
        "frames", "teu", "mt", "megatons", "kilotons", "carats", "bushels", "storeys",
        "stories", "floors", "points", "pts", "ppm", "db", "decibels", "percentile",
        // New Zealand and Australian copy: "31degC", "40kmh"
        "kmh", "degc", "degf",
        // "a 500ml packet", "33cl"
        "ml", "millilitre", "millilitres", "milliliter", "milliliters", "cl",
        // "1.2 million metric tonnes", "a 50 kilogramme bag"
        "metric", "kilogramme", "kilogrammes",
        // rowing and racing margins, "by two lengths"; South Asian river flows, "612,400 cusecs"
        "lengths", "cusecs", "cusec",
        // "15.5 microns", "7,900 sq km"
        "micron", "microns", "micrometres", "micrometers", "sq",
        // Indian reservoirs' volumes: "6.2 TMC" (thousand million cubic feet)
        "tmc", "tmcft"};
    return in_lower(s, word);
}

bool is_legislature_word(std::string_view w) { return in_list(w, k_legislature_words); }
bool is_party_plural(std::string_view w) { return in_list(w, k_party_plurals); }
bool is_road_word(std::string_view w) { return in_list(w, k_road_words); }
bool is_school_noun(std::string_view w) { return in_list(w, k_school_nouns); }
bool is_plural_region_noun(std::string_view w) { return in_list(w, k_plural_region_nouns); }
bool is_region_noun(std::string_view w) { return is_plural_region_noun(w) || in_list(w, k_singular_region_nouns); }

bool is_post_nominal(std::string_view w) {
    return any_of(w, {"QC", "KC", "SC", "SAN", "BL", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "QPM", "KPM", "DSO",
                      "RSM"});
}

// News agencies that write their names in lower case: Germany's dpa ("Schweinfurt (dpa) -", "By
// Johanna Weißenborn, dpa").
bool is_lowercase_agency(std::string_view w) { return w == "dpa"; }

bool is_officials_label(std::string_view w) {
    static const Set s = {"referee", "referees", "umpire", "umpires", "judge", "judges", "official", "officials",
                          "linesmen", "stewards"};
    return in_lower(s, w);
}

int sports_word_weight(std::string_view word) {
    const char* v = sports_words().find(word);
    return v ? *v : 0;
}

std::vector<std::string_view> lexicon_words() {
    std::vector<std::string_view> out;
    for (const Set* set : {&function_words(), &title_words(), &title_modifiers(), &non_entity_heads(),
                           &abbreviation_words(), &weekdays(), &speech_verbs()})
        set->for_each([&](std::string_view w, char) { out.push_back(w); });
    sports_words().for_each([&](std::string_view w, char) { out.push_back(w); });
    for (const Set* set : {&company_suffixes(), &facility_nouns()})
        set->for_each([&](std::string_view w, char) { out.push_back(w); });
    for (const Map* map : {&org_heads(), &place_heads(), &place_prefixes()})
        map->for_each([&](std::string_view w, const char*) { out.push_back(w); });
    // org_head_subtype() also accepts a head with a final period ("Dept." style): those forms are
    // keys too, so the lexicon's name-head bit covers every word the function accepts.
    static const std::vector<std::string> dotted_heads = [] {
        std::vector<std::string> v;
        org_heads().for_each([&](std::string_view w, const char*) { v.push_back(std::string(w) + '.'); });
        return v;
    }();
    for (const std::string& w : dotted_heads) out.push_back(w);
    for (const auto& m : k_months) out.push_back(m.first);
    for (const auto& n : k_numbers) out.push_back(n.first);
    auto add = [&](const auto& list) { out.insert(out.end(), std::begin(list), std::end(list)); };
    add(k_legislature_words);
    add(k_party_plurals);
    add(k_road_words);
    add(k_school_nouns);
    add(k_plural_region_nouns);
    add(k_singular_region_nouns);
    return out;
}

bool is_place_noun(std::string_view w) {
    // Every place noun has 4 to 14 bytes and opens with one of these: most words leave here.
    if (w.size() < 4 || w.size() > 14) return false;
    switch (w[0]) {
    case 'b': case 'c': case 'd': case 'g': case 'h': case 'i': case 'm': case 'n': case 'o': case 'p': case 'r':
    case 's': case 't': case 'v':
        break;
    default:
        return false;
    }
    return is_literal(w, "city") || is_literal(w, "town") || is_literal(w, "port") || is_literal(w, "village") ||
        is_literal(w, "province") || is_literal(w, "region") || is_literal(w, "state") || is_literal(w, "capital") ||
        is_literal(w, "suburb") || is_literal(w, "suburbs") || is_literal(w, "outskirts") ||
        is_literal(w, "district") || is_literal(w, "island") || is_literal(w, "republic") || is_literal(w, "county") ||
        is_literal(w, "municipality") || is_literal(w, "towns") || is_literal(w, "cities") ||
        is_literal(w, "villages") || is_literal(w, "districts") || is_literal(w, "provinces") ||
        is_literal(w, "regions") || is_literal(w, "counties") || is_literal(w, "neighborhood") ||
        is_literal(w, "neighbourhood") || is_literal(w, "neighborhoods") || is_literal(w, "neighbourhoods") ||
        is_literal(w, "hamlet") || is_literal(w, "prefecture") || is_literal(w, "governorate") ||
        is_literal(w, "township") || is_literal(w, "canton") || is_literal(w, "cantons") || is_literal(w, "parish") ||
        is_literal(w, "parishes") || is_literal(w, "commune") || is_literal(w, "communes") ||
        is_literal(w, "borough") || is_literal(w, "boroughs") || is_literal(w, "municipalities") ||
        is_literal(w, "states") || is_literal(w, "islands") || is_literal(w, "isle") || is_literal(w, "isles") ||
        // Indonesia's regencies, the Philippines' barangays, South Asia's subdivisions
        is_literal(w, "regency") || is_literal(w, "regencies") || is_literal(w, "barangay") || is_literal(w, "barangays") ||
        is_literal(w, "upazila") || is_literal(w, "upazilas") || is_literal(w, "tehsil") || is_literal(w, "tehsils") ||
        is_literal(w, "wards") || is_literal(w, "constituencies") || is_literal(w, "townships");
}

} // namespace gloss::core::detect
