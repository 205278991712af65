package main

// A "container" is a local process (the pod shares the host's filesystem and
// network). Its output goes to a CRI log file and to any attached clients.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	"k8s.io/client-go/tools/remotecommand"
	"k8s.io/klog/v2"
)

// procSpec is what is needed to start a container's (or an exec's) process.
type procSpec struct {
	argv  []string
	env   []string
	dir   string
	stdin bool // keep a stdin open for attach
	tty   bool
}

type process struct {
	cmd   *exec.Cmd
	pty   *os.File       // the master side when tty
	stdin io.WriteCloser // nil unless spec.stdin
	log   *criLog

	mu         sync.Mutex
	sinks      map[*sink]struct{}
	stdinTaken bool // stdinOnce: a first attach has used (and closed) stdin

	exited     chan struct{} // closed once the process has exited and its output is drained
	exitCode   int
	startedAt  time.Time
	finishedAt time.Time
}

// sink is one attached client's output streams.
type sink struct {
	stdout, stderr io.Writer
	failed         chan struct{} // closed on the first write error (client gone)
	once           sync.Once
}

func startProcess(spec procSpec, logPath string) (*process, error) {
	if len(spec.argv) == 0 {
		return nil, errors.New("no command")
	}
	log, err := createCRILog(logPath)
	if err != nil {
		return nil, err
	}
	p := &process{log: log, sinks: map[*sink]struct{}{}, exited: make(chan struct{})}
	cmd := exec.Command(spec.argv[0], spec.argv[1:]...)
	cmd.Env, cmd.Dir = spec.env, spec.dir
	// Its own process group, so that the whole "container" can be signalled.
	// Pdeathsig: do not outlive a stand-in killed with SIGKILL.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}

	var readers []*os.File // output to pump; the write ends are closed after Start
	var toClose []*os.File
	streams := map[*os.File]string{}
	if spec.tty {
		master, slave, err := openPTY()
		if err != nil {
			log.close()
			return nil, err
		}
		cmd.SysProcAttr.Setpgid = false // Setsid makes it a group leader too
		useTerminal(cmd, slave)
		p.pty = master
		if spec.stdin {
			p.stdin = master
		}
		readers, toClose = append(readers, master), append(toClose, slave)
		streams[master] = "stdout"
	} else {
		if spec.stdin {
			r, w, err := os.Pipe()
			if err != nil {
				log.close()
				return nil, err
			}
			cmd.Stdin, p.stdin = r, w
			toClose = append(toClose, r)
		}
		// Real pipes (*os.File) rather than io.Writers: os/exec would
		// otherwise wait in Wait for the copy goroutines, which background
		// children holding the pipe could block forever.
		for _, name := range []string{"stdout", "stderr"} {
			r, w, err := os.Pipe()
			if err != nil {
				log.close()
				return nil, err
			}
			if name == "stdout" {
				cmd.Stdout = w
			} else {
				cmd.Stderr = w
			}
			readers, toClose = append(readers, r), append(toClose, w)
			streams[r] = name
		}
	}
	err = cmd.Start()
	for _, f := range toClose {
		f.Close()
	}
	if err != nil {
		for _, f := range readers {
			f.Close()
		}
		if p.stdin != nil && p.stdin != p.pty {
			p.stdin.Close()
		}
		log.close()
		return nil, err
	}
	p.cmd, p.startedAt = cmd, time.Now()

	var pumps sync.WaitGroup
	for _, r := range readers {
		pumps.Add(1)
		go func(r *os.File, stream string) {
			defer pumps.Done()
			p.pump(r, stream)
		}(r, streams[r])
	}
	go func() {
		err := cmd.Wait()
		p.exitCode = exitCode(err)
		// A container ends with its main process: kill whatever it left
		// behind (the kernel does that for a PID namespace).
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		drained := make(chan struct{})
		go func() { pumps.Wait(); close(drained) }()
		select {
		case <-drained:
		case <-time.After(2 * time.Second): // a daemon escaped the group
		}
		for _, r := range readers {
			r.Close()
		}
		if p.stdin != nil {
			p.stdin.Close()
		}
		p.log.close()
		p.mu.Lock()
		p.finishedAt = time.Now()
		p.mu.Unlock()
		close(p.exited)
	}()
	return p, nil
}

// pump copies one output stream of the process to the log and attached clients.
func (p *process) pump(r io.Reader, stream string) {
	buf := make([]byte, 32*1024)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			p.log.write(stream, buf[:n])
			p.mu.Lock()
			for s := range p.sinks {
				w := s.stdout
				if stream == "stderr" {
					w = s.stderr
				}
				if w == nil {
					continue
				}
				if _, err := w.Write(buf[:n]); err != nil {
					s.once.Do(func() { close(s.failed) })
				}
			}
			p.mu.Unlock()
		}
		if err != nil { // EOF, or EIO on a pty whose slave is closed everywhere
			return
		}
	}
}

// signal sends sig to the process group of the container.
func (p *process) signal(sig syscall.Signal) {
	syscall.Kill(-p.cmd.Process.Pid, sig)
}

func (p *process) running() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

// attach connects a client to the running process until the process exits
// or the client goes away. Output is what the process writes from now on
// (as with docker/containerd attach); earlier output is in the logs.
func (p *process) attach(in io.Reader, out, errw io.Writer, resize <-chan remotecommand.TerminalSize, stdinOnce bool, gone <-chan struct{}) error {
	if !p.running() {
		return errors.New("container is not running")
	}
	s := &sink{stdout: out, stderr: errw, failed: make(chan struct{})}
	if p.pty != nil {
		s.stderr = nil // a terminal has one output stream
	}
	p.mu.Lock()
	p.sinks[s] = struct{}{}
	useStdin := in != nil && p.stdin != nil && !(stdinOnce && p.stdinTaken)
	if useStdin && stdinOnce {
		p.stdinTaken = true
	}
	p.mu.Unlock()
	defer func() {
		p.mu.Lock()
		delete(p.sinks, s)
		p.mu.Unlock()
	}()

	if useStdin {
		go func() {
			io.Copy(p.stdin, in)
			if stdinOnce { // the container sees EOF when its first client detaches
				if p.pty != nil {
					p.stdin.Write([]byte{4}) // ^D
				} else {
					p.stdin.Close()
				}
			}
		}()
	}
	if p.pty != nil && resize != nil {
		go func() {
			for size := range resize {
				setPTYSize(p.pty, size.Width, size.Height)
			}
		}()
	}
	select {
	case <-p.exited:
	case <-s.failed: // a write to the client failed
	case <-gone: // the client's connection has ended
	}
	return nil
}

// exitCode is a process's exit status as a container runtime reports it:
// 128+N when killed by signal N.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	klog.Errorf("waiting for process: %v", err)
	return 128
}

// runExec runs a command next to a container's process (kubectl exec) with
// the client's streams, and returns its exit code.
func runExec(spec procSpec, in io.Reader, out, errw io.Writer, resize <-chan remotecommand.TerminalSize) (int, error) {
	if len(spec.argv) == 0 {
		return 0, errors.New("no command given")
	}
	cmd := exec.Command(spec.argv[0], spec.argv[1:]...)
	cmd.Env, cmd.Dir = spec.env, spec.dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if !spec.tty {
		cmd.Stdout, cmd.Stderr = out, errw
		var stdin io.WriteCloser
		if in != nil {
			var err error
			// A pipe rather than cmd.Stdin = in: Wait would wait for the
			// client to close stdin even after the command has exited.
			if stdin, err = cmd.StdinPipe(); err != nil {
				return 0, err
			}
		}
		if err := cmd.Start(); err != nil {
			return 0, err
		}
		if stdin != nil {
			go func() { io.Copy(stdin, in); stdin.Close() }()
		}
		return exitCode(cmd.Wait()), nil
	}

	master, slave, err := openPTY()
	if err != nil {
		return 0, err
	}
	defer master.Close()
	cmd.SysProcAttr.Setpgid = false
	useTerminal(cmd, slave)
	err = cmd.Start()
	slave.Close()
	if err != nil {
		return 0, err
	}
	if resize != nil {
		go func() {
			for size := range resize {
				setPTYSize(master, size.Width, size.Height)
			}
		}()
	}
	if in != nil {
		go io.Copy(master, in)
	}
	copied := make(chan struct{})
	go func() {
		if out != nil {
			io.Copy(out, master) // ends with EIO once no process has the slave open
		} else {
			io.Copy(io.Discard, master)
		}
		close(copied)
	}()
	code := exitCode(cmd.Wait())
	select {
	case <-copied:
	case <-time.After(2 * time.Second): // a background child kept the terminal
	}
	return code, nil
}

func (p *process) String() string {
	return fmt.Sprintf("pid %d", p.cmd.Process.Pid)
}
