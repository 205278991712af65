#!/usr/bin/env python3
"""Test servers for port-forward (run as pod processes on the test node).

pf_server.py echo PORT             echoes every connection until EOF
pf_server.py source PORT NBYTES    sends NBYTES of a fixed pattern, then closes
"""
import socket
import sys
import threading


def echo(conn):
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                break
            conn.sendall(data)
        conn.shutdown(socket.SHUT_WR)


def source(conn, nbytes):
    block = bytes(range(256)) * 256
    with conn:
        left = nbytes
        while left > 0:
            n = min(left, len(block))
            conn.sendall(block[:n])
            left -= n


def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(64)
    while True:
        conn, _ = srv.accept()
        if mode == "echo":
            target, args = echo, (conn,)
        else:
            target, args = source, (conn, int(sys.argv[3]))
        threading.Thread(target=target, args=args, daemon=True).start()


if __name__ == "__main__":
    main()
