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
