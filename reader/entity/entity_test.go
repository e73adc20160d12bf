package entity

import (
	"lede/reader/entity/internal/textfold"
	"strings"
	"testing"
)

type want struct {
	name    string // canonical name, or "" to check that nothing has this alias
	kind    Kind
	alias   string // an alias that must be listed (besides the name)
	role    string // a substring the role must contain
	absent  string // a name that must not be an entity of its own
	mention int    // how many mentions, when > 0
}

func find(ents []Entity, name string) *Entity {
	for i := range ents {
		if ents[i].Name == name {
			return &ents[i]
		}
	}
	return nil
}

func hasAlias(e *Entity, a string) bool {
	for _, x := range e.Aliases {
		if x == a {
			return true
		}
	}
	return false
}

func texts(paras ...string) []Text {
	out := make([]Text, len(paras))
	for i, p := range paras {
		out[i] = Text{Block: i, Text: p}
	}
	return out
}

func TestHardCases(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"sentence-initial words are not names",
			[]string{"However, while Iran and Pakistan have a history of rocky relations, both sides want calm.",
				"Against the backdrop of the war in Gaza, Iran and its allies have been flexing their muscles."},
			[]want{{name: "Iran", kind: Place, mention: 2}, {name: "Pakistan", kind: Place}, {name: "Gaza", kind: Place},
				{absent: "However"}, {absent: "Against"}}},
		{"all-caps dateline",
			[]string{"LIMA (Reuters) - Peru's President Dina Boluarte said on Monday she would not resign."},
			[]want{{name: "Lima", kind: Place}, {name: "Reuters", kind: Organization}, {name: "Dina Boluarte", kind: Person, role: "President"},
				{name: "Peru", kind: Place}, {absent: "LIMA"}}},
		{"drop cap",
			[]string{"GRAHAM Coughlan has managed the club since 2019, and Coughlan said he was staying."},
			[]want{{name: "Graham Coughlan", kind: Person, alias: "Coughlan", mention: 2}}},
		{"party-state tags, tickers and -based adjectives",
			[]string{"Sen. Elizabeth Warren (D-Mass.) and Sen. Sheldon Whitehouse (D-R.I.) wrote to Alphabet Inc. (NASDAQ: GOOGL), the New York-based bank said. Alphabet replied."},
			[]want{{name: "Elizabeth Warren", kind: Person}, {name: "Sheldon Whitehouse", kind: Person},
				{name: "Alphabet Inc.", kind: Organization, alias: "Alphabet", mention: 2}, {name: "New York", kind: Place},
				{absent: "D-R.I."}, {absent: "GOOGL"}, {absent: "New York-based"}}},
		{"names with particles and ordinary-word surnames",
			[]string{"Marine Le Pen met Ursula von der Leyen. Sens. Tom Cotton and Marsha Blackburn agreed. Grady Walker, a neighbor, said Grady was fine."},
			[]want{{name: "Marine Le Pen", kind: Person}, {name: "Ursula von der Leyen", kind: Person},
				{name: "Tom Cotton", kind: Person}, {name: "Grady Walker", kind: Person, alias: "Grady", mention: 2}}},
		{"an ordinary word the text also writes as a name mid-sentence",
			[]string{"Moose Kowalczyk ran the club for a decade. The fans say the trouble is not something Moose caused.",
				"\"Moose is upset,\" a friend said. Calls to Kowalczyk went unanswered.",
				"Canadian Laura Stairs and American Tom Hale were freed on Tuesday. Hale and Stairs are expected home on Friday.",
				"The envoy met Zhao He, the chief negotiator, in Geneva. He Yong, a trade official, said the talks went well. He added that nothing was signed.",
				"She sang Bad Blood at the show. Bad Blood topped the charts."},
			[]want{{name: "Moose Kowalczyk", kind: Person, alias: "Moose", mention: 4},
				{name: "Laura Stairs", kind: Person, alias: "Stairs", mention: 2},
				{name: "Zhao He", kind: Person, mention: 1}, {name: "He Yong", kind: Person, mention: 1}, {absent: "He"},
				{absent: "Zhao"}, {absent: "Bad Blood"}}},
		{"a name after a quoted question and before a verb of saying",
			[]string{"Officials testified on Monday.", "\"Is that really all?\" Dvorak asked. \"Yes!\" Kessler replied. \"No!\" Crowds roared."},
			[]want{{name: "Dvorak", kind: Person}, {name: "Kessler", kind: Person}, {absent: "Crowds"}}},
		{"long names spelled out by an acronym; the Commission",
			[]string{"The Board of Control for Cricket in India (BCCI) and the European Commission met. The Commission said the BCCI agreed."},
			[]want{{name: "Board of Control for Cricket in India", kind: Organization, alias: "BCCI", mention: 3},
				{name: "European Commission", kind: Organization, alias: "Commission", mention: 2}}},
		{"particles",
			[]string{"Pakistani Prime Minister Anwaar ul Haq Kakar met Shell chief executive Ben van Beurden, who condemned Jaish al Adl (JAA). Kakar said the JAA was a threat."},
			[]want{{name: "Anwaar ul Haq Kakar", kind: Person, alias: "Kakar", role: "Prime Minister", mention: 2},
				{name: "Ben van Beurden", kind: Person, role: "chief executive"},
				{name: "Jaish al Adl", kind: Organization, alias: "JAA", mention: 3},
				{name: "Pakistan", kind: Place, alias: "Pakistani"}}},
		{"organizations with and, commas and of",
			[]string{"The Securities and Exchange Commission fined Acme Widgets, Inc. on Tuesday.",
				"The Baloch Liberation Front and Baloch Liberation Army were blamed, the Ministry of Foreign Affairs said."},
			[]want{{name: "Securities and Exchange Commission", kind: Organization},
				{name: "Acme Widgets, Inc.", kind: Organization},
				{name: "Baloch Liberation Front", kind: Organization}, {name: "Baloch Liberation Army", kind: Organization},
				{name: "Ministry of Foreign Affairs", kind: Organization}}},
		{"possessives with curly apostrophe",
			[]string{"A statement from Pakistan\u2019s foreign office said Iran's drones struck."},
			[]want{{name: "Pakistan", kind: Place}, {name: "Iran", kind: Place}, {absent: "Pakistan\u2019s"}}},
		{"place in a title, place inside a longer name",
			[]string{"The Pakistan Tehreek-e-Insaaf (PTI) party of jailed former Prime Minister Imran Khan condemned Iran.",
				"Pakistani Prime Minister Shehbaz Sharif spoke to his Turkish counterpart; Chinese citizens were hurt."},
			[]want{{name: "Pakistan Tehreek-e-Insaaf", kind: Organization, alias: "PTI"},
				{name: "Pakistan", kind: Place, alias: "Pakistani", mention: 1},
				{name: "Imran Khan", kind: Person}, {name: "Shehbaz Sharif", kind: Person},
				{name: "Turkey", kind: Place, alias: "Turkish"}, {name: "China", kind: Place, alias: "Chinese"}}},
		{"capitals used for governments are the city",
			[]string{"Islamabad said it hit bases in Iran, while Tehran said its drones struck militants."},
			[]want{{name: "Islamabad", kind: Place}, {name: "Tehran", kind: Place}}},
		{"well-known and introduced acronyms",
			[]string{"U.N. Secretary-General Antonio Guterres urged restraint. The United States also urged restraint, and the U.S. said so."},
			[]want{{name: "United Nations", kind: Organization, alias: "U.N."},
				{name: "Antonio Guterres", kind: Person, role: "U.N. Secretary-General"},
				{name: "United States", kind: Place, alias: "U.S.", mention: 2}}},
		{"later short forms are the same person",
			[]string{"Foreign Minister Jalil Abbas Jilani spoke to reporters.",
				"The contact follows a call between Mr. Jilani and his counterpart. Jilani said talks went well."},
			[]want{{name: "Jalil Abbas Jilani", kind: Person, alias: "Mr. Jilani", role: "Foreign Minister", mention: 3}}},
		{"people and organizations named after places",
			[]string{"In Kansas City on Wednesday, Sporting Kansas City beat the Chicago Fire 1-0. The Fire have lost two in a row.",
				"Jersey County Sheriff Mike Ringhausen praised his deputies, Ringhausen said."},
			[]want{{name: "Sporting Kansas City", kind: Organization}, {name: "Chicago Fire", kind: Organization, alias: "Fire", mention: 2},
				{name: "Kansas City", kind: Place}, {name: "Mike Ringhausen", kind: Person, role: "Sheriff", mention: 2},
				{name: "Jersey County", kind: Place}}},
		{"lower-case roles",
			[]string{"Former foreign minister Bilawal Bhutto Zardari and sheriff John Smith met.", "Smith said it went well."},
			[]want{{name: "Bilawal Bhutto Zardari", kind: Person, role: "foreign minister"}, {name: "John Smith", kind: Person, role: "sheriff", mention: 2},
				{absent: "Former"}}},
		{"regions and seas",
			[]string{"Widening Middle East war hits shipping in the Red Sea and the Strait of Hormuz."},
			[]want{{name: "Middle East", kind: Place}, {name: "Red Sea", kind: Place}, {name: "Strait of Hormuz", kind: Place}, {absent: "Widening"}}},
		{"title-case headline",
			[]string{"Reid Scores First Goal As Sporting Beat Fire", "Winston Reid scored as Sporting Kansas City beat the Chicago Fire."},
			[]want{{name: "Winston Reid", kind: Person, alias: "Reid", mention: 2}, {absent: "Scores"}, {absent: "Goal"}}},
		{"photo credit is not a person",
			[]string{"Anjum Naveed/AP\nPakistani Prime Minister Anwaar ul Haq Kakar left Davos early."},
			[]want{{absent: "Anjum Naveed"}, {name: "Davos", kind: Place}, {name: "Pakistan", kind: Place}}},
		{"storms are not people or places",
			[]string{"Hurricane Milton came ashore near Siesta Key less than two weeks after Hurricane Helene. Milton weakened over Orlando.",
				"Tropical Storm Debby flooded Savannah."},
			[]want{{absent: "Milton"}, {absent: "Helene"}, {absent: "Debby"}, {absent: "Hurricane Milton"},
				{name: "Siesta Key", kind: Place}, {name: "Orlando", kind: Place}, {name: "Savannah", kind: Place}}},
		{"diseases named after places",
			[]string{"The nurse died of the Sudan strain of Ebola, unlike the Zaire strain. West Nile virus and Marburg virus cases rose, officials in Marburg, Germany said."},
			[]want{{absent: "Sudan"}, {absent: "Ebola"}, {absent: "Zaire"}, {absent: "West Nile"},
				{name: "Marburg", kind: Place, mention: 1}, {name: "Germany", kind: Place}}},
		{"lists share a kind; cues before a name and appositions",
			[]string{"Worldcoin, the cryptocurrency project co-founded by Sam Altman, raised money from Blockchain Capital, Andreessen Horowitz and Khosla Ventures. Blania said Worldcoin had grown.",
				"Residents of Pinellas, Hillsborough and Manatee counties left. Lockdowns hit the districts of Mubende and Kassanda.",
				"Reforms at the state power company Eskom and the logistics group Transnet. Jane Smith, the company's founder, agreed.",
				"Wayne Madison and Trenton roads meet in Trenton."},
			[]want{{name: "Worldcoin", kind: Organization, mention: 2}, {name: "Andreessen Horowitz", kind: Organization},
				{name: "Hillsborough", kind: Place}, {name: "Kassanda", kind: Place},
				{name: "Eskom", kind: Organization}, {name: "Transnet", kind: Organization}, {name: "Jane Smith", kind: Person},
				{name: "Trenton", kind: Place}}},
		{"courts, acronyms after a place, initials of an earlier name, state abbreviations",
			[]string{"TAMPA, Fla. — Judge Alison J. Nathan of the U.S. District Court for the Southern District of New York ruled, and the U.S. Centers for Disease Control and Prevention (CDC) agreed.",
				"Appeals from the Southern District go to the U.S. Court of Appeals for the Second Circuit. Florida waited.",
				"The African National Congress and the Democratic Alliance agreed. The DA said so. Julius Malema of the Economic Freedom Fighters (EFF) and the uMkhonto weSizwe party disagreed."},
			[]want{{name: "District Court for the Southern District of New York", kind: Organization, alias: "Southern District", mention: 2},
				{name: "U.S. Court of Appeals for the Second Circuit", kind: Organization},
				{name: "Centers for Disease Control and Prevention", kind: Organization, alias: "CDC"},
				{name: "United States", kind: Place, alias: "U.S."},
				{name: "Florida", kind: Place, alias: "Fla", mention: 2},
				{name: "Democratic Alliance", kind: Organization, alias: "DA", mention: 2},
				{name: "Economic Freedom Fighters", kind: Organization, alias: "EFF"},
				{name: "uMkhonto weSizwe", kind: Organization}}},
		{"venues and titles",
			[]string{"Winds tore the roof off Tropicana Field. FEMA Administrator Deanne Criswell spoke. Sequoia Capital, an early backer, and Duke Energy agreed. The band played at Yankee Stadium."},
			[]want{{name: "Tropicana Field", kind: Place}, {name: "Yankee Stadium", kind: Place},
				{name: "Deanne Criswell", kind: Person, role: "Administrator"}, {name: "FEMA", kind: Organization},
				{name: "Sequoia Capital", kind: Organization}, {name: "Duke Energy", kind: Organization}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents := Recognize(texts(c.paras...))
			var got []string
			for _, e := range ents {
				got = append(got, string(e.Kind)+":"+e.Name)
			}
			for _, w := range c.wants {
				if w.absent != "" {
					for _, e := range ents {
						for _, a := range e.Aliases {
							if a == w.absent {
								t.Errorf("%q should not be a name (in %s %q)", w.absent, e.Kind, e.Name)
							}
						}
					}
					continue
				}
				e := find(ents, w.name)
				if e == nil {
					t.Errorf("missing %s %q; got %s", w.kind, w.name, strings.Join(got, ", "))
					continue
				}
				if e.Kind != w.kind {
					t.Errorf("%q: kind %s, want %s", w.name, e.Kind, w.kind)
				}
				if w.alias != "" && !hasAlias(e, w.alias) {
					t.Errorf("%q: aliases %q lack %q", w.name, e.Aliases, w.alias)
				}
				if w.role != "" && !strings.Contains(e.Role, w.role) {
					t.Errorf("%q: role %q, want %q", w.name, e.Role, w.role)
				}
				if w.mention > 0 && len(e.Mentions) != w.mention {
					t.Errorf("%q: %d mentions, want %d", w.name, len(e.Mentions), w.mention)
				}
			}
		})
	}
}

// TestSpans checks that every mention's span lies in its block, on the
// name as written (no possessive, no title).
func TestSpans(t *testing.T) {
	_, _, txts := loadArticle(t, "seed")
	byBlock := map[int]string{}
	for _, x := range txts {
		byBlock[x.Block] = x.Text
	}
	for _, e := range Recognize(txts) {
		for _, m := range e.Mentions {
			s, ok := byBlock[m.Block]
			if !ok || m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("%s: bad span %+v", e.Name, m)
			}
			got := s[m.Start:m.End]
			if strings.HasSuffix(got, "\u2019s") || strings.HasSuffix(got, "'s") || strings.HasPrefix(got, "Mr.") || strings.HasPrefix(got, "Prime Minister") {
				t.Errorf("%s: span %q includes a possessive or title", e.Name, got)
			}
			if textfold.String(got) == "" {
				t.Errorf("%s: empty span", e.Name)
			}
		}
	}
	jil := find(Recognize(txts), "Jalil Abbas Jilani")
	if jil == nil || len(jil.Mentions) != 4 {
		t.Fatalf("Jilani mentions: %+v", jil)
	}
}

func TestEmptyAndOdd(t *testing.T) {
	for _, in := range [][]Text{nil, {{Block: 0, Text: ""}}, {{Block: 1, Text: "   \n\n  "}}, {{Block: 2, Text: "\xff\xfe bad UTF-8 \xc3"}},
		{{Block: 3, Text: strings.Repeat("A ", 5000)}}, {{Block: 4, Text: "(((( )))) -- ’s ’s 's"}}} {
		_ = Recognize(in) // must not panic
	}
}

// TestGazetteerKeysFolded checks that the generator folded keys the way the
// recognizer does, and that the data is sorted for binary search.
func TestGazetteerKeysFolded(t *testing.T) {
	g := loadGazetteer()
	prev := ""
	for i, line := range strings.Split(strings.TrimSuffix(gazetteerData, "\n"), "\n") {
		k := lineKey(line)
		if textfold.String(k) != k {
			t.Fatalf("line %d: key %q is not folded (%q)", i, k, textfold.String(k))
		}
		if k < prev {
			t.Fatalf("line %d: %q sorts before %q", i, k, prev)
		}
		prev = k
	}
	if len(gazetteerData) > 2<<20 {
		t.Errorf("gazetteer is %d bytes, want under 2 MiB", len(gazetteerData))
	}
	for _, k := range []string{"pakistan", "davos", "tehran", "balochistan", "sistan-baluchestan", "gaza", "middle east"} {
		if in := g.info(k); in.place == 0 {
			t.Errorf("%q is not a place", k)
		}
	}
	if in := g.info("turkish"); in.demonym != "Turkey" {
		t.Errorf("turkish -> %q, want Turkey", in.demonym)
	}
}

func BenchmarkRecognizeSample(b *testing.B) {
	_, _, txts := loadArticle(b, "seed")
	loadGazetteer()
	b.ReportAllocs()
	for b.Loop() {
		Recognize(txts)
	}
}

// "Mr." says how a person is addressed, not what they do: it is no role.
func TestHonorificIsNoRole(t *testing.T) {
	ents := Recognize([]Text{{Block: 0, Text: "Mr. Okonkwo, in comments to reporters, said the talks would resume."}})
	for _, e := range ents {
		if e.Name == "Okonkwo" {
			if e.Role != "" {
				t.Errorf("role = %q, want none", e.Role)
			}
			return
		}
	}
	t.Errorf("Okonkwo not found in %+v", ents)
}

// BenchmarkRecognizeLongBlock is one 40,000-word paragraph of capitalised
// words and lists: the pass must stay linear in a block's length (a cue that
// split the rest of the block at every list item once made it quadratic).
func BenchmarkRecognizeLongBlock(b *testing.B) {
	words := []string{"Alpha", "Beta", "Gamma", "Delta", "Pakistan", "Mr.", "Jilani", "of", "the", "and", "counties,"}
	var sb strings.Builder
	for i := range 40000 {
		sb.WriteString(words[(i*7+i/3)%len(words)])
		sb.WriteByte(' ')
	}
	text := []Text{{Block: 0, Text: sb.String()}}
	for b.Loop() {
		Recognize(text)
	}
}

// TestNameWordsNotProducts: the rule that reads an ordinary word as a name
// when the text capitalises it mid-sentence must not make people of
// product names, nor of capitalised nouns in a German text.
func TestNameWordsNotProducts(t *testing.T) {
	ents := Recognize(texts(
		"Apple sells the MacBook Pro and the iPhone 11 Pro Max. Reviewers prefer the Pro to the Air.",
		"Google said the Stadia Pro plan costs $10. Stadia is cheaper than the Pro, and Pro Max owners agree.",
		"Die Daten werden geteilt. Wir speichern Die Daten nicht, aber Daten bleiben, und die Daten sind sicher.",
	))
	for _, name := range []string{"MacBook Pro", "Pro Max", "Stadia Pro", "Die Daten"} {
		if e := find(ents, name); e != nil && e.Kind == Person {
			t.Errorf("%q read as a person", name)
		}
	}
}
