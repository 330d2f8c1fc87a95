package letter

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// Letter is the content of a decision letter. Every field is printed as
// given: the caller (the case's programme) owns the wording.
type Letter struct {
	Authority     string // the deciding authority, e.g. "德清县民政局"; heads the letter and signs it
	Title         string // e.g. "准予公益创投项目立项决定书"; empty: DefaultTitle
	CaseNumber    string // e.g. "DQ-2026-000123"
	Applicant     string // the applicant organisation's name
	ApplicantCode string // its unified social credit code (统一社会信用代码)
	ServiceItem   string // the service item applied for, e.g. "公益创投项目申报"
	Approved      bool   // 准予 or 不予
	// Reason is the decision text and its reasons, paragraphs separated by
	// newlines; any length (it continues on further pages). Required for a
	// refusal: a refusal must state its reasons (行政许可法 art. 38).
	Reason string
	// DecidedOn is the decision date, printed as 2026年3月11日 in its own
	// location: pass it in Asia/Shanghai.
	DecidedOn time.Time
	VerifyURL string // the public verification page (see Sign); its QR code and the URL itself are printed
}

// DefaultTitle is the title of a letter whose Title is empty:
// 准予(or 不予) + the service item + 决定书.
func (l Letter) DefaultTitle() string {
	verdict := "准予"
	if !l.Approved {
		verdict = "不予"
	}
	return verdict + l.ServiceItem + "决定书"
}

// check refuses a letter that would be incomplete on paper.
func (l Letter) check() error {
	var missing []string
	for _, f := range []struct{ name, value string }{
		{"Authority", l.Authority},
		{"CaseNumber", l.CaseNumber},
		{"Applicant", l.Applicant},
		{"ServiceItem", l.ServiceItem},
		{"VerifyURL", l.VerifyURL},
	} {
		if strings.TrimSpace(f.value) == "" {
			missing = append(missing, f.name)
		}
	}
	if l.DecidedOn.IsZero() {
		missing = append(missing, "DecidedOn")
	}
	if !l.Approved && strings.TrimSpace(l.Reason) == "" {
		missing = append(missing, "Reason (a refusal must state its reasons)")
	}
	if len(missing) > 0 {
		return fmt.Errorf("letter: %s: missing %s", l.CaseNumber, strings.Join(missing, ", "))
	}
	if u, err := url.Parse(l.VerifyURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("letter: %s: VerifyURL %q is not an absolute http(s) URL", l.CaseNumber, l.VerifyURL)
	}
	return nil
}

// cleaned returns l with its text made printable: valid UTF-8, tabs as
// spaces, no other control characters (they would print as 〓), and line
// breaks only in Reason, the one field that has paragraphs.
func (l Letter) cleaned() Letter {
	clean := func(s string, keepNewlines bool) string {
		s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n")
		return strings.Map(func(r rune) rune {
			switch {
			case r == '\n' && keepNewlines:
				return r
			case r == '\t' || r == '\n' || r == '\r':
				return ' '
			case unicode.IsControl(r):
				return -1
			}
			return r
		}, s)
	}
	for _, f := range []*string{&l.Authority, &l.Title, &l.CaseNumber, &l.Applicant, &l.ApplicantCode, &l.ServiceItem, &l.VerifyURL} {
		*f = clean(*f, false)
	}
	l.Reason = clean(l.Reason, true)
	return l
}

// chineseDate formats t as 2026年3月11日.
func chineseDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// Render returns the letter as an A4 PDF. font is a TrueType font, normally
// from LoadFont; only the glyphs used are embedded, so a one-page letter is
// a few tens of KB.
//
// A character the font lacks (LXGW WenKai has no CJK Extension B, e.g. 𠀀)
// is printed as 〓, the typesetter's mark for a missing character, so the
// gap is visible on paper instead of a silent blank.
//
// Render is safe for concurrent use; font is only read.
func Render(l Letter, font []byte) ([]byte, error) {
	if len(font) == 0 {
		return nil, errors.New("letter: no font (see LoadFont)")
	}
	l = l.cleaned()
	if err := l.check(); err != nil {
		return nil, err
	}
	d, err := newDoc(font, l)
	if err != nil {
		return nil, err
	}
	d.header(l)
	d.fields(l)
	d.reasons(l.Reason)
	d.closing(l)
	d.footers(l.CaseNumber)
	if d.err != nil {
		return nil, fmt.Errorf("letter: %s: %w", l.CaseNumber, d.err)
	}
	pdf, err := d.pdf.GetBytesPdfReturnErr()
	if err != nil {
		return nil, fmt.Errorf("letter: %s: %w", l.CaseNumber, err)
	}
	return pdf, nil
}
