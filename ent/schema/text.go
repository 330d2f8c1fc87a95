package schema

import "hatchery/internal/textfield"

// oneLine is the validator of a single-line text field of at most max
// characters: counted in characters, not bytes (ent's MaxLen counts bytes,
// so a Chinese name stopped at a third of its limit), and refusing control
// and text-direction characters (internal/textfield has the rule). Every
// string field has oneLine or, for field.Text, multiLine:
// TestEveryStringFieldHasTheTextRule fails on one without.
//
// Column types do not depend on the limit: PostgreSQL columns are
// unbounded character varying or text, SQLite's are text.
func oneLine(max int) func(string) error { return textfield.Line(max) }

// multiLine is oneLine for multi-line text (descriptions, notes, reasons,
// comments): \n and \t are allowed too.
func multiLine(max int) func(string) error { return textfield.Block(max) }
