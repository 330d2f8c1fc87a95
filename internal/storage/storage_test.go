package storage_test

import (
	"mime"
	"strings"
	"testing"

	"hatchery/internal/storage"
)

func TestContentDisposition(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "plain ASCII",
			in:   "report.pdf",
			want: `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
		},
		{
			name: "Chinese with space",
			in:   "营业执照 2026.pdf",
			want: `attachment; filename="____ 2026.pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%202026.pdf`,
		},
		{
			name: "quote and backslash cannot break out of the quoted string",
			in:   `a"b\c.txt`,
			want: `attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b_c.txt`,
		},
		{
			name: "path separators are neutralised",
			in:   "../../etc/passwd",
			want: `attachment; filename=".._.._etc_passwd"; filename*=UTF-8''.._.._etc_passwd`,
		},
		{
			name: "control characters (header injection) are removed",
			in:   "a\r\nSet-Cookie: x.txt",
			want: `attachment; filename="a__Set-Cookie: x.txt"; filename*=UTF-8''a__Set-Cookie%3A%20x.txt`,
		},
		{
			name: "empty name gets a default",
			in:   "  ",
			want: `attachment; filename="download"; filename*=UTF-8''download`,
		},
		{
			name: "RFC 5987 attr-chars stay literal, others are encoded",
			in:   "a!#$&+-.^_`|~b(1);=%.txt",
			want: "attachment; filename=\"a!#$&+-.^_`|~b(1);=%.txt\"; filename*=UTF-8''a!#$&+-.^_`|~b%281%29%3B%3D%25.txt",
		},
		{
			name: "invalid UTF-8 is replaced, not passed through",
			in:   "a\xffb.txt",
			want: `attachment; filename="a_b.txt"; filename*=UTF-8''a%EF%BF%BDb.txt`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := storage.ContentDisposition(tt.in)
			if got != tt.want {
				t.Fatalf("ContentDisposition(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
			if strings.ContainsAny(got, "\r\n") {
				t.Fatalf("header value contains a line break: %q", got)
			}
		})
	}
}

// TestContentDispositionParses checks the header with an independent parser
// (the standard library's RFC 2231/5987 decoder), so the encoding is not just
// checked against our own idea of it: the decoded name must be the original.
func TestContentDispositionParses(t *testing.T) {
	for _, name := range []string{"营业执照 2026.pdf", "résumé (final).docx", "plain.txt", "😀 emoji.png"} {
		disp, params, err := mime.ParseMediaType(storage.ContentDisposition(name))
		if err != nil {
			t.Fatalf("%q: ParseMediaType: %v", name, err)
		}
		if disp != "attachment" {
			t.Errorf("%q: disposition %q, want attachment", name, disp)
		}
		// mime decodes filename* and prefers it over filename.
		if params["filename"] != name {
			t.Errorf("%q: decoded filename %q", name, params["filename"])
		}
	}
}
