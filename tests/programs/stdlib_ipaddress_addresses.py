import ipaddress
from ipaddress import IPv4Address, IPv6Address, ip_address

for text in ['192.168.0.1', '0.0.0.0', '255.255.255.255', '127.0.0.1', '10.1.2.3',
             '172.16.5.4', '169.254.1.1', '224.0.0.1', '240.0.0.1', '100.64.0.1',
             '8.8.8.8', '192.0.2.1', '198.51.100.7', '192.88.99.1', '203.0.113.9']:
    a = ip_address(text)
    print(repr(a), str(a), int(a), a.version, a.max_prefixlen, a.packed,
          a.reverse_pointer)
    print(' ', a.is_private, a.is_global, a.is_loopback, a.is_multicast,
          a.is_link_local, a.is_reserved, a.is_unspecified)

for text in ['::', '::1', '2001:db8::1', 'fe80::1', 'ff02::1', 'fc00::5',
             '::ffff:192.168.1.1', '2001:db8:0:0:1:0:0:1', '2001:0db8:0000:0000:0000:0000:0000:0001',
             '1:0:0:2:0:0:0:3', '1:2:3:4:5:6:7:8', '0:0:0:0:0:0:0:1', '1::', '::2:3',
             '2002:c000:0204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '64:ff9b::1.2.3.4',
             'FE80::ABCD', '1:0:0:0:1:0:0:0', 'fec0::1', '100::1', '2606:4700::1111',
             '::1.2.3.4']:
    a = ip_address(text)
    print(repr(a), str(a), int(a), a.exploded, a.compressed, a.packed)
    print(' ', a.reverse_pointer)
    print(' ', a.is_private, a.is_global, a.is_loopback, a.is_multicast,
          a.is_link_local, a.is_reserved, a.is_unspecified, a.is_site_local)
    print(' ', a.ipv4_mapped, a.sixtofour, a.teredo, a.scope_id)

print(IPv4Address(3232235521), IPv4Address(b'\xc0\xa8\x00\x01'))
print(IPv6Address(1), IPv6Address(b'\x00' * 15 + b'\x02'), IPv6Address(2**128 - 1))
a = IPv4Address('10.0.0.255')
print(a + 1, a - 255, a + True)
for f in (lambda: 1 + a, lambda: a - a, lambda: 1 - a):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
print(IPv6Address('::ffff') + 1, IPv6Address('::1') - 1)
print(a.exploded, a.compressed, format(a), format(a, 'b'), format(a, 'x'),
      format(a, '#X'), format(a, 's'), format(a, '_b'), format(a, 'n'))
b6 = IPv6Address('2001:db8::1')
print(format(b6, 'x'), format(b6, '#_x'), format(b6, 'n'))
print(IPv4Address('1.2.3.4') < IPv4Address('1.2.3.5'), IPv4Address('1.2.3.4') == IPv4Address('1.2.3.4'))
print(IPv4Address('1.2.3.4') == IPv6Address('::1'), IPv4Address('1.2.3.4') != 'x')
print(hash(IPv4Address('1.2.3.4')) == hash(IPv4Address('1.2.3.4')))
print(len({IPv4Address('1.2.3.4'), IPv4Address('1.2.3.4'), IPv4Address('4.3.2.1')}))
print(sorted([ip_address('10.0.0.2'), ip_address('9.0.0.1'), ip_address('10.0.0.1')]))
print(max(IPv4Address('1.1.1.1'), IPv4Address('1.1.1.2')))
print(int(IPv6Address('::1')), bin(int(IPv4Address('0.0.0.7'))))
print(ip_address(1), ip_address(2**32), ip_address(b'\x01\x02\x03\x04'), ip_address(b'\x00' * 16))
print(ipaddress.v4_int_to_packed(1), ipaddress.v6_int_to_packed(1))
print(IPv4Address('1.2.3.4').__reduce__())
print(IPv4Address(IPv4Address('1.2.3.4')) if False else 'skip')
print(ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH)
print(IPv6Address('::ffff:1.2.3.4').ipv4_mapped, IPv6Address('::1.2.3.4').ipv4_mapped)
print(IPv4Address('1.2.3.4') in [IPv4Address('1.2.3.4')])
print(IPv6Address('fe80::1%eth0') == IPv6Address('fe80::1'), hash(IPv6Address('fe80::1%eth0')) == hash(IPv6Address('fe80::1')))
print(IPv4Address('0.0.0.0').is_private, IPv4Address('255.255.255.255').is_reserved)
for text in ['fe80::1%eth0', 'ff05::2%3']:
    a = ip_address(text)
    print(repr(a), str(a), int(a), a.compressed, a.scope_id, a.is_link_local, a.is_multicast)
    print(' ', a == IPv6Address(text), a < IPv6Address('ffff::'), IPv6Address(text.split('%')[0]) == a)
