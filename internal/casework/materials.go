package casework

import (
	"context"
	"slices"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
	"hatchery/internal/casework/casedata"
)

// pin returns the current version of each document in docIDs (same order):
// the version the case is given. A document deleted since it was offered
// is a BAD_USER_INPUT naming it, so the applicant can offer another.
func pin(ctx context.Context, c *gen.Client, docIDs []int) ([]int, error) {
	docs, err := c.Document.Query().Where(document.IDIn(docIDs...)).All(system(ctx))
	if err != nil {
		return nil, err
	}
	out := make([]int, len(docIDs))
	for i, id := range docIDs {
		j := slices.IndexFunc(docs, func(d *gen.Document) bool { return d.ID == id })
		if j < 0 || docs[j].DeletedAt != nil || docs[j].CurrentVersionID == nil {
			title := ""
			if j >= 0 {
				title = docs[j].Title
			}
			return nil, apperr.Invalidf("documentIDs",
				"the document %q offered for this case has been deleted; offer another one",
				"为本案提交的文件“%s”已被删除，请重新选择文件", title).WithReason("DOCUMENT_DELETED")
		}
		out[i] = *docs[j].CurrentVersionID
	}
	return out, nil
}

// pinAll pins the documents of every line of list (at submission: the
// case is given the versions current when it is handed in).
func pinAll(ctx context.Context, c *gen.Client, list []casedata.Check) error {
	for i := range list {
		if len(list[i].DocumentIDs) == 0 {
			list[i].VersionIDs = []int{}
			continue
		}
		vs, err := pin(ctx, c, list[i].DocumentIDs)
		if err != nil {
			return err
		}
		list[i].VersionIDs = vs
	}
	return nil
}

// notRelying are the states in which a case does not rely on the documents
// it names: a draft (not handed in yet) and a withdrawn case.
var notRelying = []servicecase.State{servicecase.StateDRAFT, servicecase.StateWITHDRAWN}

// KeepCaseMaterials is the ent hook on documents that refuses to delete
// (softly or not) a document a submitted case relies on: the case would
// show a material present that nobody can open. CONFLICT names the case.
func KeepCaseMaterials() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			dm, ok := m.(*gen.DocumentMutation)
			if !ok {
				return next.Mutate(ctx, m)
			}
			_, softly := dm.DeletedAt()
			if softly || m.Op().Is(gen.OpDelete|gen.OpDeleteOne) {
				if err := refuseIfRelied(ctx, dm); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

func refuseIfRelied(ctx context.Context, dm *gen.DocumentMutation) error {
	sys := system(ctx)
	ids, err := dm.IDs(sys)
	if err != nil || len(ids) == 0 {
		return err
	}
	orgs, err := dm.Client().Document.Query().Where(document.IDIn(ids...), document.OrganizationIDNotNil()).
		Select(document.FieldOrganizationID).Ints(sys)
	if err != nil || len(orgs) == 0 {
		return err
	}
	cases, err := dm.Client().ServiceCase.Query().
		Where(servicecase.OrganizationIDIn(orgs...), servicecase.StateNotIn(notRelying...)).
		Order(gen.Asc(servicecase.FieldID)).All(sys)
	if err != nil {
		return err
	}
	for _, cs := range cases {
		for _, ch := range cs.Checklist {
			if slices.ContainsFunc(ch.DocumentIDs, func(id int) bool { return slices.Contains(ids, id) }) {
				return reliedOn(cs, ch)
			}
		}
	}
	return nil
}

func reliedOn(cs *gen.ServiceCase, ch casedata.Check) error {
	number := ""
	if cs.Number != nil {
		number = *cs.Number
	}
	name := strings.TrimSpace(number + " " + cs.Title)
	return apperr.Newf(apperr.Conflict,
		"this document is the material %q of case %s, which relies on it; it cannot be deleted",
		"该文件是案件 %[2]s 的申请材料“%[1]s”，案件仍需使用，不能删除", ch.Material.Name, name).
		WithReason("DOCUMENT_IN_CASE").With("case", number)
}
