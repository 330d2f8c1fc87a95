// Package letter renders the decision letter (决定书) of a one-window case
// as a PDF, and makes and checks the tokens of its public verification link.
//
// A letter is what the applicant keeps, prints and shows to third parties
// (a bank, a funder, another office). So it carries, besides the decision
// and its reasons, a QR code of a verification URL: whoever holds the paper
// can scan it and see, on the platform itself, that the case exists and
// what was decided. The URL holds a token made by [Sign] and checked by
// [Verify]: an HMAC of the case ID, so nobody can enumerate or forge
// verification pages, and no database table of tokens is needed.
//
// The text is Chinese, including rare characters in organisation names, so
// the PDF is built with gopdf (which reads TrueType fonts with supplementary
// plane cmaps and embeds only the glyphs used) and the LXGW WenKai font from
// Debian's fonts-lxgw-wenkai ([LoadFont]). go-pdf/fpdf was ruled out: it
// panics on rare CJK characters.
package letter
