package timeline

// Timeline is the whole model: every source read and every event found,
// events in timeline order (see Sort).
type Timeline struct {
	// GeneratedFrom lists the seed files read, as paths joined to the seeds
	// folder name ("seeds/000_x.txt"), sorted.
	GeneratedFrom []string `json:"generated_from"`
	Sources       []Source `json:"sources"`
	Events        []Event  `json:"events"`
}

// Source is one article. Only facts found in its front matter or its text are
// set; an unknown fact stays empty (and is left out of the JSON).
type Source struct {
	// Seed is the path relative to the seeds folder, with forward slashes.
	Seed      string `json:"seed"`
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"` // publication date, YYYY-MM-DD
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Author    string `json:"author,omitempty"`
	Lang      string `json:"lang,omitempty"`
	// DateFrom says in words where Date came from ("front matter",
	// "the byline '10.09.2021'"), so readers can judge it.
	DateFrom string `json:"date_from,omitempty"`

	// Text is the file exactly as read; sentence offsets index into it.
	Text string `json:"-"`
	// Paragraphs and Sentences cover the article body in reading order.
	Paragraphs []Span     `json:"-"`
	Sentences  []Sentence `json:"-"`
}

// Span is a byte range [Start, End) of a source's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sentence is one sentence of a source's body.
type Sentence struct {
	Span
	// Paragraph is the index in Source.Paragraphs of the paragraph holding it.
	Paragraph int `json:"-"`
	// Heading marks a title or section heading rather than running text.
	Heading bool `json:"-"`
}

// EventType names the kind of happening an event is.
type EventType string

// The event types of the contract.
const (
	Meeting     EventType = "meeting"
	Visit       EventType = "visit"
	Statement   EventType = "statement"
	Attack      EventType = "attack"
	Agreement   EventType = "agreement"
	Appointment EventType = "appointment"
	Other       EventType = "other"
)

// EventTypes lists every event type in the order pages present them.
func EventTypes() []EventType {
	return []EventType{Meeting, Visit, Statement, Attack, Agreement, Appointment, Other}
}

// Event is one happening, possibly reported by several sources.
type Event struct {
	ID           string        `json:"id"`
	Type         EventType     `json:"type"`
	Title        string        `json:"title"`
	Date         *Date         `json:"date"` // nil when undated
	Participants []Participant `json:"participants"`
	Place        string        `json:"place,omitempty"`
	// Places lists every place when the event has several ("visits
	// Tajikistan and Uzbekistan"); Place then names them all, joined by
	// ", ". A single place is in Place alone.
	Places []string `json:"places,omitempty"`
	// Quote is, for a statement, the words said or a short gist of them.
	Quote   string     `json:"quote,omitempty"`
	Sources []Citation `json:"sources"`
}

// Participant is a person, organization or country taking part in an event.
type Participant struct {
	Name string `json:"name"`
	// Role is what the text calls them ("CIA director").
	Role string `json:"role,omitempty"`
	// Kind is "person", "organization" or "country" where known.
	Kind string `json:"kind,omitempty"`
}

// Citation is one sentence of one source that reports an event.
type Citation struct {
	Seed     string `json:"seed"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	URL      string `json:"url,omitempty"`
}
