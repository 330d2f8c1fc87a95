package main

import "hatchery/internal/uscc"

// The word lists names and titles are drawn from; valid enum values of the
// schema where a column is an enum.

var towns = []string{"武康街道", "舞阳街道", "阜溪街道", "下渚湖街道", "乾元镇", "新市镇", "洛舍镇", "钟管镇",
	"禹越镇", "新安镇", "雷甸镇", "莫干山镇", "筏头乡", "仁和镇", "临平街道", "南浔镇"}

var topics = []struct{ word, field string }{
	{"养老服务", "ELDERLY_CARE"}, {"青少年成长", "EDUCATION"}, {"文化艺术", "CULTURE"}, {"全民健身", "SPORT"},
	{"邻里互助", "COMMUNITY_SERVICE"}, {"助残", "DISABILITY"}, {"帮困救助", "HARDSHIP_RELIEF"},
	{"慈善", "CHARITY"}, {"生态环保", "ENVIRONMENT"}, {"乡贤", "OTHER"},
}

var kinds = []struct {
	kind, suffix string
	uscc         byte
}{
	{"SOCIAL_GROUP", "协会", uscc.KindSocialGroup},
	{"SOCIAL_SERVICE_AGENCY", "服务中心", uscc.KindPrivateNonEnterprise},
	{"FOUNDATION", "基金会", uscc.KindFoundation},
	{"COMMUNITY_GROUP", "志愿服务队", uscc.KindPrivateNonEnterprise},
}

var stages = []string{"SEEDLING", "STARTUP", "HUB"}

var people = []string{"张伟", "王芳", "李娜", "刘洋", "陈杰", "杨丽", "徐明", "孙燕", "朱丹", "胡斌", "郭婷", "沈佳"}

var categories = []struct{ name, title string }{
	{"REGISTRATION_CERTIFICATE", "登记证书"}, {"ARTICLES_OF_ASSOCIATION", "章程"}, {"FINANCIAL_STATEMENT", "财务报表"},
	{"REPORT", "工作报告"}, {"AGREEMENT", "服务协议"}, {"BUDGET", "项目预算"}, {"PHOTO", "活动照片"},
	{"CERTIFICATE", "资质证书"},
}

// Incubation spaces: seats and square metres of each kind, and what is in
// them.
var spaceSizes = map[string][2]int{"OFFICE": {4, 30}, "DESK_AREA": {12, 60}, "ROOM": {2, 15}, "SHARED_ZONE": {20, 120}}

var facilities = map[string]string{
	"OFFICE": "办公桌椅、网络、文件柜", "DESK_AREA": "开放工位、网络、储物柜", "ROOM": "办公桌椅、网络", "SHARED_ZONE": "共享桌椅、投影、网络",
}

// Venture grants: each year's themed calls with their categories, and the
// words project titles are made of, by category.
var grantThemes = []struct {
	name       string
	categories []string
}{
	{"为老服务专项", []string{"为老服务"}},
	{"青少年发展专项", []string{"青少年发展"}},
	{"助残帮困专项", []string{"助残帮困"}},
	{"社区治理与文化专项", []string{"社区治理", "文化体育"}},
}

var projectWords = map[string][]string{
	"为老服务":  {"银龄同行", "长者助餐", "失能老人居家探访", "老年人智能手机课堂", "时间银行互助养老"},
	"青少年发展": {"四点半课堂", "青春护航", "留守儿童陪伴", "假日研学", "青少年心理关爱"},
	"助残帮困":  {"残疾人居家康复", "阳光就业辅导", "困境家庭微心愿", "助残志愿服务"},
	"社区治理":  {"邻里议事会", "社区营造", "楼道自治", "垃圾分类志愿督导"},
	"文化体育":  {"村晚文艺", "全民健身指导", "非遗传承", "乡村阅读推广"},
}

// Party building: names of people, officers' units, what visits were about.
var surnames = []string{"张", "王", "李", "赵", "陈", "杨", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭", "沈", "姚", "钱"}

var givenNames = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "建国", "红梅", "晓燕", "志强", "海峰", "丽华", "文杰", "雪芬"}

var officerUnits = []string{"县委社会工作部", "县民政局", "县社会组织服务中心", "街道党建办", "镇党委组织办"}

var visitTopics = []string{"党建工作指导", "党员教育管理", "党建入章", "组织生活开展情况", "发展党员工作", "党建+公益活动策划"}

var visitFindings = []string{
	"已将党建工作写入章程，组织生活按月开展。", "负责人中有入党积极分子一名，建议加强培养。",
	"活动台账不够完整，已指导补齐。", "计划联合邻近社会组织开展主题党日活动。",
}
