package entity

// Cue-word lists. Keys are folded (lower case, ASCII apostrophes).

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleWords are words of a person's title or honorific ("Prime Minister",
// "Mr."). They are not part of the name and make the role.
var titleWords = set(
	"adviser", "advisor",
	"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "prof.", "professor", "sir", "dame", "lord", "lady",
	"president", "president-elect", "vice", "vice-president", "prime", "minister", "premier", "chancellor",
	"foreign", "affairs", "interior", "defense", "defence", "finance", "economy", "economic", "trade", "health",
	"energy", "education", "justice", "home", "labor", "labour", "transport", "environment", "information",
	"secretary", "secretary-general", "undersecretary", "general", "gen.", "attorney", "solicitor",
	"sen.", "senator", "rep.", "representative", "congressman", "congresswoman", "gov.", "governor",
	"lt.", "lieutenant", "col.", "colonel", "capt.", "captain", "sgt.", "sergeant", "maj.", "major",
	"adm.", "admiral", "marshal", "field", "cmdr.", "commander", "corporal", "cpl.", "pvt.", "private",
	"mayor", "sheriff", "deputy", "judge", "magistrate", "detective", "det.", "inspector", "insp.",
	"superintendent", "supt.", "commissioner", "chief", "executive", "officer", "director", "chairman",
	"chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "head",
	"king", "queen", "prince", "princess", "crown", "pope", "sheikh", "ayatollah", "emir", "sultan",
	"rev.", "reverend", "bishop", "archbishop", "cardinal", "rabbi", "imam", "father", "pastor",
	"caretaker", "former", "acting", "interim", "incumbent", "ambassador", "envoy", "consul",
	"spokesman", "spokeswoman", "spokesperson", "leader", "speaker", "opposition", "supreme",
	"coach", "manager", "trooper", "agent", "special", "counsel", "prosecutor", "district", "state",
	"assistant", "associate", "senior", "mp", "councilman", "councilwoman", "councillor", "councilor",
	"alderman", "assemblyman", "assemblywoman", "delegate", "first", "dean", "provost", "chancellor",
	"economist", "analyst", "strategist", "astronaut", "officer", "warden", "auditor", "comptroller",
	"treasurer", "registrar", "clerk", "justices", "justice", "chief executive",
	"sens.", "sens", "reps.", "reps", "cofounder", "gens.", "govs.", "administrator", "director-general",
)

// honorifics are titles of address, never a role by themselves.
var honorifics = set("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "mx.", "mx", "sir", "dame", "madam")

// personTitles are titles that only a person carries: a name after them is a person.
var personTitles = set(
	"adviser", "advisor",
	"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "prof.", "professor", "sir", "dame", "lord", "lady",
	"president", "president-elect", "minister", "premier", "chancellor", "secretary", "secretary-general",
	"sen.", "senator", "rep.", "representative", "congressman", "congresswoman", "gov.", "governor",
	"lt.", "lieutenant", "col.", "colonel", "capt.", "captain", "sgt.", "sergeant", "maj.", "gen.", "general",
	"adm.", "admiral", "marshal", "cmdr.", "commander", "corporal", "cpl.", "pvt.",
	"mayor", "sheriff", "judge", "magistrate", "detective", "det.", "inspector", "insp.", "superintendent",
	"supt.", "commissioner", "chief", "director", "chairman", "chairwoman", "chairperson", "ceo", "founder",
	"king", "queen", "prince", "princess", "pope", "sheikh", "ayatollah", "emir", "sultan",
	"rev.", "reverend", "bishop", "archbishop", "cardinal", "rabbi", "imam", "father", "pastor",
	"ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "leader", "speaker", "coach",
	"manager", "trooper", "agent", "prosecutor", "mp", "councilman", "councilwoman", "councillor",
	"councilor", "economist", "analyst", "dean", "warden", "officer", "justice", "premier", "deputy",
	"sens.", "sens", "reps.", "reps", "co-founder", "cofounder", "founder", "gens.", "govs.", "administrator",
	"director-general",
)

// lowerTitles are lower-case role words that can stand right before a name:
// "foreign minister Bilawal Bhutto Zardari", "sheriff John Smith".
var lowerTitles = set(
	"president", "minister", "premier", "chancellor", "secretary", "senator", "governor", "mayor",
	"sheriff", "judge", "detective", "inspector", "commissioner", "chief", "director", "chairman",
	"chairwoman", "ceo", "founder", "co-founder", "king", "queen", "prince", "princess", "pope",
	"ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "leader", "speaker", "coach",
	"manager", "officer", "prosecutor", "lawmaker", "legislator", "candidate", "striker", "midfielder",
	"defender", "goalkeeper", "quarterback", "forward", "guard", "pitcher", "player", "captain",
	"author", "writer", "actor", "actress", "singer", "rapper", "artist", "director", "producer",
	"professor", "researcher", "scientist", "economist", "analyst", "strategist", "astronaut",
	"executive", "lawyer", "attorney", "counsel", "investor", "billionaire", "entrepreneur",
	"activist", "journalist", "reporter", "photographer", "editor", "columnist", "historian",
	"commander", "general", "colonel", "deputy", "foreign", "prime", "defense", "defence", "interior",
	"finance", "former", "premier", "cleric", "opposition", "dr.", "teammate", "trainer", "jockey",
	"driver", "rider", "champion", "veteran", "rookie", "star", "superintendent", "principal",
	"teacher", "student", "resident", "owner", "chef", "nurse", "doctor", "surgeon", "physician",
	"pastor", "priest", "bishop", "rabbi", "imam", "judge", "justice", "chairperson", "head",
	"administrator", "director-general",
)

// orgSuffixes end organization names: "Baloch Liberation Front", "Apple Inc."
var orgSuffixes = set(
	"army", "front", "party", "corps", "committee", "forum", "ministry", "agency", "university", "bank",
	"inc.", "inc", "corp.", "corp", "co.", "ltd.", "ltd", "llc", "plc", "l.p.", "lp", "llp", "group",
	"council", "commission", "department", "office", "institute", "association", "union", "federation",
	"league", "club", "court", "senate", "congress", "parliament", "assembly", "police", "guard", "guards",
	"force", "forces", "service", "services", "board", "authority", "foundation", "fund", "organization",
	"organisation", "news", "times", "post", "journal", "network", "airlines", "airways", "airline",
	"motors", "holdings", "technologies", "technology", "systems", "labs", "laboratories", "laboratory",
	"hospital", "school", "college", "academy", "center", "centre", "museum", "church", "brigade",
	"brigades", "movement", "alliance", "coalition", "company", "corporation", "industries", "partners",
	"bureau", "administration", "navy", "command", "cabinet", "government", "tribunal", "secretariat",
	"society", "trust", "institution", "observatory", "conference", "division", "regiment", "battalion",
	"herald", "gazette", "tribune", "telegraph", "daily", "press", "review", "magazine", "radio",
	"television", "broadcasting", "studios", "entertainment", "pictures", "records", "media",
	"communications", "telecom", "petroleum", "pharmaceuticals", "therapeutics", "solutions",
	"consulting", "ventures", "investments", "securities", "insurance", "bancorp", "railway", "railways",
	"stores", "brands", "foods", "limited", "incorporated", "brothers", "bros.", "fc", "f.c.", "afc",
	"united", "rovers", "wanderers", "athletic", "athletics", "jihad", "brotherhood", "taliban",
	"reserve", "exchange", "mission", "initiative", "project", "program", "programme", "council",
	"sa", "ag", "gmbh", "n.v.", "nv", "s.a.", "spa", "s.p.a.", "ab", "asa", "oyj", "kgaa", "se",
	"directorate", "inspectorate", "ministries", "agencies", "commissions", "unions", "parties",
	"corporation", "caucus", "clinic", "library", "zoo", "orchestra", "ensemble", "choir", "band",
	"cooperative", "co-op", "collective", "institutes", "sciences", "studies", "research",
	"management", "capital", "holding", "advisors", "advisers", "associates", "energy", "appeals", "productions",
)

// orgHeads start organization names before "of"/"for": "Ministry of Defence".
var orgHeads = set(
	"ministry", "department", "university", "bank", "institute", "college", "school", "council",
	"commission", "committee", "board", "office", "house", "church", "museum", "academy", "society",
	"association", "federation", "league", "union", "organization", "organisation", "court", "bureau",
	"agency", "center", "centre", "army", "order", "party", "friends", "government", "alliance",
	"coalition", "fund", "foundation", "chamber", "federal", "national", "royal", "international",
	"conference", "congress", "parliament", "assembly", "secretariat", "movement", "front", "corps",
	"laboratory", "hospital", "clinic", "library", "sisters", "brothers", "knights", "daughters",
	"sons", "bureau", "service", "authority", "institution", "campaign", "network", "trust",
	"secretary", "minister", "president", "director", "chief", "chairman", "governor", "mayor",
	"speaker", "leader", "head", "commissioner", "duke", "duchess", "earl", "prince", "princess",
	"king", "queen", "bishop", "archbishop", "ambassador", "attorney",
	"journal", "proceedings", "annals", "bulletin", "archives", "transactions", "club",
)

// placeHeads start place names before "of": "Gulf of Mexico".
var placeHeads = set(
	"gulf", "bay", "sea", "strait", "straits", "isle", "isles", "islands", "island", "republic",
	"kingdom", "state", "city", "county", "district", "province", "cape", "lake", "mount", "principality",
	"sultanate", "emirate", "commonwealth", "duchy", "port", "bank", "horn", "cape", "sea", "valley",
	"united", "federated", "borough", "town", "village", "municipality", "region",
)

// placeSuffixes end place names: "Sistan-Baluchestan Province", "Gaza Strip".
var placeSuffixes = set(
	"city", "county", "province", "island", "islands", "river", "valley", "mountains", "mountain",
	"bay", "strait", "sea", "ocean", "peninsula", "desert", "canyon", "gulf", "coast", "heights",
	"hills", "plains", "plateau", "beach", "falls", "springs", "harbor", "harbour", "district",
	"region", "territory", "territories", "strip", "township", "borough", "village", "square",
	"airport", "lake", "creek", "forest", "glacier", "volcano", "delta", "basin", "archipelago",
	"oblast", "governorate", "prefecture", "state", "states",
	"street", "avenue", "road", "drive", "boulevard", "lane", "highway", "parkway", "expressway", "freeway",
	"turnpike", "pike", "terrace", "circle", "crescent",
	"st.", "ave.", "rd.", "blvd.", "ln.", "hwy.", "pkwy.", "ct.",
)

// placeFirst start place names: "Lake Victoria", "Mount Everest".
var placeFirst = set("northern", "southern", "eastern", "western", "northeastern", "northwestern",
	"southeastern", "southwestern", "downtown", "upstate", "coastal", "rural", "metro", "inner", "outer", "lake", "mount", "mt.", "cape", "port", "fort", "ft.", "isle", "gulf", "sea", "san", "santa", "st.", "saint", "new", "north", "south", "east", "west", "upper", "lower", "greater", "central")

// orgCuesAfter: a lower-case word right after a name that says it is an organization.
var orgCuesAfter = set(
	"party", "group", "company", "firm", "militia", "movement", "organization", "organisation",
	"agency", "network", "newspaper", "club", "team", "union", "alliance", "coalition", "bank",
	"airline", "ministry", "council", "committee", "faction", "outfit", "rebels", "militants",
	"startup", "brand", "retailer", "carrier", "lender", "insurer", "broadcaster", "channel",
	"magazine", "website", "charity", "nonprofit", "non-profit", "government", "automaker",
	"carmaker", "chipmaker", "giant", "conglomerate", "subsidiary", "unit", "insurgents", "fighters",
	"spokesman", "spokeswoman", "spokesperson", "officials", "cabinet", "lawmakers", "board",
	"shares", "stock", "executives", "university", "college", "school", "hospital", "laboratory",
	"lab", "institute", "department", "band", "label", "studio", "publisher", "app", "platform",
	"manufacturer", "maker", "supermarket", "chain", "operator", "regulator", "watchdog",
	"scientists", "researchers", "archaeologist", "archaeologists", "staff", "employees", "workers",
	"engineers", "economists", "leaders", "members", "fans", "players", "coaches", "teams",
)

// placeCuesAfter: a lower-case word right after a name that says it is a place.
var placeCuesAfter = set(
	"province", "region", "city", "town", "village", "county", "district", "state", "valley", "river",
	"island", "area", "border", "capital", "neighborhood", "neighbourhood", "suburb", "township",
	"municipality", "governorate", "prefecture", "oblast", "territory", "residents", "coast",
	"countryside", "mountains", "peninsula", "desert", "port", "airport", "region's", "province's",
	"counties", "provinces", "states", "districts", "regions", "cities", "towns", "villages", "islands",
	"neighborhoods", "neighbourhoods", "suburbs", "townships", "municipalities", "parishes", "parish",
	"settlement", "settlements", "enclave", "outpost",
)

// orgCuesBefore: a lower-case word right before a name that says it is an
// organization: "the state power company Eskom", "the logistics group Transnet".
var orgCuesBefore = set(
	"company", "firm", "group", "startup", "start-up", "carrier", "airline", "bank", "lender", "insurer",
	"retailer", "automaker", "carmaker", "chipmaker", "conglomerate", "giant", "utility", "exchange",
	"broker", "brokerage", "publisher", "broadcaster", "newspaper", "network", "maker", "manufacturer",
	"developer", "operator", "platform", "supplier", "distributor", "miner", "producer", "fund", "charity",
	"nonprofit", "non-profit", "party", "militia", "outfit", "label", "studio", "chain", "airline",
	"regulator", "watchdog", "agency", "union", "club", "franchise", "subsidiary", "unit", "parent",
	"journal",
)

// apposNouns, after ", the" or ", a" and a few lower-case words, say the
// name before is an organization: "Worldcoin, the cryptocurrency project
// co-founded by ...".
var apposNouns = set(
	"company", "firm", "startup", "start-up", "group", "project", "maker", "developer", "platform", "bank",
	"lender", "insurer", "carrier", "airline", "retailer", "chain", "exchange", "network", "agency", "party",
	"organization", "organisation", "charity", "nonprofit", "non-profit", "broadcaster", "newspaper",
	"publisher", "conglomerate", "automaker", "carmaker", "chipmaker", "utility", "fund", "outfit",
	"militia", "movement", "manufacturer", "operator", "supplier", "producer", "app", "service", "website",
	"subsidiary", "consultancy", "brokerage", "regulator", "watchdog", "coalition", "alliance",
)

// apposAfter may follow the noun of such an apposition: "the project
// co-founded by", "a company that".
var apposAfter = set("that", "which", "whose", "co-founded", "founded", "cofounded", "based", "backed", "owned",
	"run", "led", "started", "created", "behind", "with", "in", "of", "for", "by", "from", "at", "and", "valued")

// venueSuffixes end names of venues and small places that a given name
// never starts: "Tropicana Field", "Siesta Key", "Yankee Stadium".
var venueSuffixes = set("field", "stadium", "arena", "park", "gardens", "coliseum", "colosseum", "dome",
	"ballpark", "speedway", "raceway", "velodrome", "racecourse", "key", "keys", "pier", "wharf", "mall")

// surnameSuffixes are venue words that are also surnames: "Sally Field",
// "Grace Park", "Alicia Keys" (after a given name, a person).
var surnameSuffixes = set("field", "park", "key", "keys", "gardens", "mall")

// placePreps: a lower-case word right before a name that often introduces a place.
var placePreps = set("in", "from", "to", "near", "across", "outside", "into", "throughout", "toward", "towards", "around", "inside", "within", "of", "at")

// saidVerbs after a name make it an actor (person or organization).
var saidVerbs = set("said", "says", "told", "added", "wrote", "explained", "argued", "noted", "insisted", "stated", "tweeted", "announced", "warned", "asked", "replied", "testified", "recalled", "acknowledged", "confirmed", "denied", "declined")

// stopCaps are capitalised words that are never a name on their own.
var stopCaps = set(
	"the", "a", "an", "this", "that", "these", "those", "however", "but", "and", "or", "if", "when",
	"while", "after", "before", "both", "it", "he", "she", "they", "we", "i", "i'm", "i've", "i'd", "i'll", "you", "his", "her", "their",
	"our", "my", "its", "some", "many", "most", "all", "any", "each", "every", "no", "not", "yes",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
	"oct.", "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
	"sunni", "sunnis", "shia", "shiite", "shi'ite", "shiites", "shi'ites", "muslim", "muslims",
	"christian", "christians", "jewish", "jew", "jews", "islamist", "islamists", "islamic", "catholic",
	"catholics", "protestant", "hindu", "hindus", "sikh", "buddhist", "arab", "arabs", "kurdish", "kurds",
	"kurd", "baloch", "pashtun", "western", "eastern", "northern", "southern", "god", "allah", "covid",
	"covid-19", "internet", "web", "ok", "okay", "mr.", "mrs.", "ms.", "dr.", "tv", "ai", "gdp", "ceo",
	"cfo", "coo", "cto", "pm", "am", "a.m.", "p.m.", "usd", "eur", "http", "https", "www", "via", "per",
	"et", "al", "photo", "video", "image", "getty", "images", "file", "read", "more", "related",
	"advertisement", "subscribe", "share", "click", "here", "update", "updated", "breaking", "news",
	"opinion", "analysis", "editor's", "note", "q", "a", "faq", "vs.", "vs", "st.", "no.", "ii", "iii",
	"iv", "jr.", "sr.", "democrat", "democratic", "republican", "liberal", "conservative", "labour",
	"socialist", "communist", "nazi", "nazis", "olympic", "olympics", "christmas", "easter", "ramadan",
	"eid", "thanksgiving", "halloween", "hanukkah", "diwali", "lent", "passover", "black", "white",
	"latino", "latina", "latinos", "hispanic", "asian-american", "african-american", "native",
	"arabic", "urdu", "farsi", "hebrew", "mandarin", "hindi",
	"celsius", "fahrenheit", "ph.d.", "phd", "m.d.", "covid19", "coronavirus", "sars-cov-2", "hiv",
	"aids", "dna", "rna", "nasdaq", "s&p", "dow", "ftse", "nikkei", "q1", "q2", "q3", "q4", "fy",
)

// leadTrim are capitalised words dropped from the front of a name
// ("The", "However", weekdays); other stopCaps are dropped only when nothing
// but stop words is left ("Sunni Islamist").
var leadTrim = set(
	"the", "a", "an", "this", "that", "these", "those", "however", "but", "and", "or", "if", "when",
	"while", "after", "before", "both", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their",
	"our", "my", "its", "some", "many", "most", "all", "any", "each", "every", "no", "not", "yes",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
	"oct.", "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "read", "more", "related",
	"photo", "video", "image", "file", "update", "updated", "breaking", "opinion", "analysis", "via",
)

// stopAcronyms are all-capital words that are not organizations.
var stopAcronyms = set(
	"ceo", "cfo", "coo", "cto", "gdp", "tv", "ai", "pm", "am", "ok", "usd", "eur", "gbp", "hiv", "aids",
	"dna", "rna", "covid", "faq", "q&a", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "id",
	"url", "pdf", "gps", "suv", "atm", "mph", "kph", "km", "kg", "mw", "gw", "kw", "ipo", "etf", "vip",
	"lol", "omg", "diy", "rip", "asap", "eta", "ufo", "lgbt", "lgbtq", "lgbtq+", "phd", "mba", "md",
	"mvp", "i", "a", "cctv", "ppe", "icu", "er", "ev", "evs",
	"api", "app", "ceo's", "cpi", "ppi", "eps", "yoy", "qoq", "bps", "esg", "ar", "vr", "it", "pr",
	"hr", "r&d", "m&a", "tba", "tbd", "bc", "ad", "bce", "ce", "est", "edt", "pst", "pdt", "gmt", "utc",
	"ft", "vs", "no", "jr", "sr", "st", "dr", "mr", "mrs", "ms", "rss", "html", "wifi", "ios", "mri",
	"ct", "ekg", "ecg", "ivf", "ptsd", "adhd", "ocd", "std", "sti", "uv", "led", "lcd", "cpu", "gpu",
	"ram", "usb", "sms", "mp3", "oled", "5g", "4g", "3g", "co2", "ghg", "c.e.", "b.c.e.", "b.c.", "a.d.",
	"a.m.", "p.m.", "u.s.-based",
)

// particles join the parts of a name: "Anwaar ul Haq Kakar", "Ben van Beurden".
var particles = set("al", "al-", "el", "ul", "bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "dos", "das", "do", "ter", "y", "e", "ben", "abu", "ould", "mac", "zu", "af", "av")

// stateAbbrevs are the AP style abbreviations of U.S. states (written with a
// period after a city: "Tampa, Fla."), folded, without the period.
var stateAbbrevs = map[string]string{
	"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
	"conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
	"ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
	"mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
	"mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "n.h": "New Hampshire", "n.j": "New Jersey",
	"n.m": "New Mexico", "n.y": "New York", "n.c": "North Carolina", "n.d": "North Dakota", "okla": "Oklahoma",
	"ore": "Oregon", "pa": "Pennsylvania", "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota",
	"tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
	"w.va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming",
}
