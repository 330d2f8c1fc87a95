package letter

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// FontPackage is the Debian package that installs the font LoadFont reads.
const FontPackage = "fonts-lxgw-wenkai"

// fontPatterns are where LoadFont looks, first match wins: Debian's path
// (bookworm and later), then any other folder under the system and local
// font trees, for distributions that place it elsewhere. Only the regular
// weight: a letter uses one font, and the Light and Bold files are as large.
var fontPatterns = []string{
	"/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
	"/usr/share/fonts/*/*/LXGWWenKai-Regular.ttf",
	"/usr/share/fonts/*/LXGWWenKai-Regular.ttf",
	"/usr/local/share/fonts/*/LXGWWenKai-Regular.ttf",
	"/usr/local/share/fonts/LXGWWenKai-Regular.ttf",
}

// LoadFont reads the LXGW WenKai Regular TrueType font (about 15 MB) for
// Render. Render only reads the bytes, so one copy serves any number of
// renders; a long-running server that renders rarely may rather keep the
// path (FindFont) and read the file when it renders (ReadFont), so that the
// 15 MB do not stay in its heap.
func LoadFont() ([]byte, error) { return loadFont(fontPatterns) }

// FindFont is the path of the font LoadFont reads, or an error saying how
// to install it.
func FindFont() (string, error) { return findFont(fontPatterns) }

// ReadFont reads the font at path, as found by FindFont.
func ReadFont(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("letter: font: %w (install the Debian package %s)", err, FontPackage)
	}
	return b, nil
}

func loadFont(patterns []string) ([]byte, error) {
	path, err := findFont(patterns)
	if err != nil {
		return nil, err
	}
	return ReadFont(path)
}

func findFont(patterns []string) (string, error) {
	for _, pattern := range patterns {
		matches, _ := filepath.Glob(pattern) // the patterns are constant and valid
		for _, path := range matches {
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				continue // a dangling symlink
			}
			return path, nil
		}
	}
	return "", fmt.Errorf("letter: the LXGW WenKai font is not installed (looked for %s); install the Debian package %s (apt-get install %s)",
		strings.Join(patterns, ", "), FontPackage, FontPackage)
}
