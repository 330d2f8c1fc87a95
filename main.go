// Command hatchery runs the Hatchery platform: the GraphQL API and the web
// app of a county's NGO incubation centre and grants. See server.Run.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"hatchery/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := server.Run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hatchery:", err)
		os.Exit(1)
	}
}
