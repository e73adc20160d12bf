package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEntitiesFromTheShell(t *testing.T) {
	root := t.TempDir()
	for _, v := range []string{"XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"} {
		t.Setenv(v, filepath.Join(root, strings.ToLower(v)))
	}
	dir := filepath.Join(root, "saved")
	os.MkdirAll(dir, 0o755)
	for name, text := range map[string]string{
		"a.md": "# Talks\n\nForeign Minister Amara Okafor met Kenji Watanabe in São Paulo on Monday. Okafor said the talks went well.\n",
		"b.md": "# Deal\n\nFormer Finance Minister Amara Okafor told Reuters in Sao Paulo that Kenji Watanabe had signed.\n",
		"c.md": "# Row\n\nForeign Minister Okafor criticised the budget on Tuesday in Sao Paulo. Kenji Watanabe agreed with Okafor.\n",
		// A hostile name must reach the terminal as text.
		"d.md": "# Hostile\n\nForeign Minister Evil\x1b]0;pwned\x07 Person spoke on Monday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := capture(t, "entities", dir)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("a control character reached the output: %q", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		"Amara Okafor\tperson\t3\t5\tForeign Minister; Former Finance Minister\tOkafor",
		"Kenji Watanabe\tperson\t3\t3\t\t",
		"Sao Paulo\tplace\t3\t3\t\tSão Paulo",
	}
	if len(lines) < len(want) {
		t.Fatalf("lede entities printed:\n%s", out)
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q\n want %q", i+1, lines[i], w)
		}
	}

	out, err = capture(t, "entities", "--json", dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []entityJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if len(got) < 3 || got[0].Name != "Amara Okafor" || len(got[0].Articles) != 3 || got[0].Articles[1].Name != "Okafor" {
		t.Errorf("--json: %+v", got[:min(len(got), 1)])
	}

	if _, err := capture(t, "entities", filepath.Join(root, "nowhere")); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("a missing folder: %v", err)
	}
}
