// Command tahlil analyses a corpus of Arabic texts: terms, entities, co-occurrence networks
// and topics, as text, JSON, JSON Lines or HTML. Run "tahlil --help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/tahlil-nlp/tahlil/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], cli.StdStreams())
	stop()
	os.Exit(code)
}
