package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/internal/orgtype"
	"hatchery/internal/uscc"
)

// The party demo's registry: Deqing needs about 260 organisations for the
// seed's coverage figures, so the party demo registers the ones the other
// demos lack. A few play named parts (the branches, the joint branches'
// members, the attached and the uncovered ones); the rest are generated
// from the county's towns, villages and the kinds of organisation a county
// of this size has, and are all covered by dispatched guidance officers.

// partyTotal is how many organisations Deqing has once the party demo has
// grown the registry: 16 BUILD + 12 JOIN + 5 ATTACH + 228 DISPATCH + 5
// UNCOVERED.
const partyTotal = 16 + 12 + 5 + 228 + 5

type sf = orgtype.ServiceField

// named is an organisation the party demo registers for a named part.
type named struct {
	name   string
	kind   organization.Kind
	town   string
	fields []sf
	// reg is the registration date; a negative year counts back from the
	// demo's year (-1: last year), a zero one lies in the demo's window
	// at frac.
	year, month, day int
	frac             float64
}

// partyNamed are the organisations with a named part (see party.go).
var partyNamed = []named{
	// Standalone branches.
	{"德清县地理信息产业协会", organization.KindSOCIAL_GROUP, "阜溪街道", []sf{orgtype.Other}, 2013, 9, 12, 0},
	{"德清县建筑业协会", organization.KindSOCIAL_GROUP, "武康街道", []sf{orgtype.Other}, 2009, 4, 20, 0},
	{"德清县个体劳动者协会", organization.KindSOCIAL_GROUP, "武康街道", []sf{orgtype.Other, orgtype.CommunityService}, 2008, 6, 3, 0},
	{"德清县民营企业家协会", organization.KindSOCIAL_GROUP, "舞阳街道", []sf{orgtype.Other, orgtype.Charity}, 2011, 11, 8, 0},
	{"德清县康宁护理院", organization.KindSOCIAL_SERVICE_AGENCY, "舞阳街道", []sf{orgtype.ElderlyCare}, 2016, 3, 28, 0},
	{"德清县启明职业技能培训学校", organization.KindSOCIAL_SERVICE_AGENCY, "阜溪街道", []sf{orgtype.Education}, 2010, 8, 16, 0},
	{"德清县英溪颐养院", organization.KindSOCIAL_SERVICE_AGENCY, "武康街道", []sf{orgtype.ElderlyCare}, 2017, 5, 9, 0},
	{"新市镇商会", organization.KindSOCIAL_GROUP, "新市镇", []sf{orgtype.Other}, 2012, 1, 16, 0},
	{"德清县物流行业协会", organization.KindSOCIAL_GROUP, "雷甸镇", []sf{orgtype.Other}, 2015, 7, 21, 0},
	// Joint branches' members.
	{"德清县摄影家协会", organization.KindSOCIAL_GROUP, "武康街道", []sf{orgtype.Culture}, 2010, 3, 5, 0},
	{"武康街道城北社区红色先锋志愿服务队", organization.KindCOMMUNITY_GROUP, "武康街道", []sf{orgtype.CommunityService}, 2018, 4, 2, 0},
	{"武康街道千秋社区老年协会", organization.KindCOMMUNITY_GROUP, "武康街道", []sf{orgtype.ElderlyCare, orgtype.Culture}, 2016, 10, 9, 0},
	{"新市镇蔡界村乡贤参事会", organization.KindCOMMUNITY_GROUP, "新市镇", []sf{orgtype.CommunityService}, 2017, 8, 15, 0},
	{"新市镇城南社区邻里互助会", organization.KindCOMMUNITY_GROUP, "新市镇", []sf{orgtype.CommunityService, orgtype.ElderlyCare}, 2019, 6, 6, 0},
	{"德清县餐饮行业协会", organization.KindSOCIAL_GROUP, "武康街道", []sf{orgtype.Other}, 2012, 9, 26, 0},
	{"德清县电子商务协会", organization.KindSOCIAL_GROUP, "阜溪街道", []sf{orgtype.Other, orgtype.Education}, 2016, 12, 1, 0},
	{"德清县家政服务业协会", organization.KindSOCIAL_GROUP, "舞阳街道", []sf{orgtype.Other, orgtype.CommunityService}, 2018, 11, 19, 0},
	// Attached to another organisation's branch.
	{"德清县慈善超市服务中心", organization.KindSOCIAL_SERVICE_AGENCY, "武康街道", []sf{orgtype.Charity, orgtype.HardshipRelief}, 2019, 9, 9, 0},
	{"德清县应急救援协会", organization.KindSOCIAL_GROUP, "舞阳街道", []sf{orgtype.CommunityService, orgtype.Other}, 2020, 5, 12, 0},
	{"莫干山镇民宿管家培训学校", organization.KindSOCIAL_SERVICE_AGENCY, "莫干山镇", []sf{orgtype.Education}, -1, 11, 20, 0},
	// Uncovered.
	{"德清县汉服文化研究会", organization.KindSOCIAL_GROUP, "康乾街道", []sf{orgtype.Culture}, 2021, 7, 7, 0},
	{"德清县萤火虫亲子阅读服务中心", organization.KindSOCIAL_SERVICE_AGENCY, "舞阳街道", []sf{orgtype.Education, orgtype.Culture}, 0, 0, 0, 0.88},
	{"禹越镇三林村文体队", organization.KindCOMMUNITY_GROUP, "禹越镇", []sf{orgtype.Culture, orgtype.Sport}, 0, 0, 0, 0.93},
}

// villages are some villages and communities of each town.
var villages = map[string][]string{
	"武康街道":  {"城北社区", "永安社区", "塔山社区", "群安社区", "春晖社区"},
	"舞阳街道":  {"舞阳社区", "城西村", "上柏村", "山民村"},
	"阜溪街道":  {"郭肇村", "五四村", "龙胜村", "阜溪社区"},
	"下渚湖街道": {"二都村", "和睦村", "新琪村", "八字桥村"},
	"乾元镇":   {"城东社区", "金火村", "联合村", "卫星村"},
	"新市镇":   {"宋市村", "西河口社区", "士林村", "厚皋村"},
	"洛舍镇":   {"东衡村", "砂村", "张陆湾村"},
	"钟管镇":   {"南舍村", "干山村", "蠡山村", "沈家墩村"},
	"新安镇":   {"新桥村", "舍北村", "百富兜村"},
	"禹越镇":   {"夏东村", "高桥村", "杨墩村"},
	"莫干山镇":  {"仙潭村", "劳岭村", "庙前村", "燎原村"},
	"雷甸镇":   {"洋北村", "新利村", "杨墩桥村"},
	"康乾街道":  {"康乾社区", "三合村", "城南村"},
}

type orgTemplate struct {
	name   string
	fields []sf
}

// Community groups (社区社会组织) a village or community files.
var communitySuffixes = []orgTemplate{
	{"老年协会", []sf{orgtype.ElderlyCare, orgtype.Culture}},
	{"巾帼志愿服务队", []sf{orgtype.CommunityService}},
	{"乡贤参事会", []sf{orgtype.CommunityService}},
	{"文体队", []sf{orgtype.Culture, orgtype.Sport}},
	{"邻里互助会", []sf{orgtype.CommunityService}},
	{"平安巡防队", []sf{orgtype.CommunityService}},
	{"书画社", []sf{orgtype.Culture}},
	{"百姓宣讲团", []sf{orgtype.Culture, orgtype.Education}},
	{"党员志愿服务队", []sf{orgtype.CommunityService}},
	{"睦邻议事会", []sf{orgtype.CommunityService}},
	{"垃圾分类督导队", []sf{orgtype.Environment}},
	{"护河志愿队", []sf{orgtype.Environment}},
	{"排舞队", []sf{orgtype.Sport, orgtype.Culture}},
	{"助老服务队", []sf{orgtype.ElderlyCare}},
}

// County-level social groups (社会团体).
var countyGroups = []orgTemplate{
	{"作家协会", []sf{orgtype.Culture}}, {"音乐家协会", []sf{orgtype.Culture}}, {"舞蹈家协会", []sf{orgtype.Culture}},
	{"民间文艺家协会", []sf{orgtype.Culture}}, {"收藏家协会", []sf{orgtype.Culture}}, {"诗词楹联学会", []sf{orgtype.Culture}},
	{"围棋协会", []sf{orgtype.Sport}}, {"象棋协会", []sf{orgtype.Sport}}, {"乒乓球协会", []sf{orgtype.Sport}},
	{"羽毛球协会", []sf{orgtype.Sport}}, {"足球协会", []sf{orgtype.Sport}}, {"太极拳协会", []sf{orgtype.Sport, orgtype.ElderlyCare}},
	{"钓鱼协会", []sf{orgtype.Sport}}, {"登山户外运动协会", []sf{orgtype.Sport}}, {"自行车运动协会", []sf{orgtype.Sport}},
	{"老年体育协会", []sf{orgtype.Sport, orgtype.ElderlyCare}}, {"游泳协会", []sf{orgtype.Sport}}, {"武术协会", []sf{orgtype.Sport}},
	{"网球协会", []sf{orgtype.Sport}}, {"残疾人体育协会", []sf{orgtype.Sport, orgtype.Disability}},
	{"企业家联合会", []sf{orgtype.Other}}, {"青年企业家协会", []sf{orgtype.Other}}, {"女企业家协会", []sf{orgtype.Other, orgtype.Charity}},
	{"物业管理协会", []sf{orgtype.Other}}, {"美容美发行业协会", []sf{orgtype.Other}}, {"旅游协会", []sf{orgtype.Other}},
	{"莫干黄芽茶产业协会", []sf{orgtype.Other}}, {"水产养殖协会", []sf{orgtype.Other}}, {"蚕桑协会", []sf{orgtype.Other}},
	{"家庭农场协会", []sf{orgtype.Other}}, {"珍珠行业协会", []sf{orgtype.Other}}, {"钢琴行业协会", []sf{orgtype.Other}},
	{"木业协会", []sf{orgtype.Other}}, {"汽车维修行业协会", []sf{orgtype.Other}}, {"装饰装修行业协会", []sf{orgtype.Other}},
	{"安全生产协会", []sf{orgtype.Other}}, {"花木产业协会", []sf{orgtype.Other}}, {"洋家乐行业协会", []sf{orgtype.Other}},
	{"会计学会", []sf{orgtype.Education}}, {"税务学会", []sf{orgtype.Education}}, {"老科技工作者协会", []sf{orgtype.Education}},
	{"义工联合会", []sf{orgtype.CommunityService, orgtype.Charity}}, {"反诈志愿者协会", []sf{orgtype.CommunityService}},
	{"健康管理协会", []sf{orgtype.CommunityService}}, {"营养学会", []sf{orgtype.Education}}, {"心理咨询师协会", []sf{orgtype.CommunityService}},
	{"社会工作者协会", []sf{orgtype.CommunityService}}, {"人民调解协会", []sf{orgtype.CommunityService}},
	{"婚姻家庭研究会", []sf{orgtype.CommunityService}}, {"家庭教育研究会", []sf{orgtype.Education}},
	{"退役军人志愿服务协会", []sf{orgtype.CommunityService}}, {"盲人按摩行业协会", []sf{orgtype.Disability}},
	{"防溺水救援协会", []sf{orgtype.CommunityService}}, {"湖羊养殖协会", []sf{orgtype.Other}},
}

// County-level social service agencies (民办非企业单位 / 社会服务机构).
var countyAgencies = []orgTemplate{
	{"善行社会工作服务中心", []sf{orgtype.CommunityService}}, {"暖心社会工作服务中心", []sf{orgtype.CommunityService, orgtype.ElderlyCare}},
	{"同心社会工作服务中心", []sf{orgtype.CommunityService}}, {"和美社会工作服务社", []sf{orgtype.CommunityService}},
	{"知行青少年事务服务中心", []sf{orgtype.Education}}, {"明德家庭教育指导中心", []sf{orgtype.Education}},
	{"乐龄居家养老服务中心", []sf{orgtype.ElderlyCare}}, {"朝阳助残服务中心", []sf{orgtype.Disability}},
	{"仁和人民调解服务中心", []sf{orgtype.CommunityService}}, {"益家婚姻家庭服务中心", []sf{orgtype.CommunityService}},
	{"星星雨特殊儿童康复中心", []sf{orgtype.Disability, orgtype.Education}}, {"启航青少年活动中心", []sf{orgtype.Education}},
	{"晨曦托育服务中心", []sf{orgtype.Education}}, {"小橘灯阅读推广中心", []sf{orgtype.Education, orgtype.Culture}},
	{"春晖老年服务中心", []sf{orgtype.ElderlyCare}}, {"安康护理院", []sf{orgtype.ElderlyCare}},
	{"颐和养老院", []sf{orgtype.ElderlyCare}}, {"金色年华养老服务中心", []sf{orgtype.ElderlyCare}},
	{"慈孝社区服务中心", []sf{orgtype.CommunityService, orgtype.ElderlyCare}}, {"绿洲环保公益服务中心", []sf{orgtype.Environment}},
	{"青禾乡村发展服务中心", []sf{orgtype.CommunityService}}, {"守护者应急服务中心", []sf{orgtype.CommunityService}},
	{"乐活体育俱乐部", []sf{orgtype.Sport}}, {"英溪艺术培训学校", []sf{orgtype.Education, orgtype.Culture}},
	{"新星艺术培训学校", []sf{orgtype.Education, orgtype.Culture}}, {"蓝海职业技能培训学校", []sf{orgtype.Education}},
	{"博爱康复医院", []sf{orgtype.Disability}}, {"乐学幼儿园", []sf{orgtype.Education}},
	{"小天使幼儿园", []sf{orgtype.Education}}, {"童心幼儿园", []sf{orgtype.Education}},
	{"慧心心理咨询服务中心", []sf{orgtype.CommunityService}}, {"同行禁毒社会工作服务中心", []sf{orgtype.CommunityService}},
	{"志愿服务发展中心", []sf{orgtype.CommunityService, orgtype.Charity}}, {"乡村振兴人才服务中心", []sf{orgtype.Education}},
	{"红枫助学服务中心", []sf{orgtype.Education, orgtype.HardshipRelief}}, {"健康促进服务中心", []sf{orgtype.CommunityService}},
	{"睦邻社区发展中心", []sf{orgtype.CommunityService}}, {"彩虹桥困境儿童关爱中心", []sf{orgtype.HardshipRelief, orgtype.Education}},
}

// Town-level groups and agencies: "{town}" + the template.
var townTemplates = []struct {
	orgTemplate
	kind organization.Kind
}{
	{orgTemplate{"商会", []sf{orgtype.Other}}, organization.KindSOCIAL_GROUP},
	{orgTemplate{"老年体育协会", []sf{orgtype.Sport, orgtype.ElderlyCare}}, organization.KindSOCIAL_GROUP},
	{orgTemplate{"农家乐协会", []sf{orgtype.Other}}, organization.KindSOCIAL_GROUP},
	{orgTemplate{"社会工作服务站", []sf{orgtype.CommunityService}}, organization.KindSOCIAL_SERVICE_AGENCY},
	{orgTemplate{"居家养老服务中心", []sf{orgtype.ElderlyCare}}, organization.KindSOCIAL_SERVICE_AGENCY},
	{orgTemplate{"社会组织服务中心", []sf{orgtype.CommunityService}}, organization.KindSOCIAL_SERVICE_AGENCY},
	{orgTemplate{"阳光家园残疾人托养中心", []sf{orgtype.Disability}}, organization.KindSOCIAL_SERVICE_AGENCY},
}

var countyFoundations = []orgTemplate{
	{"见义勇为基金会", []sf{orgtype.Charity}}, {"乡村振兴基金会", []sf{orgtype.Charity, orgtype.HardshipRelief}},
	{"莫干山公益基金会", []sf{orgtype.Charity, orgtype.Environment}}, {"医疗救助基金会", []sf{orgtype.HardshipRelief}},
	{"古镇保护基金会", []sf{orgtype.Culture}}, {"育英助学基金会", []sf{orgtype.Education, orgtype.Charity}},
}

var (
	surnames   = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程沈姚钱")
	givenNames = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "华",
		"建华", "国强", "建国", "志刚", "海燕", "丽华", "红梅", "晓东", "雪芬", "美琴", "卫东", "利民", "永良", "金凤", "春燕", "建新", "月娥",
		"振华", "志明", "玉兰", "文斌", "佳怡", "晨", "浩然", "一鸣", "思远", "慧敏"}
)

// personName is a plausible Chinese name.
func personName(r *rand.Rand) string {
	return string(surnames[r.IntN(len(surnames))]) + givenNames[r.IntN(len(givenNames))]
}

// candidate is a generated organisation before it is registered.
type candidate struct {
	name   string
	kind   organization.Kind
	town   string
	fields []sf
}

// countyTowns are where county-level organisations sit: mostly the
// county seat's sub-districts.
var countyTowns = []string{"武康街道", "武康街道", "武康街道", "舞阳街道", "舞阳街道", "阜溪街道", "阜溪街道", "康乾街道", "下渚湖街道", "乾元镇", "新市镇"}

// candidates are the generated organisations' names, shuffled, none of
// them taken.
func candidates(r *rand.Rand, taken map[string]bool) []candidate {
	var out []candidate
	add := func(c candidate) {
		if !taken[c.name] {
			taken[c.name] = true
			out = append(out, c)
		}
	}
	for _, t := range countyGroups {
		add(candidate{"德清县" + t.name, organization.KindSOCIAL_GROUP, countyTowns[r.IntN(len(countyTowns))], t.fields})
	}
	for _, t := range countyAgencies {
		add(candidate{"德清县" + t.name, organization.KindSOCIAL_SERVICE_AGENCY, countyTowns[r.IntN(len(countyTowns))], t.fields})
	}
	for _, t := range countyFoundations {
		add(candidate{"德清县" + t.name, organization.KindFOUNDATION, countyTowns[r.IntN(len(countyTowns))], t.fields})
	}
	for _, town := range towns {
		// Two or three town-level ones per town.
		for _, i := range r.Perm(len(townTemplates))[:2+r.IntN(2)] {
			t := townTemplates[i]
			add(candidate{town + t.name, t.kind, town, t.fields})
		}
		// Five or six community groups per town.
		vs := villages[town]
		for range 5 + r.IntN(2) {
			s := communitySuffixes[r.IntN(len(communitySuffixes))]
			add(candidate{town + vs[r.IntN(len(vs))] + s.name, organization.KindCOMMUNITY_GROUP, town, s.fields})
		}
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// usccKind is the code's kind character of an organisation kind.
func usccKind(k organization.Kind) byte {
	switch k {
	case organization.KindSOCIAL_GROUP:
		return uscc.KindSocialGroup
	case organization.KindFOUNDATION:
		return uscc.KindFoundation
	}
	return uscc.KindPrivateNonEnterprise
}

// growRegistry registers the named organisations and n generated ones,
// the last newInWindow of them in the demo's window (they become covered
// this year). Codes are valid and unique in the county: the sequence
// numbers start above the other demos' and skip any code already taken.
func (s *partySeed) growRegistry(ctx context.Context, n, newInWindow int) error {
	existing, err := s.c.Organization.Query().Where(organization.DomainID(s.domain)).All(ctx)
	if err != nil {
		return err
	}
	taken, codes := map[string]bool{}, map[string]bool{}
	for _, o := range existing {
		taken[o.Name], codes[o.Uscc] = true, true
	}
	for _, nm := range partyNamed {
		taken[nm.name] = true
	}
	gen_ := candidates(s.r, taken)
	if len(gen_) < n {
		return fmt.Errorf("party demo: %d generated organisation names, %d needed", len(gen_), n)
	}
	seq := 40000
	code := func(k organization.Kind) string {
		for {
			seq += 29
			c := uscc.ForSocialOrg(usccKind(k), DeqingCode, seq)
			if !codes[c] {
				codes[c] = true
				return c
			}
		}
	}
	var bulk []*gen.OrganizationCreate
	create := func(name string, kind organization.Kind, town string, fields []sf, reg time.Time, i int) {
		stage := organization.StageSEEDLING
		switch x := s.r.IntN(20); {
		case x < 3:
			stage = organization.StageHUB
		case x < 10:
			stage = organization.StageSTARTUP
		}
		charity := organization.CharityStatusNONE
		if kind == organization.KindFOUNDATION || s.r.IntN(12) == 0 {
			charity = organization.CharityStatusRECOGNIZED
		}
		vs := villages[town]
		bulk = append(bulk, s.c.Organization.Create().SetDomainID(s.domain).SetName(name).SetUscc(code(kind)).
			SetKind(kind).SetStage(stage).SetServiceFields(fields).SetRegisteredOn(reg).
			SetLegalRepresentative(personName(s.r)).SetContactPerson(personName(s.r)).
			SetContactPhone(fmt.Sprintf("0572-8%06d", 100000+s.r.IntN(900000))).SetTown(town).
			SetAddress(fmt.Sprintf("浙江省湖州市德清县%s%s%d号", town, vs[i%len(vs)], 1+s.r.IntN(198))).
			SetCharityStatus(charity))
	}
	for i, nm := range partyNamed {
		var reg time.Time
		switch {
		case nm.year > 0:
			reg = ymd(nm.year, nm.month, nm.day)
		case nm.year < 0:
			reg = ymd(s.from.Year()+nm.year, nm.month, nm.day)
		default:
			reg = s.at(nm.frac)
		}
		create(nm.name, nm.kind, nm.town, nm.fields, reg, i)
	}
	for i, cd := range gen_[:n] {
		var reg time.Time
		if i >= n-newInWindow {
			// Registered this year, covered weeks later (party.go).
			reg = s.at(0.02 + 0.68*float64(i-(n-newInWindow))/float64(newInWindow))
		} else {
			// Older registrations, more of them in recent years; community
			// groups have been filed since 2015.
			first := 2008
			if cd.kind == organization.KindCOMMUNITY_GROUP {
				first = 2015
			}
			span := s.from.AddDate(0, -3, 0).Year() - first
			y := first + int(float64(span)*(1-s.r.Float64()*s.r.Float64()))
			reg = ymd(y, 1+s.r.IntN(12), 1+s.r.IntN(28))
			if !reg.Before(s.from.AddDate(0, -3, 0)) {
				reg = s.from.AddDate(0, -3-s.r.IntN(9), -s.r.IntN(28))
			}
		}
		create(cd.name, cd.kind, cd.town, cd.fields, reg, i)
	}
	for chunk := range slices.Chunk(bulk, 200) {
		if _, err := s.c.Organization.CreateBulk(chunk...).Save(ctx); err != nil {
			return fmt.Errorf("party demo registry: %w", err)
		}
	}
	return nil
}

// ymd is midnight UTC of a day, as dates are stored (party.Day).
func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
