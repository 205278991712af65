package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"net/http"
	"sync"
)

// goneWatcher wraps the ResponseWriter given to ServeAttach so that the
// end of the client's connection is noticed even while the container is
// silent: the SPDY and WebSocket code read from the hijacked connection all
// the time, and that read fails when the client (the apiserver) closes it.
// The streaming package gives the Attacher no other way to learn it.
type goneWatcher struct {
	http.ResponseWriter
	gone chan struct{}
	once sync.Once
}

func newGoneWatcher(w http.ResponseWriter) *goneWatcher {
	return &goneWatcher{ResponseWriter: w, gone: make(chan struct{})}
}

func (g *goneWatcher) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := g.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("connection cannot be hijacked")
	}
	conn, rw, err := h.Hijack()
	if err != nil {
		return nil, nil, err
	}
	wc := &watchedConn{Conn: conn, g: g}
	// Bytes the server already read ahead must still come first.
	buffered, _ := rw.Reader.Peek(rw.Reader.Buffered())
	r := bufio.NewReader(io.MultiReader(bytes.NewReader(append([]byte(nil), buffered...)), wc))
	return wc, bufio.NewReadWriter(r, rw.Writer), nil
}

type watchedConn struct {
	net.Conn
	g *goneWatcher
}

func (c *watchedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if err != nil {
		c.g.once.Do(func() { close(c.g.gone) })
	}
	return n, err
}
