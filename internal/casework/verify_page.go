package casework

import (
	"html/template"
	"log/slog"
	"net/http"
	"time"

	gen "hatchery/ent"
)

// verifyPage is the public page a decision letter's QR code opens: it
// confirms the letter was issued, and what it says, without logging in.
// Bilingual on one page: whoever scans it may read either language.
var verifyPage = template.Must(template.New("verify").Parse(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>决定书核验 · Decision letter verification</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2937}
.ok{color:#15803d}.bad{color:#b91c1c}dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}dt{color:#6b7280}</style></head>
<body>{{with .Letter}}<h1 class="ok">✔ 决定书真实有效 <small>Genuine decision letter</small></h1>
<dl><dt>案件编号 Case</dt><dd>{{.Number}}</dd><dt>申请人 Applicant</dt><dd>{{.Applicant}}</dd>
<dt>事项 Service</dt><dd>{{.Item}}</dd><dt>决定 Decision</dt><dd>{{if .Approved}}准予 Approved{{else}}不予准许 Rejected{{end}}</dd>
<dt>决定日期 Date</dt><dd>{{$.Date}}</dd><dt>出具机关 Authority</dt><dd>{{.Authority}}</dd></dl>
{{else}}{{if .Unavailable}}<h1 class="bad">暂时无法核验 <small>Verification is unavailable</small></h1>
<p>平台暂时无法查询，请稍后重试。The platform cannot look the letter up right now; please try again in a few minutes.</p>
{{else}}<h1 class="bad">✘ 无法核验 <small>Cannot be verified</small></h1>
<p>该二维码不对应任何已出具的决定书。This code does not match any decision letter the platform issued.</p>{{end}}{{end}}
</body></html>`))

// chinaTime is the zone decision dates are printed in (letters are dated in it).
var chinaTime = time.FixedZone("CST", 8*3600)

// VerifyPage serves GET /verify/{token}: it reads through VerifyLetter and
// only renders. letters returns the current issuer (nil until the server
// has set letters up: then nothing verifies).
func VerifyPage(c *gen.Client, letters func() *Letters, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		var data struct {
			Letter      *VerifiedLetter
			Date        string
			Unavailable bool
		}
		status := http.StatusOK
		if l := letters(); l != nil {
			v, err := l.VerifyLetter(r.Context(), c, r.PathValue("token"))
			if err != nil {
				log.ErrorContext(r.Context(), "verify page: cannot read the letter", "err", err)
				data.Unavailable = true
				w.Header().Set("Retry-After", "60")
				status = http.StatusServiceUnavailable
			}
			if v != nil {
				data.Letter, data.Date = v, v.DecidedAt.In(chinaTime).Format("2006年1月2日")
			}
		}
		if data.Letter == nil && !data.Unavailable {
			status = http.StatusNotFound
		}
		w.WriteHeader(status)
		if err := verifyPage.Execute(w, data); err != nil {
			log.ErrorContext(r.Context(), "verify page", "err", err)
		}
	})
}
