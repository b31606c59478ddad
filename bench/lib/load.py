#!/usr/bin/env python3
"""Measures pages the way a reader meets them: N keep-alive clients asking for each URL in turn.

Prints, per URL: requests, errors, p50 / p90 / p99 latency in ms, requests per second and page size.
Usage: load.py --clients 4 --requests 2000 [--warmup 200] [--header 'Accept-Language: sq'] URL...
No third-party package: http.client with one connection per client thread.
"""
import argparse
import http.client
import statistics
import threading
import time
import urllib.parse


def fetch(conn, path, headers):
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    return response.status, len(body)


def run(url, clients, requests, warmup, headers):
    parts = urllib.parse.urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    latencies, errors, sizes = [], [0], []
    lock = threading.Lock()
    per_client = max(1, requests // clients)

    def client():
        conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)
        for _ in range(max(1, warmup // clients)):
            fetch(conn, path, headers)
        mine = []
        for _ in range(per_client):
            started = time.perf_counter()
            try:
                status, size = fetch(conn, path, headers)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)
                status, size = 599, 0
            elapsed = time.perf_counter() - started
            mine.append(elapsed)
            with lock:
                if status != 200:
                    errors[0] += 1
                sizes.append(size)
        with lock:
            latencies.extend(mine)
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "url": url, "requests": len(latencies), "errors": errors[0],
        "p50_ms": q[49] * 1000, "p90_ms": q[89] * 1000, "p99_ms": q[98] * 1000,
        "rps": len(latencies) / wall, "bytes": int(statistics.median(sizes)) if sizes else 0,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--header", action="append", default=[])
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    headers = dict(h.split(": ", 1) for h in args.header)
    print(f"{'url':60} {'req':>6} {'err':>4} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'req/s':>8} {'bytes':>8}")
    for url in args.urls:
        r = run(url, args.clients, args.requests, args.warmup, headers)
        print(f"{r['url'][:60]:60} {r['requests']:6d} {r['errors']:4d} {r['p50_ms']:8.2f} {r['p90_ms']:8.2f} "
              f"{r['p99_ms']:8.2f} {r['rps']:8.1f} {r['bytes']:8d}")


if __name__ == "__main__":
    main()
