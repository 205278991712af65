#!/usr/bin/env python3
"""A fault-injecting HTTP proxy in front of the test cluster's apiserver.

fault_server.py PORT_FILE SERVER CA CERT KEY

Listens on plain HTTP on a free port of 127.0.0.1 (written to PORT_FILE) and
forwards every request to SERVER (https, authenticated with the client
certificate CERT/KEY, verified with CA), so that discovery works. A request
whose path names one of these namespaces gets a fault instead:

  fault-truncated  200, Content-Length larger than the body sent, then close
  fault-chunkcut   200, chunked, the body stops mid-way, then close
  fault-badjson    200 with a body that is not JSON
  fault-html500    500 with an HTML page
  fault-slow       answers after 10 s
  fault-endless    200, chunked, a body that never ends (sent as fast as the
                   client reads it)

Each fault served is logged on stderr as "fault-NAME METHOD PATH".
"""
import http.client
import os
import http.server
import ssl
import sys
import time
import urllib.parse

LIST_START = b'{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":['
POD = (b'{"metadata":{"name":"fault-pod","namespace":"x","uid":"u",'
       b'"creationTimestamp":"2021-01-01T00:00:00Z"},"spec":{"containers":[{"name":"c","image":"i"}]},'
       b'"status":{"phase":"Running"}},')
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host",
              "proxy-connection", "upgrade", "te", "trailer"}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet: the tests read kctl's output
        pass

    def do_any(self):
        for fault in ("truncated", "chunkcut", "badjson", "html500", "slow", "endless"):
            if "/namespaces/fault-" + fault in self.path:
                self.close_connection = True
                sys.stderr.write("fault-%s %s %s\n" % (fault, self.command, self.path))
                sys.stderr.flush()
                try:
                    getattr(self, "fault_" + fault)()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
        self.forward()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_any

    def head(self, status, headers):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()

    def fault_truncated(self):
        body = LIST_START + POD
        self.head(200, [("Content-Type", "application/json"), ("Content-Length", str(len(body) + 5000))])
        self.wfile.write(body)
        self.wfile.flush()

    def fault_chunkcut(self):
        self.head(200, [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")])
        body = LIST_START + POD
        self.wfile.write(b"%x\r\n%s\r\n" % (len(body), body))
        self.wfile.write(b"1000\r\n" + POD)  # announces 4096 bytes, sends fewer
        self.wfile.flush()

    def fault_badjson(self):
        body = b'{"kind":"PodList","apiVersion":"v1","items":[{"metadata":{"name":"x"}} oops, not JSON'
        self.head(200, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        self.wfile.write(body)

    def fault_html500(self):
        body = (b"<html>\n<head><title>500 Internal Server Error</title></head>\n<body>\n"
                b"<h1>Internal Server Error</h1>\n<p>upstream broke</p>\n</body>\n</html>\n")
        self.head(500, [("Content-Type", "text/html"), ("Content-Length", str(len(body)))])
        self.wfile.write(body)

    def fault_slow(self):
        time.sleep(10)
        body = LIST_START.rstrip(b"[") + b"[]}"
        self.head(200, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        self.wfile.write(body)

    def fault_endless(self):
        self.head(200, [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")])
        self.wfile.write(b"%x\r\n%s\r\n" % (len(LIST_START), LIST_START))
        chunk = POD * (4 * 1024 * 1024 // len(POD))
        frame = b"%x\r\n%s\r\n" % (len(chunk), chunk)
        while True:  # until the client goes away (BrokenPipeError)
            self.wfile.write(frame)

    def forward(self):
        body = None
        if "Content-Length" in self.headers:
            body = self.rfile.read(int(self.headers["Content-Length"]))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["Accept-Encoding"] = "identity"
        conn = http.client.HTTPSConnection(self.server.upstream.hostname, self.server.upstream.port,
                                           context=self.server.tls, timeout=60)
        try:
            conn.request(self.command, self.path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
        finally:
            conn.close()
        out = [(k, v) for k, v in resp.getheaders() if k.lower() not in HOP_BY_HOP]
        self.head(resp.status, out + [("Content-Length", str(len(data)))])
        self.wfile.write(data)


def main():
    port_file, server, ca, cert, key = sys.argv[1:6]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.upstream = urllib.parse.urlsplit(server)
    httpd.tls = ssl.create_default_context(cafile=ca)
    httpd.tls.load_cert_chain(cert, key)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(httpd.server_address[1]))
    os.rename(port_file + ".tmp", port_file)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
