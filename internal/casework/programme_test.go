package casework

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/internal/apperr"
)

// keyed is a programme that only has a key.
type keyed string

func (k keyed) Key() string { return string(k) }
func (keyed) CheckApplication(context.Context, *gen.Client, *gen.ServiceCase) ([]Problem, error) {
	return nil, nil
}
func (keyed) Decided(context.Context, *gen.Client, *gen.ServiceCase) error { return nil }

func TestRegister(t *testing.T) {
	s := New(nil, nil)
	s.Register(keyed("venture_grant"))
	s.Register(keyed("incubation"))
	require.Equal(t, []string{"incubation", "venture_grant"}, s.Programmes())
	require.PanicsWithValue(t, `casework: programme "incubation" registered twice`, func() { s.Register(keyed("incubation")) })
	for _, bad := range []string{"", "Grants", "x", "grant-2", "a b"} {
		require.Panics(t, func() { s.Register(keyed(bad)) }, bad)
	}

	key := func(k string) *string { return &k }
	require.NoError(t, s.CheckProgramme(nil))
	require.NoError(t, s.CheckProgramme(key("")), "an item of no programme")
	require.NoError(t, s.CheckProgramme(key("incubation")))
	err := s.CheckProgramme(key("awards"))
	require.Equal(t, apperr.BadUserInput, apperr.CodeOf(err))

	p, err := s.programme("awards")
	require.Nil(t, p)
	require.Equal(t, apperr.Conflict, apperr.CodeOf(err), "a stored key no programme answers to")
}

func TestDecodeApplication(t *testing.T) {
	var f struct {
		Purpose string `json:"purpose"`
		Budget  int    `json:"budget"`
	}
	require.NoError(t, DecodeApplication(&gen.ServiceCase{}, &f), "no form yet: the zero value")
	require.NoError(t, DecodeApplication(&gen.ServiceCase{Application: map[string]any{"purpose": "p", "budget": 3}}, &f))
	require.Equal(t, 3, f.Budget)
	err := DecodeApplication(&gen.ServiceCase{Application: map[string]any{"colour": "red"}}, &f)
	require.Equal(t, apperr.BadUserInput, apperr.CodeOf(err))
	err = DecodeApplication(&gen.ServiceCase{Application: map[string]any{"budget": "many"}}, &f)
	require.Equal(t, apperr.BadUserInput, apperr.CodeOf(err))
}

func TestProblemsError(t *testing.T) {
	ps := []Problem{{Field: "purpose", Message: "say", ZH: "请"}, {Field: "budget", Message: "positive", ZH: "正"}}
	e, ok := apperr.As(problemsError(ps))
	require.True(t, ok)
	require.Equal(t, apperr.BadUserInput, e.Code)
	require.Equal(t, ps, e.Extra["problems"], "every problem, in order")
	require.NotEmpty(t, e.MsgZH)
}
