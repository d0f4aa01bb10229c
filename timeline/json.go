package timeline

import (
	"bytes"
	"encoding/json"
)

// JSON renders the model the one way both "timeline extract" and
// public/timeline.json write it: indented by two spaces, '<', '>' and '&'
// left as they are (the file is data, not HTML), and a final newline.
func (t *Timeline) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(t); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
