package server

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"entgo.io/ent/privacy"

	"hatchery/internal/app"
	"hatchery/internal/casework"
	"hatchery/internal/letter"
	"hatchery/internal/storage"
)

// setUpLetters gives casework what it needs to issue decision letters: the
// CJK font, the verification secret (kept in the data directory: it must
// never change, letters on paper carry it) and the public URL. Without the
// font the platform still runs and decides cases, without letters, and
// says so in the log.
func setUpLetters(a *app.App, cfg Config, log *slog.Logger) error {
	secret, err := storage.LoadOrCreateSecret(filepath.Join(cfg.DataDir, "letter-verify.key"))
	if err != nil {
		return err
	}
	l := &casework.Letters{Store: a.Store, Secret: secret, BaseURL: cfg.PublicURL}
	a.Letters = l
	font, err := letter.LoadFont()
	if err != nil {
		log.Error("decision letters are disabled: no CJK font", "err", err, "fix", "apt-get install "+letter.FontPackage)
		return nil
	}
	l.Font = font
	a.Cases.Letters = l
	return nil
}

// caseJobs applies passed supplement deadlines and sends due-soon reminders
// at start and then every ten minutes.
func caseJobs(ctx context.Context, a *app.App, log *slog.Logger) {
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for {
		if _, err := a.Cases.RunJobs(ctx, a.Client); err != nil && ctx.Err() == nil {
			log.Error("casework jobs failed; the next run retries", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// verifyPage is the public page a decision letter's QR code opens: it
// confirms the letter was issued, and what it says, without logging in.
var verifyPage = template.Must(template.New("verify").Parse(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>决定书核验 · Decision letter verification</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2937}
.ok{color:#15803d}.bad{color:#b91c1c}dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}dt{color:#6b7280}</style></head>
<body>{{if .Found}}<h1 class="ok">✔ 决定书真实有效 <small>Genuine decision letter</small></h1>
<dl><dt>案件编号 Case</dt><dd>{{.Number}}</dd><dt>申请人 Applicant</dt><dd>{{.Applicant}}</dd>
<dt>事项 Service</dt><dd>{{.Item}}</dd><dt>决定 Decision</dt><dd>{{.Decision}}</dd><dt>决定日期 Date</dt><dd>{{.Date}}</dd>
<dt>出具机关 Authority</dt><dd>{{.Authority}}</dd></dl>
{{else}}<h1 class="bad">✘ 无法核验 <small>Cannot be verified</small></h1>
<p>该二维码不对应任何已出具的决定书。This code does not match any decision letter the platform issued.</p>{{end}}
</body></html>`))

// verifyHandler serves /verify/{token}.
func verifyHandler(a *app.App, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		data := struct {
			Found                                              bool
			Number, Applicant, Item, Decision, Date, Authority string
		}{}
		if a.Letters != nil {
			if id, ok := letter.Verify(a.Letters.Secret, r.PathValue("token")); ok {
				ctx := privacy.DecisionContext(r.Context(), privacy.Allow)
				if cs, err := a.Client.ServiceCase.Get(ctx, id); err == nil && cs.DecidedAt != nil && cs.Number != nil {
					org, _ := a.Client.Organization.Get(ctx, cs.OrganizationID)
					dom, _ := a.Client.Domain.Get(ctx, cs.DomainID)
					data.Found, data.Number, data.Item = true, *cs.Number, cs.ItemName
					data.Date = cs.DecidedAt.In(time.FixedZone("CST", 8*3600)).Format("2006年1月2日")
					data.Decision = "不予准许 Rejected"
					if cs.Decision != nil && *cs.Decision == "APPROVED" {
						data.Decision = "准予 Approved"
					}
					if org != nil {
						data.Applicant = org.Name
					}
					if dom != nil {
						data.Authority = dom.Name + "民政局"
					}
				}
			}
		}
		if !data.Found {
			w.WriteHeader(http.StatusNotFound)
		}
		if err := verifyPage.Execute(w, data); err != nil {
			log.Error("verify page", "err", err)
		}
	})
}
