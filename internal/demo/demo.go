// Package demo seeds a newcomer's database: Deqing County (德清县), one user
// per role, and about thirty organisations across kinds, stages, service
// fields and towns, each with a valid unified social credit code.
package demo

import (
	"context"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/domain"
	"hatchery/ent/organization"
	"hatchery/ent/roleassignment"
	"hatchery/internal/orgtype"
	"hatchery/internal/password"
	"hatchery/internal/uscc"
)

// DeqingCode is Deqing County's administrative division code.
const DeqingCode = "330521"

// Users are the demo accounts: username, display name, roles.
var Users = []struct {
	Username, Name string
	Roles          []roleassignment.Role
}{
	{"admin", "系统管理员 王敏", []roleassignment.Role{roleassignment.RolePLATFORM_ADMIN, roleassignment.RoleBUREAU_ADMIN}},
	{"staff", "培育中心 李静", []roleassignment.Role{roleassignment.RoleINCUBATOR_STAFF}},
	{"ngo", "社会组织 陈晓", []roleassignment.Role{roleassignment.RoleNGO_MEMBER}},
	{"expert", "评审专家 周华", []roleassignment.Role{roleassignment.RoleEXPERT}},
	{"party", "综合党委 沈建国", []roleassignment.Role{roleassignment.RolePARTY_OFFICER}},
	{"purchaser", "购买主体 吴芳", []roleassignment.Role{roleassignment.RolePURCHASER}},
	{"finance", "财务 钱立", []roleassignment.Role{roleassignment.RoleFINANCE}},
	{"guide", "党建指导员 孙红梅", []roleassignment.Role{roleassignment.RoleGUIDANCE_OFFICER}},
}

var towns = []string{"武康街道", "舞阳街道", "阜溪街道", "下渚湖街道", "乾元镇", "新市镇", "洛舍镇", "钟管镇", "新安镇", "禹越镇", "莫干山镇", "雷甸镇", "康乾街道"}

type org struct {
	name   string
	kind   organization.Kind
	stage  organization.Stage
	fields []orgtype.ServiceField
}

var orgs = []org{
	{"德清县阳光志愿者协会", organization.KindSOCIAL_GROUP, organization.StageHUB, []orgtype.ServiceField{orgtype.CommunityService, orgtype.Charity}},
	{"德清县社会组织服务中心", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageHUB, []orgtype.ServiceField{orgtype.CommunityService}},
	{"德清县慈善总会", organization.KindSOCIAL_GROUP, organization.StageHUB, []orgtype.ServiceField{orgtype.Charity, orgtype.HardshipRelief}},
	{"德清县青少年成长服务中心", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Education}},
	{"德清县居家养老服务中心", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.ElderlyCare}},
	{"德清县蓝天救援队", organization.KindSOCIAL_GROUP, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.CommunityService, orgtype.Other}},
	{"德清县自信工坊社会工作服务社", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.CommunityService}},
	{"德清县社区矫正帮扶中心", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.CommunityService, orgtype.HardshipRelief}},
	{"德清县残疾人康复服务中心", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Disability}},
	{"德清县书画艺术研究会", organization.KindSOCIAL_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.Culture}},
	{"德清县全民健身协会", organization.KindSOCIAL_GROUP, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Sport}},
	{"德清县环保志愿者联合会", organization.KindSOCIAL_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.Environment}},
	{"德清县公益基金会", organization.KindFOUNDATION, organization.StageHUB, []orgtype.ServiceField{orgtype.Charity, orgtype.Education}},
	{"德清县教育发展基金会", organization.KindFOUNDATION, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Education}},
	{"武康街道邻里互助会", organization.KindCOMMUNITY_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.CommunityService}},
	{"舞阳街道老年协会", organization.KindCOMMUNITY_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.ElderlyCare, orgtype.Culture}},
	{"新市镇古镇文化促进会", organization.KindSOCIAL_GROUP, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Culture}},
	{"莫干山镇民宿行业协会", organization.KindSOCIAL_GROUP, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Other}},
	{"乾元镇巾帼志愿服务队", organization.KindCOMMUNITY_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.CommunityService, orgtype.HardshipRelief}},
	{"德清县心理健康服务中心", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.CommunityService, orgtype.Education}},
	{"德清县四点半课堂服务社", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.Education}},
	{"德清县游子文化促进会", organization.KindSOCIAL_GROUP, organization.StageHUB, []orgtype.ServiceField{orgtype.Culture, orgtype.Charity}},
	{"下渚湖湿地保护协会", organization.KindSOCIAL_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.Environment}},
	{"钟管镇乡贤参事会", organization.KindCOMMUNITY_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.CommunityService}},
	{"洛舍镇钢琴文化协会", organization.KindSOCIAL_GROUP, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Culture, orgtype.Education}},
	{"德清县助残扶贫基金会", organization.KindFOUNDATION, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.Disability, orgtype.HardshipRelief}},
	{"雷甸镇红十字志愿服务队", organization.KindCOMMUNITY_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.HardshipRelief}},
	{"德清县篮球运动协会", organization.KindSOCIAL_GROUP, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.Sport}},
	{"阜溪街道社区营造中心", organization.KindSOCIAL_SERVICE_AGENCY, organization.StageSEEDLING, []orgtype.ServiceField{orgtype.CommunityService}},
	{"德清县老年大学校友会", organization.KindSOCIAL_GROUP, organization.StageSTARTUP, []orgtype.ServiceField{orgtype.ElderlyCare, orgtype.Education}},
}

// Seed fills an empty database. It runs as the system (no viewer) and in one
// transaction: a failure leaves the database empty. The demo accounts'
// password is hashed with hash, which must be the login service's parameters
// (auth.Service.Hash): a cheaper hash would answer a wrong password for a
// demo account faster than one for an unknown name, and so tell which
// accounts exist.
func Seed(ctx context.Context, client *gen.Client, demoPassword string, hash password.Params) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := seed(ctx, tx.Client(), demoPassword, hash); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func seed(ctx context.Context, c *gen.Client, demoPassword string, params password.Params) error {
	deqing, err := c.Domain.Create().SetName("德清县").SetBureauName("德清县民政局").SetCode(DeqingCode).SetCasePrefix("DQ").Save(ctx)
	if err != nil {
		return err
	}
	// One hash for the seven accounts: one argon2id run at start-up.
	hash, err := password.Hash(demoPassword, params)
	if err != nil {
		return err
	}
	users := map[string]*gen.User{}
	for i, u := range Users {
		row, err := c.User.Create().
			SetDomainID(deqing.ID).SetUsername(u.Username).SetDisplayName(u.Name).
			SetPhone(fmt.Sprintf("1395720%04d", 1000+i)).SetEmail(u.Username + "@deqing.example.cn").
			SetPasswordHash(hash).Save(ctx)
		if err != nil {
			return err
		}
		users[u.Username] = row
		for _, r := range u.Roles {
			if err := c.RoleAssignment.Create().SetDomainID(deqing.ID).SetUserID(row.ID).SetRole(r).Exec(ctx); err != nil {
				return err
			}
		}
	}
	base := time.Date(2012, 3, 1, 0, 0, 0, 0, time.Local)
	for i, o := range orgs {
		kind := map[organization.Kind]byte{
			organization.KindSOCIAL_GROUP: uscc.KindSocialGroup, organization.KindFOUNDATION: uscc.KindFoundation,
		}[o.kind]
		if kind == 0 {
			kind = uscc.KindPrivateNonEnterprise
		}
		status := organization.StatusACTIVE
		if i == 27 {
			status = organization.StatusABNORMAL
		}
		row, err := c.Organization.Create().
			SetDomainID(deqing.ID).SetName(o.name).
			SetUscc(uscc.ForSocialOrg(kind, DeqingCode, 1000+i*37)).
			SetKind(o.kind).SetStage(o.stage).SetServiceFields(o.fields).
			SetRegisteredOn(base.AddDate(0, i*4, i)).
			SetLegalRepresentative([]string{"张伟", "王芳", "李娜", "刘洋", "陈杰", "杨丽"}[i%6]).
			SetContactPerson([]string{"徐明", "孙燕", "朱丹", "胡斌", "郭婷"}[i%5]).
			SetContactPhone(fmt.Sprintf("0572-80%05d", 10000+i*131)).
			SetTown(townOf(o.name, i)).
			SetAddress(fmt.Sprintf("浙江省湖州市德清县%s%d号", townOf(o.name, i), 10+i)).
			SetCharityStatus(charity(i)).
			SetStatus(status).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("organisation %s: %w", o.name, err)
		}
		if i == 0 {
			if err := c.Membership.Create().SetDomainID(deqing.ID).SetUserID(users["ngo"].ID).
				SetOrganizationID(row.ID).SetTitle("秘书长").Exec(ctx); err != nil {
				return err
			}
		}
	}
	if err := seedSecondCounty(ctx, c, hash); err != nil {
		return err
	}
	py, err := c.Domain.Query().Where(domain.Code(PingyangCode)).OnlyID(ctx)
	if err != nil {
		return err
	}
	return seedIncubation(ctx, c, deqing.ID, py, users["staff"].ID, hash, time.Now())
}

// townOf is the town an organisation's name places it in (新市镇古镇文化促进会
// is in 新市镇), else one taken in turn.
func townOf(name string, i int) string {
	for _, t := range towns {
		if strings.HasPrefix(name, t) || strings.HasPrefix(name, strings.TrimSuffix(strings.TrimSuffix(t, "街道"), "镇")) {
			return t
		}
	}
	return towns[i%len(towns)]
}

func charity(i int) organization.CharityStatus {
	switch {
	case i == 2 || i == 12:
		return organization.CharityStatusPUBLIC_FUNDRAISING
	case i%5 == 0:
		return organization.CharityStatusRECOGNIZED
	}
	return organization.CharityStatusNONE
}
