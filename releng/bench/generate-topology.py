#!/usr/bin/env python3
"""Writes a Lifeboat topology of N lab hosts (host i: management 198.18.0.(10+i), underlay 198.18.1.(10+i)),
one overlay across all of them and one guest per host: the input of the deploy benchmark.
Usage: generate-topology.py N FILE"""
import sys

def main(count, path):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<lifeboat:Topology xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
           'xmlns:lifeboat="https://lifeboat.dev/model/topology/1.0" id="topology-bench" name="bench-%d">' % count,
           '  <sites id="site-bench" name="bench">']
    for i in range(1, count + 1):
        out += ['    <hosts id="host-b%d" name="b%d" managementAddress="198.18.0.%d" cpuCores="16" memoryMiB="65536" storageGiB="512">' % (i, i, 10 + i),
                '      <nics id="nic-b%d-0" name="eth0" address="198.18.0.%d"><roles>MANAGEMENT</roles><roles>HEARTBEAT</roles></nics>' % (i, 10 + i),
                '      <nics id="nic-b%d-1" name="eth1" address="198.18.1.%d" mtu="1550"><roles>UNDERLAY</roles><roles>HEARTBEAT</roles></nics>' % (i, 10 + i),
                '      <vms id="vm-b%d" name="g%d" vcpus="1" memoryMiB="512" haProtected="false">' % (i, i),
                '        <nics id="vnic-b%d" name="eth0" mac="52:54:00:b0:%02x:%02x" ipAddress="10.99.%d.%d" prefixLength="16" attachment="overlay-bench"/>' % (i, i // 256, i % 256, i // 250, 1 + i % 250),
                '      </vms>',
                '    </hosts>']
    out += ['  </sites>',
            '  <overlays id="overlay-bench" name="bench" vni="9900">']
    for i in range(1, count + 1):
        out.append('    <members id="vtep-b%d" host="host-b%d" underlayNic="nic-b%d-1"/>' % (i, i, i))
    out += ['  </overlays>', '</lifeboat:Topology>', '']
    with open(path, 'w') as f:
        f.write('\n'.join(out))

if __name__ == '__main__':
    main(int(sys.argv[1]), sys.argv[2])
