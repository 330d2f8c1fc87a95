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
// Render. Read it once at start-up and pass the same bytes to every Render:
// Render only reads them.
func LoadFont() ([]byte, error) { return loadFont(fontPatterns) }

func loadFont(patterns []string) ([]byte, error) {
	for _, pattern := range patterns {
		matches, _ := filepath.Glob(pattern) // the patterns are constant and valid
		for _, path := range matches {
			b, err := os.ReadFile(path)
			if errors.Is(err, fs.ErrNotExist) {
				continue // a dangling symlink
			}
			if err != nil {
				return nil, fmt.Errorf("letter: font: %w", err)
			}
			return b, nil
		}
	}
	return nil, fmt.Errorf("letter: the LXGW WenKai font is not installed (looked for %s); install the Debian package %s (apt-get install %s)",
		strings.Join(patterns, ", "), FontPackage, FontPackage)
}
