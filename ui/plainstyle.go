package ui

import (
	"encoding/json"
	"fmt"
	"reflect"

	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
)

// withoutStyling has r render its style without colours (and without text
// attributes unless keepAttrs): see unstyled.
func (r renderer) withoutStyling(keepAttrs bool) (renderer, error) {
	var cfg ansi.StyleConfig
	if r.json != nil {
		if err := json.Unmarshal(r.json, &cfg); err != nil {
			return r, err
		}
	} else {
		std, ok := styles.DefaultStyles[r.style]
		if !ok {
			return r, fmt.Errorf("unknown style %q", r.style)
		}
		cfg = *std
	}
	cfg = unstyled(cfg, keepAttrs)
	r.cfg = &cfg
	return r, nil
}

// unstyled returns a copy of cfg without colours, and without text
// attributes (bold, italic, …) unless keepAttrs. --print uses it when the
// output cannot show them (a pipe; NO_COLOR keeps the attributes): glamour
// then lays the text out exactly as in the style, without rendering escape
// codes only for them to be stripped. cfg's shared parts are not changed.
func unstyled(cfg ansi.StyleConfig, keepAttrs bool) ansi.StyleConfig {
	v := reflect.ValueOf(&cfg).Elem()
	clearStyle(v, keepAttrs)
	return cfg
}

var primitiveType = reflect.TypeOf(ansi.StylePrimitive{})

func clearStyle(v reflect.Value, keepAttrs bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct {
			return
		}
		// Copy what the pointer shares before changing it.
		c := reflect.New(v.Elem().Type())
		c.Elem().Set(v.Elem())
		clearStyle(c.Elem(), keepAttrs)
		v.Set(c)
	case reflect.Struct:
		if v.Type() == primitiveType {
			clearPrimitive(v.Addr().Interface().(*ansi.StylePrimitive), keepAttrs)
			return
		}
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				clearStyle(f, keepAttrs)
			}
		}
	}
}

func clearPrimitive(p *ansi.StylePrimitive, keepAttrs bool) {
	p.Color, p.BackgroundColor = nil, nil
	if keepAttrs {
		return
	}
	p.Underline, p.Bold, p.Italic, p.CrossedOut = nil, nil, nil, nil
	p.Faint, p.Conceal, p.Inverse, p.Blink = nil, nil, nil, nil
}
