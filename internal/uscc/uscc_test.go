package uscc

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Codes published by their holders (business licences shown on official
// sites) or reproduced as the standard example in most GB 32100 write-ups.
// They were not produced by this package, so they catch a wrong weight table
// or alphabet order that round-trip tests alone would miss.
var publishedCodes = []string{
	"91350100M000100Y43", // the example code used in most GB 32100 explanations
	"91440300708461136T", // 深圳市腾讯计算机系统有限公司
	"914403001922038216", // 华为技术有限公司 (check character is a digit)
	"91330100716105852F", // 阿里巴巴（中国）有限公司
}

func TestWeightsFollowFormula(t *testing.T) {
	w := 1
	for i := range weights {
		require.Equalf(t, w, weights[i], "weight for position %d", i+1)
		w = w * 3 % 31
	}
}

func TestAlphabet(t *testing.T) {
	require.Len(t, Alphabet, 31)
	for _, c := range "IOSVZ" {
		require.NotContains(t, Alphabet, string(c))
	}
}

func TestPublishedCodesValidate(t *testing.T) {
	for _, code := range publishedCodes {
		require.NoError(t, Validate(code), code)
		c, err := CheckChar(code[:17])
		require.NoError(t, err)
		require.Equal(t, code[17], c, code)
	}
}

func TestCheckChar(t *testing.T) {
	tests := []struct {
		prefix string
		want   byte
	}{
		// Hand-computed: every value 0 gives sum 0, check (31-0)%31 = 0.
		{"00000000000000000", '0'},
		// Only position 17 (weight 28) is 1: 31-28 = 3.
		{"00000000000000001", '3'},
		// Only position 1 (weight 1) is 1: 31-1 = 30, the last character Y.
		{"10000000000000000", 'Y'},
		// Position 2 is A (value 10, weight 3): 30 mod 31 = 30 -> 31-30 = 1.
		{"0A000000000000000", '1'},
		{"91350100M000100Y4", '3'},
	}
	for _, tt := range tests {
		got, err := CheckChar(tt.prefix)
		require.NoError(t, err, tt.prefix)
		require.Equalf(t, string(tt.want), string(got), "prefix %s", tt.prefix)
	}
}

func TestCheckCharErrors(t *testing.T) {
	_, err := CheckChar("9135010")
	var e *Error
	require.ErrorAs(t, err, &e)
	require.Equal(t, ReasonLength, e.Reason)
	require.Equal(t, 7, e.Length)

	_, err = CheckChar("91350100M000100I4")
	require.ErrorAs(t, err, &e)
	require.Equal(t, ReasonCharset, e.Reason)
	require.Equal(t, 16, e.Pos)
	require.Equal(t, byte('I'), e.Got)
}

func TestValidateErrors(t *testing.T) {
	tests := []struct {
		name     string
		code     string
		reason   Reason
		pos      int
		got      byte
		expected byte
		msg      string
		msgZH    string
	}{
		{
			name: "empty", code: "", reason: ReasonLength,
			msg:   "unified social credit code: must be 18 characters, got 0",
			msgZH: "统一社会信用代码应为18位",
		},
		{
			name: "too long", code: "91350100M000100Y430", reason: ReasonLength,
			msg: "must be 18 characters, got 19", msgZH: "统一社会信用代码应为18位",
		},
		{
			name: "lower case", code: "91350100m000100Y43", reason: ReasonCharset, pos: 9, got: 'm',
			msg:   `unified social credit code: character "m" at position 9 is not allowed; letters must be upper case`,
			msgZH: "统一社会信用代码第9位字符“m”无效，字母须大写",
		},
		{
			name: "excluded letter", code: "91350100M000100O43", reason: ReasonCharset, pos: 16, got: 'O',
			msg: "the letters I, O, S, V and Z are never used", msgZH: "代码中不使用字母I、O、S、V、Z",
		},
		{
			// 18 runes but more than 18 bytes: must be a charset error, not length.
			name: "full-width digit", code: "９1350100M000100Y43", reason: ReasonCharset, pos: 1, got: 0,
			msg: `character "９" at position 1`, msgZH: "第1位字符“９”无效",
		},
		{
			name: "punctuation", code: "91350100-000100Y43", reason: ReasonCharset, pos: 9, got: '-',
			msg: `character "-" at position 9 is not allowed`, msgZH: "第9位字符“-”无效",
		},
		{
			name: "authority zero", code: "01350100M000100Y43", reason: ReasonAuthority, pos: 1, got: '0',
			msg: `registration authority code "0"`, msgZH: "第1位登记管理部门代码“0”无效",
		},
		{
			name: "letter in division", code: "913501A0M000100Y43", reason: ReasonDivision, pos: 7, got: 'A',
			msg: "positions 3-8 must be a six-digit administrative division code", msgZH: "第3至8位应为6位数字的行政区划代码",
		},
		{
			name: "wrong check", code: "91350100M000100Y44", reason: ReasonCheck, pos: 18, got: '4', expected: '3',
			msg:   `unified social credit code: check character should be "3", not "4"`,
			msgZH: "统一社会信用代码校验位错误：应为“3”，实际为“4”",
		},
		{
			// A single-digit typo in the body must be caught by the check.
			name: "typo in body", code: "91440300708461137T", reason: ReasonCheck, pos: 18, got: 'T',
			expected: mustCheck(t, "91440300708461137"),
			msg:      `check character should be "` + string(mustCheck(t, "91440300708461137")) + `", not "T"`,
			msgZH:    "校验位错误",
		},
		{
			// Adjacent transposition in the division code.
			name: "transposition", code: "91443000708461136T", reason: ReasonCheck, pos: 18, got: 'T',
			expected: mustCheck(t, "91443000708461136"),
			msg:      "check character should be", msgZH: "校验位错误",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(tt.code)
			var e *Error
			require.True(t, errors.As(err, &e), "want *Error, got %v", err)
			require.Equal(t, tt.reason, e.Reason)
			if tt.reason != ReasonLength {
				require.Equal(t, tt.pos, e.Pos)
				require.Equal(t, string(tt.got), string(e.Got))
			}
			require.Equal(t, string(tt.expected), string(e.Expected))
			require.Contains(t, e.Error(), tt.msg)
			require.Contains(t, e.MessageZH(), tt.msgZH)
		})
	}
}

func mustCheck(t *testing.T, prefix string) byte {
	t.Helper()
	c, err := CheckChar(prefix)
	require.NoError(t, err)
	return c
}

func TestExpectedCharFixesCode(t *testing.T) {
	// The Expected field must be usable as a correction: replacing the last
	// character with it yields a valid code.
	code := "91330100716105852A"
	var e *Error
	require.ErrorAs(t, Validate(code), &e)
	require.Equal(t, ReasonCheck, e.Reason)
	require.Equal(t, byte('F'), e.Expected)
	require.NoError(t, Validate(code[:17]+string(e.Expected)))
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"  91350100m000100y43\t":   "91350100M000100Y43",
		"\u300091350100M000100Y43": "91350100M000100Y43", // ideographic space
		"９１３５０１００Ｍ０００１００Ｙ４３":       "91350100M000100Y43", // full width
		"９１３５０１００ｍ０００１００ｙ４３":       "91350100M000100Y43",
		"": "",
	}
	for in, want := range tests {
		got := Normalize(in)
		require.Equal(t, want, got, "Normalize(%q)", in)
		if want != "" {
			require.NoError(t, Validate(got))
		}
	}
	// Validate must not normalize on its own.
	require.Error(t, Validate(" 91350100M000100Y43"))
}

func TestGenerate(t *testing.T) {
	code, err := Generate('9', '1', "350100", "M000100Y4")
	require.NoError(t, err)
	require.Equal(t, "91350100M000100Y43", code)

	tests := []struct {
		name                  string
		authority, kind       byte
		division, body, errIs string
	}{
		{"short division", '9', '1', "35010", "M000100Y4", "division"},
		{"long body", '9', '1', "350100", "M000100Y43", "body"},
		{"bad authority", '0', '1', "350100", "M000100Y4", "authority"},
		{"bad kind", '9', 'I', "350100", "M000100Y4", "position 2"},
		{"letter division", '9', '1', "35010A", "M000100Y4", "division"},
		{"lower body", '9', '1', "350100", "m000100Y4", "upper case"},
	}
	for _, tt := range tests {
		_, err := Generate(tt.authority, tt.kind, tt.division, tt.body)
		require.ErrorContains(t, err, tt.errIs, tt.name)
	}
}

func TestForSocialOrg(t *testing.T) {
	seen := map[string]int{}
	for _, kind := range []byte{KindSocialGroup, KindPrivateNonEnterprise, KindFoundation} {
		for _, seq := range []int{0, 1, 30, 31, 961, 123456789, maxSeq - 1} {
			code := ForSocialOrg(kind, "110108", seq)
			require.NoError(t, Validate(code), code)
			require.Equal(t, "5"+string(kind)+"110108", code[:8])
			require.Equal(t, code, ForSocialOrg(kind, "110108", seq), "must be deterministic")
			_, dup := seen[code]
			require.False(t, dup, "duplicate code %s", code)
			seen[code] = seq
		}
	}
	require.Equal(t, "000000001", ForSocialOrg(KindSocialGroup, "110108", 1)[8:17])
	require.Equal(t, "000000010", ForSocialOrg(KindSocialGroup, "110108", 31)[8:17])
	require.Equal(t, strings.Repeat("Y", 9), ForSocialOrg(KindFoundation, "110108", maxSeq-1)[8:17])

	require.Panics(t, func() { ForSocialOrg(KindFoundation, "110108", -1) })
	require.Panics(t, func() { ForSocialOrg(KindFoundation, "1101", 1) })
	require.Panics(t, func() { ForSocialOrg('S', "110108", 1) })
}

func TestReasonString(t *testing.T) {
	require.Equal(t, "check", ReasonCheck.String())
	require.Equal(t, "Reason(99)", Reason(99).String())
}

// FuzzValidate checks the defining property of the check character: for any
// structurally valid prefix exactly one of the 31 possible last characters is
// accepted, and it is the one CheckChar returns. Arbitrary strings are also
// fed to Validate to make sure it never panics and never accepts something
// CheckChar disagrees with.
func FuzzValidate(f *testing.F) {
	for _, c := range publishedCodes {
		f.Add([]byte(c))
	}
	f.Add([]byte(""))
	f.Add([]byte("９１３５０１００Ｍ０００１００Ｙ４３"))
	f.Fuzz(func(t *testing.T, data []byte) {
		raw := string(data)
		if err := Validate(raw); err == nil {
			require.Len(t, raw, Length)
			c, err := CheckChar(raw[:17])
			require.NoError(t, err)
			require.Equal(t, raw[17], c)
		} else {
			var e *Error
			require.ErrorAs(t, err, &e)
			require.NotEmpty(t, e.Error())
			require.NotEmpty(t, e.MessageZH())
		}

		// Map the fuzz bytes onto a prefix that obeys the structure, so the
		// check-character property is exercised on every input.
		var prefix [17]byte
		for i := range prefix {
			var b byte
			if i < len(data) {
				b = data[i]
			}
			switch {
			case i == 0: // authority: anything but "0"
				prefix[i] = Alphabet[1+int(b)%30]
			case i >= 2 && i < 8: // division: digits
				prefix[i] = '0' + b%10
			default:
				prefix[i] = Alphabet[int(b)%31]
			}
		}
		p := string(prefix[:])
		want, err := CheckChar(p)
		require.NoError(t, err)
		require.NoError(t, Validate(p+string(want)))
		for i := 0; i < len(Alphabet); i++ {
			if Alphabet[i] == want {
				continue
			}
			var e *Error
			require.ErrorAs(t, Validate(p+string(Alphabet[i])), &e)
			require.Equal(t, ReasonCheck, e.Reason)
			require.Equal(t, want, e.Expected)
			require.Equal(t, Alphabet[i], e.Got)
		}
	})
}
