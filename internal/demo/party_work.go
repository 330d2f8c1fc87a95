package demo

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/party"
	"hatchery/internal/party/partydata"
)

// The party demo's year of work: officers' visits and follow-ups,
// "party building + public benefit" activities, volunteers and points.

// partyRates are the demo county's point rules (points per hour) where
// they differ from its ten.
var partyRates = map[partydata.ActivityType]int{
	partydata.RiverCleaning:        12,
	partydata.DisasterPrevention:   12,
	partydata.MartyrsCommemoration: 15,
}

func partyRate(t partydata.ActivityType) int {
	if r, ok := partyRates[t]; ok {
		return r
	}
	return 10
}

var visitTopics = []string{"党建工作指导", "党员教育管理", "学习贯彻党的二十届三中全会精神", "党建入章", "组织生活开展情况",
	"发展党员工作", "流动党员管理", "“党建+公益”项目策划", "年度检查与党建工作同步", "换届前政治把关", "意识形态工作",
	"建立党组织条件评估", "党建阵地建设", "负责人政治素质把关", "党员示范岗创建"}

var visitFindings = []string{
	"该组织现有党员%d名，组织关系均在原单位；已指导建立党员联系制度，每月开展一次集中学习。",
	"章程中尚未写入党建工作内容，已指导在下次会员（理事）大会上完成章程修订。",
	"组织运转正常，负责人对党建工作认识到位，本季度开展主题学习%d次。",
	"党建工作台账不够规范，已现场指导按月登记党员活动和学习情况。",
	"组织有%d名入党积极分子，已推荐参加县委党校社会组织入党积极分子培训班。",
	"结合业务开展“党建+公益”活动，建议与所在村（社区）党组织结对共建。",
	"负责人换届在即，已提醒将换届方案报综合党委进行政治把关。",
	"服务对象以老年人为主，建议发挥党员志愿者作用，开展助餐、陪伴等服务。",
	"年检材料中党建工作情况填报不完整，已指导补充。",
	"党员活动阵地已挂牌，学习资料齐全，运行良好。",
	"有流动党员%d名尚未转接组织关系，已联系其所在党组织协助办理。",
	"暂无党员，已指导负责人参加党课学习，做好发展党员的基础工作。",
}

var followUpActions = []string{"督促完成章程修订，写入党建工作内容", "协助办理流动党员组织关系转接", "指导制定年度党建工作计划",
	"推荐入党积极分子参加培训", "报送换届方案至综合党委", "完善党建工作台账", "对接村（社区）党组织开展结对共建",
	"补充年检党建工作情况材料", "策划“党建+公益”活动方案并报备"}

// findings are one or two findings of a visit.
func (s *partySeed) findings() string {
	var parts []string
	for _, i := range s.r.Perm(len(visitFindings))[:1+s.r.IntN(2)] {
		f := visitFindings[i]
		if strings.Contains(f, "%d") {
			f = fmt.Sprintf(f, 1+s.r.IntN(4))
		}
		parts = append(parts, f)
	}
	return strings.Join(parts, "")
}

// guideLast are how many days before today guide last visited each of
// her organisations, in PartyGuideOrganizations' order: recent enough for
// the follow-ups due this week.
var guideLast = []int{6, 12, 20, 27, 35, 44, 52}

type plannedVisit struct {
	v        *gen.PartyVisitCreate
	org, off int
	on       time.Time
	// follow-up: due and done (zero: none; done zero: open)
	due, done time.Time
	action    string
}

// visits are every assignment's visits in the window, every six to
// thirteen weeks, with a follow-up for about one in four: done when due
// some time ago, open when due lately or later. guide's two latest visits
// leave follow-ups due tomorrow and the day after, a third one overdue.
func (s *partySeed) visits(ctx context.Context) error {
	guide := s.officers[0]
	var plan []*plannedVisit
	for _, o := range s.orgs {
		for _, a := range o.assigns {
			end := s.today.AddDate(0, 0, 1)
			if a.end != nil {
				end = *a.end
			}
			lo := latest(a.start.AddDate(0, 0, 7), s.from)
			last := end.AddDate(0, 0, -1-s.r.IntN(60))
			if a.officer == guide && a.end == nil {
				last = s.today.AddDate(0, 0, -guideLast[slices.Index(PartyGuideOrganizations, o.row.Name)])
			}
			var days []time.Time
			for d := last; !d.Before(lo); d = d.AddDate(0, 0, -42-s.r.IntN(50)) {
				days = append(days, d)
			}
			slices.Reverse(days)
			for _, d := range days {
				topics := visitTopics[s.r.IntN(len(visitTopics))]
				if t := visitTopics[s.r.IntN(len(visitTopics))]; t != topics {
					topics += "；" + t
				}
				pv := &plannedVisit{org: o.row.ID, off: a.officer.row.ID, on: d,
					v: s.c.PartyVisit.Create().SetDomainID(s.domain).SetOrganizationID(o.row.ID).SetOfficerID(a.officer.row.ID).
						SetVisitedOn(d).SetTopics(topics).SetFindings(s.findings()).SetCreatedAt(d.Add(10 * time.Hour))}
				if s.r.IntN(4) == 0 && a.officer != guide {
					pv.due = d.AddDate(0, 0, 14+s.r.IntN(32))
					pv.action = followUpActions[s.r.IntN(len(followUpActions))]
					if pv.due.Before(s.today.AddDate(0, 0, -7)) && s.r.IntN(10) > 0 {
						pv.done = earliest(pv.due.AddDate(0, 0, -s.r.IntN(12)), s.today)
						pv.done = latest(pv.done, d.AddDate(0, 0, 1))
					}
				}
				plan = append(plan, pv)
			}
		}
	}
	// guide's follow-ups: on her visits, newest first, two due within
	// three days, one overdue, the older ones done.
	var mine []*plannedVisit
	for _, pv := range plan {
		if pv.off == guide.row.ID {
			mine = append(mine, pv)
		}
	}
	slices.SortFunc(mine, func(a, b *plannedVisit) int { return b.on.Compare(a.on) })
	for i, pv := range mine[:min(len(mine), 8)] {
		pv.action = followUpActions[i%len(followUpActions)]
		switch i {
		case 0:
			pv.due = s.today.AddDate(0, 0, 2)
		case 1:
			pv.due = s.today.AddDate(0, 0, 1)
		case 2:
			pv.due = s.today.AddDate(0, 0, -4)
		default:
			pv.due = pv.on.AddDate(0, 0, 21)
			pv.done = earliest(pv.on.AddDate(0, 0, 15), s.today)
		}
	}
	slices.SortStableFunc(plan, func(a, b *plannedVisit) int { return a.on.Compare(b.on) })
	for chunk := range slices.Chunk(plan, 300) {
		bulk := make([]*gen.PartyVisitCreate, len(chunk))
		for i, pv := range chunk {
			bulk[i] = pv.v
		}
		rows, err := s.c.PartyVisit.CreateBulk(bulk...).Save(ctx)
		if err != nil {
			return err
		}
		var ups []*gen.VisitFollowUpCreate
		for i, pv := range chunk {
			if pv.action == "" {
				continue
			}
			u := s.c.VisitFollowUp.Create().SetDomainID(s.domain).SetVisitID(rows[i].ID).SetOrganizationID(pv.org).
				SetOfficerID(pv.off).SetAction(pv.action).SetDueOn(pv.due).SetCreatedAt(pv.on.Add(10 * time.Hour))
			if !pv.done.IsZero() {
				u.SetDoneOn(pv.done)
			}
			ups = append(ups, u)
		}
		if len(ups) > 0 {
			if err := s.c.VisitFollowUp.CreateBulk(ups...).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// activity is a demo activity: type, date in the demo's year (moved a
// year back when still to come), title, place; by the committee (no
// officer) or, for guide, by her.
type activity struct {
	t          partydata.ActivityType
	month, day int
	title      string
	place      string
	by         string // "committee", "guide" or "" (an officer of the organisations)
}

var partyActivities = []activity{
	{partydata.CommunityBuilding, 1, 24, "迎新春送春联送温暖进社区", "武康街道永安社区党群服务中心", ""},
	{partydata.CivilisedTraffic, 1, 20, "春运文明交通劝导", "德清汽车客运站", ""},
	{partydata.Other, 2, 6, "党员志愿者新春慰问困难群众", "禹越镇三林村", ""},
	{partydata.CommunityBuilding, 3, 5, "学雷锋志愿服务集中行动", "舞阳街道舞阳社区", ""},
	{partydata.LegalOutreach, 3, 15, "“3·15”消费者权益保护普法宣传", "武康街道千秋商业街", ""},
	{partydata.RiverCleaning, 3, 22, "世界水日“护河”党员志愿服务", "武康街道余英溪沿岸", ""},
	{partydata.MartyrsCommemoration, 4, 3, "清明祭英烈——缅怀革命先烈主题党日", "德清县烈士陵园", "committee"},
	{partydata.MartyrsCommemoration, 4, 4, "清明网上祭英烈暨革命传统教育", "莫干山镇庾村文化市集", ""},
	{partydata.LegalOutreach, 4, 15, "全民国家安全教育日宣传", "阜溪街道郭肇村文化礼堂", ""},
	{partydata.RiverCleaning, 4, 19, "下渚湖湿地清洁行动", "下渚湖街道二都村", ""},
	{partydata.CivilisedTraffic, 4, 28, "“一盔一带”文明交通劝导", "武康街道塔山路口", ""},
	{partydata.DisasterPrevention, 5, 10, "“防灾减灾 党员先行”应急知识进社区", "舞阳街道城西村", ""},
	{partydata.DisasterPrevention, 5, 12, "全国防灾减灾日主题宣传", "武康街道英溪公园", ""},
	{partydata.HeritageProtection, 5, 18, "国际博物馆日志愿讲解", "德清县博物馆", ""},
	{partydata.CommunityBuilding, 5, 22, "社会组织党建联建共建签约", "阜溪街道社区营造中心", "committee"},
	{partydata.RiverCleaning, 6, 5, "世界环境日河道清洁", "乾元镇卫星村", ""},
	{partydata.HeritageProtection, 6, 13, "文化和自然遗产日古镇保护宣传", "新市镇古镇", ""},
	{partydata.LegalOutreach, 6, 26, "国际禁毒日禁毒宣传", "武康街道群安社区", "guide"},
	{partydata.MartyrsCommemoration, 6, 30, "重温入党誓词 缅怀革命先烈", "乾元镇红色教育基地", "committee"},
	{partydata.CommunityBuilding, 7, 1, "“七一”党员社区报到志愿服务", "武康街道群安社区", ""},
	{partydata.DisasterPrevention, 7, 8, "防汛防台知识宣传及应急演练", "新市镇西河口社区", ""},
	{partydata.RiverCleaning, 7, 18, "“美丽河湖”洛舍漾河道保洁", "洛舍镇东衡村", ""},
	{partydata.CommunityBuilding, 7, 23, "暑期四点半课堂党员志愿者授课", "康乾街道康乾社区", "guide"},
	{partydata.CivilisedTraffic, 8, 12, "暑期文明出行劝导", "莫干山镇仙潭村", ""},
	{partydata.Other, 8, 19, "“银龄”健康义诊", "雷甸镇杨墩桥村", ""},
	{partydata.HeritageProtection, 9, 12, "防风祠及周边文物保护巡查", "下渚湖街道防风祠", ""},
	{partydata.RiverCleaning, 9, 16, "京杭大运河新市段岸线清洁", "新市镇宋市村", ""},
	{partydata.LegalOutreach, 9, 24, "反电信网络诈骗宣传进村入户", "雷甸镇洋北村", ""},
	{partydata.MartyrsCommemoration, 9, 30, "烈士纪念日敬献花篮", "德清县烈士陵园", ""},
	{partydata.DisasterPrevention, 10, 13, "国际减灾日消防安全进校园", "乾元镇城东社区", ""},
	{partydata.RiverCleaning, 10, 17, "阜溪河道清洁", "阜溪街道龙胜村", ""},
	{partydata.CommunityBuilding, 10, 29, "重阳敬老助餐服务", "钟管镇南舍村居家养老服务照料中心", ""},
	{partydata.DisasterPrevention, 11, 9, "“119”消防宣传月党员志愿服务", "武康街道千秋商业街", ""},
	{partydata.HeritageProtection, 11, 14, "古桥古井文物点清洁维护", "新市镇厚皋村", ""},
	{partydata.CommunityBuilding, 11, 18, "垃圾分类入户宣传", "新安镇新桥村", ""},
	{partydata.Other, 11, 21, "无偿献血党员志愿服务", "德清县中心血站", ""},
	{partydata.Other, 6, 20, "社会组织党员公益集市", "武康街道英溪公园", ""},
	{partydata.CivilisedTraffic, 12, 2, "全国交通安全日文明交通劝导", "武康街道北湖街路口", ""},
	{partydata.LegalOutreach, 12, 3, "国家宪法日宪法宣传", "德清县政务服务中心广场", ""},
	{partydata.Other, 12, 1, "世界艾滋病日防艾知识宣传", "舞阳街道上柏村", ""},
}

// partyVolunteers is how many party-member volunteers the demo has.
const partyVolunteers = 60

// activities records the year's activities with the organisations
// involved, the party-member volunteers and their points.
func (s *partySeed) activities(ctx context.Context) error {
	vols, err := s.volunteers(ctx)
	if err != nil {
		return err
	}
	guide := s.officers[0]
	var branchOrgs []int // organisations with a branch of their own or a joint one
	for _, o := range s.orgs {
		if p := o.periods[len(o.periods)-1]; p.form == "BUILD" || p.form == "JOIN" {
			branchOrgs = append(branchOrgs, o.row.ID)
		}
	}
	type planned struct {
		a      activity
		on     time.Time
		off    *officer
		orgs   []int
		points []*gen.VolunteerPointEntryCreate
	}
	var plan []*planned
	for _, a := range partyActivities {
		on := ymd(s.today.Year(), a.month, a.day)
		if on.After(s.today) {
			on = on.AddDate(-1, 0, 0)
		}
		p := &planned{a: a, on: on}
		// The officer's organisations assigned to them that day.
		held := func(off *officer) []int {
			var ids []int
			for _, o := range s.orgs {
				for _, as := range o.assigns {
					if as.officer == off && !as.start.After(on) && (as.end == nil || as.end.After(on)) {
						ids = append(ids, o.row.ID)
					}
				}
			}
			return ids
		}
		switch a.by {
		case "committee":
			for _, i := range s.r.Perm(len(branchOrgs))[:3+s.r.IntN(4)] {
				p.orgs = append(p.orgs, branchOrgs[i])
			}
		case "guide":
			p.off, p.orgs = guide, held(guide)
			p.orgs = p.orgs[:min(3, len(p.orgs))]
		default:
			for p.orgs == nil {
				p.off = s.officers[1+s.r.IntN(len(s.officers)-1)]
				ids := held(p.off)
				if len(ids) == 0 {
					continue
				}
				s.r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
				p.orgs = ids[:min(len(ids), 1+s.r.IntN(3))]
			}
		}
		plan = append(plan, p)
	}
	var bulk []*gen.PartyActivityCreate
	for _, p := range plan {
		participants := 15 + s.r.IntN(90)
		var minutes int
		rate := partyRate(p.a.t)
		for _, i := range s.r.Perm(len(vols))[:3+s.r.IntN(8)] {
			m := []int{60, 90, 120, 150, 180, 240}[s.r.IntN(6)]
			minutes += m
			p.points = append(p.points, s.c.VolunteerPointEntry.Create().SetDomainID(s.domain).SetVolunteerID(vols[i].ID).
				SetKind(volunteerpointentry.KindEARNED).SetYear(p.on.Year()).SetMinutes(m).SetPoints(party.Points(m, rate)).
				SetReason(p.on.Format(time.DateOnly)+" "+p.a.title).SetCreatedAt(p.on.Add(20*time.Hour)))
		}
		// Residents and other volunteers gave time too.
		minutes += participants / 4 * 90
		create := s.c.PartyActivity.Create().SetDomainID(s.domain).SetType(p.a.t).SetTitle(p.a.title).SetHeldOn(p.on).
			SetPlace(p.a.place).SetDescription(fmt.Sprintf("%s，党员志愿者和群众共%d人参加。", p.a.title, participants)).
			SetParticipants(participants).SetVolunteerMinutes(minutes).SetCreatedAt(p.on.Add(18 * time.Hour))
		if p.off != nil {
			create.SetOfficerID(p.off.row.ID)
		}
		bulk = append(bulk, create)
	}
	rows, err := s.c.PartyActivity.CreateBulk(bulk...).Save(ctx)
	if err != nil {
		return err
	}
	var links []*gen.ActivityOrganizationCreate
	var points []*gen.VolunteerPointEntryCreate
	for i, p := range plan {
		for _, org := range p.orgs {
			links = append(links, s.c.ActivityOrganization.Create().SetDomainID(s.domain).SetActivityID(rows[i].ID).SetOrganizationID(org))
		}
		for _, e := range p.points {
			points = append(points, e.SetActivityID(rows[i].ID))
		}
	}
	if err := s.c.ActivityOrganization.CreateBulk(links...).Exec(ctx); err != nil {
		return err
	}
	for chunk := range slices.Chunk(points, 300) {
		if err := s.c.VolunteerPointEntry.CreateBulk(chunk...).Exec(ctx); err != nil {
			return err
		}
	}
	// Corrections: an award, a duplicate taken back (from the first
	// line's volunteer, who has the points), time recorded late.
	year := s.today.Year()
	dup, _ := points[0].Mutation().VolunteerID()
	dupYear, _ := points[0].Mutation().Year()
	return s.c.VolunteerPointEntry.CreateBulk(
		s.c.VolunteerPointEntry.Create().SetDomainID(s.domain).SetVolunteerID(vols[0].ID).SetKind(volunteerpointentry.KindCORRECTION).
			SetYear(year).SetPoints(20).SetReason("获评县级优秀党员志愿者，按积分办法奖励"),
		s.c.VolunteerPointEntry.Create().SetDomainID(s.domain).SetVolunteerID(dup).
			SetKind(volunteerpointentry.KindCORRECTION).SetYear(dupYear).SetPoints(-5).SetReason("服务时长重复登记，予以更正"),
		s.c.VolunteerPointEntry.Create().SetDomainID(s.domain).SetVolunteerID(vols[12].ID).SetKind(volunteerpointentry.KindCORRECTION).
			SetYear(year).SetPoints(20).SetReason("补录7月防汛值守服务时长（2小时）"),
	).Exec(ctx)
}

// volunteers are the party-member volunteers: most in a branch, a few in
// the committee itself.
func (s *partySeed) volunteers(ctx context.Context) ([]*gen.PartyVolunteer, error) {
	var orgs []int
	for _, b := range standaloneBranches {
		orgs = append(orgs, s.branches[b.org].ID)
	}
	for _, j := range s.joint {
		orgs = append(orgs, j.ID)
	}
	seen := map[string]bool{}
	var bulk []*gen.PartyVolunteerCreate
	for i := 0; len(bulk) < partyVolunteers; i++ {
		name := personName(s.r)
		if seen[name] {
			continue
		}
		seen[name] = true
		org := orgs[s.r.IntN(len(orgs))]
		if i%15 == 0 {
			org = s.committee.ID
		}
		bulk = append(bulk, s.c.PartyVolunteer.Create().SetDomainID(s.domain).SetName(name).SetPartyOrganizationID(org))
	}
	return s.c.PartyVolunteer.CreateBulk(bulk...).Save(ctx)
}
