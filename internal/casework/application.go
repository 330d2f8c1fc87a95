package casework

import (
	"bytes"
	"context"
	"encoding/json"

	gen "hatchery/ent"
	"hatchery/internal/apperr"
)

// maxApplicationBytes caps a saved application form (as JSON): forms are
// typed data, their attachments are documents.
const maxApplicationBytes = 64 << 10

// SaveApplication stores the applicant's application form of a programme
// case, whole, while the case is a draft or returned. The form may be
// incomplete: the programme checks it at submission.
func (s *Service) SaveApplication(ctx context.Context, c *gen.Client, id int, form map[string]any) (*gen.ServiceCase, error) {
	if form == nil {
		form = map[string]any{}
	}
	b, err := json.Marshal(form)
	if err != nil {
		return nil, apperr.Invalid("application", "the application form is not valid JSON", "申请表格式无效")
	}
	if len(b) > maxApplicationBytes {
		return nil, apperr.Invalidf("application", "the application form is larger than %d KiB; attach long texts as documents",
			"申请表超过 %d KiB，较长的内容请作为附件上传", maxApplicationBytes>>10)
	}
	return s.move(ctx, c, id, ActSaveApplication, "", func(_ *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		u.SetApplication(form)
		return nil
	})
}

// checkApplication asks the case's programme (if any) for every problem of
// its application; any problem refuses the submission with all of them.
func (s *Service) checkApplication(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error {
	p, err := s.programme(cs.Programme)
	if p == nil {
		return err
	}
	problems, err := p.CheckApplication(ctx, c, cs)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return problemsError(problems)
	}
	return nil
}

// decided runs the case's programme's effect of the decision (if any) in
// the decision's transaction c.
func (s *Service) decided(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error {
	p, err := s.programme(cs.Programme)
	if p == nil {
		return err
	}
	return p.Decided(ctx, c, cs)
}

// strictUnmarshal decodes b into v, refusing unknown fields: a form with a
// field the programme does not know is a client out of step with it.
func strictUnmarshal(b []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return apperr.Invalidf("application", "the application form does not match this programme: %v",
			"申请表与该项目的表格不符：%v", err)
	}
	return nil
}
