package ingest_test

import (
	"fmt"
	"testing/fstest"

	"github.com/tahlil-nlp/tahlil/pkg/ingest"
)

func Example() {
	fsys := fstest.MapFS{
		// A front-matter article: "Rain returns to the plains" by a fictional author.
		"articles/rain.txt":   {Data: []byte("---\ntitle: عودة المطر إلى السهول\nauthor: سامية بن علي\ndate: 14/05/2023\n---\nهطلت الأمطار أخيرا على السهول بعد جفاف طويل.\n")},
		"articles/broken.txt": {Data: nil}, // empty: skipped
	}
	paths, _ := ingest.List(fsys, ".")
	for _, p := range paths {
		docs, _, err := ingest.ReadFile(fsys, p, ingest.Config{})
		if err != nil {
			fmt.Println("skipped:", err)
			continue
		}
		for _, d := range docs {
			fmt.Println(d.ID, d.Meta.Date, d.Meta.Author)
			fmt.Println(d.Meta.Title)
			fmt.Println(d.Text)
		}
	}
	// Output:
	// skipped: articles/broken.txt: empty file
	// articles/rain.txt 2023-05-14 سامية بن علي
	// عودة المطر إلى السهول
	// هطلت الأمطار أخيرا على السهول بعد جفاف طويل.
}

func ExampleParseDate() {
	for _, s := range []string{
		"14/05/2023",
		"الأحد 14 مايو 2023", // Sunday 14 May 2023
		"24 أوت 2021",        // 24 August 2021, Algerian month name
		"3 تشرين الأول 2022", // 3 October 2022, Levantine month name
		"مايو 2023",          // May 2023
	} {
		d, _ := ingest.ParseDate(s)
		fmt.Println(d)
	}
	// Output:
	// 2023-05-14
	// 2023-05-14
	// 2021-08-24
	// 2022-10-03
	// 2023-05
}
