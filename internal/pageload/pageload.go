// Package pageload reads a per-row lookup of a list (a name by id, a
// row's children) for every row of the list in one statement.
//
// gqlgen resolves a list's rows one after another here
// (graph/list_marshal.go), so a dataloader that waits for keys to gather
// would only ever see one: each row would cost its own statement, and a
// review board of 345 assignments cost 928. Instead, the resolver that
// returns a list names the ids its rows will ask for (Name); the first
// row that asks reads every named id not read yet, and the others are
// answered from what was read. An id nobody named is read on its own
// together with whatever is named, so a lookup costs a bounded number of
// statements either way.
//
// A Loader belongs to one request (its values are what that viewer may
// read) and serves queries only: a mutation's answer is read inside its
// transaction, which a loader built on the request's client would not see.
package pageload

import (
	"context"
	"slices"
	"sync"
)

// Loader reads values of type V by int id, in batches of the named ids.
//
// A Loader is made for every request and lookup, and a page names tens of
// ids, so it keeps the named ids in a slice (sorted and made unique when
// read) and makes its map of values at the first read, at the size read.
type Loader[V any] struct {
	mu    sync.Mutex
	got   map[int]V // read; the zero value for an id without a value
	want  []int     // named, not read yet; may repeat
	fetch func(ctx context.Context, ids []int) (map[int]V, error)
}

// New is a Loader reading through fetch, which returns the values it
// found (an id without a value may be left out).
func New[V any](fetch func(ctx context.Context, ids []int) (map[int]V, error)) *Loader[V] {
	return &Loader[V]{fetch: fetch}
}

// Name tells l the ids a list is about to ask for.
func (l *Loader[V]) Name(ids ...int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, id := range ids {
		if _, ok := l.got[id]; !ok {
			l.want = append(l.want, id)
		}
	}
}

// Load is id's value, or V's zero value when there is none. It reads id
// together with every named id not read yet. The lock is held across the
// read so that rows asking at once share it; a failed read is not
// remembered, and its ids stay named.
func (l *Loader[V]) Load(ctx context.Context, id int) (V, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if v, ok := l.got[id]; ok {
		return v, nil
	}
	l.want = append(l.want, id)
	slices.Sort(l.want) // the same statement for the same page
	l.want = slices.Compact(l.want)
	found, err := l.fetch(ctx, l.want)
	if err != nil {
		var zero V
		return zero, err
	}
	if l.got == nil {
		l.got = make(map[int]V, len(l.want))
	}
	for _, w := range l.want {
		l.got[w] = found[w]
	}
	l.want = l.want[:0]
	return l.got[id], nil
}
