package documents

import (
	"testing"
	"time"
)

func TestExpiry(t *testing.T) {
	// 2026-03-10 23:30 UTC is already 2026-03-11 in China.
	now := time.Date(2026, 3, 10, 23, 30, 0, 0, time.UTC)
	day := func(m time.Month, d int) *time.Time {
		x := time.Date(2026, m, d, 0, 0, 0, 0, time.UTC)
		return &x
	}
	tests := []struct {
		on   *time.Time
		want Expiry
		days int
	}{
		{nil, ExpiryNone, 0},
		{day(3, 10), ExpiryExpired, -1},
		{day(3, 11), ExpiryExpiringSoon, 0}, // valid through its last day
		{day(4, 10), ExpiryExpiringSoon, 30},
		{day(4, 11), ExpiryValid, 31},
	}
	for _, tt := range tests {
		if got := ExpiryOf(tt.on, now); got != tt.want {
			t.Errorf("ExpiryOf(%v) = %s, want %s", tt.on, got, tt.want)
		}
		if tt.on != nil {
			if got := DaysUntil(*tt.on, now); got != tt.days {
				t.Errorf("DaysUntil(%v) = %d, want %d", tt.on, got, tt.days)
			}
		}
	}
	// A date sent as local midnight in China is that date.
	cst := time.Date(2026, 4, 1, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
	if got := dateOf(cst); !got.Equal(time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("dateOf(%v) = %v", cst, got)
	}
}
