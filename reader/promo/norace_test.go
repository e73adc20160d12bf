//go:build !race

package promo

const raceEnabled = false
