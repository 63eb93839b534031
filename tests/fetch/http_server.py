#!/usr/bin/env python3
"""A local HTTP server for the download tests: standard library only, loopback only.

Usage: http_server.py ROOT LOG. Prints "PORT <n>" once it listens on 127.0.0.1. Serves the
files of ROOT under /<mode>/<name>, where the mode decides how it misbehaves:

  good         every request answered properly; Range requests get 206 and Content-Range
  truncate     the first request for a file sends half of it and drops the connection;
               later requests (with Range) are answered properly
  fail-resume  like truncate, but every Range request gets 503
  no-range     Range is ignored: always 200 and the whole file
  error        500 for everything
  slow         like good, but the body goes out in 16 KiB pieces 20 ms apart (for cancelling)

Each request is appended to LOG as "<path> range=<Range header or ->".
"""
import http.server
import os
import re
import sys
import threading
import time

ROOT, LOG = sys.argv[1], sys.argv[2]
served_once = set()
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_body(self, mode, data):
        if mode != "slow":
            self.wfile.write(data)
            return
        for start in range(0, len(data), 16384):
            self.wfile.write(data[start:start + 16384])
            self.wfile.flush()
            time.sleep(0.02)

    def do_GET(self):
        range_header = self.headers.get("Range")
        with lock, open(LOG, "a") as log:
            log.write(f"{self.path} range={range_header or '-'}\n")
        parts = self.path.split("/", 2)
        if len(parts) != 3:
            return self.send_error(404)
        mode, name = parts[1], parts[2]
        path = os.path.join(ROOT, name)
        if mode == "error" or not os.path.isfile(path):
            return self.send_error(500 if mode == "error" else 404)
        with open(path, "rb") as f:
            body = f.read()

        match = re.fullmatch(r"bytes=(\d+)-", range_header or "")
        if match and mode == "fail-resume":
            return self.send_error(503)
        if match and mode != "no-range":
            start = int(match.group(1))
            if start >= len(body):
                return self.send_error(416)
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
            self.send_header("Content-Length", str(len(body) - start))
            self.end_headers()
            self.send_body(mode, body[start:])
            return

        first = False
        with lock:
            if self.path not in served_once:
                served_once.add(self.path)
                first = True
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if first and mode in ("truncate", "fail-resume"):
            # Half the promised bytes, then the connection goes: the client sees a broken
            # transfer, as when a network drops mid-download.
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.send_body(mode, body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(f"PORT {server.server_address[1]}", flush=True)
server.serve_forever()
