package documents

import (
	"bytes"
	"slices"
)

// contentTypes are the accepted file types, each with how its first bytes
// look. The browser's declared type is checked against the bytes, so a
// script renamed to .pdf is refused rather than stored and served.
var contentTypes = []struct {
	mime  string
	magic func(head []byte) bool
}{
	{"application/pdf", prefix("%PDF-")},
	{"image/jpeg", prefix("\xff\xd8\xff")},
	{"image/png", prefix("\x89PNG\r\n\x1a\n")},
	{"image/webp", func(h []byte) bool {
		return len(h) >= 12 && bytes.Equal(h[:4], []byte("RIFF")) && bytes.Equal(h[8:12], []byte("WEBP"))
	}},
	// Office Open XML files are zip archives; telling a .docx from a .xlsx
	// would need the archive's directory, at its end. The zip signature is
	// the check: it refuses anything that is not an archive.
	{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", prefix("PK\x03\x04")},
	{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", prefix("PK\x03\x04")},
	// Legacy Word and Excel files are OLE compound documents.
	{"application/msword", prefix("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")},
	{"application/vnd.ms-excel", prefix("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")},
}

// sniffLen is how many leading bytes the checks need.
const sniffLen = 16

func prefix(p string) func([]byte) bool {
	return func(h []byte) bool { return bytes.HasPrefix(h, []byte(p)) }
}

// ContentTypes lists the accepted content types.
func ContentTypes() []string {
	out := make([]string, len(contentTypes))
	for i, c := range contentTypes {
		out[i] = c.mime
	}
	return out
}

// accepted reports whether mime is an accepted content type.
func accepted(mime string) bool { return slices.Contains(ContentTypes(), mime) }

// matches reports whether head (the file's first bytes) looks like mime.
func matches(mime string, head []byte) bool {
	for _, c := range contentTypes {
		if c.mime == mime {
			return c.magic(head)
		}
	}
	return false
}
