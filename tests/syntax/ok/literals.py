0
1
123456789
1_000_000
0x1F
0XFF
0o17
0O777
0b1010
0B1_0
0x_f
9223372036854775807
9223372036854775808
123456789012345678901234567890
0xFFFFFFFFFFFFFFFFFFFF
1.0
1.
.5
1e10
1E-3
1.5e+3
1_0.5
0.0
1e400
3j
1.5j
1e3j
0j
00
0_0
09.5
'single'
"double"
'''triple single'''
"""triple double"""
'it\'s'
"say \"hi\""
"mixed ' quote"
'mixed " quote'
'both \' and "'
''
""
'a' 'b'
'a' "b" '''c'''
r'raw\n'
R"raw\d"
b'bytes'
B"bytes"
rb'raw\bytes'
BR'\x00'
Rb"x"
b'a' b'b'
'\n\t\r\\'
'\a\b\f\v'
'\0\1\12\123\777'
'\x41\x7f'
'\u00e9\u20ac'
'\U0001F600'
'\N{BULLET}'
'\q\w\e'
b'\x00\xff\n\q'
b'\0\777'
'line\
continued'
"""multi
line
string"""
'unicode é ü 日本'
'\u200b\x00\x7f'
"tab\there"
