package incubation

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/certificatecounter"
	"hatchery/ent/document"
	"hatchery/ent/tenancy"
	"hatchery/internal/casework"
	"hatchery/internal/documents/owner"
	"hatchery/internal/letter"
	"hatchery/internal/notify"
	"hatchery/internal/storage"
	"hatchery/internal/viewer"
	"hatchery/internal/workdays"
)

// The graduation certificate (出壳证书): numbered per county and year
// (德清孵证〔2026〕7号), typeset like a decision letter (CJK, a QR code to
// the public verify page) and kept as a certificate document of the
// organisation. The verify page, /verify/certificate/{token}, needs no
// login: the token's signature is the permission.

// chinaTime is the zone certificates are dated in.
var chinaTime = time.FixedZone("CST", 8*3600)

// CertificateNo is a certificate's number: the county's short name (德清县 → 德清),
// the year and the sequence.
func CertificateNo(domainName string, year, n int) string {
	short := domainName
	for _, suffix := range []string{"自治县", "县", "市", "区"} {
		if s := strings.TrimSuffix(domainName, suffix); s != domainName && s != "" {
			short = s
			break
		}
	}
	return fmt.Sprintf("%s孵证〔%d〕%d号", short, year, n)
}

// nextCertificateNo hands out the domain's next number for now's year in
// the caller's transaction: concurrent graduations queue on the counter row.
func nextCertificateNo(ctx context.Context, c *gen.Client, domainID int, now time.Time) (string, error) {
	sys := system(ctx)
	year := workdays.DateOf(now).Year()
	if err := c.CertificateCounter.Create().SetDomainID(domainID).SetYear(year).
		OnConflictColumns(certificatecounter.FieldDomainID, certificatecounter.FieldYear).Ignore().Exec(sys); err != nil {
		return "", err
	}
	if err := c.CertificateCounter.Update().Where(certificatecounter.DomainID(domainID), certificatecounter.Year(year)).
		AddLast(1).Exec(sys); err != nil {
		return "", err
	}
	ctr, err := c.CertificateCounter.Query().Where(certificatecounter.DomainID(domainID), certificatecounter.Year(year)).Only(sys)
	if err != nil {
		return "", err
	}
	d, err := c.Domain.Get(sys, domainID)
	if err != nil {
		return "", err
	}
	return CertificateNo(d.Name, year, ctr.Last), nil
}

// issueCertificate numbers tenancy t's certificate and, when the server
// issues letters, typesets and stores its PDF.
func (s *Service) issueCertificate(ctx context.Context, c *gen.Client, t *gen.Tenancy) error {
	sys := system(ctx)
	now := s.Now()
	no, err := nextCertificateNo(ctx, c, t.DomainID, now)
	if err != nil {
		return err
	}
	up := c.Tenancy.UpdateOneID(t.ID).SetCertificateNo(no)
	if l := s.letters(); l != nil {
		token := letter.Sign(l.Secret, t.ID)
		up.SetCertificateToken(token)
		docID, err := s.certificatePDF(ctx, c, l, t, no, token, now)
		if err != nil {
			return err
		}
		up.SetCertificateDocumentID(docID)
	}
	if err := up.Exec(sys); err != nil {
		return err
	}
	centre, err := c.IncubationCentre.Get(sys, t.CentreID)
	if err != nil {
		return err
	}
	return s.tellOrganization(ctx, c, t.OrganizationID, t.DomainID, notifyGraduated(t, centre, no))
}

// letters is the server's letter issuer, nil when it issues none (tests).
func (s *Service) letters() *casework.Letters {
	if s.Letters == nil {
		return nil
	}
	return s.Letters()
}

// certificatePDF typesets and stores the certificate; it answers the document's id.
func (s *Service) certificatePDF(ctx context.Context, c *gen.Client, l *casework.Letters, t *gen.Tenancy, no, token string, now time.Time) (int, error) {
	sys := system(ctx)
	org, err := c.Organization.Get(sys, t.OrganizationID)
	if err != nil {
		return 0, err
	}
	dom, err := c.Domain.Get(sys, t.DomainID)
	if err != nil {
		return 0, err
	}
	centre, err := c.IncubationCentre.Get(sys, t.CentreID)
	if err != nil {
		return 0, err
	}
	body := fmt.Sprintf("%s于%s入驻%s孵化，经成熟度评估达到出壳标准，并完成孵化计划全部必备事项，准予出壳，特发此证。",
		org.Name, t.StartOn.Format("2006年1月2日"), centre.Name)
	font, err := l.Font()
	if err != nil {
		return 0, fmt.Errorf("incubation: typesetting the certificate of tenancy %d: %w", t.ID, err)
	}
	pdf, err := letter.Render(letter.Letter{
		Authority: dom.Name + "民政局", Title: "社会组织孵化出壳证书", CaseNumber: no,
		Applicant: org.Name, ApplicantCode: org.Uscc, ServiceItem: "社会组织孵化出壳",
		Approved: true, Reason: body, DecidedOn: now.In(chinaTime),
		VerifyURL: strings.TrimRight(l.BaseURL, "/") + "/verify/certificate/" + token,
	}, font)
	if err != nil {
		return 0, fmt.Errorf("incubation: typesetting the certificate of tenancy %d: %w", t.ID, err)
	}
	key := fmt.Sprintf("certificates/%d/%d/graduation-%d", t.DomainID, t.ID, now.Unix())
	if _, err := l.Store.Put(ctx, key, "application/pdf", bytes.NewReader(pdf), int64(len(pdf))); err != nil {
		return 0, storage.ForPeople(err)
	}
	title := "出壳证书 " + no
	d, err := c.Document.Create().SetDomainID(t.DomainID).SetOwnerKind(owner.Organization).SetOwnerID(t.OrganizationID).
		SetCategory(document.CategoryCERTIFICATE).SetTitle(title).SetVersionCount(1).Save(sys)
	if err != nil {
		return 0, err
	}
	sum := sha256.Sum256(pdf)
	uploader := 0
	if v := viewer.FromContext(ctx); v != nil {
		uploader = v.UserID
	}
	vc := c.DocumentVersion.Create().SetDomainID(t.DomainID).SetDocumentID(d.ID).SetNumber(1).
		SetFilename(no + ".pdf").SetContentType("application/pdf").SetSize(int64(len(pdf))).
		SetSha256(hex.EncodeToString(sum[:])).SetObjectKey(key).SetUploaderName(dom.Name + "民政局")
	if uploader != 0 {
		vc.SetUploadedByID(uploader)
	}
	v, err := vc.Save(sys)
	if err != nil {
		return 0, err
	}
	return d.ID, c.Document.UpdateOneID(d.ID).SetCurrentVersionID(v.ID).Exec(sys)
}

// CertificateURL is where the certificate PDF downloads, for readers of the tenancy.
func (s *Service) CertificateURL(ctx context.Context, c *gen.Client, t *gen.Tenancy) (*string, error) {
	if t.CertificateDocumentID == nil || s.Docs == nil {
		return nil, nil
	}
	d, err := c.Document.Query().Where(document.ID(*t.CertificateDocumentID)).WithCurrent().Only(ctx)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	if err != nil || d.Edges.Current == nil {
		return nil, err
	}
	u, err := s.Docs.DownloadURL(ctx, c, d.Edges.Current, false)
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// CertificateVerifyURL is the public page the certificate's QR code opens.
func (s *Service) CertificateVerifyURL(_ context.Context, _ *gen.Client, t *gen.Tenancy) (*string, error) {
	l := s.letters()
	if l == nil || t.CertificateNo == nil {
		return nil, nil
	}
	u := strings.TrimRight(l.BaseURL, "/") + "/verify/certificate/" + letter.Sign(l.Secret, t.ID)
	return &u, nil
}

// VerifiedCertificate is what the public page shows of a certificate.
type VerifiedCertificate struct {
	Number, Organization, Centre, Authority string
	From, Graduated                         string
}

// VerifyCertificate reads the certificate a token stands for: nil when the
// token is forged or names no graduated tenancy.
func (s *Service) VerifyCertificate(ctx context.Context, c *gen.Client, token string) (*VerifiedCertificate, error) {
	l := s.letters()
	if l == nil {
		return nil, nil
	}
	id, ok := letter.Verify(l.Secret, token)
	if !ok {
		return nil, nil
	}
	t, err := c.Tenancy.Query().Where(tenancy.ID(id), tenancy.StatusEQ(tenancy.StatusGRADUATED), tenancy.CertificateNoNotNil()).
		WithOrganization().WithCentre().Only(system(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	dom, err := c.Domain.Get(system(ctx), t.DomainID)
	if err != nil {
		return nil, err
	}
	v := &VerifiedCertificate{Number: *t.CertificateNo, Authority: dom.Name + "民政局",
		From: t.StartOn.Format("2006年1月2日"), Graduated: t.EndedOn.Format("2006年1月2日")}
	if t.Edges.Organization != nil {
		v.Organization = t.Edges.Organization.Name
	}
	if t.Edges.Centre != nil {
		v.Centre = t.Edges.Centre.Name
	}
	return v, nil
}

var certificatePage = template.Must(template.New("certificate").Parse(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>出壳证书核验 · Graduation certificate verification</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2937}
.ok{color:#15803d}.bad{color:#b91c1c}dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}dt{color:#6b7280}</style></head>
<body>{{with .C}}<h1 class="ok">✔ 出壳证书真实有效 <small>Genuine graduation certificate</small></h1>
<dl><dt>证书编号 Number</dt><dd>{{.Number}}</dd><dt>社会组织 Organisation</dt><dd>{{.Organization}}</dd>
<dt>孵化基地 Centre</dt><dd>{{.Centre}}</dd><dt>入壳 Admitted</dt><dd>{{.From}}</dd><dt>出壳 Graduated</dt><dd>{{.Graduated}}</dd>
<dt>发证机关 Authority</dt><dd>{{.Authority}}</dd></dl>
{{else}}{{if .Unavailable}}<h1 class="bad">暂时无法核验 <small>Verification is unavailable</small></h1>
<p>平台暂时无法查询，请稍后重试。The platform cannot look the certificate up right now; please try again later.</p>
{{else}}<h1 class="bad">✘ 无法核验 <small>Cannot be verified</small></h1>
<p>该二维码不对应任何已颁发的出壳证书。This code does not match any certificate the platform issued.</p>{{end}}{{end}}
</body></html>`))

// VerifyPage serves GET /verify/certificate/{token}.
func (s *Service) VerifyPage(c *gen.Client, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		var data struct {
			C           *VerifiedCertificate
			Unavailable bool
		}
		status := http.StatusOK
		v, err := s.VerifyCertificate(r.Context(), c, r.PathValue("token"))
		switch {
		case err != nil:
			log.ErrorContext(r.Context(), "certificate verify page", "err", err)
			data.Unavailable, status = true, http.StatusServiceUnavailable
			w.Header().Set("Retry-After", "60")
		case v == nil:
			status = http.StatusNotFound
		}
		data.C = v
		w.WriteHeader(status)
		if err := certificatePage.Execute(w, data); err != nil {
			log.ErrorContext(r.Context(), "certificate verify page", "err", err)
		}
	})
}

// notifyGraduated tells the organisation its tenancy graduated.
func notifyGraduated(t *gen.Tenancy, centre *gen.IncubationCentre, no string) notify.Message {
	return notify.Message{
		Kind:      KindGraduated,
		Title:     notify.Text{ZH: "恭喜出壳：" + centre.Name, EN: "Graduated from " + centre.Name},
		Body:      notify.Text{ZH: "出壳证书编号 " + no + "，可在“我的孵化”下载。", EN: "Certificate " + no + "; download it from My incubation."},
		SubjectID: t.ID,
	}
}
