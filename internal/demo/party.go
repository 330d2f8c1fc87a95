package demo

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/ent/partysettings"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/internal/party"
)

// The party-building demo (党建), after the seed document's Deqing: the
// county's comprehensive party committee of social organisations (综合党委),
// 16 standalone branches, 4 joint branches, 228 organisations with a
// dispatched guidance officer (党建工作指导员), five attached to another
// organisation's branch (挂靠) and five uncovered — among them the demo
// ngo's 德清县阳光志愿者协会, to which the browser walk assigns an officer.
// The registry grows to 266 organisations for it (party_orgs.go).
//
// Thirty-one officers hold the 228: 孙红梅 (the demo's `guide`) seven, the
// others (guide02…guide31) four to ten under the county's maximum of ten.
// Coverage has a history, so the monthly trend moves and the records have
// something to show: organisations first covered this year, branches
// founded this year (the officer's assignment ends that day), officers
// handed over, one officer withdrawn. Then a year of visits with
// follow-ups (two of guide's due within three days), about forty "party
// building + public benefit" activities of every type, and sixty
// party-member volunteers whose service is on the point ledger.
//
// Random choices come from a fixed seed, so the demo is the same on every
// run of a given day; dates count back from now.

// PartyCommittee is the demo county's comprehensive party committee.
const PartyCommittee = "德清县社会组织综合党委"

// PartyMaxLoad is the demo county's maximum officer load.
const PartyMaxLoad = 10

// PartyGuideOrganizations are the organisations the demo `guide` (孙红梅)
// holds; 德清县心理健康服务中心 was handed over to her this year.
var PartyGuideOrganizations = []string{
	"德清县青少年成长服务中心", "德清县自信工坊社会工作服务社", "德清县社区矫正帮扶中心", "德清县残疾人康复服务中心",
	"德清县心理健康服务中心", "德清县四点半课堂服务社", "阜溪街道社区营造中心",
}

// PartyUncovered are the demo county's uncovered organisations, the demo
// ngo's first.
var PartyUncovered = []string{"德清县阳光志愿者协会", "德清县篮球运动协会", "德清县汉服文化研究会", "德清县萤火虫亲子阅读服务中心", "禹越镇三林村文体队"}

// partyNewInWindow is how many generated organisations registered this
// year and were covered weeks later.
const partyNewInWindow = 10

// SeedParty seeds the party-building demo in domainID (Deqing, whose
// registry and `guide` account demo.Seed made). It writes as the system in
// one transaction: a failure leaves no half-seeded party work.
func SeedParty(ctx context.Context, c *gen.Client, domainID int, now time.Time) (err error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	tx, err := c.Tx(ctx)
	if err != nil {
		return err
	}
	// The plan panics on a history that does not hold together (a bug in
	// the demo); the server reports it instead of dying.
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			err = fmt.Errorf("party demo: %v", r)
		}
	}()
	if err := seedParty(ctx, tx.Client(), domainID, now); err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("party demo: %w", err)
	}
	return tx.Commit()
}

func seedParty(ctx context.Context, c *gen.Client, domainID int, now time.Time) error {
	today := party.Day(now)
	from := ymd(today.Year(), 1, 1)
	if today.Sub(from) < 90*24*time.Hour { // early in the year: show last year's too
		from = from.AddDate(-1, 0, 0)
	}
	s := &partySeed{c: c, domain: domainID, r: rand.New(rand.NewPCG(13, 2026)), today: today, from: from,
		days: int(today.Sub(from).Hours() / 24)}
	have, err := c.Organization.Query().Where(organization.DomainID(domainID), organization.StatusNEQ(organization.StatusDEREGISTERED)).Count(ctx)
	if err != nil {
		return err
	}
	n := partyTotal - have - len(partyNamed)
	if n < partyNewInWindow {
		return fmt.Errorf("the county has %d organisations already, too many for the demo's %d", have, partyTotal)
	}
	if err := s.growRegistry(ctx, n, partyNewInWindow); err != nil {
		return err
	}
	if err := s.load(ctx); err != nil {
		return err
	}
	if err := s.partyOrganizations(ctx); err != nil {
		return err
	}
	if err := s.planOfficers(ctx); err != nil {
		return err
	}
	if err := s.planCoverage(); err != nil {
		return err
	}
	if err := s.writeOfficers(ctx); err != nil {
		return err
	}
	if err := s.writeCoverage(ctx); err != nil {
		return err
	}
	if err := s.visits(ctx); err != nil {
		return err
	}
	if err := s.settings(ctx); err != nil {
		return err
	}
	return s.activities(ctx)
}

type partySeed struct {
	c      *gen.Client
	domain int
	r      *rand.Rand
	// today is the demo's date; from the first day of its window (this
	// year's 1 January, or last year's early in the year); days between.
	today, from time.Time
	days        int

	orgs      []*porg
	byName    map[string]*porg
	committee *gen.PartyOrganization
	// branches by the name of the organisation that built them; joint
	// branches by their own name.
	branches  map[string]*gen.PartyOrganization
	joint     []*gen.PartyOrganization
	officers  []*officer // guide first
	spare     []*officer // officers with room for a past assignment
	nextSpare int
}

// porg is an organisation and its planned party history.
type porg struct {
	row     *gen.Organization
	reg     time.Time
	periods []*period
	assigns []*assign
}

type period struct {
	form              partycoverage.Form
	branch            *int
	start             time.Time
	end               *time.Time
	reason, endReason string
}

type assign struct {
	officer         *officer
	org             *porg
	start           time.Time
	end             *time.Time
	note, endReason string
	pred            *assign
	id              int
}

type officer struct {
	username, name, unit, phone string
	quota                       int
	userID                      int
	row                         *gen.GuidanceOfficer
}

// at is the day a fraction frac of the way through the demo's window.
func (s *partySeed) at(frac float64) time.Time {
	return earliest(s.from.AddDate(0, 0, int(frac*float64(s.days))), s.today)
}

// between is a random day in [lo, hi), lo when the range is empty.
func (s *partySeed) between(lo, hi time.Time) time.Time {
	n := int(hi.Sub(lo).Hours() / 24)
	if n <= 0 {
		return lo
	}
	return lo.AddDate(0, 0, s.r.IntN(n))
}

func utcDay(t time.Time) time.Time { y, m, d := t.Date(); return ymd(y, int(m), d) }

// load reads the county's organisations, in registration order.
func (s *partySeed) load(ctx context.Context) error {
	rows, err := s.c.Organization.Query().Where(organization.DomainID(s.domain), organization.StatusNEQ(organization.StatusDEREGISTERED)).
		Order(organization.ByID()).All(ctx)
	if err != nil {
		return err
	}
	s.byName = map[string]*porg{}
	for _, o := range rows {
		reg := ymd(2010, 1, 1)
		if o.RegisteredOn != nil {
			reg = utcDay(*o.RegisteredOn)
		}
		p := &porg{row: o, reg: reg}
		s.orgs = append(s.orgs, p)
		s.byName[o.Name] = p
	}
	if len(s.orgs) != partyTotal {
		return fmt.Errorf("%d organisations, want %d", len(s.orgs), partyTotal)
	}
	return nil
}

// org is the organisation of that name, which the demo must have.
func (s *partySeed) org(name string) *porg {
	o := s.byName[name]
	if o == nil {
		panic("party demo: no organisation " + name)
	}
	return o
}

// cover starts a coverage period of o on day on, ending the current one.
func (o *porg) cover(form partycoverage.Form, branch *int, on time.Time, reason string) {
	if n := len(o.periods); n > 0 {
		p := o.periods[n-1]
		if !on.After(p.start) {
			panic(fmt.Sprintf("party demo: %s: %s on %s does not follow %s of %s", o.row.Name, form, on.Format(time.DateOnly), p.form, p.start.Format(time.DateOnly)))
		}
		p.end, p.endReason = &on, reason
	}
	o.periods = append(o.periods, &period{form: form, branch: branch, start: on, reason: reason})
}

// live is o's live assignment, nil when none.
func (o *porg) live() *assign {
	if n := len(o.assigns); n > 0 && o.assigns[n-1].end == nil {
		return o.assigns[n-1]
	}
	return nil
}

// dispatch sends officer off to o from day on: coverage DISPATCH.
func (o *porg) dispatch(off *officer, on time.Time, note string) {
	o.cover(partycoverage.FormDISPATCH, nil, on, "选派党建工作指导员 "+off.name)
	o.assigns = append(o.assigns, &assign{officer: off, org: o, start: on, note: note})
}

// endAssignment ends o's live assignment on day on.
func (o *porg) endAssignment(on time.Time, reason string) {
	a := o.live()
	if a == nil || !on.After(a.start) {
		panic("party demo: no assignment to end at " + o.row.Name)
	}
	a.end, a.endReason = &on, reason
}

// handOver passes o's live assignment to officer to on day on.
func (o *porg) handOver(to *officer, on time.Time, reason string) {
	a := o.live()
	o.endAssignment(on, reason)
	o.assigns = append(o.assigns, &assign{officer: to, org: o, start: on, note: reason, pred: a})
}

// spareOfficer is the next officer, in turn, with room for a past
// assignment (their load now is at most 7, and each takes two at most,
// so nobody ever held more than the maximum), other than not.
func (s *partySeed) spareOfficer(not *officer) *officer {
	for {
		o := s.spare[s.nextSpare%len(s.spare)]
		s.nextSpare++
		if o != not {
			return o
		}
	}
}

// Standalone branches: the organisation, when it was founded (a zero year
// is in the demo's window at frac), full and probationary members.
var standaloneBranches = []struct {
	org              string
	year, month, day int
	frac             float64
	full, prob       int
}{
	{"德清县社会组织服务中心", 2017, 7, 1, 0, 9, 1},
	{"德清县慈善总会", 2017, 5, 16, 0, 12, 0},
	{"德清县公益基金会", 2019, 4, 23, 0, 5, 1},
	{"德清县游子文化促进会", 2020, 6, 30, 0, 7, 0},
	{"德清县蓝天救援队", 2019, 10, 12, 0, 14, 2},
	{"莫干山镇民宿行业协会", 2021, 3, 26, 0, 6, 1},
	{"德清县居家养老服务中心", 0, 0, 0, 0.45, 3, 1},
	{"德清县地理信息产业协会", 2018, 9, 20, 0, 11, 2},
	{"德清县建筑业协会", 2017, 11, 9, 0, 8, 0},
	{"德清县个体劳动者协会", 2017, 6, 20, 0, 6, 0},
	{"德清县民营企业家协会", 2022, 7, 1, 0, 5, 0},
	{"德清县康宁护理院", 0, 0, 0, 0.15, 3, 0},
	{"德清县启明职业技能培训学校", 2023, 5, 18, 0, 4, 1},
	{"德清县英溪颐养院", 0, 0, 0, 0.80, 4, 0},
	{"新市镇商会", 2018, 12, 6, 0, 7, 0},
	{"德清县物流行业协会", 0, 0, 0, 0.62, 3, 2},
}

// Joint branches: name, the organisations they cover (the first leads),
// founded (a zero year in the window at frac), members.
var jointBranches = []struct {
	name             string
	orgs             []string
	year, month, day int
	frac             float64
	full, prob       int
}{
	{"中共德清县文化体育类社会组织联合支部", []string{"德清县书画艺术研究会", "德清县全民健身协会", "德清县摄影家协会"}, 2019, 8, 15, 0, 6, 1},
	{"中共武康街道社会组织联合支部委员会", []string{"武康街道邻里互助会", "武康街道城北社区红色先锋志愿服务队", "武康街道千秋社区老年协会"}, 2020, 11, 20, 0, 9, 1},
	{"中共新市镇社会组织联合支部", []string{"新市镇古镇文化促进会", "新市镇蔡界村乡贤参事会", "新市镇城南社区邻里互助会"}, 0, 0, 0, 0.30, 5, 0},
	{"中共德清县服务业行业协会联合支部", []string{"德清县餐饮行业协会", "德清县电子商务协会", "德清县家政服务业协会"}, 2021, 6, 18, 0, 7, 1},
}

// Attached organisations: the organisation, the one whose branch it is
// attached to, since when (a zero year in the window at frac).
var attached = []struct {
	org, host        string
	year, month, day int
	frac             float64
}{
	{"德清县教育发展基金会", "德清县公益基金会", 2020, 3, 10, 0},
	{"德清县助残扶贫基金会", "德清县慈善总会", 2021, 1, 15, 0},
	{"德清县慈善超市服务中心", "德清县慈善总会", 2020, 1, 8, 0},
	{"德清县应急救援协会", "德清县蓝天救援队", 2021, 4, 16, 0},
	{"莫干山镇民宿管家培训学校", "莫干山镇民宿行业协会", 0, 0, 0, 0.35},
}

// dayOf is a spec's date: the day, or the window's day at frac.
func (s *partySeed) dayOf(y, m, d int, frac float64) time.Time {
	if y == 0 {
		return s.at(frac)
	}
	return ymd(y, m, d)
}

func branchName(org string, members int) string {
	if members >= 7 { // seven members or more elect a branch committee
		return "中共" + org + "支部委员会"
	}
	return "中共" + org + "支部"
}

func (s *partySeed) phone() string {
	return fmt.Sprintf("139%04d%04d", 5720+s.r.IntN(80), s.r.IntN(10000))
}

// partyOrganizations makes the committee and its branches.
func (s *partySeed) partyOrganizations(ctx context.Context) error {
	var err error
	s.committee, err = s.c.PartyOrganization.Create().SetDomainID(s.domain).SetKind(partyorganization.KindCOMMITTEE).
		SetName(PartyCommittee).SetSecretary("沈建国").SetSecretaryPhone("13957201004").
		SetFullMembers(11).SetProbationaryMembers(0).SetFoundedOn(ymd(2016, 11, 18)).Save(ctx)
	if err != nil {
		return err
	}
	var bulk []*gen.PartyOrganizationCreate
	for _, b := range standaloneBranches {
		o := s.org(b.org)
		bulk = append(bulk, s.c.PartyOrganization.Create().SetDomainID(s.domain).SetKind(partyorganization.KindSTANDALONE).
			SetName(branchName(b.org, b.full+b.prob)).SetParentID(s.committee.ID).SetOrganizationID(o.row.ID).
			SetSecretary(personName(s.r)).SetSecretaryPhone(s.phone()).SetFullMembers(b.full).SetProbationaryMembers(b.prob).
			SetFoundedOn(s.dayOf(b.year, b.month, b.day, b.frac)))
	}
	for _, j := range jointBranches {
		bulk = append(bulk, s.c.PartyOrganization.Create().SetDomainID(s.domain).SetKind(partyorganization.KindJOINT).
			SetName(j.name).SetParentID(s.committee.ID).SetOrganizationID(s.org(j.orgs[0]).row.ID).
			SetSecretary(personName(s.r)).SetSecretaryPhone(s.phone()).SetFullMembers(j.full).SetProbationaryMembers(j.prob).
			SetFoundedOn(s.dayOf(j.year, j.month, j.day, j.frac)))
	}
	rows, err := s.c.PartyOrganization.CreateBulk(bulk...).Save(ctx)
	if err != nil {
		return err
	}
	s.branches = map[string]*gen.PartyOrganization{}
	for i, b := range standaloneBranches {
		s.branches[b.org] = rows[i]
	}
	s.joint = rows[len(standaloneBranches):]
	return nil
}

// officerNames are guide02…guide31's names.
var officerNames = []string{"徐建明", "沈丽萍", "朱国华", "姚金根", "蔡雪芳", "吴志强", "钱永康", "陆美华", "胡卫国", "章晓燕",
	"费建林", "俞红英", "闵志刚", "施国平", "莫丽娟", "杨柏松", "邱文华", "潘月琴", "管建伟", "唐秀芬",
	"严国庆", "戚海英", "褚国良", "金晓峰", "倪素珍", "许建荣", "方晓红", "宋立新", "卜文军", "郎春华"}

// officerQuotas are guide02…guide31's loads now: most six to ten, three
// full, a few new officers with fewer; with guide's seven, 228.
var officerQuotas = []int{10, 8, 7, 9, 6, 8, 7, 10, 8, 6, 9, 7, 5, 8, 7, 6, 9, 8, 7, 10, 6, 8, 7, 9, 6, 8, 4, 7, 6, 5}

// countyUnits are the units of officers whose organisations span towns.
var countyUnits = []string{"县委组织部", "县民政局", "县委党校", "县总工会", "县退役军人事务局"}

// planOfficers names the officers: the demo's guide and thirty more.
func (s *partySeed) planOfficers(ctx context.Context) error {
	g, err := s.c.User.Query().Where(user.DomainID(s.domain), user.Username("guide")).Only(ctx)
	if err != nil {
		return err
	}
	s.officers = []*officer{{username: "guide", name: "孙红梅", unit: "县民政局社会组织党建指导中心", phone: g.Phone, quota: 7, userID: g.ID}}
	for i, n := range officerNames {
		s.officers = append(s.officers, &officer{username: fmt.Sprintf("guide%02d", i+2), name: n,
			phone: fmt.Sprintf("1385720%04d", 2001+i*37), quota: officerQuotas[i]})
	}
	for _, o := range s.officers[1:] {
		if o.quota <= 7 {
			s.spare = append(s.spare, o)
		}
	}
	return nil
}

// planCoverage writes every organisation's history in memory.
func (s *partySeed) planCoverage() error {
	guide := s.officers[0]
	early := ymd(2018, 3, 1) // the committee began dispatching officers
	// firstDispatch is a plausible first dispatch before day before.
	firstDispatch := func(o *porg, before time.Time) time.Time {
		lo := latest(o.reg.AddDate(0, 2, 0), early)
		return s.between(lo, before)
	}
	done := map[*porg]bool{}

	// Standalone branches: those founded since 2019 had an officer first,
	// whose assignment ended the day the branch was founded.
	for _, b := range standaloneBranches {
		o, br := s.org(b.org), s.branches[b.org]
		f := utcDay(br.FoundedOn)
		if f.Year() >= 2019 {
			off := s.spareOfficer(nil)
			if b.org == "德清县居家养老服务中心" {
				off = guide
			}
			o.dispatch(off, firstDispatch(o, f.AddDate(0, -8, 0)), "")
			o.endAssignment(f, "单独组建党支部，指导员任务完成")
		}
		o.cover(partycoverage.FormBUILD, &br.ID, f, fmt.Sprintf("单独组建党支部（%s）", br.Name))
		done[o] = true
	}
	// Joint branches: the one founded this year replaced its members'
	// officers.
	for i, j := range jointBranches {
		br := s.joint[i]
		f := utcDay(br.FoundedOn)
		for _, name := range j.orgs {
			o := s.org(name)
			on := latest(f, o.reg.AddDate(0, 1, 0))
			if !f.Before(s.from) {
				o.dispatch(s.spareOfficer(nil), firstDispatch(o, f.AddDate(0, -8, 0)), "")
				o.endAssignment(on, "联合组建党支部，指导员任务完成")
			}
			o.cover(partycoverage.FormJOIN, &br.ID, on, "联合组建党支部（"+br.Name+"）")
			done[o] = true
		}
	}
	// Attached: the one attached this year was uncovered till then.
	for _, a := range attached {
		o, br := s.org(a.org), s.branches[a.host]
		on := s.dayOf(a.year, a.month, a.day, a.frac)
		if !on.Before(s.from) {
			o.cover(partycoverage.FormUNCOVERED, nil, o.reg, "新登记组织，党员组织关系尚在原单位")
		}
		o.cover(partycoverage.FormATTACH, &br.ID, on, fmt.Sprintf("挂靠%s党组织（%s）", a.host, br.Name))
		done[o] = true
	}
	// Uncovered: the demo ngo's since last year's survey; one withdrawn
	// this year, one last year; two registered lately.
	ngo := s.org(PartyUncovered[0])
	ngo.cover(partycoverage.FormUNCOVERED, nil, ymd(s.from.Year()-1, 3, 15), "党组织覆盖摸排：暂无党员，尚未建立党组织，待选派党建工作指导员")
	ball := s.org(PartyUncovered[1])
	ball.dispatch(s.spareOfficer(nil), firstDispatch(ball, s.from.AddDate(-2, 0, 0)), "")
	why := "组织被列入活动异常名录，暂停选派，待整改后重新选派"
	ball.endAssignment(s.at(0.55), why)
	ball.cover(partycoverage.FormUNCOVERED, nil, s.at(0.55), why)
	hanfu := s.org(PartyUncovered[2])
	hanfu.dispatch(s.spareOfficer(nil), firstDispatch(hanfu, ymd(s.from.Year()-2, 1, 1)), "")
	why = "原指导员调离，待重新选派"
	hanfu.endAssignment(ymd(s.from.Year()-1, 8, 31), why)
	hanfu.cover(partycoverage.FormUNCOVERED, nil, ymd(s.from.Year()-1, 8, 31), why)
	for _, name := range PartyUncovered[3:] {
		o := s.org(name)
		o.cover(partycoverage.FormUNCOVERED, nil, o.reg, "新登记组织，待选派党建工作指导员")
	}
	for _, name := range PartyUncovered {
		done[s.org(name)] = true
	}

	// Dispatched: guide's seven, then the rest dealt out by town.
	for _, name := range PartyGuideOrganizations {
		o := s.org(name)
		if name == "德清县心理健康服务中心" {
			o.dispatch(s.spareOfficer(guide), firstDispatch(o, s.from.AddDate(0, -6, 0)), "")
			o.handOver(guide, s.at(0.17), "工作调整，指导任务交接")
		} else {
			o.dispatch(guide, firstDispatch(o, s.from.AddDate(0, -3, 0)), "")
		}
		done[o] = true
	}
	var rest []*porg
	for _, o := range s.orgs {
		if !done[o] {
			rest = append(rest, o)
		}
	}
	slices.SortStableFunc(rest, func(a, b *porg) int {
		if c := cmp.Compare(slices.Index(towns, a.row.Town), slices.Index(towns, b.row.Town)); c != 0 {
			return c
		}
		return a.reg.Compare(b.reg)
	})
	var want int
	for _, o := range s.officers[1:] {
		want += o.quota
	}
	if len(rest) != want {
		return fmt.Errorf("%d organisations to dispatch to, officers hold %d", len(rest), want)
	}
	// Which are first covered this year: those registered this year, and
	// twenty older ones the survey found uncovered.
	// Nine older ones were handed over from one officer to another, six
	// of them this year.
	newer := map[*porg]bool{}
	var older []*porg
	for _, o := range rest {
		if !o.reg.Before(s.from) {
			newer[o] = true
		} else if o.reg.Before(s.from.AddDate(-3, 0, 0)) {
			older = append(older, o)
		}
	}
	s.r.Shuffle(len(older), func(i, j int) { older[i], older[j] = older[j], older[i] })
	late := map[*porg]float64{}
	for i, o := range older[:20] {
		late[o] = 0.04 + 0.9*float64(i)/20
	}
	handed := map[*porg]float64{}
	for i, o := range older[20:29] {
		handed[o] = []float64{0.08, 0.2, 0.33, 0.47, 0.6, 0.74, -1, -1.5, -2.2}[i]
	}
	k := 0
	for _, off := range s.officers[1:] {
		inTown := map[string]int{}
		for _, o := range rest[k : k+off.quota] {
			inTown[o.row.Town]++
			switch {
			case newer[o]:
				o.cover(partycoverage.FormUNCOVERED, nil, o.reg, "新登记组织，待选派党建工作指导员")
				o.dispatch(off, earliest(o.reg.AddDate(0, 0, 20+s.r.IntN(40)), s.today.AddDate(0, 0, -2)), "")
			case late[o] > 0:
				o.cover(partycoverage.FormUNCOVERED, nil, latest(o.reg, ymd(s.from.Year()-1, 6, 30)), "党组织覆盖摸排：暂无党员，待选派党建工作指导员")
				o.dispatch(off, s.at(late[o]), "")
			case handed[o] != 0:
				h := s.at(handed[o])
				if handed[o] < 0 { // in past years
					h = s.from.AddDate(0, int(handed[o]*12), 0)
				}
				o.dispatch(s.spareOfficer(off), firstDispatch(o, h.AddDate(0, -6, 0)), "")
				o.handOver(off, h, []string{"原指导员工作调整", "原指导员退休", "按属地调整指导关系"}[s.r.IntN(3)])
			default:
				o.dispatch(off, firstDispatch(o, s.from.AddDate(0, -1, 0)), "")
			}
		}
		k += off.quota
		off.unit = s.unitFor(inTown, off)
	}
	return nil
}

// unitFor is an officer's unit: the party (working) committee of the town
// most of their organisations are in, else a county department.
func (s *partySeed) unitFor(towns map[string]int, off *officer) string {
	for t, n := range towns {
		if 10*n >= 6*off.quota {
			if len(t) > 6 && t[len(t)-6:] == "街道" {
				return t + "党工委"
			}
			return t + "党委"
		}
	}
	return countyUnits[s.r.IntN(len(countyUnits))]
}

// writeOfficers makes guide02…guide31's accounts (the demo password: the
// guide account's hash) and every officer's roster entry, their load the
// count of their live assignments.
func (s *partySeed) writeOfficers(ctx context.Context) error {
	hash, err := s.c.User.Query().Where(user.ID(s.officers[0].userID)).Only(ctx)
	if err != nil {
		return err
	}
	var users []*gen.UserCreate
	for _, o := range s.officers[1:] {
		users = append(users, s.c.User.Create().SetDomainID(s.domain).SetUsername(o.username).SetDisplayName("党建指导员 "+o.name).
			SetPhone(o.phone).SetEmail(o.username+"@deqing.example.cn").SetPasswordHash(hash.PasswordHash))
	}
	rows, err := s.c.User.CreateBulk(users...).Save(ctx)
	if err != nil {
		return err
	}
	var roles []*gen.RoleAssignmentCreate
	for i, u := range rows {
		s.officers[i+1].userID = u.ID
		roles = append(roles, s.c.RoleAssignment.Create().SetDomainID(s.domain).SetUserID(u.ID).SetRole(roleassignment.RoleGUIDANCE_OFFICER))
	}
	if err := s.c.RoleAssignment.CreateBulk(roles...).Exec(ctx); err != nil {
		return err
	}
	load := map[*officer]int{}
	for _, o := range s.orgs {
		if a := o.live(); a != nil {
			load[a.officer]++
		}
	}
	var bulk []*gen.GuidanceOfficerCreate
	for _, o := range s.officers {
		if load[o] != o.quota {
			return fmt.Errorf("officer %s holds %d, planned %d", o.name, load[o], o.quota)
		}
		bulk = append(bulk, s.c.GuidanceOfficer.Create().SetDomainID(s.domain).SetUserID(o.userID).SetName(o.name).
			SetUnit(o.unit).SetPhone(o.phone).SetCurrentLoad(load[o]))
	}
	officers, err := s.c.GuidanceOfficer.CreateBulk(bulk...).Save(ctx)
	if err != nil {
		return err
	}
	for i, o := range officers {
		s.officers[i].row = o
	}
	return nil
}

// writeCoverage writes the coverage periods and the assignments (those
// that took another over after the one they took over).
func (s *partySeed) writeCoverage(ctx context.Context) error {
	var periods []*gen.PartyCoverageCreate
	var first, second []*assign
	for _, o := range s.orgs {
		for _, p := range o.periods {
			periods = append(periods, s.c.PartyCoverage.Create().SetDomainID(s.domain).SetOrganizationID(o.row.ID).
				SetForm(p.form).SetNillablePartyOrganizationID(p.branch).SetStartOn(p.start).SetNillableEndOn(p.end).
				SetReason(p.reason).SetEndReason(p.endReason).SetCreatedAt(p.start.Add(9*time.Hour)))
		}
		for _, a := range o.assigns {
			if a.pred == nil {
				first = append(first, a)
			} else {
				second = append(second, a)
			}
		}
	}
	for chunk := range slices.Chunk(periods, 300) {
		if err := s.c.PartyCoverage.CreateBulk(chunk...).Exec(ctx); err != nil {
			return err
		}
	}
	for _, as := range [][]*assign{first, second} {
		for chunk := range slices.Chunk(as, 300) {
			bulk := make([]*gen.OfficerAssignmentCreate, len(chunk))
			for i, a := range chunk {
				bulk[i] = s.c.OfficerAssignment.Create().SetDomainID(s.domain).SetOfficerID(a.officer.row.ID).
					SetOrganizationID(a.org.row.ID).SetStartOn(a.start).SetNillableEndOn(a.end).
					SetNote(a.note).SetEndReason(a.endReason).SetCreatedAt(a.start.Add(9 * time.Hour))
				if a.pred != nil {
					bulk[i].SetPredecessorID(a.pred.id)
				}
			}
			rows, err := s.c.OfficerAssignment.CreateBulk(bulk...).Save(ctx)
			if err != nil {
				return err
			}
			for i, r := range rows {
				chunk[i].id = r.ID
			}
		}
	}
	return nil
}

// settings are the county's: at most ten organisations per officer, ten
// points an hour, more for river cleaning, disaster prevention and the
// martyrs' commemorations.
func (s *partySeed) settings(ctx context.Context) error {
	if err := s.c.PartySettings.Create().SetDomainID(s.domain).SetMaxOfficerLoad(PartyMaxLoad).SetPointsPerHour(10).
		OnConflictColumns(partysettings.FieldDomainID).UpdateNewValues().Exec(ctx); err != nil {
		return err
	}
	var rules []*gen.PartyPointRuleCreate
	for t, p := range partyRates {
		rules = append(rules, s.c.PartyPointRule.Create().SetDomainID(s.domain).SetActivityType(t).SetPointsPerHour(p))
	}
	slices.SortFunc(rules, func(a, b *gen.PartyPointRuleCreate) int {
		x, _ := a.Mutation().ActivityType()
		y, _ := b.Mutation().ActivityType()
		return cmp.Compare(x, y)
	})
	return s.c.PartyPointRule.CreateBulk(rules...).Exec(ctx)
}
