package reader

import (
	"context"

	"lede/reader/entity"
)

type entitiesLaterKey struct{}

// EntitiesLater returns a context under which Open and ParseContext leave
// Article.Entities empty: the caller runs FindEntities when it suits it. The
// reader shows the article first and lists the names a moment later; on a
// 15,000-word article the entity pass is a fifth of the time to the first
// frame.
func EntitiesLater(ctx context.Context) context.Context {
	return context.WithValue(ctx, entitiesLaterKey{}, true)
}

func entitiesLater(ctx context.Context) bool {
	later, _ := ctx.Value(entitiesLaterKey{}).(bool)
	return later
}

// ParseContext is Parse, honouring EntitiesLater.
func ParseContext(ctx context.Context, raw []byte, name string) (*Article, error) {
	return parse(raw, source{name: name, entitiesLater: entitiesLater(ctx)})
}

// FindEntities runs the entity pass over a's visible blocks. It reads a and
// changes nothing, so it may run beside anything else that only reads a.
func FindEntities(a *Article) []entity.Entity {
	return entity.Recognize(entityTexts(a))
}
