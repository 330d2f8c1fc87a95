package graph

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/stretchr/testify/require"
)

// text is what m writes.
func text(m graphql.Marshaler) string {
	var b strings.Builder
	m.MarshalGQL(&b)
	return b.String()
}

func listCtx(parent context.Context) context.Context {
	return graphql.WithResponseContext(parent, graphql.DefaultErrorPresenter,
		func(context.Context, any) error { return errors.New("internal system error") })
}

// Each element is marshalled in order with its own index in its field
// context, as gqlgen's concurrent version gives it.
func TestMarshalSliceKeepsOrderAndIndex(t *testing.T) {
	ctx := listCtx(t.Context())
	var seen []int
	ret := marshalSlice(ctx, 4, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		seen = append(seen, *graphql.GetFieldContext(ctx).Index)
		return graphql.MarshalInt(i * 10)
	})
	require.Equal(t, []int{0, 1, 2, 3}, seen)
	require.Len(t, ret, 4)
	for i, m := range ret {
		require.Equal(t, strconv.Itoa(i*10), text(m))
	}
	require.Empty(t, graphql.GetErrors(ctx))
}

// A panicking element is null and reported as an error; the others are
// marshalled.
func TestMarshalSliceRecoversAPanic(t *testing.T) {
	ctx := listCtx(t.Context())
	ret := marshalSlice(ctx, 3, 0, false, func(_ context.Context, i int) graphql.Marshaler {
		if i == 1 {
			panic("boom")
		}
		return graphql.MarshalInt(i)
	})
	require.Equal(t, "0 null 2", text(ret[0])+" "+text(ret[1])+" "+text(ret[2]))
	errs := graphql.GetErrors(ctx)
	require.Len(t, errs, 1)
	require.Equal(t, "internal system error", errs[0].Message)
}

// Once the request's context has ended, the remaining elements are null
// and the context's error is reported once, not one error per element.
func TestMarshalSliceStopsWithTheContext(t *testing.T) {
	parent, cancel := context.WithCancel(t.Context())
	ctx := listCtx(parent)
	calls := 0
	ret := marshalSlice(ctx, 5, 0, false, func(_ context.Context, i int) graphql.Marshaler {
		calls++
		if i == 1 {
			cancel()
		}
		return graphql.MarshalInt(i)
	})
	require.Equal(t, 2, calls)
	require.Equal(t, "[0,1,null,null,null]", text(ret))
	errs := graphql.GetErrors(ctx)
	require.Len(t, errs, 1)
	require.Contains(t, errs[0].Message, context.Canceled.Error())
}
