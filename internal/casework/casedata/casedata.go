// Package casedata holds the shapes casework stores as JSON: the materials
// a service item asks for, how a handler found each one at pre-review, the
// items of a deficiency notice and the clock's pauses. It is a leaf package
// so the ent schema can use these types.
package casedata

import "time"

// Material is one item of a service item's checklist.
type Material struct {
	// Key identifies the material within its service item (e.g. "articles").
	Key         string `json:"key"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Core materials cannot be missing at acceptance; non-core ones may be
	// supplemented after acceptance with deficiencies (容缺受理).
	Core bool `json:"core"`
	// Category is the document category that satisfies it (a DocumentCategory).
	Category string `json:"category"`
	// Formats are accepted content types; empty means any document type.
	Formats []string `json:"formats,omitempty"`
	// TemplateDocumentID is a blank form applicants can download, if any.
	TemplateDocumentID *int `json:"templateDocumentID,omitempty"`
}

// Status is what the handler found for a material at pre-review.
type Status string

// The statuses.
const (
	Pending      Status = "PENDING"      // not reviewed yet
	Present      Status = "PRESENT"      // there and in order
	Missing      Status = "MISSING"      // not provided
	Flawed       Status = "FLAWED"       // provided but not acceptable (note says why)
	Supplemented Status = "SUPPLEMENTED" // provided after the deficiency notice, awaiting confirmation
)

// Check is one line of a case's checklist: the material (copied when the
// case was submitted), the documents offered for it and the handler's finding.
type Check struct {
	Material    Material `json:"material"`
	DocumentIDs []int    `json:"documentIDs"`
	// VersionIDs are the versions of those documents (same order) the case
	// was given: pinned when offered and again at submission, they stay
	// when a newer version is uploaded. Empty in cases stored before pins.
	VersionIDs []int  `json:"versionIDs,omitempty"`
	Status     Status `json:"status"`
	Note       string `json:"note,omitempty"`
}

// NoticeItem is one thing a deficiency notice asks the applicant to supply.
type NoticeItem struct {
	Key    string `json:"key"`
	Name   string `json:"name"`
	Status Status `json:"status"` // Missing or Flawed
	Note   string `json:"note,omitempty"`
}

// Pause is a stretch during which a case's clock stood still (waiting for
// the applicant's supplement); To is nil while it lasts.
type Pause struct {
	From time.Time  `json:"from"`
	To   *time.Time `json:"to,omitempty"`
}
