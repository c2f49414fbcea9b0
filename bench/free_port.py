"""Prints a loopback port that nothing holds, below the kernel's ephemeral range.

Outgoing connections and port-0 listeners draw their ports from the ephemeral range
(/proc/sys/net/ipv4/ip_local_port_range), so a port picked there can be taken between this check and the server's
bind; below it, only another explicit bind can take it.
"""
import random
import socket

with open('/proc/sys/net/ipv4/ip_local_port_range') as ports:
    ephemeral_low = int(ports.read().split()[0])

while True:
    port = random.randrange(10000, ephemeral_low)
    with socket.socket() as probe:
        try:
            probe.bind(('127.0.0.1', port))
        except OSError:
            continue
    print(port)
    break
