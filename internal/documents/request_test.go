package documents

import (
	"strings"
	"testing"

	"hatchery/ent/document"
	"hatchery/internal/apperr"
)

func TestValidate(t *testing.T) {
	s := New(nil, nil)
	s.MaxSize = 1000
	org, docID := 1, 2
	cat := document.CategoryBUDGET
	hash := strings.Repeat("ab", 32)
	base := func() UploadRequest {
		return UploadRequest{OrganizationID: &org, Category: &cat, Filename: "budget.pdf",
			ContentType: "application/pdf", Size: 10, SHA256: hash}
	}
	tests := []struct {
		name  string
		edit  func(r *UploadRequest)
		field string // "" = valid
	}{
		{"valid", func(r *UploadRequest) {}, ""},
		{"no owner", func(r *UploadRequest) { r.OrganizationID = nil }, "organizationID"},
		{"both owner and document", func(r *UploadRequest) { r.DocumentID = &docID }, "organizationID"},
		{"new document without category", func(r *UploadRequest) { r.Category = nil }, "category"},
		{"new version needs no category", func(r *UploadRequest) { r.OrganizationID, r.DocumentID, r.Category = nil, &docID, nil }, ""},
		{"path only", func(r *UploadRequest) { r.Filename = `C:\fakepath\` }, "filename"},
		{"long name", func(r *UploadRequest) { r.Filename = strings.Repeat("文", 256) }, "filename"},
		{"type with parameters", func(r *UploadRequest) { r.ContentType = "Application/PDF; charset=binary" }, ""},
		{"type not kept", func(r *UploadRequest) { r.ContentType = "image/svg+xml" }, "contentType"},
		{"empty", func(r *UploadRequest) { r.Size = 0 }, "size"},
		{"over the limit", func(r *UploadRequest) { r.Size = 1001 }, "size"},
		{"at the limit", func(r *UploadRequest) { r.Size = 1000 }, ""},
		{"hash too short", func(r *UploadRequest) { r.SHA256 = "abc" }, "sha256"},
		{"upper-case hash", func(r *UploadRequest) { r.SHA256 = strings.ToUpper(hash) }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base()
			tt.edit(&r)
			err := s.validate(&r)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			e, ok := apperr.As(err)
			if !ok || e.Code != apperr.BadUserInput || e.Field != tt.field {
				t.Fatalf("err = %#v, want BAD_USER_INPUT on %s", err, tt.field)
			}
		})
	}

	r := base()
	r.Filename, r.ContentType, r.SHA256 = "C:\\fakepath\\预算 2026.pdf", "Application/PDF; x=y", strings.ToUpper(hash)
	if err := s.validate(&r); err != nil {
		t.Fatal(err)
	}
	if r.Filename != "预算 2026.pdf" || r.ContentType != "application/pdf" || r.SHA256 != hash {
		t.Errorf("normalised to %q %q %q", r.Filename, r.ContentType, r.SHA256)
	}
}
