package library

import (
	"errors"
	"os"
	"path/filepath"
)

// Dirs are where lede keeps its library files, from the XDG base
// directory variables. The standard library has the cache directory but
// not the state or data ones, and three variables with a fallback each do
// not need a dependency that reads the environment once at start-up (tests
// set these per test).
type Dirs struct {
	Cache string // $XDG_CACHE_HOME/lede: the index, rebuildable
	State string // $XDG_STATE_HOME/lede: reading positions
	Data  string // $XDG_DATA_HOME/lede: the default library lives in Data/library
}

// DefaultDirs reads the XDG variables, falling back to the specification's
// defaults under $HOME.
func DefaultDirs() (Dirs, error) {
	home, herr := os.UserHomeDir()
	dir := func(env, fallback string) (string, error) {
		if v := os.Getenv(env); filepath.IsAbs(v) {
			return filepath.Join(v, "lede"), nil
		}
		if herr != nil {
			return "", errors.New("neither $" + env + " nor $HOME is set")
		}
		return filepath.Join(home, fallback, "lede"), nil
	}
	var d Dirs
	var err error
	if d.Cache, err = dir("XDG_CACHE_HOME", ".cache"); err != nil {
		return d, err
	}
	if d.State, err = dir("XDG_STATE_HOME", ".local/state"); err != nil {
		return d, err
	}
	d.Data, err = dir("XDG_DATA_HOME", ".local/share")
	return d, err
}

// DefaultLibrary is the folder `lede --library` and `lede save` use.
func (d Dirs) DefaultLibrary() string { return filepath.Join(d.Data, "library") }
