package letter_test

// A reader for the PDFs gopdf writes, just enough to check what a letter
// shows without trusting the code that drew it: page count, the text of
// each page (glyph IDs in the content streams mapped back through the
// font's ToUnicode CMap, as a PDF viewer's copy and paste does), and the
// images with their placement.

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

type pdfObj struct {
	dict   string
	raw    []byte // the stream as stored
	stream []byte // the stream decoded (FlateDecode), or raw
}

type pdfDoc struct {
	objs  map[int]pdfObj
	pages []int // page object numbers, in order
}

var (
	objRE    = regexp.MustCompile(`(?s)(\d+) 0 obj\s*(.*?)\bendobj`)
	lengthRE = regexp.MustCompile(`/Length (\d+)`)
	refRE    = regexp.MustCompile(`(\d+) 0 R`)
)

func parsePDF(t *testing.T, b []byte) *pdfDoc {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimRight(b, "\r\n"), []byte("%%EOF")) {
		t.Fatalf("not a complete PDF: starts %q, ends %q", b[:min(len(b), 8)], b[max(0, len(b)-8):])
	}
	d := &pdfDoc{objs: map[int]pdfObj{}}
	for _, m := range objRE.FindAllSubmatchIndex(b, -1) {
		num, _ := strconv.Atoi(string(b[m[2]:m[3]]))
		body := b[m[4]:m[5]]
		o := pdfObj{dict: string(body)}
		if i := bytes.Index(body, []byte("stream\n")); i >= 0 {
			o.dict = string(body[:i])
			lm := lengthRE.FindStringSubmatch(o.dict)
			if lm == nil {
				t.Fatalf("object %d: stream without /Length", num)
			}
			n, _ := strconv.Atoi(lm[1])
			start := m[4] + i + len("stream\n")
			o.raw = b[start : start+n] // by /Length, not by searching: the data is binary
			o.stream = o.raw
			if strings.Contains(o.dict, "FlateDecode") {
				zr, err := zlib.NewReader(bytes.NewReader(o.raw))
				if err != nil {
					t.Fatalf("object %d: %v", num, err)
				}
				if o.stream, err = io.ReadAll(zr); err != nil {
					t.Fatalf("object %d: inflate: %v", num, err)
				}
			}
		}
		d.objs[num] = o
	}
	for _, o := range d.objs {
		if strings.Contains(o.dict, "/Type /Pages") {
			_, kids, _ := strings.Cut(o.dict, "/Kids")
			for _, m := range refRE.FindAllStringSubmatch(kids, -1) {
				n, _ := strconv.Atoi(m[1])
				d.pages = append(d.pages, n)
			}
		}
	}
	return d
}

// ref returns the object that key (e.g. "/Contents") refers to in o.
func (d *pdfDoc) ref(t *testing.T, o pdfObj, key string) pdfObj {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(key) + `\s*(\d+) 0 R`).FindStringSubmatch(o.dict)
	if m == nil {
		t.Fatalf("no %s in %q", key, o.dict)
	}
	n, _ := strconv.Atoi(m[1])
	return d.objs[n]
}

// glyphs maps glyph IDs to text through the ToUnicode CMap of the (one)
// Type0 font.
func (d *pdfDoc) glyphs(t *testing.T) map[string]rune {
	t.Helper()
	for _, o := range d.objs {
		if !strings.Contains(o.dict, "/Subtype /Type0") {
			continue
		}
		cmap := d.ref(t, o, "/ToUnicode").stream
		out := map[string]rune{}
		for _, m := range regexp.MustCompile(`<([0-9A-F]{4})><[0-9A-F]{4}><([0-9A-F]+)>`).FindAllSubmatch(cmap, -1) {
			r, _ := strconv.ParseUint(string(m[2]), 16, 32)
			out[string(m[1])] = rune(r)
		}
		return out
	}
	t.Fatal("no Type0 font")
	return nil
}

// textRE matches one text operation as gopdf writes it: its position,
// then (after the font and colour) the glyphs.
var textRE = regexp.MustCompile(`(?s)BT\n([\d.-]+) ([\d.-]+) TD\n.*?\[((?:<[0-9A-F]*>|-?\d+)*)\] TJ`)

// textLine is one text operation: a line of the letter, at x, y points
// from the page's bottom left.
type textLine struct {
	x, y float64
	s    string
}

// pageText returns the lines of text shown on each page.
func (d *pdfDoc) pageText(t *testing.T) [][]textLine {
	t.Helper()
	glyphs := d.glyphs(t)
	var pages [][]textLine
	for _, p := range d.pages {
		var lines []textLine
		content := d.ref(t, d.objs[p], "/Contents").stream
		for _, m := range textRE.FindAllSubmatch(content, -1) {
			var s strings.Builder
			for _, hex := range regexp.MustCompile(`<([0-9A-F]*)>`).FindAllSubmatch(m[3], -1) {
				for i := 0; i+4 <= len(hex[1]); i += 4 {
					r, ok := glyphs[string(hex[1][i:i+4])]
					if !ok {
						t.Fatalf("glyph %s is not in the ToUnicode map", hex[1][i:i+4])
					}
					s.WriteRune(r)
				}
			}
			x, _ := strconv.ParseFloat(string(m[1]), 64)
			y, _ := strconv.ParseFloat(string(m[2]), 64)
			lines = append(lines, textLine{x, y, s.String()})
		}
		pages = append(pages, lines)
	}
	return pages
}

// flat is the text of lines run together, as a reader reads it: the
// line breaks and spaces left out, since wrapping drops the spaces where
// it breaks a line.
func flat(lines []textLine) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.s)
	}
	return noSpace(b.String())
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// placedImage is an image XObject and where a page draws it, in points
// from the bottom left.
type placedImage struct {
	page       int // 1-based
	x, y, w, h float64
	img        image.Image
}

var doRE = regexp.MustCompile(`([\d.]+)\s+0\s+0\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+cm\s*/(\w+)\s+Do`)

func (d *pdfDoc) images(t *testing.T) []placedImage {
	t.Helper()
	var out []placedImage
	for i, p := range d.pages {
		page := d.objs[p]
		res := d.ref(t, page, "/Resources")
		content := d.ref(t, page, "/Contents").stream
		for _, m := range doRE.FindAllSubmatch(content, -1) {
			f := func(i int) float64 { v, _ := strconv.ParseFloat(string(m[i]), 64); return v }
			xo := d.ref(t, res, "/"+string(m[5]))
			out = append(out, placedImage{page: i + 1, w: f(1), h: f(2), x: f(3), y: f(4), img: decodeImage(t, d, xo)})
		}
	}
	return out
}

// decodeImage turns a PDF image that came from a palette PNG (gopdf copies
// the PNG's IDAT data and palette verbatim) back into a PNG and decodes it.
func decodeImage(t *testing.T, d *pdfDoc, o pdfObj) image.Image {
	t.Helper()
	num := func(key string) uint32 {
		m := regexp.MustCompile(key + `\s+(\d+)`).FindStringSubmatch(o.dict)
		if m == nil {
			t.Fatalf("image has no %s: %q", key, o.dict)
		}
		n, _ := strconv.Atoi(m[1])
		return uint32(n)
	}
	if !strings.Contains(o.dict, "/Indexed /DeviceRGB") || !strings.Contains(o.dict, "/Predictor 15") {
		t.Fatalf("image is not a palette PNG's data: %q", o.dict)
	}
	var buf bytes.Buffer
	chunk := func(typ string, data []byte) {
		binary.Write(&buf, binary.BigEndian, uint32(len(data)))
		c := crc32.NewIEEE()
		io.WriteString(c, typ)
		c.Write(data)
		buf.WriteString(typ)
		buf.Write(data)
		binary.Write(&buf, binary.BigEndian, c.Sum32())
	}
	buf.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := binary.BigEndian.AppendUint32(nil, num("/Width"))
	ihdr = binary.BigEndian.AppendUint32(ihdr, num("/Height"))
	ihdr = append(ihdr, byte(num("/BitsPerComponent")), 3, 0, 0, 0) // colour type 3: palette
	chunk("IHDR", ihdr)
	pal := regexp.MustCompile(`/Indexed /DeviceRGB \d+ (\d+) 0 R`).FindStringSubmatch(o.dict)
	palNum, _ := strconv.Atoi(pal[1])
	chunk("PLTE", d.objs[palNum].stream)
	chunk("IDAT", o.raw)
	chunk("IEND", nil)
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("decode image: %v", err)
	}
	return img
}
