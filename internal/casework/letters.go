package casework

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/servicecase"
	"hatchery/internal/documents/owner"
	"hatchery/internal/letter"
	"hatchery/internal/storage"
	"hatchery/internal/viewer"
)

// Letters issues decision letters: renders the PDF, stores it and records
// it as a document of both the case and the applicant organisation (so the
// applicant finds it with their certificates too).
type Letters struct {
	Store storage.Store
	// Font gives the CJK TrueType font for one render (letter.Render). The
	// server reads the file each time: letters are rare, and the 15 MB
	// kept for the process's life would be half its live heap, doubled by
	// the garbage collector's headroom. Tests hand out one copy.
	Font func() ([]byte, error)
	// Secret signs the verification tokens printed on letters; it must
	// never change, or earlier letters stop verifying.
	Secret []byte
	// BaseURL is the platform's public address, e.g. https://hatchery.example.gov.cn.
	BaseURL string
}

// VerifyURL is the public verification address of case id.
func (l *Letters) VerifyURL(caseID int) string {
	return strings.TrimRight(l.BaseURL, "/") + "/verify/" + letter.Sign(l.Secret, caseID)
}

// IssueLetter implements LetterIssuer.
func (l *Letters) IssueLetter(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error {
	sys := system(ctx)
	org, err := c.Organization.Get(sys, cs.OrganizationID)
	if err != nil {
		return err
	}
	dom, err := c.Domain.Get(sys, cs.DomainID)
	if err != nil {
		return err
	}
	l1 := letter.Letter{
		Authority:     dom.Name + "民政局",
		CaseNumber:    deref(cs.Number),
		Applicant:     org.Name,
		ApplicantCode: org.Uscc,
		ServiceItem:   cs.ItemName,
		Approved:      cs.Decision != nil && *cs.Decision == servicecase.DecisionAPPROVED,
		Reason:        cs.DecisionReason,
		DecidedOn:     *cs.DecidedAt,
		VerifyURL:     l.VerifyURL(cs.ID),
	}
	font, err := l.Font()
	if err != nil {
		return fmt.Errorf("rendering the decision letter of case %d: %w", cs.ID, err)
	}
	pdf, err := letter.Render(l1, font)
	if err != nil {
		return fmt.Errorf("rendering the decision letter of case %d: %w", cs.ID, err)
	}
	key := fmt.Sprintf("letters/%d/%d/decision-%d", cs.DomainID, cs.ID, cs.DecidedAt.Unix())
	if _, err := l.Store.Put(ctx, key, "application/pdf", bytes.NewReader(pdf), int64(len(pdf))); err != nil {
		return storage.ForPeople(err)
	}
	title := l1.DefaultTitle()
	d, err := c.Document.Create().
		SetDomainID(cs.DomainID).
		SetOwnerKind(owner.Organization).
		SetOwnerID(cs.OrganizationID).
		SetCaseID(cs.ID).
		SetCategory(document.CategoryDECISION_LETTER).
		SetTitle(title).
		SetVersionCount(1).
		Save(sys)
	if err != nil {
		return err
	}
	v, err := c.DocumentVersion.Create().
		SetDomainID(cs.DomainID).
		SetDocumentID(d.ID).
		SetNumber(1).
		SetFilename(fmt.Sprintf("%s-%s.pdf", deref(cs.Number), title)).
		SetContentType("application/pdf").
		SetSize(int64(len(pdf))).
		SetSha256(sha256Hex(pdf)).
		SetObjectKey(key).
		SetUploadedByID(issuer(ctx, cs)).
		SetUploaderName(dom.Name + "民政局").
		Save(sys)
	if err != nil {
		return err
	}
	return c.Document.UpdateOneID(d.ID).SetCurrentVersionID(v.ID).Exec(sys)
}

// issuer is who the letter's version is recorded as uploaded by: the
// person deciding, or the applicant when the system issues it.
func issuer(ctx context.Context, cs *gen.ServiceCase) int {
	if v := viewer.FromContext(ctx); v != nil {
		return v.UserID
	}
	return cs.ApplicantID
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
