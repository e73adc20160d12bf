package libgen

import (
	"fmt"
	"math/rand/v2"
)

// For the entity index: with Options.Names, each page has a cast drawn from
// a pool of given × family names, the way news is: its lead introduced
// with a role and full name, then named by surname; some pages name a
// minister by role and surname only.
var (
	givenNames = []string{"Amina", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ines", "Jonas",
		"Kavya", "Lars", "Mariam", "Nikolai", "Olga", "Pedro", "Rania", "Samuel", "Tariq", "Ulrike",
		"Victor", "Wanjiru", "Yusuf", "Zofia", "Ahmed", "Beatriz", "Chen", "Daniela", "Emeka", "Fatima"}
	familyNames = []string{"Abara", "Bergstrom", "Castellano", "Demir", "Eriksen", "Fontaine", "Gallagher", "Haddad",
		"Ivanova", "Jovanovic", "Kowalczyk", "Lindqvist", "Mendoza", "Nakamura", "Oyelaran", "Petrovic",
		"Quintero", "Rasmussen", "Salazar", "Takahashi", "Urquhart", "Vasquez", "Wieczorek", "Yamamoto",
		"Zielinski", "Achebe", "Borowski", "Cardenas", "Dubois", "Esposito", "Ferreira", "Gutierrez",
		"Hoffmann", "Iwasaki", "Jablonski", "Kariuki", "Lombardi", "Moreau", "Novak", "Okonkwo"}
	roles = []string{"Foreign Minister", "Finance Minister", "Prime Minister", "Interior Minister", "Mayor",
		"Health Minister", "former Trade Minister", "Defence Minister"}
)

type person struct{ given, family, role string }

func (p person) full() string { return p.given + " " + p.family }

// castPool is n distinct people, the same for a seed.
func castPool(n int, seed uint64) []person {
	r := rand.New(rand.NewPCG(seed, 2))
	n = min(n, len(givenNames)*len(familyNames))
	seen := map[[2]int]bool{}
	var out []person
	for len(out) < n {
		g, f := r.IntN(len(givenNames)), r.IntN(len(familyNames))
		if seen[[2]int{g, f}] {
			continue
		}
		seen[[2]int{g, f}] = true
		out = append(out, person{givenNames[g], familyNames[f], pick(r, roles)})
	}
	return out
}

// castSentence is a sentence about one of the cast: the first names them
// in full with their role, the later ones by surname.
func castSentence(r *rand.Rand, p person, first bool, subject string) string {
	name := p.family
	if first {
		name = p.role + " " + p.full()
		if r.IntN(10) == 0 {
			name = p.role + " " + p.family // by role and surname only, all through
		}
		if len(p.role) > 0 && p.role[0] >= 'a' {
			name = "The " + name // "The former Trade Minister ..." starts the sentence
		}
	}
	return fmt.Sprintf("%s %s on %s that the %s %s in %s would %s.", name, pick(r, verbs),
		pick(r, []string{"Monday", "Tuesday", "Friday", "Sunday"}), subject,
		pick(r, []string{"plan", "deal", "report", "project"}), pick(r, places),
		pick(r, []string{"change", "be delayed", "cost more", "go ahead"}))
}
