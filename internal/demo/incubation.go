package demo

import (
	"context"
	"fmt"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/certificatecounter"
	"hatchery/ent/incubationspace"
	"hatchery/ent/organization"
	"hatchery/ent/roleassignment"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/ent/tenancyservice"
	"hatchery/ent/waitlistentry"
	"hatchery/internal/incubation"
	"hatchery/internal/incubation/scores"
	"hatchery/internal/orgtype"
	"hatchery/internal/uscc"
)

// The incubation demo, after the seed document's picture of Deqing: a
// 1,000 m² centre (德清县社会组织孵化基地) whose every seat is held, 16
// organisations in incubation (two of them virtual) with plans, services
// and quarterly scorecards, 23 graduates with their certificates, and a
// waitlist of three, with one open offer. Two tenants show the graduation
// rule: 彩虹桥 is ready (graduating it frees room 103, which goes to the
// head of the waitlist, 银龄乐享, login ngo-wait); 莫干山镇民宿行业协会
// lacks only party-building coverage. The seats held always equal those of
// active tenancies and open offers (TestSeedIncubation checks it).

// WaitLogin is the demo account of the organisation at the head of the waitlist.
const WaitLogin = "ngo-wait"

// demoSpace is one space of the demo centre.
type demoSpace struct {
	code  string
	kind  incubationspace.Kind
	floor int
	area  int
	seats int
	fac   string
	maint bool
}

var demoSpaces = []demoSpace{
	{"101", incubationspace.KindROOM, 1, 40, 4, "投影仪、白板", false},
	{"102", incubationspace.KindROOM, 1, 40, 4, "白板", false},
	{"103", incubationspace.KindROOM, 1, 40, 4, "投影仪、白板、储物柜", false},
	{"104", incubationspace.KindROOM, 1, 40, 4, "白板", false},
	{"105", incubationspace.KindROOM, 1, 40, 4, "白板、储物柜", false},
	{"106", incubationspace.KindROOM, 1, 40, 4, "白板", false},
	{"201", incubationspace.KindOFFICE, 2, 25, 2, "独立办公室", false},
	{"202", incubationspace.KindOFFICE, 2, 25, 2, "独立办公室", false},
	{"203", incubationspace.KindOFFICE, 2, 25, 2, "独立办公室", false},
	{"204", incubationspace.KindOFFICE, 2, 25, 2, "独立办公室（墙面翻新）", true},
	{"D1", incubationspace.KindDESK_AREA, 2, 60, 6, "开放工位、打印机", false},
	{"D2", incubationspace.KindDESK_AREA, 2, 60, 4, "开放工位", false},
	{"S1", incubationspace.KindSHARED_ZONE, 3, 200, 6, "共享办公区、路演厅、会议室", false},
}

// demoTenant is one organisation in incubation: where, how far, and how
// its scorecard went (oldest first).
type demoTenant struct {
	name    string
	stage   tenancy.Stage
	space   string // "" for virtual incubation
	seats   int
	months  int   // since it started
	totals  []int // assessment totals, each criterion scored this
	metUpTo int   // the first n milestones of the plan are met
}

var demoTenants = []demoTenant{
	{"德清县阳光志愿者协会", tenancy.StageHUB, "101", 4, 14, []int{62, 70, 74, 78}, 4},
	{"德清县彩虹桥社会工作服务中心", tenancy.StageSTARTUP, "103", 4, 20, []int{68, 76, 82, 86}, 6},
	{"莫干山镇民宿行业协会", tenancy.StageHUB, "D2", 4, 18, []int{70, 78, 84}, 4},
	{"德清县四点半课堂服务社", tenancy.StageSPROUT, "102", 2, 6, []int{55, 61}, 1},
	{"德清县心理健康服务中心", tenancy.StageSTARTUP, "102", 2, 9, []int{58, 66, 69}, 2},
	{"乾元镇巾帼志愿服务队", tenancy.StageSPROUT, "104", 4, 4, []int{52}, 0},
	{"德清县游子文化促进会", tenancy.StageSTARTUP, "105", 4, 11, []int{60, 65, 71}, 3},
	{"下渚湖湿地保护协会", tenancy.StageSTARTUP, "106", 2, 8, []int{57, 63}, 2},
	{"钟管镇乡贤参事会", tenancy.StageSPROUT, "201", 2, 5, []int{50}, 1},
	{"洛舍镇钢琴文化协会", tenancy.StageSPROUT, "202", 2, 7, []int{54, 59}, 1},
	{"雷甸镇红十字志愿服务队", tenancy.StageSPROUT, "203", 2, 3, nil, 0},
	{"德清县篮球运动协会", tenancy.StageSTARTUP, "D1", 3, 10, []int{61, 67, 72}, 3},
	{"阜溪街道社区营造中心", tenancy.StageHUB, "D1", 3, 12, []int{64, 70, 75, 77}, 4},
	{"德清县老年大学校友会", tenancy.StageSTARTUP, "S1", 6, 9, []int{59, 64, 68}, 2},
	{"德清县青少年阅读推广中心", tenancy.StageSPROUT, "", 0, 5, []int{53}, 1},
	{"新市镇古镇文化促进会", tenancy.StageSTARTUP, "", 0, 13, []int{60, 66, 70, 73}, 3},
}

// demoWaiting is the waitlist, head first; the second holds an open offer
// of room 106's two free seats.
var demoWaiting = []struct {
	name     string
	stage    waitlistentry.Stage
	seats    int
	priority int
	daysAgo  int
}{
	{"德清县银龄乐享养老服务中心", waitlistentry.StageSTARTUP, 4, 92, 40},
	{"德清县绿色家园环保服务社", waitlistentry.StageSPROUT, 2, 85, 55},
	{"武康街道邻里守望互助会", waitlistentry.StageSPROUT, 2, 78, 21},
}

// graduatesPerYear is how many organisations graduated each year.
var graduatesPerYear = []struct{ year, n int }{{2022, 3}, {2023, 5}, {2024, 6}, {2025, 6}, {2026, 3}}

var graduateNames = []string{
	"德清县爱心妈妈互助会", "新市镇非遗传承协会", "德清县退役军人志愿服务队", "禹越镇农技推广协会", "德清县义工联合会",
	"武康街道家庭教育指导中心", "德清县残疾人就业服务社", "舞阳街道社区调解协会", "德清县户外救援队", "德清县书画爱好者协会",
	"德清县公益律师服务团", "洛舍镇老年协会", "德清县环保志愿者协会", "莫干山镇乡村旅游服务社", "德清县青年创业联谊会",
	"下渚湖街道文体协会", "德清县母婴关爱中心", "德清县社区营养餐服务社", "乾元镇文化志愿者协会", "德清县防溺水宣传队",
	"德清县读书会", "雷甸镇枇杷产业协会", "德清县社区康复服务中心",
}

// seedIncubation seeds the demo's incubation programme in Deqing (and a
// small centre in Pingyang), as the system, at now.
func seedIncubation(ctx context.Context, c *gen.Client, dq, py, mentor int, ngoWaitHash string, now time.Time) error {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	centre, err := c.IncubationCentre.Create().SetDomainID(dq).SetName("德清县社会组织孵化基地").
		SetAddress("浙江省湖州市德清县武康街道英溪南路 188 号").SetTotalArea(1000).SetStaffCount(6).
		SetGraduationThreshold(80).SetDefaultTermMonths(24).SetOfferDays(5).Save(ctx)
	if err != nil {
		return err
	}
	crit, err := seedCriteria(ctx, c, dq, centre.ID)
	if err != nil {
		return err
	}
	spaces := map[string]*gen.IncubationSpace{}
	for _, s := range demoSpaces {
		row, err := c.IncubationSpace.Create().SetDomainID(dq).SetCentreID(centre.ID).SetCode(s.code).SetKind(s.kind).
			SetFloor(s.floor).SetArea(s.area).SetSeats(s.seats).SetFacilities(s.fac).SetMaintenance(s.maint).Save(ctx)
		if err != nil {
			return err
		}
		spaces[s.code] = row
	}
	held := map[string]int{}
	for i, t := range demoTenants {
		org, err := orgNamed(ctx, c, dq, t.name, 200+i)
		if err != nil {
			return err
		}
		start := today.AddDate(0, -t.months, -3)
		row, err := c.Tenancy.Create().SetDomainID(dq).SetCentreID(centre.ID).SetOrganizationID(org).
			SetStage(t.stage).SetVirtual(t.space == "").SetStartOn(start).SetTermMonths(24).
			SetEndsOn(start.AddDate(0, 24, 0)).SetMentorID(mentor).
			SetNotes("每月一次导师面谈；重点辅导项目设计与财务规范。").Save(ctx)
		if err != nil {
			return fmt.Errorf("demo tenancy %s: %w", t.name, err)
		}
		if t.space != "" {
			if err := c.TenancySpace.Create().SetDomainID(dq).SetTenancyID(row.ID).SetSpaceID(spaces[t.space].ID).
				SetSeats(t.seats).SetFromOn(start).Exec(ctx); err != nil {
				return err
			}
			held[t.space] += t.seats
		}
		if err := seedPlan(ctx, c, row, t.metUpTo, today); err != nil {
			return err
		}
		if err := seedScores(ctx, c, row, crit, t.totals, today); err != nil {
			return err
		}
	}
	// The waitlist; the second in line was offered 106's last two seats.
	for i, w := range demoWaiting {
		org, err := orgNamed(ctx, c, dq, w.name, 260+i)
		if err != nil {
			return err
		}
		if i == 0 {
			if err := waitLogin(ctx, c, dq, org, ngoWaitHash); err != nil {
				return err
			}
		}
		status := waitlistentry.StatusWAITING
		if i == 1 {
			status = waitlistentry.StatusOFFERED
		}
		e, err := c.WaitlistEntry.Create().SetDomainID(dq).SetCentreID(centre.ID).SetOrganizationID(org).
			SetStage(w.stage).SetSeatsNeeded(w.seats).SetPriority(w.priority).
			SetPriorityReason(fmt.Sprintf("入壳评估准备度 %d 分", w.priority)).
			SetJoinedAt(now.AddDate(0, 0, -w.daysAgo)).SetStatus(status).Save(ctx)
		if err != nil {
			return err
		}
		if i == 1 {
			if err := c.SpaceOffer.Create().SetDomainID(dq).SetEntryID(e.ID).SetOrganizationID(org).
				SetSpaceID(spaces["106"].ID).SetSeats(2).SetRespondBy(today.AddDate(0, 0, 7)).
				SetStatus(spaceoffer.StatusOPEN).Exec(ctx); err != nil {
				return err
			}
			held["106"] += 2
		}
	}
	for code, n := range held {
		if err := c.IncubationSpace.UpdateOneID(spaces[code].ID).SetSeatsUsed(n).Exec(ctx); err != nil {
			return err
		}
	}
	if err := seedGraduates(ctx, c, dq, centre.ID, spaces, crit, mentor, today); err != nil {
		return err
	}
	return seedPingyangCentre(ctx, c, py, today)
}

// seedCriteria gives the centre the default scorecard.
func seedCriteria(ctx context.Context, c *gen.Client, dq, centre int) ([]*gen.MaturityCriterion, error) {
	var out []*gen.MaturityCriterion
	for i, d := range incubation.DefaultCriteria {
		row, err := c.MaturityCriterion.Create().SetDomainID(dq).SetCentreID(centre).SetKey(d.Key).
			SetNameZh(d.ZH).SetNameEn(d.EN).SetGuidance(d.Guide).SetWeight(d.Weight).SetPosition(i).Save(ctx)
		if err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, nil
}

// orgNamed finds the demo organisation of that name, or registers it.
func orgNamed(ctx context.Context, c *gen.Client, dq int, name string, n int) (int, error) {
	id, err := c.Organization.Query().Where(organization.DomainID(dq), organization.Name(name)).OnlyID(ctx)
	if err == nil || !gen.IsNotFound(err) {
		return id, err
	}
	row, err := c.Organization.Create().SetDomainID(dq).SetName(name).
		SetUscc(uscc.ForSocialOrg(uscc.KindPrivateNonEnterprise, DeqingCode, 5000+n*41)).
		SetKind(organization.KindSOCIAL_SERVICE_AGENCY).SetStage(organization.StageSTARTUP).
		SetServiceFields([]orgtype.ServiceField{orgtype.CommunityService}).
		SetTown("武康街道").SetAddress(fmt.Sprintf("浙江省湖州市德清县武康街道%d号", 100+n)).
		SetRegisteredOn(time.Date(2020+n%6, time.Month(1+n%12), 1+n%27, 0, 0, 0, 0, time.Local)).Save(ctx)
	if err != nil {
		return 0, err
	}
	return row.ID, nil
}

// waitLogin is the account of the organisation at the head of the waitlist.
func waitLogin(ctx context.Context, c *gen.Client, dq, org int, hash string) error {
	u, err := c.User.Create().SetDomainID(dq).SetUsername(WaitLogin).SetDisplayName("银龄乐享 赵晴").
		SetPhone("13957209999").SetEmail(WaitLogin + "@deqing.example.cn").SetPasswordHash(hash).Save(ctx)
	if err != nil {
		return err
	}
	if err := c.RoleAssignment.Create().SetDomainID(dq).SetUserID(u.ID).SetRole(roleassignment.RoleNGO_MEMBER).Exec(ctx); err != nil {
		return err
	}
	return c.Membership.Create().SetDomainID(dq).SetUserID(u.ID).SetOrganizationID(org).SetTitle("主任").Exec(ctx)
}

// seedPlan gives a tenancy the standard plan, its first metUpTo
// milestones met, and services received.
func seedPlan(ctx context.Context, c *gen.Client, t *gen.Tenancy, metUpTo int, today time.Time) error {
	days := int(t.EndsOn.Sub(t.StartOn).Hours() / 24)
	for i, m := range incubation.StandardMilestones {
		q := c.TenancyMilestone.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).SetKey(m.Key).SetTitle(m.ZH).
			SetMandatory(m.Mandatory).SetDueOn(t.StartOn.AddDate(0, 0, days*m.Twelfths/12))
		if i < metUpTo {
			met := t.StartOn.AddDate(0, i+1, 5)
			if met.After(today) {
				met = today
			}
			q.SetMetOn(met).SetEvidence("已核验相关证明材料")
		}
		if err := q.Exec(ctx); err != nil {
			return err
		}
	}
	for i, s := range []struct {
		kind  tenancyservice.Kind
		title string
		tenth int
	}{
		{tenancyservice.KindTRAINING, "社会组织财务规范化培训", 30},
		{tenancyservice.KindCOUNSELLING, "导师一对一项目设计辅导", 15},
		{tenancyservice.KindEVENT, "公益项目路演日", 40},
	} {
		held := t.StartOn.AddDate(0, i+1, 10)
		if held.After(today) {
			continue
		}
		if err := c.TenancyService.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).SetKind(s.kind).
			SetTitle(s.title).SetHeldOn(held).SetTenthHours(s.tenth).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// seedScores writes quarterly assessments with the given totals (every
// criterion scored the total, so the weighted total is exactly it).
func seedScores(ctx context.Context, c *gen.Client, t *gen.Tenancy, crit []*gen.MaturityCriterion, totals []int, today time.Time) error {
	for i, total := range totals {
		on := t.StartOn.AddDate(0, 3*(i+1), 0)
		if on.After(today) {
			on = today
		}
		sc := make([]scores.Maturity, len(crit))
		for j, cr := range crit {
			sc[j] = scores.Maturity{CriterionID: cr.ID, Key: cr.Key, NameZh: cr.NameZh, NameEn: cr.NameEn, Weight: cr.Weight, Score: total}
		}
		if err := c.MaturityAssessment.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).SetAssessedOn(on).
			SetScores(sc).SetTotalTenths(total * 10).SetComment("季度成熟度评估").SetAssessorID(*t.MentorID).
			SetAssessorName("培育中心 李静").Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// seedGraduates writes the centre's graduates since 2022, numbered per
// year, with their seats' history and a few alumni reports, and sets the
// certificate counters so the next graduation continues the numbering.
func seedGraduates(ctx context.Context, c *gen.Client, dq, centre int, spaces map[string]*gen.IncubationSpace,
	crit []*gen.MaturityCriterion, mentor int, today time.Time) error {
	n := 0
	rooms := []string{"101", "102", "103", "104", "105", "201", "202", "D1"}
	for _, y := range graduatesPerYear {
		for k := 1; k <= y.n; k++ {
			name := graduateNames[n]
			org, err := orgNamed(ctx, c, dq, name, 300+n)
			if err != nil {
				return err
			}
			months := 14 + (n*5)%10
			ended := time.Date(y.year, time.Month(1+(n*7)%11), 10+n%15, 0, 0, 0, 0, time.UTC)
			if ended.After(today) {
				ended = today.AddDate(0, 0, -k*9)
			}
			start := ended.AddDate(0, -months, 0)
			row, err := c.Tenancy.Create().SetDomainID(dq).SetCentreID(centre).SetOrganizationID(org).
				SetStage([]tenancy.Stage{tenancy.StageSPROUT, tenancy.StageSTARTUP, tenancy.StageHUB}[n%3]).
				SetStatus(tenancy.StatusGRADUATED).SetStartOn(start).SetTermMonths(24).SetEndsOn(start.AddDate(0, 24, 0)).
				SetEndedOn(ended).SetMentorID(mentor).SetCertificateNo(incubation.CertificateNo("德清县", y.year, k)).Save(ctx)
			if err != nil {
				return err
			}
			if err := c.TenancySpace.Create().SetDomainID(dq).SetTenancyID(row.ID).SetSpaceID(spaces[rooms[n%len(rooms)]].ID).
				SetSeats(2).SetFromOn(start).SetReleasedOn(ended).Exec(ctx); err != nil {
				return err
			}
			if err := seedScores(ctx, c, row, crit, []int{66, 74, 81 + n%8}, ended); err != nil {
				return err
			}
			if y.year < today.Year() && n%2 == 0 {
				for yr := y.year; yr < today.Year(); yr++ {
					if err := c.AlumniReport.Create().SetDomainID(dq).SetTenancyID(row.ID).SetOrganizationID(org).
						SetYear(yr).SetStillActive(n%7 != 3).SetStaffCount(4 + n%5).SetProjects(2 + n%4).
						SetFundingWon(int64(80000+n*15000) * 100).SetReportedByName("培育中心 李静").Exec(ctx); err != nil {
						return err
					}
				}
			}
			n++
		}
		if err := c.CertificateCounter.Create().SetDomainID(dq).SetYear(y.year).SetLast(y.n).
			OnConflictColumns(certificatecounter.FieldDomainID, certificatecounter.FieldYear).UpdateNewValues().Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// seedPingyangCentre is the second county's small centre with one tenant.
func seedPingyangCentre(ctx context.Context, c *gen.Client, py int, today time.Time) error {
	centre, err := c.IncubationCentre.Create().SetDomainID(py).SetName("平阳县社会组织培育基地").
		SetAddress("浙江省温州市平阳县昆阳镇").SetTotalArea(300).SetStaffCount(2).Save(ctx)
	if err != nil {
		return err
	}
	if _, err := seedCriteria(ctx, c, py, centre.ID); err != nil {
		return err
	}
	a, err := c.IncubationSpace.Create().SetDomainID(py).SetCentreID(centre.ID).SetCode("A1").
		SetKind(incubationspace.KindROOM).SetArea(40).SetSeats(4).SetSeatsUsed(2).Save(ctx)
	if err != nil {
		return err
	}
	if err := c.IncubationSpace.Create().SetDomainID(py).SetCentreID(centre.ID).SetCode("A2").
		SetKind(incubationspace.KindDESK_AREA).SetArea(60).SetSeats(6).Exec(ctx); err != nil {
		return err
	}
	org, err := c.Organization.Query().Where(organization.DomainID(py)).First(ctx)
	if err != nil {
		return err
	}
	start := today.AddDate(0, -5, 0)
	t, err := c.Tenancy.Create().SetDomainID(py).SetCentreID(centre.ID).SetOrganizationID(org.ID).
		SetStage(tenancy.StageSPROUT).SetStartOn(start).SetTermMonths(12).SetEndsOn(start.AddDate(1, 0, 0)).Save(ctx)
	if err != nil {
		return err
	}
	if err := c.TenancySpace.Create().SetDomainID(py).SetTenancyID(t.ID).SetSpaceID(a.ID).SetSeats(2).SetFromOn(start).Exec(ctx); err != nil {
		return err
	}
	return seedPlan(ctx, c, t, 1, today)
}
