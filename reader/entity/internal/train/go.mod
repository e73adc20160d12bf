module lede/reader/entity/internal/train

go 1.26.7

require lede v0.0.0

// The trainer computes features with the recognizer's own tagger package.
replace lede => ../../../..
