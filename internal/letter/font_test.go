package letter

import (
	"bytes"
	"hatchery/internal/testdb"
	"strings"
	"testing"
)

func TestLoadFontMissing(t *testing.T) {
	t.Parallel()
	_, err := loadFont([]string{t.TempDir() + "/*/LXGWWenKai-Regular.ttf"})
	if err == nil || !strings.Contains(err.Error(), "apt-get install fonts-lxgw-wenkai") {
		t.Fatalf("err = %v, want one telling which Debian package to install", err)
	}
}

func TestLoadFont(t *testing.T) {
	t.Parallel()
	font, err := LoadFont()
	if err != nil {
		if testdb.UnderCI() {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	// A TrueType file (version 1.0 sfnt), the regular weight's size.
	if !bytes.HasPrefix(font, []byte{0, 1, 0, 0}) || len(font) < 1<<20 {
		t.Fatalf("LoadFont returned %d bytes starting %x: not a TrueType font", len(font), font[:min(4, len(font))])
	}
}

// A font that goes missing after start-up (FindFont found it, ReadFont reads
// it at each render) fails the render with the package to install.
func TestReadFontGoneSinceFound(t *testing.T) {
	t.Parallel()
	_, err := ReadFont(t.TempDir() + "/LXGWWenKai-Regular.ttf")
	if err == nil || !strings.Contains(err.Error(), "fonts-lxgw-wenkai") {
		t.Fatalf("err = %v, want one naming the Debian package", err)
	}
}
