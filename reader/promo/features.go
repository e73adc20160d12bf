package promo

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features that carry from one outlet to the next: the shape of a block's
// text (length, sentences, stopwords as jusText counts them, capitals,
// digits, time stamps, prices, the reader addressed), its HTML hints, where
// it sits relative to the story's core, the verdict of the phrase rules, and
// the same for its neighbours. Strings of one site appear nowhere here.

// stats is what the features read of one block.
type stats struct {
	words, chars   int
	sentences      int     // sentence ends inside or at the end
	stop           float64 // share of words in the stoplist
	caps           float64 // share of words that start with a capital
	upper          float64 // share of letters that are capitals
	digits         float64 // share of runes that are digits
	terminal       bool    // ends as a sentence does
	timestamp      bool    // "10H ago", "6 hours ago", "14:05", "Jan 5, 2024"
	price          bool    // "$15", "4,99 €"
	second         bool    // "you", "your"
	separators     int     // "|", "·", "•" between items
	headline, tag  bool    // headlineLike, tagLike
	sentenceLike   bool    // prose: long enough, stopwords, a sentence end
	ruleBlock      bool    // a phrase rule hides the block alone
	rulePass       bool    // the rules with their passes over neighbours hide it
	share          bool    // a share or follow word in a short block
	comment        bool    // reply/comment words near a time stamp
	kind           Kind    //
	links          float64 // HTML link density
	attrPromo      bool    // a promo class or id word not wrapping the story
	attrStory      bool    // an "article", "content", "story", "body" class word
	ruleReason     string  // the rules' reason, when they hide it
	chunk          int     // Block.ChunkSize: 1 for a block set apart by blank lines, 0 unknown
	bullet         bool    // starts with a list marker a renderer writes: "•", "◦", "□", "*", "-"
	glued          int     // words where a lowercase run meets a capital: "SteakhouseA", "Rise?Violence"
	repeatsEarlier bool    // the same text is an earlier block
	repeatedLater  bool    // the same text is a later block
	_              struct{}
}

// stopwords is a stoplist of function words, as jusText counts them:
// prose has many, menus, headlines and credits few. English first, then the
// commonest of German, French, Spanish, Italian, Portuguese, Dutch, Russian
// and Polish, so that a page in those has a story core too.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all am an and any are as at be because been
		before being below between both but by can could did do does doing down during each few for from further had has
		have having he her here hers herself him himself his how i if in into is it its itself just me more most my
		myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such
		than that the their theirs them themselves then there these they this those through to too under until up very
		was we were what when where which while who whom why will with would you your yours yourself also said says
		had its it's i'm he's she's they're we're don't didn't doesn't isn't wasn't can't won't one two new like
		may might must shall us many much even still yet since though although however because whether
		der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch es wird sie wir ich
		le la les et est un une des du dans pour pas que qui sur au aux avec il elle ce se sont ont plus
		el los las y en por con una para es lo del al como más pero sus su fue ha se
		il della di che è per non con sono gli nel alla anche
		o os as um uma não em com para por mais foi são ao dos das na no
		de het een en van dat niet zijn op te met voor ook maar
		и в не на что с по как это он она они но из за к то же бы так от его все был было
		i w nie na że się z do jest to jak po co ale od`) {
		m[w] = true
	}
	return m
}()

var storyAttrs = map[string]bool{"article": true, "content": true, "story": true, "body": true, "post": true,
	"entry": true, "text": true, "prose": true, "main": true, "paragraph": true}

var shareWords = map[string]bool{"share": true, "tweet": true, "facebook": true, "twitter": true, "whatsapp": true,
	"linkedin": true, "pinterest": true, "email": true, "print": true, "reddit": true, "copy": true, "link": true,
	"follow": true, "instagram": true, "youtube": true, "telegram": true, "messenger": true, "x": true}

var timeUnits = map[string]bool{"s": true, "sec": true, "secs": true, "second": true, "seconds": true, "m": true,
	"min": true, "mins": true, "minute": true, "minutes": true, "h": true, "hr": true, "hrs": true, "hour": true,
	"hours": true, "d": true, "day": true, "days": true, "w": true, "wk": true, "week": true, "weeks": true,
	"mo": true, "month": true, "months": true, "y": true, "yr": true, "year": true, "years": true}

var months = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "january": true,
	"february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true}

// maxStatBytes bounds the text a block's statistics read: past it, a block
// is long prose or a pathological line, and the shape of its start tells.
const maxStatBytes = 4000

// measure reads the shape of one block's text.
func measure(b *Block) stats {
	t := strings.TrimSpace(b.Text)
	s := stats{kind: b.Kind, links: b.LinkDensity}
	s.chars = utf8.RuneCountInString(t)
	s.words = words(t)
	if len(t) > maxStatBytes {
		t = t[:maxStatBytes]
		for len(t) > 0 && !utf8.ValidString(t) {
			t = t[:len(t)-1]
		}
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	s.terminal = strings.ContainsRune(".!?\"”’:;…", last)
	first, _ := utf8.DecodeRuneInString(t)
	s.bullet = strings.ContainsRune("•◦□▪■●○☆★*-–—", first)
	s.glued = gluedWords(t)
	var letters, uppers, digits, runes int
	for _, r := range t {
		runes++
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsUpper(r):
			uppers++
			letters++
		case unicode.IsLetter(r):
			letters++
		case r == '|' || r == '·' || r == '•':
			s.separators++
		}
	}
	if runes > 0 {
		s.digits = float64(digits) / float64(runes)
	}
	if letters > 0 {
		s.upper = float64(uppers) / float64(letters)
	}
	ws := strings.Fields(t)
	var stop, caps, shares, replies int
	prevNum := false
	for i, w := range ws {
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(first) {
			caps++
		}
		lw := strings.ToLower(strings.Trim(w, `.,;:!?"'()[]“”‘’«»`))
		if stopwords[lw] {
			stop++
		}
		if lw == "you" || lw == "your" || lw == "you're" || lw == "you'll" || lw == "yours" {
			s.second = true
		}
		if shareWords[lw] {
			shares++
		}
		if lw == "reply" || lw == "replies" || lw == "comment" || lw == "comments" || lw == "report" || lw == "likes" {
			replies++
		}
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(w, `"'”’)`))
		if i < len(ws)-1 && (r == '.' || r == '!' || r == '?') && len(lw) > 1 {
			s.sentences++
		}
		num, unit := splitNumber(lw)
		switch {
		case lw == "ago" && (prevNum || i > 0 && timeUnits[strings.ToLower(ws[i-1])]):
			s.timestamp = true
		case num && unit != "" && timeUnits[unit] && i+1 < len(ws) && strings.EqualFold(ws[i+1], "ago"):
			s.timestamp = true
		case months[lw] && i+1 < len(ws) && startsDigit(ws[i+1]):
			s.timestamp = true
		case clockTime(lw):
			s.timestamp = true
		}
		prevNum = num && unit == ""
	}
	if s.terminal {
		s.sentences++
	}
	if n := len(ws); n > 0 {
		s.stop = float64(stop) / float64(n)
		s.caps = float64(caps) / float64(n)
	}
	s.share = s.words <= 6 && shares > 0
	s.comment = replies > 0 && (s.timestamp || s.words <= 4)
	s.price = mayHavePrice(t) && offerPrice(fold(t))
	s.headline = headlineLike(t)
	s.tag = tagLike(t)
	s.sentenceLike = s.words >= 12 && s.stop >= 0.2 && s.sentences > 0
	return s
}

// splitNumber reads "10h", "10" or "6hours" as a number and its unit.
func splitNumber(w string) (num bool, unit string) {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i > 0, w[i:]
}

func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// clockTime: "14:05", "9:30am".
func clockTime(w string) bool {
	h, m, ok := strings.Cut(strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm"), ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && startsDigit(h) && startsDigit(m) && startsDigit(m[1:])
}

// core finds the story's core: the densest run of long sentence-like
// blocks, as the maximum-sum run where prose counts its words and every
// other block costs some. It returns the first and last index, or -1, -1.
func core(st []stats) (first, last int) {
	best, sum, start := 0.0, 0.0, 0
	first, last = -1, -1
	for i, s := range st {
		var v float64
		switch {
		case s.sentenceLike && !s.ruleBlock:
			v = float64(s.words)
		case s.kind == Heading && s.words <= 15:
			v = -2
		default:
			v = -4 - float64(min(s.words, 40))/4
		}
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += v
		if sum > best {
			best, first, last = sum, start, i
		}
	}
	return first, last
}

// Feature names, in the order Features writes them; the model's weights
// follow the same order.
var FeatureNames = func() []string {
	own := []string{"logWords", "logChars", "wordsPerSentence", "stop", "caps", "upper", "digits", "terminal",
		"timestamp", "price", "second", "separators", "headline", "tag", "sentenceLike", "ruleBlock", "rulePass",
		"share", "comment", "heading", "list", "captionQuote", "links", "attrPromo", "attrStory", "html",
		"inCore", "beforeCore", "afterCore", "distCore", "position", "shortRun", "wordShare", "coreShort",
		"wordsBefore", "wordsAfter", "proseBefore5", "proseAfter5", "shortBefore5", "shortAfter5", "stampsNear5",
		"chunkAlone", "logChunk", "aloneNear5", "bullet", "glued", "repeatsEarlier", "repeatedLater",
		"attrOddsMax", "attrOddsMin", "code", "table"}
	names := []string{"bias"}
	names = append(names, own...)
	for _, off := range []string{"p2", "p1", "n1", "n2"} {
		for _, f := range neighbourFeatures {
			names = append(names, off+"."+f)
		}
	}
	return names
}()

var neighbourFeatures = []string{"logWords", "sentenceLike", "stop", "ruleHidden", "headline", "timestamp", "terminal", "present"}

// Features returns one feature vector per block (see FeatureNames), and the
// statistics they came from, which the reasons read.
func features(a *Article, ruleBlock []string, rulePass []bool) ([][]float64, []stats) {
	n := len(a.Blocks)
	wrappers := wrapperAttrs(a)
	st := make([]stats, n)
	total := 0
	html := false
	for i := range a.Blocks {
		b := &a.Blocks[i]
		st[i] = measure(b)
		st[i].ruleBlock = ruleBlock[i] != ""
		st[i].rulePass = rulePass[i]
		st[i].ruleReason = ruleBlock[i]
		st[i].chunk = b.ChunkSize
		total += st[i].words
		if b.Attrs != "" || b.LinkDensity > 0 {
			html = true
		}
		for _, w := range attrWords(b.Attrs) {
			if _, ok := promoAttrs[w]; ok && !wrappers[w] {
				st[i].attrPromo = true
			}
			if storyAttrs[w] {
				st[i].attrStory = true
			}
		}
	}
	markRepeats(a, st)
	first, last := core(st)
	// shortRun: how many short blocks in a row this block sits among.
	run := make([]int, n)
	for i := 0; i < n; {
		j := i
		for j < n && st[j].words <= 12 {
			j++
		}
		for k := i; k < j; k++ {
			run[k] = j - i
		}
		i = max(j, i+1)
	}
	// Running sums over the blocks, for the words before and after a block
	// and for windows of five blocks on either side.
	cumWords := make([]int, n+1)
	cumProse := make([]int, n+1)
	cumShort := make([]int, n+1)
	cumStamp := make([]int, n+1)
	cumAlone := make([]int, n+1)
	for i, s := range st {
		cumWords[i+1] = cumWords[i] + s.words
		cumProse[i+1] = cumProse[i] + int(b2f(s.sentenceLike))
		cumShort[i+1] = cumShort[i] + int(b2f(s.words <= 12))
		cumStamp[i+1] = cumStamp[i] + int(b2f(s.timestamp))
		cumAlone[i+1] = cumAlone[i] + int(b2f(s.chunk == 1))
	}
	window := func(cum []int, from, to int) float64 { // share over blocks [from, to)
		from, to = max(from, 0), min(to, n)
		if to <= from {
			return 0
		}
		return float64(cum[to]-cum[from]) / float64(to-from)
	}
	xs := make([][]float64, n)
	for i := range st {
		s := &st[i]
		x := make([]float64, 0, len(FeatureNames))
		lw := math.Log1p(float64(s.words))
		x = append(x, 1, lw, math.Log1p(float64(s.chars)), math.Min(float64(s.words)/float64(max(s.sentences, 1)), 60)/30,
			s.stop, s.caps, s.upper, s.digits, b2f(s.terminal), b2f(s.timestamp), b2f(s.price), b2f(s.second),
			math.Min(float64(s.separators), 5)/5, b2f(s.headline), b2f(s.tag), b2f(s.sentenceLike),
			b2f(s.ruleBlock), b2f(s.rulePass), b2f(s.share), b2f(s.comment),
			b2f(s.kind == Heading), b2f(s.kind == List), b2f(s.kind == Caption || s.kind == Quote),
			s.links, b2f(s.attrPromo), b2f(s.attrStory), b2f(html))
		in := first >= 0 && i >= first && i <= last
		before := first >= 0 && i < first
		after := first >= 0 && i > last
		dist := 0
		if before {
			dist = first - i
		} else if after {
			dist = i - last
		}
		x = append(x, b2f(in), b2f(before), b2f(after), math.Log1p(float64(dist)), float64(i)/float64(max(n-1, 1)),
			math.Log1p(float64(run[i])), float64(s.words)/float64(max(total, 1)), b2f(in)*math.Max(0, 3-lw))
		x = append(x, float64(cumWords[i])/float64(max(total, 1)), float64(total-cumWords[i+1])/float64(max(total, 1)),
			window(cumProse, i-5, i), window(cumProse, i+1, i+6), window(cumShort, i-5, i), window(cumShort, i+1, i+6),
			window(cumStamp, i-5, i+6))
		// How the text set the block out: a story's paragraphs stand apart
		// between blank lines; a menu's or a rail's lines run together.
		x = append(x, b2f(s.chunk == 1), math.Log1p(float64(s.chunk)), window(cumAlone, i-5, i+6))
		x = append(x, b2f(s.bullet), math.Min(float64(s.glued), 3)/3, b2f(s.repeatsEarlier), b2f(s.repeatedLater))
		x = append(x, 0, 0) // attrOddsMax, attrOddsMin: the model's class-word table fills them (attrodds.go)
		x = append(x, b2f(s.kind == Code), b2f(s.kind == Table))
		for _, off := range []int{-2, -1, 1, 2} {
			j := i + off
			if j < 0 || j >= n {
				x = append(x, make([]float64, len(neighbourFeatures))...)
				continue
			}
			t := &st[j]
			x = append(x, math.Log1p(float64(t.words)), b2f(t.sentenceLike), t.stop, b2f(t.rulePass), b2f(t.headline),
				b2f(t.timestamp), b2f(t.terminal), 1)
		}
		xs[i] = x
	}
	return xs, st
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// mayHavePrice is a cheap test every price passes: a digit and a currency.
func mayHavePrice(t string) bool {
	if !hasDigit(t) {
		return false
	}
	if strings.ContainsAny(t, "$£€¥") {
		return true
	}
	l := strings.ToLower(t)
	return strings.Contains(l, "eur") || strings.Contains(l, "usd") || strings.Contains(l, "gbp")
}

// gluedWords counts the words where a run of two or more lowercase letters
// meets a capital, perhaps across a question mark or a full stop: a
// renderer running two elements together ("SteakhouseA party of six",
// "Rise?Violence is"), as a rail's headline and its summary, or a name and
// its hover card, come out. A few brand names look the same ("YouTube");
// the model weighs the count with the rest.
func gluedWords(t string) int {
	n, lower := 0, 0
	for _, r := range t {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			if lower >= 2 {
				n++
			}
			lower = 0
		case r == '.' || r == '?' || r == '!':
			// The run goes on across the mark: "Rise?Violence".
		default:
			lower = 0
		}
	}
	return n
}

// markRepeats finds blocks whose text is another block's: a gallery
// repeats its caption, a rail its headlines ("Most viewed" over the same
// links), a footer its menu. A story does not say a paragraph twice.
func markRepeats(a *Article, st []stats) {
	seen := make(map[string]int, len(a.Blocks))
	for i, b := range a.Blocks {
		t := strings.TrimSpace(b.Text)
		if st[i].words < 3 {
			continue
		}
		if j, ok := seen[t]; ok {
			st[i].repeatsEarlier = true
			st[j].repeatedLater = true
			continue
		}
		seen[t] = i
	}
}
