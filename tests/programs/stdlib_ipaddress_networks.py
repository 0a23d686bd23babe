import ipaddress
from ipaddress import (IPv4Address, IPv6Address, IPv4Network, IPv6Network,
                       IPv4Interface, IPv6Interface, ip_network, ip_interface)

for text in ['192.168.1.0/24', '10.0.0.0/8', '192.168.1.128/25', '1.2.3.4/32', '1.2.3.4/31',
             '0.0.0.0/0', '10.0.0.0/255.255.0.0', '10.0.0.0/0.0.255.255', '172.16.0.0/12',
             '1.2.3.4', '224.0.0.0/4', '100.64.0.0/10', '127.0.0.0/8']:
    n = ip_network(text)
    print(repr(n), str(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask,
          n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
    print(' ', n.is_private, n.is_global, n.is_loopback, n.is_multicast, n.is_link_local,
          n.is_reserved, n.is_unspecified, n.compressed, n.exploded, n.max_prefixlen)
for text in ['2001:db8::/32', '::/0', '::1/128', 'fe80::/10', 'ff00::/8', '2001:db8:1:2::/64',
             '2001:db8::1', '::ffff:0:0/96', '2001:db8::/ffff:ffff::']:
    try:
        n = ip_network(text)
    except ValueError as e:
        print('ValueError', e)
        continue
    print(repr(n), str(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask,
          n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
    print(' ', n.is_private, n.is_global, n.is_loopback, n.is_multicast, n.is_link_local,
          n.is_reserved, n.is_unspecified, n.is_site_local, n.exploded)

n = ip_network('192.168.1.5/29', strict=False)
print(n, list(n), list(n.hosts()))
print(list(ip_network('10.0.0.0/31').hosts()), list(ip_network('10.0.0.7/32').hosts()))
print(list(ip_network('2001:db8::/126').hosts()), list(ip_network('2001:db8::/127').hosts()))
print(list(ip_network('2001:db8::/126')))
print(n[0], n[-1], n[3], len(list(n)), IPv4Address('192.168.1.3') in n, IPv4Address('192.168.1.9') in n)
print(list(ip_network('10.0.0.0/24').subnets()))
print(list(ip_network('10.0.0.0/24').subnets(prefixlen_diff=2)))
print(list(ip_network('10.0.0.0/24').subnets(new_prefix=27)))
print(list(ip_network('10.0.0.0/32').subnets()))
print(list(ip_network('2001:db8::/32').subnets(new_prefix=34)))
print(ip_network('10.0.0.0/24').supernet(), ip_network('10.0.0.0/24').supernet(prefixlen_diff=4),
      ip_network('10.0.0.0/24').supernet(new_prefix=16), ip_network('0.0.0.0/0').supernet())
print(ip_network('2001:db8::/32').supernet(new_prefix=16))
a, b, c = ip_network('10.0.0.0/8'), ip_network('10.1.0.0/16'), ip_network('11.0.0.0/8')
print(a.overlaps(b), b.overlaps(a), a.overlaps(c), b.subnet_of(a), a.subnet_of(b), a.supernet_of(b),
      a.subnet_of(a), c.supernet_of(b))
print(list(a.address_exclude(b)))
print(list(ip_network('192.0.2.0/28').address_exclude(ip_network('192.0.2.1/32'))))
print(list(ip_network('2001:db8::/125').address_exclude(ip_network('2001:db8::/127'))))
print(list(a.address_exclude(a)))
print(a < b, a < c, a == ip_network('10.0.0.0/8'), hash(a) == hash(ip_network('10.0.0.0/8')))
print(sorted([c, b, a, ip_network('10.0.0.0/16')]))
print(a.compare_networks(b), b.compare_networks(a), a.compare_networks(a))

print(list(ipaddress.summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))))
print(list(ipaddress.summarize_address_range(IPv4Address('0.0.0.0'), IPv4Address('255.255.255.255'))))
print(list(ipaddress.summarize_address_range(IPv6Address('::1'), IPv6Address('::ff'))))
print(list(ipaddress.collapse_addresses([ip_network('192.0.2.0/25'), ip_network('192.0.2.128/25')])))
print(list(ipaddress.collapse_addresses([IPv4Address('10.0.0.%d' % i) for i in range(0, 9)])))
print(list(ipaddress.collapse_addresses([ip_network('10.0.0.0/24'), ip_network('10.0.0.0/16'),
                                          ip_network('10.1.0.0/16'), IPv4Address('10.2.0.0'),
                                          ip_network('12.0.0.0/8'), ip_network('13.0.0.0/8')])))
print(list(ipaddress.collapse_addresses([ip_network('::/1'), ip_network('8000::/1')])))
print(list(ipaddress.collapse_addresses([])))
mixed = [ip_network('10.0.0.0/8'), IPv4Address('10.0.0.0'), IPv6Address('::1'), ip_network('::/0'),
         IPv4Address('9.9.9.9'), ip_network('9.0.0.0/8')]
print(sorted(mixed, key=ipaddress.get_mixed_type_key))
print(ipaddress.get_mixed_type_key(IPv4Address('1.2.3.4')), ipaddress.get_mixed_type_key(ip_network('1.0.0.0/8')))

i = ip_interface('192.168.1.5/24')
print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
      i.with_hostmask, i.network.prefixlen, int(i), i.is_private, i.version)
print(i == IPv4Interface('192.168.1.5/24'), i == IPv4Interface('192.168.1.5/25'), i == IPv4Address('192.168.1.5'),
      i < IPv4Interface('192.168.1.6/24'), hash(i) == hash(IPv4Interface('192.168.1.5/24')))
print(IPv4Interface('10.0.0.1'), IPv4Interface(('10.0.0.1', 8)), IPv4Interface(167772161))
i6 = ip_interface('2001:db8::5/64')
print(repr(i6), i6.ip, i6.network, i6.with_prefixlen, i6.with_netmask, i6.with_hostmask)
print(IPv6Interface('fe80::1%eth0/64'), IPv6Interface('fe80::1%eth0/64').ip.scope_id)
print(IPv6Network(('2001:db8::', 32)), IPv6Network((42540766411282592856903984951653826560, 32)))
print(ip_network(167772160), ip_network(b'\x0a\x00\x00\x00'), ip_network(1 << 100))
print(IPv4Network('10.0.0.0/8').reverse_pointer if hasattr(IPv4Network, 'reverse_pointer') else '')
print(ip_network('10.0.0.0/8')[256], ip_network('10.0.0.0/8')[-256])
print(IPv6Network('::/0').num_addresses, IPv6Network('2001:db8::/120')[-1])
print(ip_network('10.0.0.0/30').__reduce__() if False else '', IPv4Address('10.0.0.1') in ip_network('10.0.0.0/30'))
print(ip_network('10.0.0.0/24') == ip_network('10.0.0.0/25'), ip_network('10.0.0.0/24') == IPv4Address('10.0.0.0'))
print(ip_network('::ffff:1.2.3.0/120'), ip_network('::ffff:1.2.3.0/120').network_address.ipv4_mapped)
print(IPv4Network('10.0.0.0/8').hostmask.max_prefixlen, IPv6Network('::/3').max_prefixlen)
print(repr(IPv6Network('fe80::%eth0/64')), IPv6Network('fe80::%eth0/64').network_address.scope_id)
print(ip_network('10.0.0.0/8').__reduce__()[1], ip_interface('10.0.0.1/8').__reduce__()[1], IPv6Address('::1').__reduce__()[1], IPv4Address('0.0.0.1').__reduce__()[1])
print(list(ip_network('10.0.0.0/30').subnets(prefixlen_diff=1)))
n2 = IPv4Network('192.168.0.0/16')
total = 0
for sub in n2.subnets(new_prefix=20):
    total += sub.num_addresses
print(total, n2.num_addresses)
print(IPv4Address('10.0.0.1') in IPv4Interface('10.0.0.1/8').network)
print(IPv4Address('1.2.3.4') == IPv4Interface('1.2.3.4/8'), IPv4Interface('1.2.3.4/8') == IPv4Address('1.2.3.4'))
print(IPv4Address('1.2.3.4') < IPv4Interface('1.2.3.5/8'), IPv4Interface('1.2.3.5/8') > IPv4Address('1.2.3.4'))
print(IPv6Interface('::1/128').is_loopback, IPv6Interface('::1/64').is_loopback, IPv6Interface('::/0').is_unspecified)
print(IPv6Interface('fe80::1%eth0/64').with_prefixlen, IPv6Interface('fe80::1%eth0/64').network)
for text in ['::ffff:8.8.8.8', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '2001:2::1', '2001:10::1', '2001:20::1',
             '100::1', '2001::1', '::ffff:100.64.0.1', '64:ff9b::1', 'fec0::1']:
    a = IPv6Address(text)
    print(text, a.is_private, a.is_global, a.is_loopback, a.is_reserved, a.is_link_local, a.is_site_local)
for text in ['192.0.0.9', '192.0.0.170', '192.0.0.8', '192.0.0.171', '198.18.0.1', '0.1.2.3', '192.0.0.0']:
    a = IPv4Address(text)
    print(text, a.is_private, a.is_global)
print(IPv4Network('100.64.0.0/11').is_global, IPv4Network('100.0.0.0/8').is_global)
print(IPv6Address('1::') + 5, IPv6Address('fe80::1%eth0') + 1, IPv4Interface('1.2.3.4/8') + 1)
print(type(IPv6Network('::/0').hosts()).__name__ != 'list', type(IPv6Network('::/128').hosts()).__name__)
for text in ['0.0.0.0/0', '0.0.0.0/7', '192.0.0.0/28', '224.0.0.0/3', '::ffff:8.8.8.0/120',
             '::/0', 'fc00::/6', '2001::/22', 'fe00::/8', 'ff00::/7']:
    n = ip_network(text, strict=False)
    print(text, n.is_private, n.is_global, n.is_reserved, n.is_multicast, n.is_link_local)
