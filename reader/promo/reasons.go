package promo

// Reasons for people: a block the model hides says why, in the words of
// what it looks like ("related headlines", "site menu", "comment thread"),
// and says when the evidence is weak.

// weakEvidence is the probability under which a hidden block says its
// evidence is weak: the smoothing, not the block itself, hid it.
const weakEvidence = 0.5

func (an *Analysis) reason(i int, p float64) string {
	r := an.shapeReason(i)
	if p < weakEvidence {
		return r + " (weak evidence)"
	}
	return r
}

// shapeReason names what a hidden block looks like: the rules' reason when
// they have one, else its shape and place.
func (an *Analysis) shapeReason(i int) string {
	if an.rules[i] != "" {
		return an.rules[i]
	}
	s := &an.stats[i]
	first, last := an.coreFirst, an.coreLast
	switch {
	case s.share:
		return "share buttons"
	case s.comment:
		return "comment thread"
	case s.price:
		return reasonShopping
	case s.timestamp && s.words <= 25:
		return "related headlines"
	case s.second && s.words > 6:
		return "call to action"
	case s.links >= 0.5:
		return reasonRelated
	case s.headline && s.words > 4:
		return "related headlines"
	case s.words <= 4 && first >= 0 && i < first:
		return "site menu"
	case s.words <= 4:
		return "page furniture"
	case first >= 0 && i < first:
		return "before the story"
	case first >= 0 && i > last:
		return reasonAfterEnd
	}
	return "not the story"
}
