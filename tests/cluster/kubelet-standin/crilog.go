package main

// Container logs are written in the CRI log format that containerd and CRI-O
// write and the kubelet reads (pkg/kubelet/kuberuntime/logs), one entry per
// line:
//
//	2016-10-06T00:17:09.669794202Z stdout F a complete line
//	2016-10-06T00:17:09.669794203Z stderr P a partial line (no newline yet)
//
// so that /containerLogs can be served by the kubelet's own reader, with its
// handling of follow, tailLines, timestamps, sinceSeconds/sinceTime and
// limitBytes.

import (
	"bytes"
	"os"
	"sync"
	"time"

	kubetypes "k8s.io/kubernetes/pkg/kubelet/types"
)

type criLog struct {
	mu sync.Mutex
	f  *os.File
}

func createCRILog(path string) (*criLog, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	return &criLog{f: f}, nil
}

// write records data read from the container's stream ("stdout" or "stderr").
// Complete lines get the tag F; a trailing piece without newline gets P, and
// the reader joins it with what follows, as for containerd's partial lines.
func (l *criLog) write(stream string, data []byte) {
	if len(data) == 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	ts := time.Now().UTC().Format(kubetypes.RFC3339NanoFixed)
	var buf bytes.Buffer
	for len(data) > 0 {
		tag, line := "P", data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			tag, line, data = "F", data[:i], data[i+1:]
		} else {
			data = nil
		}
		buf.WriteString(ts + " " + stream + " " + tag + " ")
		buf.Write(line)
		buf.WriteByte('\n')
	}
	l.f.Write(buf.Bytes())
}

func (l *criLog) close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.f.Close()
}
