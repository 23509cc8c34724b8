package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Reasons for skipping a whole file. ReadFile wraps them, with details, in a *FileError;
// test with errors.Is.
var (
	// ErrEmpty: the file has no bytes, or only white space.
	ErrEmpty = errors.New("empty file")
	// ErrBinary: NUL bytes or many control characters.
	ErrBinary = errors.New("binary file")
	// ErrUndecodable: not text in any supported encoding.
	ErrUndecodable = errors.New("undecodable text")
	// ErrTooLarge: over Config.MaxFileSize, on disk or after decompression.
	ErrTooLarge = errors.New("file too large")
	// ErrUnreadable: the file cannot be opened or read (it also wraps the cause, such as
	// fs.ErrPermission).
	ErrUnreadable = errors.New("unreadable")
	// ErrCorruptGzip: a .gz file that is truncated or fails its checks.
	ErrCorruptGzip = errors.New("corrupt gzip")
	// ErrUnsupported: an extension FormatOf does not know.
	ErrUnsupported = errors.New("unsupported file type")
	// ErrNoText: nothing left once markup and page furniture are removed; also the warning
	// for a JSON record without a text field.
	ErrNoText = errors.New("no text")
	// ErrMalformed: invalid JSON (a whole .json file, or one JSONL line as a warning).
	ErrMalformed = errors.New("malformed")
)

// ErrInvalidUTF8 is the reason of the warning given when invalid UTF-8 bytes in otherwise
// UTF-8 text were replaced with U+FFFD; ErrUndefinedBytes likewise for bytes that the
// single-byte encoding leaves undefined.
var (
	// ErrInvalidUTF8 is the warning for invalid bytes in UTF-8 text.
	ErrInvalidUTF8 = errors.New("invalid UTF-8 replaced with U+FFFD")
	// ErrUndefinedBytes is the warning for bytes a single-byte encoding does not define, or
	// broken UTF-16.
	ErrUndefinedBytes = errors.New("undefined bytes replaced with U+FFFD")
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns raw file bytes into UTF-8 text. Order: byte order mark, forced encoding,
// UTF-16 without BOM (heuristic), binary check, valid UTF-8, UTF-8 with a few invalid bytes
// (replaced, warned), an encoding declared in the file (front matter "encoding:" or HTML
// meta charset), then Windows-1256 versus ISO-8859-6 scored on Arabic letter frequency.
// Warnings carry no path; the caller fills it in.
func decode(data []byte, forced string) (text, encName string, warns []*FileError, err error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		text, warns = decodeUTF8(data[len(bomUTF8):])
		return finish(text, "utf-8", warns)
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), data[2:], "utf-16le")
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), data[2:], "utf-16be")
	}
	if forced != "" {
		name, enc, lerr := lookupEncoding(forced)
		if lerr != nil {
			return "", "", nil, lerr
		}
		if enc == nil {
			text, warns = decodeUTF8(data)
			return finish(text, name, warns)
		}
		return decodeWith(enc, data, name)
	}
	if be, ok := sniffUTF16(data); ok {
		name, order := "utf-16le", xunicode.LittleEndian
		if be {
			name, order = "utf-16be", xunicode.BigEndian
		}
		text, enc, w, derr := decodeWith(xunicode.UTF16(order, xunicode.IgnoreBOM), data, name)
		if derr == nil {
			return text, enc, w, nil
		}
	}
	if looksBinary(data) {
		return "", "", nil, ErrBinary
	}
	if utf8.Valid(data) {
		return finish(string(data), "utf-8", nil)
	}
	valid, invalid := utf8Stats(data)
	if valid > 0 && invalid*10 <= valid {
		text, warns = decodeUTF8(data)
		return finish(text, "utf-8", warns)
	}
	if label := declaredEncoding(data); label != "" {
		if name, enc, lerr := lookupEncoding(label); lerr == nil {
			if enc == nil {
				text, warns = decodeUTF8(data)
				return finish(text, name, warns)
			}
			return decodeWith(enc, data, name)
		}
	}
	return decodeSingleByte(data)
}

// finish rejects decoded text that is mostly control characters.
func finish(text, name string, warns []*FileError) (string, string, []*FileError, error) {
	if controlHeavy(text) {
		return "", "", nil, fmt.Errorf("%w: control characters after decoding as %s", ErrBinary, name)
	}
	return text, name, warns, nil
}

// decodeUTF8 replaces each maximal run of invalid bytes with U+FFFD and warns once, naming
// the line of the first invalid byte and the number of invalid bytes.
func decodeUTF8(data []byte) (string, []*FileError) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	line, bad := 0, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if line == 0 {
				line = 1 + bytes.Count(data[:i], []byte{'\n'})
			}
			bad++
			i++
			continue
		}
		i += size
	}
	w := &FileError{Line: line, Err: fmt.Errorf("%w (%d bytes)", ErrInvalidUTF8, bad)}
	return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), []*FileError{w}
}

// decodeWith decodes with a single-byte or UTF-16 encoding and warns about U+FFFD in the
// output (undefined bytes, unpaired surrogates, an odd trailing byte).
func decodeWith(enc encoding.Encoding, data []byte, name string) (string, string, []*FileError, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", nil, fmt.Errorf("%w: as %s: %w", ErrUndecodable, name, err)
	}
	text := string(out)
	var warns []*FileError
	if n := strings.Count(text, "\uFFFD"); n > 0 && !bytes.Contains(data, []byte("\uFFFD")) {
		line := 1 + strings.Count(text[:strings.Index(text, "\uFFFD")], "\n")
		warns = append(warns, &FileError{Line: line, Err: fmt.Errorf("%w (%d in %s)", ErrUndefinedBytes, n, name)})
	}
	return finish(text, name, warns)
}

// sniffUTF16 recognises UTF-16 without a byte order mark: in Arabic or Latin text nearly
// every code unit's high byte is 0x00 (ASCII, Latin-1) or 0x06 (the Arabic block), while the
// low bytes vary. It looks at the first 4 KiB and needs 90% of high bytes in that set and
// fewer than half of the low bytes.
func sniffUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return false, false
	}
	units := n / 2
	var hiLE, hiBE, zero int
	for i := 0; i < n; i += 2 {
		if utf16High(data[i+1]) {
			hiLE++
		}
		if utf16High(data[i]) {
			hiBE++
		}
		if data[i] == 0 || data[i+1] == 0 {
			zero++
		}
	}
	if zero == 0 && utf8.Valid(data[:n]) {
		return false, false
	}
	switch {
	case hiLE*10 >= units*9 && hiBE*2 < units:
		return false, true
	case hiBE*10 >= units*9 && hiLE*2 < units:
		return true, true
	}
	return false, false
}

// utf16High reports whether b is a likely high byte of a UTF-16 code unit in Arabic or Latin
// text: Basic Latin/Latin-1, Arabic, general punctuation, Arabic presentation forms.
func utf16High(b byte) bool {
	return b == 0x00 || b == 0x06 || b == 0x20 || b == 0xFB || b == 0xFC || b == 0xFD || b == 0xFE
}

// looksBinary reports a NUL byte in the first 8 KiB, or more than 10% control bytes (other
// than tab, newline, carriage return, form feed and escape) in the first 64 KiB.
func looksBinary(data []byte) bool {
	if bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
		return true
	}
	head := data[:min(len(data), 65536)]
	ctl := 0
	for _, b := range head {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B && b != '\v' {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// controlHeavy reports decoded text with a NUL or more than 10% control characters in its
// first 64 KiB.
func controlHeavy(text string) bool {
	head := text[:min(len(text), 65536)]
	n, ctl := 0, 0
	for _, r := range head {
		n++
		if r == 0 {
			return true
		}
		if unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1B && r != 0x85 {
			ctl++
		}
	}
	return ctl*10 > n
}

// utf8Stats counts valid multi-byte sequences and invalid bytes.
func utf8Stats(data []byte) (valid, invalid int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += size
	}
	return valid, invalid
}

var (
	fmEncodingRE   = regexp.MustCompile(`(?im)^(?:encoding|charset)\s*:\s*["']?([A-Za-z0-9_.:-]+)`)
	htmlCharsetRE  = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)`)
	xmlEncodingRE  = regexp.MustCompile(`(?i)^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)`)
	frontMatterEnd = regexp.MustCompile(`(?m)^(?:---|\.\.\.)[ \t]*\r?$`)
)

// declaredEncoding returns the encoding a file names for itself: an "encoding:" (or
// "charset:") key in front matter, an XML declaration's encoding, or an HTML meta charset
// within the first 4 KiB.
func declaredEncoding(data []byte) string {
	head := data[:min(len(data), 4096)]
	if bytes.HasPrefix(head, []byte("---")) {
		rest := head[3:]
		if loc := frontMatterEnd.FindIndex(rest); loc != nil {
			if m := fmEncodingRE.FindSubmatch(rest[:loc[0]]); m != nil {
				return string(m[1])
			}
		}
	}
	if m := xmlEncodingRE.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	if m := htmlCharsetRE.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// decodeSingleByte decodes text that is not UTF-8 as Windows-1256 or ISO-8859-6, whichever
// yields the more Arabic-looking text (arabicScore), and gives up when neither does.
func decodeSingleByte(data []byte) (string, string, []*FileError, error) {
	type cand struct {
		name string
		enc  encoding.Encoding
	}
	// Score a sample: 64 KiB of text is plenty to tell the two encodings apart.
	sample := data[:min(len(data), 65536)]
	var best cand
	bestScore := 0.0
	for _, c := range []cand{{"windows-1256", charmap.Windows1256}, {"iso-8859-6", charmap.ISO8859_6}} {
		out, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		if sc := arabicScore(string(out)); best.enc == nil || sc > bestScore {
			best, bestScore = c, sc
		}
	}
	if best.enc == nil || bestScore <= 0 {
		return "", "", nil, fmt.Errorf("%w: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6", ErrUndecodable)
	}
	return decodeWith(best.enc, data, best.name)
}

// arabicLetterWeight holds rough relative frequencies (per cent, rounded) of the letters of
// Modern Standard Arabic prose; only their order matters here, as the two candidate decodings
// of a single-byte file map the same bytes to different letters.
var arabicLetterWeight = map[rune]float64{
	'ا': 12, 'ل': 10, 'ي': 7, 'م': 6, 'و': 6, 'ن': 5.5, 'ر': 4.5, 'ت': 4, 'ب': 4,
	'ع': 3.5, 'ه': 3, 'ة': 3, 'د': 3, 'س': 2.5, 'ف': 2.5, 'ك': 2.5, 'أ': 2.5, 'ق': 2,
	'ح': 2, 'ج': 1.5, 'ش': 1, 'إ': 1, 'ص': 1, 'ى': 1, 'خ': 1, 'ط': 1, 'ذ': 0.7, 'ز': 0.6,
	'ض': 0.5, 'ث': 0.5, 'غ': 0.4, 'ئ': 0.3, 'ء': 0.3, 'ظ': 0.2, 'ؤ': 0.1, 'آ': 0.1,
}

// arabicScore rewards frequent Arabic letters and penalises what a wrong single-byte decoding
// produces: U+FFFD, C1 controls, Latin letters with diacritics glued to Arabic letters.
// ASCII scores 0.
func arabicScore(s string) float64 {
	score := 0.0
	prevArabic := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			prevArabic = false
			continue
		}
		w, ok := arabicLetterWeight[r]
		switch {
		case ok:
			score += w
		case r == utf8.RuneError || (r >= 0x80 && r < 0xA0):
			score -= 20
		case unicode.Is(unicode.Mn, r):
			score -= 1
		case unicode.Is(unicode.Latin, r) && prevArabic:
			score -= 10
		case unicode.Is(unicode.Latin, r):
			score += 0.5
		default:
			score -= 0.5
		}
		prevArabic = ok
	}
	return score
}
