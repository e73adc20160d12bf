package reader

// markPromo marks promotional blocks hidden, with a reason.
func markPromo(a *Article) {
	// TODO(promo issue): the classifier.
}
