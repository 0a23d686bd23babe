# format() of Decimals over a grid of values, specifications and rounding modes.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_CEILING
vals = ['0', '-0', '0.000', '1', '-1', '1.5', '2.5', '-2.5', '0.05', '0.005', '123456789', '1234567.891',
        '-0.0001234', '1e10', '1E-10', '9.999', '99.95', '0.00000012345', '1.000', '-987654321.123456789',
        '5e-7', '1.5e3', '12345678901234567890.5', '0.1', '-0.5', '999999.5']
specs = ['', ',', ',.2f', '.2f', '.0f', '.1f', 'f', 'F', '.3e', 'e', 'E', '.0e', '.3g', 'g', 'G', '.0g', '.1%', '%',
         '>12.3e', '<10', '^15,.2f', '010.4', '010', '+.2f', ' .2f', '-.1f', 'z.1f', 'z.0f', '#.0f', '#.0e', '#g', '012,.2f',
         '*^20,.3f', '=+15.2f', '020,.1f', '.10', '.2n', 'n', '015,', '0=12,']
out = []
for mode in (None, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_CEILING):
    with localcontext() as ctx:
        if mode: ctx.rounding = mode
        for v in vals:
            d = Decimal(v)
            row = []
            for sp in specs:
                try:
                    row.append(format(d, sp))
                except Exception as e:
                    row.append(type(e).__name__ + str(e))
            out.append('|'.join(row))
print(len(out))
print('\n'.join(out))
