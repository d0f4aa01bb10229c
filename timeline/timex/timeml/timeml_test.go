package timeml

import (
	"strings"
	"testing"
)

const doc = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Stocks <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> at AT&amp;T, caf&#233; &lt;b&gt; owners said.
</TEXT>
</TimeML>
`

func TestRoundTrip(t *testing.T) {
	d, err := Parse("x.tml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.DCT.Format("2006-01-02"); got != "1998-01-08" {
		t.Errorf("DCT = %s", got)
	}
	want := "\nStocks fell yesterday at AT&T, café <b> owners said.\n"
	if d.Text != want {
		t.Fatalf("Text = %q, want %q", d.Text, want)
	}
	y := strings.Index(d.Text, "yesterday")
	at := strings.Index(d.Text, "AT&T")
	out := string(d.Write([]Tag{
		{Start: y, End: y + len("yesterday"), Type: "DATE", Value: "1998-01-07"},
		{Start: at, End: at + len("AT&T"), Type: "DATE", Value: "X", Mod: "START"},
	}))
	for _, s := range []string{
		`<EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> at`,
		`<TIMEX3 tid="t2" type="DATE" value="X" mod="START">AT&amp;T</TIMEX3>, caf&#233; &lt;b&gt;`,
		`<DCT><TIMEX3 tid="t0"`,
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	again, err := Parse("out", []byte(out))
	if err != nil || again.Text != d.Text {
		t.Errorf("text changed: %q (%v)", again.Text, err)
	}
	if _, err := Parse("none", []byte("<TimeML></TimeML>")); err == nil {
		t.Error("no error without <TEXT>")
	}
}

func TestDocDate(t *testing.T) {
	for _, c := range []struct{ raw, want string }{
		{`<DCT><TIMEX3 tid="t0" type="TIME" value="1990-08-15T13:37">08-15-90</TIMEX3></DCT>`, "1990-08-15"},
		{`<DCT><TIMEX3 tid='t0' value='2013-03-22'/></DCT>`, "2013-03-22"},
		{`<DCT>19980108</DCT>`, "1998-01-08"},
		{`<DOCID>APW19980213.1310</DOCID><DCT><TIMEX3 value=""></TIMEX3></DCT>`, "1998-02-13"},
		{`<DOCID>nyt_20130321_talks</DOCID>`, "2013-03-21"},
		{`<DCT><TIMEX3 value="1998-02-30"/></DCT>`, "0001-01-01"},
		{`<DCT></DCT><TEXT><TIMEX3 value="2001-01-01">x</TIMEX3></TEXT>`, "0001-01-01"},
	} {
		if got := docDate(c.raw).Format("2006-01-02"); got != c.want {
			t.Errorf("docDate(%q) = %s, want %s", c.raw, got, c.want)
		}
	}
}
