package letter

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/signintech/gopdf"
	"github.com/skip2/go-qrcode"
)

// Page geometry in millimetres (the document's unit), after the margins of
// Chinese official documents (GB/T 9704) loosened for a one-page letter.
const (
	pageW, pageH = 210.0, 297.0
	marginL      = 28.0
	marginR      = 26.0
	marginTop    = 25.0
	textBottom   = pageH - 30 // body text stops here; the footer is below
	footerY      = pageH - 20
	textW        = pageW - marginL - marginR

	qrSize = 30.0 // the QR code's side, quiet zone included

	mmPerPt = 25.4 / 72
)

// Type sizes in points.
const (
	sizeAuthority = 24.0
	sizeTitle     = 18.0
	sizeBody      = 14.0
	sizeCaption   = 9.0
	sizeURL       = 7.0
	sizeFooter    = 8.0
)

// missingGlyph replaces a character the font lacks: 〓 (geta mark), the
// typesetter's sign for a character to be supplied.
const missingGlyph = '〓'

const family = "LetterFont" // the font's name inside the PDF

// doc is a letter being laid out: the PDF, the vertical position and the
// first error, so that drawing code need not check every call (after an
// error every drawing call is a no-op and Render reports it).
type doc struct {
	pdf  *gopdf.GoPdf
	y    float64
	size float64
	err  error
}

func newDoc(font []byte, l Letter) (*doc, error) {
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitMM})
	err := pdf.AddTTFFontDataWithOption(family, font, gopdf.TtfOption{
		OnGlyphNotFoundSubstitute: func(rune) rune { return missingGlyph },
	})
	if err != nil {
		return nil, fmt.Errorf("letter: font: %w", err)
	}
	pdf.SetInfo(gopdf.PdfInfo{
		Title:   l.title(),
		Subject: l.CaseNumber,
		Author:  l.Authority,
		Creator: "Hatchery",
		// The decision date rather than now: the same letter renders to the
		// same bytes, so re-rendering it does not make a new stored version.
		CreationDate: l.DecidedOn,
	})
	d := &doc{pdf: pdf}
	d.newPage()
	return d, nil
}

func (l Letter) title() string {
	if strings.TrimSpace(l.Title) != "" {
		return l.Title
	}
	return l.DefaultTitle()
}

func (d *doc) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *doc) newPage() {
	d.pdf.AddPage()
	d.y = marginTop
}

// lineH is the line height for type of size pt: 1.75 times the size, the
// usual spacing of Chinese documents.
func lineH(size float64) float64 { return size * mmPerPt * 1.75 }

// need starts a new page unless h more millimetres fit on this one.
func (d *doc) need(h float64) {
	if d.y+h > textBottom {
		d.newPage()
	}
}

func (d *doc) font(size float64, r, g, b uint8) {
	if d.err == nil && size != d.size {
		d.fail(d.pdf.SetFont(family, "", size))
		d.size = size
	}
	d.pdf.SetTextColor(r, g, b)
}

func (d *doc) width(s string) float64 {
	if d.err != nil {
		return 0
	}
	w, err := d.pdf.MeasureTextWidth(s)
	d.fail(err)
	return w
}

// text draws s with its top left corner at x, y.
func (d *doc) text(x, y float64, s string) {
	if d.err != nil || s == "" {
		return
	}
	d.pdf.SetXY(x, y)
	d.fail(d.pdf.Cell(nil, s))
}

// line draws one line of text at the current position, on a new page if
// this one is full, and moves down; see at for x and align.
func (d *doc) line(s string, x float64, align int) {
	h := lineH(d.size)
	d.need(h)
	d.at(s, x, align)
	d.y += h
}

// at draws s at the current position, aligned at x (align: 0 left from x,
// 1 centred on the text area, 2 right ending at x).
func (d *doc) at(s string, x float64, align int) {
	switch align {
	case 1:
		x = marginL + (textW-d.width(s))/2
	case 2:
		x -= d.width(s)
	}
	d.text(x, d.y, s)
}

// centred draws text centred on the text area, wrapped if need be.
func (d *doc) centred(text string) {
	for _, s := range wrap(text, textW, textW, d.width) {
		d.line(s, 0, 1)
	}
}

// paragraph draws text wrapped to the text area from x: the first line
// starts at x+indent (a first-line indent, or the width of a label already
// drawn there), the others at x+hang. Lines but the last are justified, as
// Chinese text is set: flush with the right margin.
func (d *doc) paragraph(text string, x, indent, hang float64) {
	first, rest := textW-(x-marginL)-indent, textW-(x-marginL)-hang
	lines := wrap(text, first, rest, d.width)
	for i, s := range lines {
		at, avail := x+hang, rest
		if i == 0 {
			at, avail = x+indent, first
		}
		if i == len(lines)-1 {
			d.line(s, at, 0)
			continue
		}
		d.justified(s, at, avail)
	}
}

// justified draws s from x as one line widened to avail by spacing its
// characters (PDF Tc adds the same space after each). A line that would
// need more than a quarter character between characters (a long Latin
// word went to the next line) is left ragged: widely spaced letters read
// worse than a short line.
func (d *doc) justified(s string, x, avail float64) {
	gaps := utf8.RuneCountInString(s) - 1
	spread := avail - d.width(s)
	if gaps < 1 || spread <= 0 || spread/float64(gaps) > d.width("字")/4 {
		d.line(s, x, 0)
		return
	}
	d.fail(d.pdf.SetCharSpacing(spread / float64(gaps)))
	d.line(s, x, 0)
	d.fail(d.pdf.SetCharSpacing(0))
}

// header: the authority in red over a red rule (the "red head" of Chinese
// official documents), the title, the case number.
func (d *doc) header(l Letter) {
	d.font(sizeAuthority, 204, 0, 0)
	d.centred(l.Authority)
	d.pdf.SetStrokeColor(204, 0, 0)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(marginL, d.y, pageW-marginR, d.y)
	d.y += 8

	d.font(sizeTitle, 0, 0, 0)
	d.centred(l.title())
	d.font(sizeBody, 0, 0, 0)
	d.centred(l.CaseNumber)
	d.y += lineH(sizeBody) / 2
}

// fields: label and value pairs, a long value wrapping under itself.
func (d *doc) fields(l Letter) {
	verdict := "准予"
	if !l.Approved {
		verdict = "不予"
	}
	d.font(sizeBody, 0, 0, 0)
	for _, f := range [][2]string{
		{"申请人：", l.Applicant},
		{"统一社会信用代码：", l.ApplicantCode},
		{"申请事项：", l.ServiceItem},
		{"决定：", verdict},
	} {
		if strings.TrimSpace(f[1]) == "" {
			continue
		}
		label := d.width(f[0])
		d.need(lineH(sizeBody))
		d.text(marginL, d.y, f[0])
		d.paragraph(f[1], marginL, label, label)
	}
}

// reasons: the decision's reasons, paragraphs with the customary two
// character first-line indent.
func (d *doc) reasons(reason string) {
	if strings.TrimSpace(reason) == "" {
		return
	}
	d.font(sizeBody, 0, 0, 0)
	d.line("理由：", marginL, 0)
	indent := 2 * d.width("字")
	for p := range strings.SplitSeq(reason, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			d.paragraph(p, marginL, indent, 0)
		}
	}
}

// closing: the authority and the date, right-aligned, then the QR code of
// the verification URL at the bottom right of the same page, with the URL
// under it and a caption to its left. If they do not fit below the text,
// they go together onto a new page, so the signature is never separated
// from the code that proves it.
func (d *doc) closing(l Letter) {
	d.font(sizeURL, 0, 0, 0)
	urlLines := wrap(l.VerifyURL, textW, textW, d.width)
	qrX := pageW - marginR - qrSize
	qrTop := textBottom - qrSize - float64(len(urlLines))*lineH(sizeURL)
	if d.y+3*lineH(sizeBody) > qrTop-4 {
		d.newPage()
	}

	d.y += lineH(sizeBody)
	right := pageW - marginR - 2*d.charW(sizeBody)
	d.font(sizeBody, 0, 0, 0)
	d.line(l.Authority, right, 2)
	d.line(chineseDate(l.DecidedOn), right, 2)

	png, err := qrcode.Encode(l.VerifyURL, qrcode.Medium, -4) // 4 px a module: sharp, and a ~1 KB image
	if err != nil {
		d.fail(fmt.Errorf("QR code: %w", err))
		return
	}
	img, err := gopdf.ImageHolderByBytes(png)
	if err != nil {
		d.fail(fmt.Errorf("QR code: %w", err))
		return
	}
	if d.err == nil {
		d.fail(d.pdf.ImageByHolder(img, qrX, qrTop, &gopdf.Rect{W: qrSize, H: qrSize}))
	}
	// Placed, not flowed: this block's room was reserved above.
	d.font(sizeURL, 80, 80, 80)
	d.y = qrTop + qrSize
	for _, s := range urlLines {
		d.at(s, pageW-marginR, 2)
		d.y += lineH(sizeURL)
	}
	d.font(sizeCaption, 80, 80, 80)
	d.y = qrTop + qrSize/2
	for _, s := range wrap("扫描右侧二维码或访问其下网址，可核验本决定书的真实性。", textW-qrSize-8, textW-qrSize-8, d.width) {
		d.at(s, qrX-4, 2)
		d.y += lineH(sizeCaption)
	}
}

// charW is the width of one CJK character at size pt.
func (d *doc) charW(size float64) float64 {
	d.font(size, 0, 0, 0)
	return d.width("字")
}

// footers draws, once the page count is known, a rule and "case number,
// page n of m" at the foot of every page, so that a page separated from
// the others still says which letter it belongs to and whether any is
// missing.
func (d *doc) footers(caseNumber string) {
	n := d.pdf.GetNumberOfPages()
	for p := 1; p <= n && d.err == nil; p++ {
		d.fail(d.pdf.SetPage(p))
		d.pdf.SetStrokeColor(150, 150, 150)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(marginL, footerY-2, pageW-marginR, footerY-2)
		d.font(sizeFooter, 120, 120, 120)
		s := fmt.Sprintf("%s　第 %d 页 / 共 %d 页", caseNumber, p, n)
		d.text(marginL+(textW-d.width(s))/2, footerY, s)
	}
}
