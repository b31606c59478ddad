#!/usr/bin/env python3
"""Comment intake: N clients, each logged in as a member, post comments to one consultation through the real
form (session cookie + CSRF token), as fast as the app accepts them. Prints accepted comments/s and latency
percentiles, and writes the marker of every acknowledged comment to a file so the caller can check each one
is in the database afterwards.
Each client signs in as its own account when --email holds {n} (bench{n}@example.org: client n's address); the
login throttle counts attempts per address, so sixteen clients sharing one address would be turned away.
Usage: intake.py --base http://127.0.0.1:18080 --consultation 1 --email 'bench{n}@example.org' --password ... \
                 --clients 16 --per-client 100 --acked acked.txt
"""
import argparse
import http.client
import http.cookies
import re
import statistics
import threading
import time
import urllib.parse

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')


class Session:
    def __init__(self, base):
        parts = urllib.parse.urlsplit(base)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self.cookies = {}

    def request(self, method, path, form=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = http.cookies.SimpleCookie(header)
            for key, morsel in cookie.items():
                self.cookies[key] = morsel.value
        return response.status, response.headers.get("Location", ""), text

    def token(self, path):
        status, _, text = self.request("GET", path)
        match = CSRF.search(text)
        if not match:
            raise RuntimeError(f"no CSRF token on {path} (status {status})")
        return match.group(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--consultation", type=int, required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--per-client", type=int, default=100)
    parser.add_argument("--acked", required=True)
    args = parser.parse_args()

    acked, latencies, refused = [], [], [0]
    lock = threading.Lock()
    run_id = str(int(time.time()))

    def client(n):
        s = Session(args.base)
        token = s.token("/login")
        email = args.email.replace("{n}", str(n))
        status, location, _ = s.request("POST", "/login", {"email": email, "password": args.password, "_csrf": token})
        if status != 302 or "error" in location:
            raise RuntimeError(f"login failed: {status} {location}")
        token = s.token(f"/consultations/{args.consultation}")
        for i in range(args.per_client):
            marker = f"bench-{run_id}-{n}-{i}"
            started = time.perf_counter()
            status, location, _ = s.request("POST", f"/consultations/{args.consultation}/comments",
                                            {"body": f"Koment {marker}: afati duhet të jetë më i gjatë.",
                                             "publicComment": "true", "_csrf": token})
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if status == 302 and f"/consultations/{args.consultation}" in location:
                    acked.append(marker)
                else:
                    refused[0] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    with open(args.acked, "w") as f:
        f.write("\n".join(acked) + "\n")
    print(f"comment intake: clients={args.clients} posted={len(latencies)} acknowledged={len(acked)} refused={refused[0]} "
          f"accepted/s={len(acked) / wall:.1f} p50={q[49] * 1000:.1f} ms p99={q[98] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
