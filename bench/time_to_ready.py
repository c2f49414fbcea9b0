"""Runs a command and prints the seconds from just before its exec to the first 200 of a readiness URL, then stops it.

Usage: time_to_ready.py URL LOG TIMEOUT -- command...; polls every 20 ms; exits 1 (printing nothing) when the command
dies or the timeout passes first. The command's output goes to LOG.
"""
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

url, log, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
command = sys.argv[sys.argv.index('--') + 1:]
with open(log, 'wb') as out:
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    ready = None
    while ready is None and process.poll() is None and time.monotonic() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                if answer.status == 200:
                    ready = time.monotonic() - started
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        if ready is None:
            time.sleep(0.02)
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
if ready is None:
    sys.exit(1)
print(f'{ready:.2f}')
