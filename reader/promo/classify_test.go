package promo

import (
	"strings"
	"testing"
)

// Each cue on its own: a block's text (and HTML hints) to the reason it is
// hidden for, "" for story text that must stay.
func TestClassifyCues(t *testing.T) {
	story := "The committee voted 14 to 9 on Tuesday, and the bill now goes to the full Senate, where leaders said they would take it up next month."
	tests := []struct {
		name, text, want string
		attrs            string
		links            float64
		kind             Kind
	}{
		{"residue bar", "|", reasonResidue, "", 0, Paragraph},
		{"residue bullets", "• • •", reasonResidue, "", 0, Paragraph},
		{"bare url", "https://www.example.com/world/2024/01/19/story-slug", reasonBareLink, "", 0, Paragraph},
		{"bare domain", "example.org/subscribe", reasonBareLink, "", 0, Paragraph},
		{"credit slash", "Anjum Naveed/AP", reasonCredit, "", 0, Paragraph},
		{"credit agency first", "REUTERS/Jane Doe", reasonCredit, "", 0, Paragraph},
		{"credit label", "Photo: AAP", reasonCredit, "", 0, Paragraph},
		{"credit via", "Jane Doe via Getty Images", reasonCredit, "", 0, Paragraph},
		{"credit photo by", "(Photo by Lucy Smith/Reuters)", reasonCredit, "", 0, Paragraph},
		{"credit outlet", "Jim Wilson/The Daily Courier", reasonCredit, "", 0, Paragraph},
		{"reading time", "6 min read", reasonReadingTime, "", 0, Paragraph},
		{"listen time", "Listen: 7 min", reasonReadingTime, "", 0, Paragraph},
		{"copyright", "© 2024 Example Media Ltd. All rights reserved.", reasonCopyright, "", 0, Paragraph},
		{"read more", "Read more: Widening Middle East war: Have Iran’s calculations changed?", reasonRelated, "", 0, Paragraph},
		{"related colon", "Related: Five things to know about the vote", reasonRelated, "", 0, Paragraph},
		{"next in", "Next in World", reasonRelated, "", 0, Paragraph},
		{"most viewed", "Most viewed", reasonRelated, "", 0, Paragraph},
		{"ad label", "Advertisement", reasonAd, "", 0, Paragraph},
		{"ad continues", "Story continues below advertisement", reasonAd, "", 0, Paragraph},
		{"share", "Share this article", reasonShare, "", 0, Paragraph},
		{"share counts", "Share 12", reasonShare, "", 0, Paragraph},
		{"qr", "QR Code to Subscription page", reasonQR, "", 0, Paragraph},
		{"paywall", "You've read 3 of 5 free articles. Subscribe to continue.", reasonSubscription, "", 0, Paragraph},
		{"price", "Get unlimited digital access for just $1 a week. Cancel anytime.", reasonSubscription, "", 0, Paragraph},
		{"donation", "If you value our reporting, please make a contribution today. Every contribution counts.", reasonDonation, "", 0, Paragraph},
		{"newsletter", "Sign up for our morning newsletter and get the day's top stories delivered to your inbox.", reasonNewsletter, "", 0, Paragraph},
		{"cookie", "We use cookies to improve your experience. By continuing you accept our cookie policy.", reasonCookie, "", 0, Paragraph},
		{"comment form", "Your email address will not be published. Required fields are marked *", reasonComment, "", 0, Paragraph},
		{"comment count", "Read 312 Comments", reasonComment, "", 0, Paragraph},
		{"form field", "Name *", reasonComment, "", 0, Paragraph},
		{"menu", "Order Reprints | Today's Paper | Subscribe", reasonNavigation, "", 0, Paragraph},
		{"lone subscribe", "Subscribe", reasonSubscription, "", 0, Paragraph},
		{"html newsletter box", "Get the briefing every morning.", reasonNewsletter, "article-body newsletter-signup", 0, Paragraph},
		{"html link list", "Five things to know. The vote explained. Who won.", reasonRelated, "", 0.95, List},
		{"html teaser link", "Why the river is shrinking", reasonRelated, "", 1, Paragraph},

		// Story text that shares words with junk stays.
		{"story", story, "", "", 0, Paragraph},
		{"story quote with subscribe", `“People subscribe to the service because it is cheap,” said the analyst, who asked not to be named.`, "", "", 0, Paragraph},
		{"story price", "Netflix raised its basic plan to $15.49 a month, the company said on Tuesday.", "", "", 0, Paragraph},
		{"story share prices", "Share prices fell sharply in early trading after the announcement.", "", "", 0, Paragraph},
		{"story like this", "Like this year's harvest, the next one is expected to be poor.", "", "", 0, Paragraph},
		{"story newsletter", "The newsletter, founded in 2019, now has 20,000 readers.", "", "", 0, Paragraph},
		{"story heading", "Insurgency", "", "", 0, Heading},
		{"story long para in promo wrapper", story + " " + story, "", "paywall-content", 0, Paragraph},
		{"story slash", "The poll by Ipsos/Reuters found support at 41 percent.", "", "", 0, Paragraph},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := Block{Kind: tc.kind, Text: tc.text, Attrs: tc.attrs, LinkDensity: tc.links}
			if got := classify(&b, nil, false); got != tc.want {
				t.Errorf("classify(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func promoArticle(texts ...string) *Article {
	a := &Article{}
	for _, s := range texts {
		a.Blocks = append(a.Blocks, Block{Kind: Paragraph, Text: s})
	}
	a.renumber()
	return a
}

func hiddenOf(a *Article) string {
	var b strings.Builder
	for _, x := range a.Blocks {
		if x.Hidden {
			b.WriteByte('H')
		} else {
			b.WriteByte('.')
		}
	}
	return b.String()
}

func TestCaptionCreditSplit(t *testing.T) {
	tests := []struct {
		in, caption, credit string
		first               bool
	}{
		{"Firefighters rest after a night shift near the town. Photo: AAP", "Firefighters rest after a night shift near the town.", "Photo: AAP", false},
		{"Residents watch smoke from the fire on Monday. (AAP: Dan Himbrechts)", "Residents watch smoke from the fire on Monday.", "(AAP: Dan Himbrechts)", false},
		{"Passengers at a London station. Photograph: Jordan Pettitt/PA", "Passengers at a London station.", "Photograph: Jordan Pettitt/PA", false},
		{"Anjum Naveed/AP Pakistani Prime Minister Anwaar ul Haq Kakar left Davos early.", "Pakistani Prime Minister Anwaar ul Haq Kakar left Davos early.", "Anjum Naveed/AP", true},
		{"A ferry crosses the river at dawn. REUTERS/Russell Boyce", "A ferry crosses the river at dawn.", "REUTERS/Russell Boyce", false},
	}
	for _, tc := range tests {
		a := promoArticle("Story paragraph one, long enough to be a paragraph of the story.", tc.in, "The story goes on after the picture.")
		markPromo(a)
		if len(a.Blocks) != 4 {
			t.Fatalf("%q: want 4 blocks after the split, got %d", tc.in, len(a.Blocks))
		}
		capI, credI := 1, 2
		if tc.first {
			capI, credI = 2, 1
		}
		cp, cr := a.Blocks[capI], a.Blocks[credI]
		if cp.Text != tc.caption || cp.Hidden {
			t.Errorf("%q: caption = %q hidden=%v, want %q visible", tc.in, cp.Text, cp.Hidden, tc.caption)
		}
		if cr.Text != tc.credit || !cr.Hidden || cr.Reason != reasonCredit {
			t.Errorf("%q: credit = %q hidden=%v reason=%q, want %q hidden as credit", tc.in, cr.Text, cr.Hidden, cr.Reason, tc.credit)
		}
		for i, b := range a.Blocks {
			if b.ID != i {
				t.Errorf("block %d has ID %d after the split", i, b.ID)
			}
		}
	}
	// A sentence that ends in a slash name is not a caption with a credit.
	a := promoArticle("The poll was run by Ipsos/Reuters.")
	markPromo(a)
	if len(a.Blocks) != 1 || a.Blocks[0].Hidden {
		t.Errorf("story sentence split or hidden: %+v", a.Blocks)
	}
}

func TestLetterHiddenAsUnit(t *testing.T) {
	body := "The council voted on Thursday to reopen the pool, the chairman said, after a long campaign."
	a := promoArticle(
		body,
		"Dear reader,",
		"Local journalism costs money to produce. Our reporters sit through council meetings.",
		"About a year ago I found a note about what this newspaper means to the town.",
		"If you value this work, please consider making a contribution.",
		"Sincerely,",
		"The Editor",
		"Work is expected to begin in January and finish by late May, officials said.",
	)
	markPromo(a)
	if got, want := hiddenOf(a), ".HHHHHH."; got != want {
		t.Errorf("hidden = %s, want %s", got, want)
	}
	// Without a sign-off the letter runs to its last call to action, and the
	// story after it stays.
	a = promoArticle(
		body,
		"Dear Readers,",
		"We are a small newsroom with a big mission.",
		"Support our journalism with a donation today.",
		"Work is expected to begin in January and finish by late May, officials said.",
	)
	markPromo(a)
	if got, want := hiddenOf(a), ".HHH."; got != want {
		t.Errorf("no sign-off: hidden = %s, want %s", got, want)
	}
}

func TestAfterStoryEnd(t *testing.T) {
	long := strings.Repeat("Officials in the capital said the talks would continue next week despite the strikes. ", 4)
	a := promoArticle(long, long, "This story was reported by Reuters.",
		"Real news can be honest, hopeful, credible, constructive.",
		"What is our difference? We tell the stories others miss, with respect for you and for the news that connects us to the world.",
		long) // a long plain paragraph after the end stays: it may be a correction
	markPromo(a)
	if got, want := hiddenOf(a), "...HH."; got != want {
		t.Errorf("hidden = %s, want %s", got, want)
	}
	// A wall near the top is not the story's end.
	a = promoArticle("You've read 3 of 5 free articles. Subscribe to continue.", "Short line of the story.", long, long)
	markPromo(a)
	if got, want := hiddenOf(a), "H..."; got != want {
		t.Errorf("wall at top: hidden = %s, want %s", got, want)
	}
}

func TestRelatedHeadlineRun(t *testing.T) {
	body := "The minister said the plan would be published in the spring after consultation."
	a := promoArticle(body, "Related stories", "Heatwave warnings issued for three states", "How to prepare your home before the season", body)
	markPromo(a)
	if got, want := hiddenOf(a), ".HHH."; got != want {
		t.Errorf("hidden = %s, want %s", got, want)
	}
}

func TestWrapperAttrsIgnored(t *testing.T) {
	// The whole story sits in a "paywall" container: the word says nothing.
	a := promoArticle("First paragraph of the story.", "Second paragraph of the story.", "Third paragraph.")
	for i := range a.Blocks {
		a.Blocks[i].Attrs = "article paywall-body"
	}
	a.Blocks = append(a.Blocks, Block{Kind: Paragraph, Text: "Get the newsletter", Attrs: "newsletter-box"})
	a.renumber()
	markPromo(a)
	if got, want := hiddenOf(a), "...H"; got != want {
		t.Errorf("hidden = %s, want %s", got, want)
	}
}

// Cues added after the blind dumps (eu-english-edition, wire-republish,
// tv-station, magazine, nonprofit-newsroom): junk and its story look-alikes.
func TestClassifyBlindCues(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Skip next section Related topics", reasonNavigation},
		{"More on this topic", reasonRelated},
		{"Watch live: Morning News at 6", reasonRelated},
		{"Report a typo", reasonFeedback},
		{"Send us your feedback", reasonFeedback},
		{"Republishing guidelines", reasonRepublish},
		{"Download the 2 NEWS app to get breaking news alerts on your phone.", reasonApp},
		{"We want our journalism to reach as many people as possible. You may republish this article for free under a Creative Commons license, provided you credit the author and the newsroom and do not edit the text.", reasonRepublish},
		{"For the latest news, weather, sports, and streaming video, head to our website.", reasonNavigation},
		{"(Photo courtesy: City of Dayton)", reasonCredit},
		// Story text that looks like junk.
		{"Today about 40,000 paid newsletters run on the platform, from a local-politics letter with 300 readers to a cooking newsletter with more than 90,000. Writers typically charge $5 a month or $50 a year, and the company keeps 8 percent of every payment.", ""},
		{`"I told everybody on my street to sign up for the city's text alerts, because that's the only way we heard anything," said a bakery owner.`, ""},
		{`"Read more, write less" was the advice the founder says he gives every writer who asks how to grow.`, ""},
		{"The food bank is asking residents to donate canned protein, cereal and baby formula, and to give cash if they can, because it buys food at wholesale prices.", ""},
	}
	for _, tt := range tests {
		b := Block{Kind: Paragraph, Text: tt.text}
		if got := classify(&b, nil, true); got != tt.want {
			t.Errorf("classify(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Second blind round: public radio, an Indian daily, a newsletter post, a
// sports site, a live blog; and story text of those kinds that must stay.
func TestClassifySecondBlindCues(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Listen · 3:45", reasonReadingTime},
		{"3-Minute Listen", reasonReadingTime},
		{"Enlarge this image", reasonMedia},
		{"toggle caption", reasonMedia},
		{"Sponsor Message", reasonAd},
		{"Follow NPR", reasonShare},
		{"Become an NPR sponsor", reasonDonation},
		{"Also Read | Purple Line to get six-coach trains by June, says BMRCL", reasonRelated},
		{"Click here for more Karnataka news", reasonRelated},
		{"Subscribe to our WhatsApp channel", reasonSubscription},
		{"Published - March 3, 2024 10:20 pm IST", reasonTimestamp},
		{"Posted: Jun 4, 2024 / 06:12 AM EDT", reasonTimestamp},
		{"12 Likes", reasonShare},
		{"Discussion about this post", reasonComment},
		{"Privacy ∙ Terms ∙ Collection notice", reasonNavigation},
		{"Thanks for reading Notes from the Workbench! Subscribe for free to receive new posts and support my work.", reasonSubscription},
		{"Bet responsibly. 18+ | gambleaware.org | When the fun stops, stop.", reasonAd},
		{"Play now", reasonAd},
		{"Full Time", reasonWidget},
		{"Pos Team P W D L GD Pts", reasonWidget},
		{"We value your privacy", reasonCookie},
		{"I Accept", reasonCookie},
		// Story text that looks like junk.
		{`"People kept asking how they could subscribe to us, like a magazine," said station manager Lorna Pike.`, ""},
		{"Commuters can download the app on Android and iOS phones to buy QR tickets and recharge their cards, Mr. Kumar said.", ""},
		{"Rovers led 2-0 after 29 minutes.", ""},
		{"Rockledge 14 11 6 15 — 44", ""}, // a box score: hidden only inside a widget
		{"Harrow Harriers 3-2 Ashdown Rovers", ""},
		{"The police posted the video on their WhatsApp channel on Monday.", ""},
		{"The breach exposed the personal data of two million customers.", ""},
		{"Follow the money", ""},
	}
	for _, tt := range tests {
		b := Block{Kind: Paragraph, Text: tt.text}
		if got := classify(&b, nil, true); got != tt.want {
			t.Errorf("classify(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestClassifyThirdBlindCues(t *testing.T) {
	cases := map[string]string{
		"AAPL +1.2%":                 reasonMarket,
		"S&P 500 5,104.22 -0.3%":     reasonMarket,
		"$1,099 at Amazon":           reasonShopping,
		"Best Buy $199":              reasonShopping,
		"Buy now at Amazon":          reasonShopping,
		"Deal ends in 2d 14h 08m":    reasonShopping,
		"DOI: 10.4471/jps.2025.0187": reasonCitation,
		"1. Okonjo, R. et al. Young terrain on Tethys. J. Planet. Surf. 41, 10 (2025).": reasonCitation,
		"This is not investment advice.":                                                reasonDisclaimer,
		"Sonos Move for $400":                                                           "", // a gift guide's subhead
		"Buy at the dip":                                                                "",
		"Rockledge 14 11 6 15 — 44":                                                     "",
		"Shares fell 8.7% on Thursday.":                                                 "",
		"Smith, the mayor, spoke in 2024.":                                              "",
	}
	for text, want := range cases {
		b := Block{Kind: Paragraph, Text: text}
		if got := classify(&b, nil, false); got != want {
			t.Errorf("classify(%q) = %q, want %q", text, got, want)
		}
	}
}

// markPromo runs the rules alone, as these tests of the cues expect; the
// model's decisions are tested in model_test.go.
func markPromo(a *Article) {
	splitCredits(a)
	markRules(a)
}
