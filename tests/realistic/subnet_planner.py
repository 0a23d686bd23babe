"""Plan subnets for departments inside an address block with ipaddress."""
import ipaddress
from math import ceil, log2

DEPARTMENTS = [("engineering", 120), ("sales", 50), ("support", 28), ("guests", 200),
               ("printers", 10), ("management", 5)]


def prefix_for(hosts):
    bits = max(2, ceil(log2(hosts + 2)))
    return 32 - bits


def allocate(block, needs):
    free = [ipaddress.ip_network(block)]
    plan = {}
    for name, hosts in sorted(needs, key=lambda d: (-d[1], d[0])):
        want = prefix_for(hosts)
        free.sort(key=lambda n: (n.prefixlen, int(n.network_address)), reverse=True)
        for i, net in enumerate(free):
            if net.prefixlen <= want:
                chosen = next(net.subnets(new_prefix=want))
                plan[name] = chosen
                del free[i]
                free.extend(net.address_exclude(chosen))
                break
        else:
            raise ValueError(f"no room for {name} ({hosts} hosts)")
    return plan, sorted(free)


if __name__ == "__main__":
    plan, free = allocate("10.20.0.0/22", DEPARTMENTS)
    for name, net in sorted(plan.items(), key=lambda kv: kv[1]):
        hosts = list(net.hosts())
        print(f"{name:<11} {str(net):<17} mask {net.netmask} usable {net.num_addresses - 2:>3}"
              f" {hosts[0]} - {hosts[-1]} bcast {net.broadcast_address}")
    print("free:", [str(n) for n in ipaddress.collapse_addresses(free)])
    try:
        allocate("192.168.1.0/25", DEPARTMENTS)
    except ValueError as e:
        print("error:", e)
    addr = ipaddress.ip_address("10.20.1.77")
    owner = [n for n, net in plan.items() if addr in net]
    print(addr, "belongs to", owner, addr.is_private, int(addr), addr + 3)
    for text in ["192.168.0.1", "8.8.8.8", "127.0.0.1", "169.254.3.3", "::1", "2001:db8::1"]:
        a = ipaddress.ip_address(text)
        print(f"{text:<12} v{a.version} private={a.is_private} loopback={a.is_loopback}"
              f" global={a.is_global} reverse={a.reverse_pointer}")
    iface = ipaddress.ip_interface("10.20.2.130/25")
    print(iface.network, iface.ip, iface.with_prefixlen, iface.with_netmask)
    nets = [ipaddress.ip_network(n) for n in ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/23", "10.0.4.0/24"]]
    print([str(n) for n in ipaddress.collapse_addresses(nets)])
    print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.5"),
                                                 ipaddress.ip_address("10.0.0.20"))))
    for bad in ["10.0.0.256", "10.0.0.0/33", "10.0.0.1/24"]:
        try:
            ipaddress.ip_network(bad)
        except ValueError as e:
            print(type(e).__name__, e)
