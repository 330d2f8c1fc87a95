package documents

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"entgo.io/ent/privacy"
	"errors"
	"io"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/documentupload"
	"hatchery/internal/apperr"
	"hatchery/internal/storage"
)

// Reasons (extensions.reason) of refused completions, for clients.
const (
	ReasonNotUploaded  = "NOT_UPLOADED"
	ReasonSizeMismatch = "SIZE_MISMATCH"
	ReasonTypeMismatch = "TYPE_MISMATCH"
	ReasonHashMismatch = "HASH_MISMATCH"
)

// finalKey is where an upload's bytes live once checked: derived from the
// upload key, so the clean-up job can find them from the upload row alone.
func finalKey(uploadKey string) string {
	return "documents/" + strings.TrimPrefix(uploadKey, "uploads/")
}

// CompleteUpload checks the uploaded file of upload uploadID and records it
// as the newest version of its document (created for a first upload).
func (s *Service) CompleteUpload(ctx context.Context, c *gen.Client, uploadID int) (*gen.Document, error) {
	up, err := c.DocumentUpload.Get(ctx, uploadID)
	if err != nil {
		return nil, err
	}
	if up.Status != documentupload.StatusPENDING {
		return nil, apperr.New(apperr.Conflict, "this upload has already been completed", "该上传已完成")
	}
	key := finalKey(up.ObjectKey)
	info, err := s.Store.Move(ctx, up.ObjectKey, key)
	if errors.Is(err, storage.ErrNotFound) {
		// Nothing arrived at the upload key. If a previous completion moved
		// it but its transaction failed, the bytes wait at the final key.
		info, err = s.Store.Stat(ctx, key)
	}
	if errors.Is(err, storage.ErrNotFound) {
		return nil, apperr.New(apperr.BadUserInput,
			"the file has not been received; upload it, then complete the upload",
			"尚未收到文件，请先上传文件再完成上传").WithReason(ReasonNotUploaded)
	}
	if err != nil {
		return nil, storage.ForPeople(err)
	}
	if refusal, err := s.check(ctx, up, key, info); err != nil || refusal != nil {
		if refusal != nil {
			s.discard(ctx, key, refusal)
			return nil, refusal
		}
		return nil, storage.ForPeople(err)
	}
	return s.record(ctx, c, up, key)
}

// check compares the stored bytes with the declaration. It returns the
// refusal for the person, or err when the store failed.
func (s *Service) check(ctx context.Context, up *gen.DocumentUpload, key string, info storage.ObjectInfo) (*apperr.Error, error) {
	if info.Size != up.Size {
		return apperr.Invalidf("size",
			"the file received has %d bytes, not the %d declared; please upload it again",
			"收到的文件为 %d 字节，与申报的 %d 字节不符，请重新上传", info.Size, up.Size).
			WithReason(ReasonSizeMismatch), nil
	}
	if !strings.EqualFold(info.ContentType, up.ContentType) {
		return apperr.Invalid("contentType", "the file was sent with another type than declared",
			"文件上传时的类型与申报的不符").WithReason(ReasonTypeMismatch), nil
	}
	r, err := s.Store.Open(ctx, key)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	head := make([]byte, sniffLen)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	head = head[:n]
	if !matches(up.ContentType, head) {
		return apperr.Invalidf("contentType",
			"the file's content is not %s as declared; check that you chose the right file",
			"文件内容与申报的类型 %s 不符，请确认选择了正确的文件", up.ContentType).
			WithReason(ReasonTypeMismatch), nil
	}
	h := sha256.New()
	h.Write(head)
	if _, err := io.Copy(h, r); err != nil {
		return nil, err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != up.Sha256 {
		return apperr.Invalid("sha256",
			"the file received differs from the one declared (SHA-256 mismatch); it may have been damaged on the way: please upload it again",
			"收到的文件与申报的不一致（SHA-256 不符），可能在传输中损坏，请重新上传").
			With("received", got).WithReason(ReasonHashMismatch), nil
	}
	return nil, nil
}

// discard removes refused bytes. The upload row stays PENDING: the person
// may post the same form again while it is valid; the clean-up job removes
// the row later.
func (s *Service) discard(ctx context.Context, key string, why *apperr.Error) {
	if err := s.Store.Remove(context.WithoutCancel(ctx), key); err != nil {
		s.Log.Error("documents: removing a refused upload failed; the clean-up job will retry", "key", key, "err", err)
		return
	}
	s.Log.Info("documents: upload refused and removed", "key", key, "reason", why.Reason)
}

// record adds the checked bytes at key as a version. Numbers come from an
// atomic increment on the document, so concurrent completions of versions
// of one document get distinct numbers.
func (s *Service) record(ctx context.Context, c *gen.Client, up *gen.DocumentUpload, key string) (*gen.Document, error) {
	var docID int
	if up.DocumentID != nil {
		docID = *up.DocumentID
		upd := c.Document.Update().
			Where(document.ID(docID), document.DeletedAtIsNil()).
			AddVersionCount(1)
		if up.ExpiresOn != nil {
			upd = upd.SetExpiresOn(*up.ExpiresOn)
		}
		// The right to add a version was checked when the upload was
		// requested (attach); the rows written here follow from it.
		n, err := upd.Save(privacy.DecisionContext(ctx, privacy.Allow))
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, apperr.New(apperr.Conflict, "the document was deleted meanwhile", "该文件已被删除")
		}
	} else {
		d, err := c.Document.Create().
			SetOwnerKind(deref(up.OwnerKind)).
			SetOwnerID(derefInt(up.OwnerID)).
			SetCategory(document.Category(up.Category)).
			SetTitle(up.Title).
			SetNillableExpiresOn(up.ExpiresOn).
			SetVersionCount(1).
			Save(ctx)
		if err != nil {
			return nil, err
		}
		docID = d.ID
	}
	d, err := c.Document.Get(ctx, docID)
	if err != nil {
		return nil, err
	}
	uploader, err := c.User.Get(privacy.DecisionContext(ctx, privacy.Allow), up.UploadedByID)
	if err != nil {
		return nil, err
	}
	v, err := c.DocumentVersion.Create().
		SetDocumentID(docID).
		SetNumber(d.VersionCount).
		SetFilename(up.Filename).
		SetContentType(up.ContentType).
		SetSize(up.Size).
		SetSha256(up.Sha256).
		SetObjectKey(key).
		SetUploadedByID(up.UploadedByID).
		SetUploaderName(uploader.DisplayName).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := c.DocumentUpload.UpdateOne(up).SetStatus(documentupload.StatusCOMPLETED).Exec(ctx); err != nil {
		return nil, err
	}
	// Pointing the document at its new version follows from the attach
	// right checked at request time; an owner kind whose write rule is
	// narrower than its attach rule (a guidance officer's activity photos)
	// must not fail here after the bytes are kept.
	return c.Document.UpdateOneID(docID).SetCurrentVersionID(v.ID).Save(privacy.DecisionContext(ctx, privacy.Allow))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func derefInt(n *int) int {
	if n == nil {
		return 0
	}
	return *n
}
