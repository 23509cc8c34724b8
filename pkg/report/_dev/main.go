package main

import (
	"encoding/json"
	"os"

	"github.com/tahlil-nlp/tahlil/pkg/report"
)

func main() {
	var r report.Report
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		panic(err)
	}
	f, _ := os.Create(os.Args[2])
	if err := report.WriteHTML(f, &r); err != nil {
		panic(err)
	}
	f.Close()
}
