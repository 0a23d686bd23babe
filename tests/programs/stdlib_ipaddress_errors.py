import ipaddress
from ipaddress import IPv4Address, IPv6Address, IPv4Network, IPv6Network, IPv4Interface

def show(fn, *args, **kw):
    try:
        print(repr(fn(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for text in ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.a', '1.2.3.0001', '1.2.3.01',
             '1..2.3', '1.2.3.4/24', ' 1.2.3.4', '1.2.3.-1', '1.2.3.+1', '1.2.3.４', '1.2.3.4 ']:
    show(IPv4Address, text)
for text in ['', ':', '1:2', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:',
             '1:2:3:4:5:6:7::8', '12345::', 'g::', '1:2:3:4:5:6:7', '::1.2.3', '::1.2.3.400',
             '1:2:3:4:5:6:7:8:1.2.3.4', '::1/64', 'fe80::1%', 'fe80::1%a%b', ':::',
             '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '1.2.3.4::', '::1.2.3.4:1']:
    show(IPv6Address, text)
for value in [-1, 2**32, 1.5, b'\x01\x02', '1', None]:
    show(IPv4Address, value)
for value in [-1, 2**128, b'\x01\x02']:
    show(IPv6Address, value)
for text in ['foo', '1.2.3.4.5', ':::', '']:
    show(ipaddress.ip_address, text)
    show(ipaddress.ip_network, text)
    show(ipaddress.ip_interface, text)
show(ipaddress.ip_address, -1)
show(ipaddress.ip_network, 2**129)
for text in ['1.2.3.4/33', '1.2.3.4/-1', '1.2.3.4/a', '1.2.3.0/255.0.255.0', '1.2.3.0/24/1',
             '1.2.3.4/24', '1.2.3.0/0.0.0.255', '10.0.0.0/255.0.0.0', '1.2.3.0/ 24',
             '1.2.3.0/024', '1.2.3.0/', '10.0.0.0/0.255.255.255', '300.1.1.1/8']:
    show(IPv4Network, text)
for text in ['::/129', '::1/64', '::/a', '2001:db8::/32', '::/ffff::', 'x::/3', '::/']:
    show(IPv6Network, text)
show(IPv4Network, ('1.2.3.0', 24))
show(IPv4Network, ('1.2.3.4', 24))
show(IPv4Network, ('1.2.3.4', 24), strict=False)
show(IPv4Network, ('1.2.3.0', '255.255.255.0'))
show(IPv4Network, (16909056, 24))
show(IPv4Network, ('1.2.3.0', 24, 3))
show(IPv4Interface, '1.2.3.4/33')
show(lambda: list(ipaddress.summarize_address_range(IPv4Address('1.1.1.1'), IPv6Address('::1'))))
show(lambda: list(ipaddress.summarize_address_range(IPv4Address('1.1.1.2'), IPv4Address('1.1.1.1'))))
show(lambda: list(ipaddress.summarize_address_range('1.1.1.1', '1.1.1.2')))
show(lambda: list(ipaddress.summarize_address_range(IPv4Network('1.1.1.0/24'), IPv4Address('1.1.1.2'))))
show(lambda: ipaddress.v4_int_to_packed(2**32))
show(lambda: ipaddress.v6_int_to_packed(-1))
show(lambda: list(IPv4Network('1.0.0.0/8').subnets(prefixlen_diff=-1)))
show(lambda: IPv4Network('1.0.0.0/8').compare_networks(IPv6Network('::/8')))
show(lambda: IPv4Network('1.0.0.0/8').subnet_of(IPv4Address('1.0.0.0')))
show(lambda: list(IPv4Network('1.0.0.0/8').address_exclude(IPv4Address('1.0.0.0'))))
for spec in ['', 's', '>20s', 'b', '#b', 'x', '#x', 'X', '#_X', '_b', 'n', '#n', 'd', '>12', 'Xs', '#', '_']:
    show(format, IPv4Address('10.20.30.40'), spec)
    show(format, IPv6Address('2001:db8::ff'), spec)
show(ipaddress.IPv6Address('2001:db8::1').__format__, 'x')
show(ipaddress.collapse_addresses, [IPv4Address('1.1.1.1'), IPv6Address('::1')])
show(lambda: list(ipaddress.collapse_addresses([IPv4Address('1.1.1.1'), IPv6Address('::1')])))
show(lambda: list(ipaddress.collapse_addresses([IPv4Network('1.1.1.0/24'), IPv6Network('::/64')])))
show(lambda: IPv4Address('1.1.1.1') < IPv6Address('::1'))
show(lambda: IPv4Address('1.1.1.1') < 5)
show(lambda: IPv4Address('1.1.1.1') + 'x')
show(lambda: IPv4Address('255.255.255.255') + 1)
show(lambda: IPv4Address('0.0.0.0') - 1)
show(lambda: IPv4Network('1.0.0.0/8') < IPv6Network('::/8'))
show(lambda: IPv4Network('1.0.0.0/8').overlaps(IPv6Network('::/8')))
show(lambda: IPv4Network('1.0.0.0/8').subnet_of(IPv6Network('::/8')))
show(lambda: list(IPv4Network('1.0.0.0/8').address_exclude(IPv4Network('2.0.0.0/8'))))
show(lambda: list(IPv4Network('1.0.0.0/8').address_exclude(IPv6Network('::/8'))))
show(lambda: list(IPv4Network('1.0.0.0/8').subnets(prefixlen_diff=25)))
show(lambda: list(IPv4Network('1.0.0.0/8').subnets(new_prefix=4)))
show(lambda: list(IPv4Network('1.0.0.0/8').subnets(prefixlen_diff=1, new_prefix=9)))
show(lambda: IPv4Network('1.0.0.0/8').supernet(prefixlen_diff=9))
show(lambda: IPv4Network('1.0.0.0/8').supernet(new_prefix=9))
show(lambda: IPv4Network('1.0.0.0/8').supernet(new_prefix=7, prefixlen_diff=1))
show(lambda: IPv4Network('1.0.0.0/8')[2**24])
show(lambda: IPv4Network('1.0.0.0/8')[-2**24 - 1])
show(lambda: IPv4Network('1.0.0.0/8')[-1])
show(lambda: ipaddress.get_mixed_type_key(5))
show(lambda: 'x' in IPv4Network('1.0.0.0/8'))
show(lambda: IPv6Address('::1') in IPv4Network('1.0.0.0/8'))
show(lambda: IPv4Network('1.0.0.0/8') in IPv4Network('1.0.0.0/8'))
print(issubclass(ipaddress.AddressValueError, ValueError), issubclass(ipaddress.NetmaskValueError, ValueError))
