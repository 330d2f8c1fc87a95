package lang

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFromHeader(t *testing.T) {
	for h, want := range map[string]string{
		"":                           EN,
		"zh-CN,zh;q=0.9,en;q=0.8":    ZH,
		"en-US,en;q=0.9,zh-CN;q=0.8": EN,
		"fr-FR, zh-TW;q=0.5":         ZH,
		"de-DE":                      EN,
		"  ZH-hans ":                 ZH,
	} {
		require.Equal(t, want, FromHeader(h), "Accept-Language %q", h)
	}
	require.Equal(t, EN, FromContext(context.Background()))
	require.Equal(t, ZH, FromContext(NewContext(context.Background(), ZH)))
}
