package documents

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/documentupload"
	"hatchery/internal/apperr"
	"hatchery/internal/documents/owner"
	"hatchery/internal/storage"
	"hatchery/internal/textfield"
	"hatchery/internal/viewer"
)

// UploadRequest is what an uploader declares before sending a file.
type UploadRequest struct {
	// Exactly one of an owner (a new document of that owner) and
	// DocumentID (a new version of that document). OrganizationID is the
	// GraphQL input's way to name an organisation owner; Owner names any.
	OrganizationID *int
	// OwnerKind and OwnerID name an owner of another kind.
	OwnerKind   *string
	OwnerID     *int
	Owner       *owner.Ref
	DocumentID  *int
	Category    *document.Category // required for a new document
	Title       *string            // defaults to the file name
	ExpiresOn   *time.Time
	Filename    string
	ContentType string
	Size        int64
	SHA256      string
}

// Form is an upload form for the browser (see storage.Upload).
type Form struct {
	UploadID  int
	URL       string
	Method    string
	Fields    []Field // in the order to send them
	FileField string
	ExpiresAt time.Time
	MaxSize   int64
}

// Field is one form field.
type Field struct{ Name, Value string }

var hexSHA256 = regexp.MustCompile(`^[0-9a-f]{64}$`)

// RequestUpload checks req, records the upload and returns the form to post
// the file with. Privacy decides whether the viewer may attach to the owner.
func (s *Service) RequestUpload(ctx context.Context, c *gen.Client, req UploadRequest) (*Form, error) {
	if err := s.validate(&req); err != nil {
		return nil, err
	}
	if err := s.reachable(ctx); err != nil {
		return nil, err
	}
	title := req.Filename
	if req.DocumentID != nil {
		d, err := c.Document.Query().Where(document.ID(*req.DocumentID), document.DeletedAtIsNil()).Only(ctx)
		if err != nil {
			return nil, err
		}
		title = d.Title
		if req.Category == nil {
			req.Category = &d.Category
		}
	}
	if req.Title != nil {
		title = *req.Title
	}
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	token, err := randomToken()
	if err != nil {
		return nil, err
	}
	expires := s.Now().Add(FormExpiry)
	up, err := c.DocumentUpload.Create().
		SetNillableOwnerKind(ownerKind(req.Owner)).
		SetNillableOwnerID(ownerID(req.Owner)).
		SetNillableDocumentID(req.DocumentID).
		SetCategory(documentupload.Category(*req.Category)).
		SetTitle(title).
		SetNillableExpiresOn(req.ExpiresOn).
		SetFilename(req.Filename).
		SetContentType(req.ContentType).
		SetSize(req.Size).
		SetSha256(req.SHA256).
		SetObjectKey(fmt.Sprintf("uploads/%d/%s", v.DomainID, token)).
		SetFormExpiresAt(expires).
		SetUploadedByID(v.UserID).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	// The form allows exactly the declared size: MinIO then refuses any
	// other file, and the declared size is also the limit.
	u, err := s.Store.PresignUpload(ctx, up.ObjectKey, up.ContentType, req.Size, FormExpiry)
	if err != nil {
		return nil, storage.ForPeople(err)
	}
	f := &Form{UploadID: up.ID, URL: u.URL, Method: u.Method, FileField: "file", ExpiresAt: u.ExpiresAt, MaxSize: req.Size}
	for _, k := range sortedKeys(u.Fields) {
		f.Fields = append(f.Fields, Field{k, u.Fields[k]})
	}
	return f, nil
}

// validate checks and normalises req; every refusal names its field.
func (s *Service) validate(req *UploadRequest) error {
	if req.OrganizationID != nil && req.Owner == nil {
		req.Owner = &owner.Ref{Kind: owner.Organization, ID: *req.OrganizationID}
	}
	if (req.OwnerKind == nil) != (req.OwnerID == nil) || (req.OwnerKind != nil && req.OrganizationID != nil) {
		return apperr.Invalid("ownerKind", "give an owner's kind and id together, instead of an organisation",
			"请同时给出所属对象的类别和编号（不要同时给出组织）")
	}
	if req.OwnerKind != nil && req.Owner == nil {
		if _, ok := owner.Lookup(*req.OwnerKind); !ok {
			return apperr.Invalid("ownerKind", "documents cannot be attached to this kind of record", "此类记录不能附加文件")
		}
		req.Owner = &owner.Ref{Kind: *req.OwnerKind, ID: *req.OwnerID}
	}
	if (req.Owner == nil) == (req.DocumentID == nil) {
		return apperr.Invalid("organizationID",
			"give either the organisation of a new document or the document to add a version to",
			"请指定新文件所属的组织，或要上传新版本的文件（二者选一）")
	}
	if req.DocumentID == nil && req.Category == nil {
		return apperr.Invalid("category", "choose the kind of document", "请选择文件类别")
	}
	name := cleanFilename(req.Filename)
	if name == "" {
		return apperr.Invalid("filename", "the file has no name", "文件名不能为空")
	}
	// Checked here, not only by ent, because the title may come from it.
	if err := textfield.Check("filename", name, textfield.Line(255)); err != nil {
		return err
	}
	req.Filename = name
	if req.Title != nil {
		t := strings.TrimSpace(*req.Title)
		if t == "" {
			req.Title = nil
		} else if err := textfield.Check("title", t, textfield.Line(200)); err != nil {
			return err
		} else {
			req.Title = &t
		}
	}
	if req.Title == nil && req.DocumentID == nil && utf8.RuneCountInString(name) > 200 {
		t := string([]rune(name)[:200])
		req.Title = &t
	}
	ct := strings.ToLower(strings.TrimSpace(strings.Split(req.ContentType, ";")[0]))
	if !accepted(ct) {
		return apperr.Invalidf("contentType",
			"files of type %q are not accepted; upload a PDF, an image (JPEG, PNG, WebP) or a Word/Excel file",
			"不接受 %q 类型的文件，请上传 PDF、图片（JPEG、PNG、WebP）或 Word/Excel 文件", req.ContentType).
			With("accepted", ContentTypes())
	}
	req.ContentType = ct
	if req.Size < 1 {
		return apperr.Invalid("size", "the file is empty", "文件为空")
	}
	if req.Size > s.MaxSize {
		return apperr.Invalidf("size", "the file is larger than the %d MiB limit", "文件超过 %d MiB 的上限", s.MaxSize>>20).
			With("maxSize", s.MaxSize)
	}
	req.SHA256 = strings.ToLower(strings.TrimSpace(req.SHA256))
	if !hexSHA256.MatchString(req.SHA256) {
		return apperr.Invalid("sha256", "sha256 must be 64 hexadecimal characters", "sha256 必须是 64 位十六进制字符")
	}
	if req.ExpiresOn != nil {
		d := dateOf(*req.ExpiresOn)
		req.ExpiresOn = &d
	}
	return nil
}

// cleanFilename keeps the last path element of a browser-sent name (old
// browsers send C:\fakepath\x.pdf), trimmed.
func cleanFilename(name string) string {
	name = strings.ToValidUTF8(name, "")
	name = strings.ReplaceAll(name, `\`, "/")
	name = name[strings.LastIndex(name, "/")+1:]
	if name == "." || name == ".." {
		return ""
	}
	// Control and text-direction characters are left for the text rule
	// (internal/textfield) to refuse, as in every other text field.
	return strings.TrimSpace(name)
}

func randomToken() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// ownerKind and ownerID spell an optional owner as the upload's columns.
func ownerKind(r *owner.Ref) *string {
	if r == nil {
		return nil
	}
	return &r.Kind
}

func ownerID(r *owner.Ref) *int {
	if r == nil {
		return nil
	}
	return &r.ID
}
