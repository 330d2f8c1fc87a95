// Package lang carries the language a person reads the platform in, taken
// from the request's Accept-Language, so errors reach them in it.
package lang

import (
	"context"
	"strings"
)

// The languages the platform speaks.
const (
	ZH = "zh"
	EN = "en"
)

type ctxKey struct{}

// FromHeader picks ZH or EN from an Accept-Language value: the first of the
// two the client names, English when it names neither.
func FromHeader(h string) string {
	for _, part := range strings.Split(h, ",") {
		tag := strings.ToLower(strings.TrimSpace(strings.SplitN(part, ";", 2)[0]))
		switch {
		case strings.HasPrefix(tag, "zh"):
			return ZH
		case strings.HasPrefix(tag, "en"):
			return EN
		}
	}
	return EN
}

// NewContext returns ctx carrying language l.
func NewContext(ctx context.Context, l string) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// FromContext returns the language in ctx (EN when none).
func FromContext(ctx context.Context) string {
	if l, ok := ctx.Value(ctxKey{}).(string); ok {
		return l
	}
	return EN
}
