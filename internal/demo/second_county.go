package demo

import (
	"context"
	"fmt"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/roleassignment"
	"hatchery/internal/orgtype"
	"hatchery/internal/uscc"
)

// PingyangCode is Pingyang County's (平阳县, Wenzhou) division code: the
// second demo county, there so that isolation between tenants can be seen.
const PingyangCode = "330326"

// PingyangUsers are the second county's demo accounts (same password).
var PingyangUsers = []struct {
	Username, Name string
	Role           roleassignment.Role
}{
	{"py-admin", "平阳县民政局 林海", roleassignment.RoleBUREAU_ADMIN},
	{"py-staff", "平阳培育中心 郑蓉", roleassignment.RoleINCUBATOR_STAFF},
	{"py-ngo", "社会组织 黄磊", roleassignment.RoleNGO_MEMBER},
}

var pingyangOrgs = []org{
	{"平阳县义工联合会", organization.KindSOCIAL_GROUP, organization.StageHUB, []orgtype.ServiceField{orgtype.CommunityService, orgtype.Charity}},
	{"平阳县昆阳镇居家养老服务中心", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.ElderlyCare}},
	{"平阳县鳌江镇青少年服务社", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.Education}},
	{"平阳县慈善基金会", organization.KindFOUNDATION, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Charity, orgtype.HardshipRelief}},
	{"平阳县南雁荡山生态保护协会", organization.KindSOCIAL_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.Environment}},
}

// seedSecondCounty adds Pingyang County with a bureau admin, a staff member,
// an NGO member (of its first organisation) and five organisations. hash is
// the demo password's hash.
func seedSecondCounty(ctx context.Context, c *gen.Client, hash string) error {
	py, err := c.Domain.Create().SetName("平阳县").SetBureauName("平阳县民政局").
		SetCode(PingyangCode).SetCasePrefix("PY").Save(ctx)
	if err != nil {
		return err
	}
	users := map[string]*gen.User{}
	for i, u := range PingyangUsers {
		row, err := c.User.Create().
			SetDomainID(py.ID).SetUsername(u.Username).SetDisplayName(u.Name).
			SetPhone(fmt.Sprintf("1385770%04d", 2000+i)).SetEmail(u.Username + "@pingyang.example.cn").
			SetPasswordHash(hash).Save(ctx)
		if err != nil {
			return err
		}
		users[u.Username] = row
		if err := c.RoleAssignment.Create().SetDomainID(py.ID).SetUserID(row.ID).SetRole(u.Role).Exec(ctx); err != nil {
			return err
		}
	}
	base := time.Date(2014, 6, 1, 0, 0, 0, 0, time.Local)
	for i, o := range pingyangOrgs {
		kind := map[organization.Kind]byte{
			organization.KindSOCIAL_GROUP: uscc.KindSocialGroup, organization.KindFOUNDATION: uscc.KindFoundation,
		}[o.kind]
		if kind == 0 {
			kind = uscc.KindPrivateNonEnterprise
		}
		town := []string{"昆阳镇", "昆阳镇", "鳌江镇", "昆阳镇", "南雁镇"}[i]
		row, err := c.Organization.Create().
			SetDomainID(py.ID).SetName(o.name).
			SetUscc(uscc.ForSocialOrg(kind, PingyangCode, 2000+i*41)).
			SetKind(o.kind).SetStage(o.stage).SetServiceFields(o.fields).
			SetRegisteredOn(base.AddDate(0, i*5, i)).
			SetLegalRepresentative([]string{"林峰", "郑丽", "黄斌", "陈慧", "苏杰"}[i]).
			SetContactPerson([]string{"叶青", "蔡敏", "吴涛", "金玲", "周扬"}[i]).
			SetContactPhone(fmt.Sprintf("0577-63%05d", 20000+i*173)).
			SetTown(town).
			SetAddress(fmt.Sprintf("浙江省温州市平阳县%s%d号", town, 20+i)).
			SetCharityStatus(charity(i)).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("organisation %s: %w", o.name, err)
		}
		if i == 0 {
			if err := c.Membership.Create().SetDomainID(py.ID).SetUserID(users["py-ngo"].ID).
				SetOrganizationID(row.ID).SetTitle("会长").Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}
