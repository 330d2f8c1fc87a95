package documents

import "testing"

func TestMagicBytes(t *testing.T) {
	tests := []struct {
		mime string
		head string
		want bool
	}{
		{"application/pdf", "%PDF-1.7\n", true},
		{"application/pdf", "<html>", false},
		{"application/pdf", "", false},
		{"image/jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF", true},
		{"image/jpeg", "\x89PNG\r\n\x1a\n", false},
		{"image/png", "\x89PNG\r\n\x1a\n\x00", true},
		{"image/png", "\x89PNG", false},
		{"image/webp", "RIFF\x24\x00\x00\x00WEBPVP8 ", true},
		{"image/webp", "RIFF\x24\x00\x00\x00WAVEfmt ", false},
		{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\x03\x04\x14\x00", true},
		{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "%PDF-", false},
		{"application/msword", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", true},
		{"application/vnd.ms-excel", "PK\x03\x04", false},
		{"text/html", "<html>", false}, // not an accepted type at all
	}
	for _, tt := range tests {
		if got := matches(tt.mime, []byte(tt.head)); got != tt.want {
			t.Errorf("matches(%s, %q) = %v, want %v", tt.mime, tt.head, got, tt.want)
		}
	}
	for _, ct := range ContentTypes() {
		if !accepted(ct) {
			t.Errorf("%s listed but not accepted", ct)
		}
	}
	if accepted("image/svg+xml") {
		t.Error("SVG can carry script: it must not be accepted")
	}
}
