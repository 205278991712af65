#!/usr/bin/env python3
"""Port-forward test client.

pf_client.py echo PORT NBYTES [CONNS]  sends NBYTES of random data on each of
    CONNS concurrent connections, half-closes, reads the echo; prints "ok" if
    every connection got back exactly what it sent (sha256), else the failures.
pf_client.py sink PORT                 reads until EOF, prints bytes and sha256
pf_client.py flow PORT...              echo traffic on one connection per port until
    it breaks: prints "PORT flowing" once data came back, then "PORT ended: ..."
"""
import hashlib
import os
import socket
import sys
import threading
import time


def one_echo(port, nbytes, results, i):
    try:
        data = os.urandom(nbytes)
        s = socket.create_connection(("127.0.0.1", port), timeout=120)
        got = hashlib.sha256()
        size = [0]

        def reader():
            while True:
                b = s.recv(1 << 20)
                if not b:
                    break
                got.update(b)
                size[0] += len(b)

        t = threading.Thread(target=reader)
        t.start()
        view = memoryview(data)
        for off in range(0, nbytes, 1 << 20):
            s.sendall(view[off:off + (1 << 20)])
        s.shutdown(socket.SHUT_WR)
        t.join()
        s.close()
        ok = got.hexdigest() == hashlib.sha256(data).hexdigest()
        results[i] = "ok" if ok else "conn %d: got %d bytes, sha mismatch" % (i, size[0])
    except Exception as e:  # noqa: BLE001 - reported to the test
        results[i] = "conn %d: %s" % (i, e)


def flow(port, lock):
    def say(*words):
        with lock:
            print(port, *words, flush=True)

    total = 0
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=120)
        while True:
            s.sendall(b"x" * 1000)
            got = s.recv(65536)
            if not got:
                say("ended: EOF after", total, "bytes")
                return
            if total == 0:
                say("flowing")
            total += len(got)
            time.sleep(0.01)
    except OSError as e:
        say("ended:", e, "after", total, "bytes")


def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    if mode == "flow":
        lock = threading.Lock()
        threads = [threading.Thread(target=flow, args=(int(p), lock)) for p in sys.argv[2:]]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return
    if mode == "sink":
        s = socket.create_connection(("127.0.0.1", port), timeout=120)
        h = hashlib.sha256()
        n = 0
        while True:
            b = s.recv(1 << 20)
            if not b:
                break
            h.update(b)
            n += len(b)
        print(n, h.hexdigest())
        return
    nbytes = int(sys.argv[3])
    conns = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    results = [None] * conns
    threads = [threading.Thread(target=one_echo, args=(port, nbytes, results, i)) for i in range(conns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bad = [r for r in results if r != "ok"]
    print("ok" if not bad else "\n".join(bad))


if __name__ == "__main__":
    main()
