package letter_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/skip2/go-qrcode"

	"hatchery/internal/letter"
)

// loadFont reads the system font once for all tests. Missing, the tests
// skip, except under CI=true, where a skip would hide that the machine
// lacks the font production needs.
var loadFont = sync.OnceValues(letter.LoadFont)

func requireFont(tb testing.TB) []byte {
	tb.Helper()
	font, err := loadFont()
	if err != nil {
		if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
			tb.Fatal(err)
		}
		tb.Skip(err)
	}
	return font
}

const (
	ptPerMM = 72 / 25.4
	pageH   = 842.0 // A4, points
)

var secret = bytes.Repeat([]byte("k"), letter.MinSecretSize)

func sample() letter.Letter {
	return letter.Letter{
		Authority:     "德清县民政局",
		Title:         "准予公益创投项目立项决定书",
		CaseNumber:    "DQ-2026-000123",
		Applicant:     "德清县阳光社会工作服务中心",
		ApplicantCode: "52330521MJ0123456X",
		ServiceItem:   "公益创投项目申报",
		Approved:      true,
		Reason: "你单位于2026年2月10日提交的《“银龄守护”社区居家养老服务项目》申报材料齐全，" +
			"符合《德清县公益创投活动实施办法》（德民〔2025〕12号）第八条规定的条件。" +
			"经项目评审委员会评审，并经公示无异议，本机关决定准予立项，资助金额为人民币80,000元。\n" +
			"请你单位自收到本决定书之日起15个工作日内签订项目协议书，并接受项目监测与评估（see the guide at https://example.gov.cn/guide）。",
		DecidedOn: time.Date(2026, 3, 11, 9, 30, 0, 0, time.FixedZone("CST", 8*3600)),
		VerifyURL: "https://hatchery.example.gov.cn/verify/" + letter.Sign(secret, 123),
	}
}

func render(t *testing.T, l letter.Letter) (*pdfDoc, [][]textLine) {
	t.Helper()
	pdf, err := letter.Render(l, requireFont(t))
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	d := parsePDF(t, pdf)
	return d, d.pageText(t)
}

func TestRenderTypical(t *testing.T) {
	t.Parallel()
	l := sample()
	pdf, err := letter.Render(l, requireFont(t))
	if err != nil {
		t.Fatal(err)
	}
	// Subset font: a one-page letter is tens of KB, not the font's 15 MB.
	t.Logf("a typical letter is %d bytes", len(pdf))
	if len(pdf) < 10<<10 || len(pdf) > 200<<10 {
		t.Errorf("PDF is %d bytes, want 10 KB to 200 KB", len(pdf))
	}
	d := parsePDF(t, pdf)
	pages := d.pageText(t)
	if len(pages) != 1 {
		t.Fatalf("%d pages, want 1", len(pages))
	}
	text := flat(pages[0])
	for _, want := range []string{
		"德清县民政局", "准予公益创投项目立项决定书", "DQ-2026-000123",
		"申请人：德清县阳光社会工作服务中心", "统一社会信用代码：52330521MJ0123456X",
		"申请事项：公益创投项目申报", "决定：准予", "2026年3月11日",
		noSpace(l.VerifyURL), "DQ-2026-000123第1页/共1页",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("page text lacks %q:\n%s", want, text)
		}
	}
	for p := range strings.SplitSeq(l.Reason, "\n") {
		if !strings.Contains(text, noSpace(p)) {
			t.Errorf("page text lacks the reason paragraph %q:\n%s", p, text)
		}
	}
	if !strings.Contains(text, "德清县民政局2026年3月11日") {
		t.Errorf("no signature (authority, then date) in:\n%s", text)
	}

	// The title is centred: its line starts as far from the left edge as
	// it ends from the right one.
	for _, line := range pages[0] {
		if line.s == l.Title {
			textW := (210 - 28 - 26) * ptPerMM
			if mid := line.x + float64(utf8.RuneCountInString(line.s))*18/2; mid < 28*ptPerMM+textW/2-2 || mid > 28*ptPerMM+textW/2+2 {
				t.Errorf("title's middle at %.1f pt, want the text area's, %.1f", mid, 28*ptPerMM+textW/2)
			}
		}
	}

	imgs := d.images(t)
	if len(imgs) != 1 {
		t.Fatalf("%d images, want the QR code only", len(imgs))
	}
	qr := imgs[0]
	if qr.w < 28*ptPerMM || qr.w > 32*ptPerMM || qr.h != qr.w {
		t.Errorf("QR code is %.1f x %.1f pt, want ~30 mm (%.1f pt) square", qr.w, qr.h, 30*ptPerMM)
	}
	if right := qr.x + qr.w; right < 150*ptPerMM || qr.y > pageH/3 {
		t.Errorf("QR code at x %.1f..%.1f, y %.1f pt: want the bottom right", qr.x, right, qr.y)
	}
	assertQR(t, qr.img, l.VerifyURL)
}

// assertQR checks that img is the QR symbol of want: module by module the
// same as go-qrcode's own bitmap of want, at whichever error-correction
// level and scale the letter chose, quiet zone included (scanners need it).
func assertQR(t *testing.T, img image.Image, want string) {
	t.Helper()
	b := img.Bounds()
	for _, level := range []qrcode.RecoveryLevel{qrcode.Low, qrcode.Medium, qrcode.High, qrcode.Highest} {
		q, err := qrcode.New(want, level)
		if err != nil {
			t.Fatal(err)
		}
		bm := q.Bitmap()
		n := len(bm)
		if b.Dx() != b.Dy() || b.Dx()%n != 0 {
			continue
		}
		scale := b.Dx() / n
		if same := func() bool {
			for y := range n {
				for x := range n {
					gray := color.GrayModel.Convert(img.At(b.Min.X+x*scale+scale/2, b.Min.Y+y*scale+scale/2)).(color.Gray)
					if (gray.Y < 128) != bm[y][x] {
						return false
					}
				}
			}
			return true
		}(); same {
			return
		}
	}
	t.Fatalf("the %dx%d px image is not the QR code of %q", b.Dx(), b.Dy(), want)
}

func TestRenderRefusal(t *testing.T) {
	t.Parallel()
	l := sample()
	l.Approved, l.Title = false, ""
	l.Reason = ""
	if _, err := letter.Render(l, requireFont(t)); err == nil || !strings.Contains(err.Error(), "Reason") {
		t.Fatalf("refusal without reasons: err = %v, want one naming Reason", err)
	}
	l.Reason = "申报项目的服务对象不属于本县户籍或常住人口，不符合《德清县公益创投活动实施办法》第八条第二项的规定。"
	_, pages := render(t, l)
	text := flat(pages[0])
	for _, want := range []string{"不予公益创投项目申报决定书", "决定：不予", "理由：" + noSpace(l.Reason)} {
		if !strings.Contains(text, want) {
			t.Errorf("page text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "准予") {
		t.Errorf("a refusal says 准予:\n%s", text)
	}
}

func TestRenderRefusesIncompleteLetters(t *testing.T) {
	t.Parallel()
	font := requireFont(t)
	for field, edit := range map[string]func(*letter.Letter){
		"Authority":   func(l *letter.Letter) { l.Authority = " " },
		"CaseNumber":  func(l *letter.Letter) { l.CaseNumber = "" },
		"Applicant":   func(l *letter.Letter) { l.Applicant = "" },
		"ServiceItem": func(l *letter.Letter) { l.ServiceItem = "" },
		"DecidedOn":   func(l *letter.Letter) { l.DecidedOn = time.Time{} },
		"VerifyURL":   func(l *letter.Letter) { l.VerifyURL = "/verify/abc" },
	} {
		l := sample()
		edit(&l)
		if _, err := letter.Render(l, font); err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("letter without %s: err = %v, want one naming it", field, err)
		}
	}
	if _, err := letter.Render(sample(), nil); err == nil {
		t.Error("Render without a font succeeded")
	}
	if _, err := letter.Render(sample(), []byte("not a font")); err == nil {
		t.Error("Render with a broken font succeeded")
	}
}

// TestRenderRareCharacters: characters outside the font's usual range do
// not panic (go-pdf/fpdf does), are printed when the font has them, and
// are never silently dropped when it does not.
func TestRenderRareCharacters(t *testing.T) {
	t.Parallel()
	const rare = "龘㵘䶮𠀀" // U+9F98, Ext A ×2, Ext B (not in LXGW WenKai)
	l := sample()
	l.Applicant = "湖州" + rare + "文化服务中心"
	l.Reason = "名称含生僻字" + rare + "，照常出具。\u0007\t"
	_, pages := render(t, l)
	text := flat(pages[0])
	if !strings.Contains(text, "龘㵘䶮") {
		t.Errorf("the characters the font has are missing:\n%s", text)
	}
	_, after, _ := strings.Cut(text, "申请人：")
	printed, _, _ := strings.Cut(after, "统一社会信用代码")
	// Same length: each character is itself, or 〓 where the font lacks it.
	if utf8.RuneCountInString(printed) != utf8.RuneCountInString(l.Applicant) {
		t.Errorf("applicant printed as %q, from %q: characters dropped", printed, l.Applicant)
	}
	if !strings.Contains(printed, "𠀀") && !strings.Contains(printed, "〓") {
		t.Errorf("applicant printed as %q: 𠀀 neither printed nor marked 〓", printed)
	}
}

func TestRenderLongReasonBreaksPages(t *testing.T) {
	t.Parallel()
	l := sample()
	var paragraphs []string
	for i := range 40 {
		paragraphs = append(paragraphs, fmt.Sprintf("第%d段：经审查，申报材料第%d项所列服务对象、实施周期、预算明细与项目目标基本一致，"+
			"专家评审意见认为项目设计合理、可行性强（评分%d.5分），建议予以支持。", i+1, i+1, 80+i%20))
	}
	l.Reason = strings.Join(paragraphs, "\n")
	d, pages := render(t, l)
	n := len(pages)
	if n < 3 {
		t.Fatalf("%d pages for a reason of %d characters, want at least 3", n, utf8.RuneCountInString(l.Reason))
	}
	var all []textLine
	for i, lines := range pages {
		footer := fmt.Sprintf("DQ-2026-000123第%d页/共%d页", i+1, n)
		var footerY float64 = -1
		for _, line := range lines {
			if noSpace(line.s) == footer {
				footerY = line.y
			}
		}
		if footerY < 0 {
			t.Fatalf("page %d has no footer %q", i+1, footer)
		}
		for _, line := range lines {
			if line.y == footerY {
				continue
			}
			if line.y < footerY+10 || line.y > pageH {
				t.Errorf("page %d: line %q at y %.1f pt runs into the footer (%.1f) or off the page", i+1, line.s, line.y, footerY)
			}
			all = append(all, line)
		}
	}
	// Nothing lost or repeated at the page breaks.
	text := flat(all)
	if want := noSpace("理由：" + strings.Join(paragraphs, "")); !strings.Contains(text, want) {
		t.Errorf("the reasons do not read through in order across the pages:\n%s\n%s", text, want)
	}
	// The signature follows the last reason, and the QR code is on the
	// same, last, page.
	if !strings.Contains(text, noSpace(paragraphs[len(paragraphs)-1])+"德清县民政局2026年3月11日") {
		t.Errorf("the signature does not follow the reasons:\n%s", text)
	}
	if !strings.Contains(flat(pages[n-1]), "德清县民政局2026年3月11日") {
		t.Errorf("the signature is not on the last page")
	}
	imgs := d.images(t)
	if len(imgs) != 1 || imgs[0].page != n {
		t.Errorf("QR code on pages %v, want only on the last, %d", pageNumbers(imgs), n)
	}
}

func pageNumbers(imgs []placedImage) []int {
	var out []int
	for _, img := range imgs {
		out = append(out, img.page)
	}
	return out
}

// TestRenderIsDeterministic: the same letter gives the same bytes, so a
// re-rendered letter is recognisably the same document (same ETag).
func TestRenderIsDeterministic(t *testing.T) {
	t.Parallel()
	font := requireFont(t)
	var outs [][]byte
	var wg sync.WaitGroup // concurrently too: font is shared, read only
	var mu sync.Mutex
	for range 3 {
		wg.Go(func() {
			pdf, err := letter.Render(sample(), font)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			outs = append(outs, pdf)
			mu.Unlock()
		})
	}
	wg.Wait()
	for _, pdf := range outs[1:] {
		if !bytes.Equal(pdf, outs[0]) {
			t.Fatal("two renders of the same letter differ")
		}
	}
	other := sample()
	other.CaseNumber = "DQ-2026-000124"
	pdf, err := letter.Render(other, font)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(pdf, outs[0]) {
		t.Fatal("letters of different cases render the same")
	}
}

func BenchmarkRender(b *testing.B) {
	font := requireFont(b)
	l := sample()
	var size int
	for b.Loop() {
		pdf, err := letter.Render(l, font)
		if err != nil {
			b.Fatal(err)
		}
		size = len(pdf)
	}
	b.ReportMetric(float64(size), "bytes/letter")
}
