import textwrap
TEXTS = ['\x0b"²b---\ré-_&\xa0\rx2\ra\tword. x-ß-----aa\t\t--,? \t  ', 'x!b&word--\x0bß\'!a\'ß!"!\xa0? \xa0\xa0 é\x0bb"yybword&xa--Z  _\r---"٣"²\x0b---2&,Zab-cd1\t\'٣&-', '.1!?! 1-!\xa0-é1yyZ\r"\x0b---word-', "Z\u2003'", '\t--word2-ab-cd&-éword,-----²---\u2003?\xa0.,\xa0yy-_x \u2003\' 1\u2003.٣٣&ß"Z!&.\u2003\x0b,\' a\xa0\x0b?.', ',٣""."word" --&\'²-²- &\xa0,1word-²word!.b ', '-- \n Z\xa0\n-é-', '? \xa0 Zword---', 'xß\t\r&a"yy.word_&Z!2,٣\',"-word', '&-----x\xa0 -1"ax2?-?xab-cdab-cd\n\u2003,\xa0xx-', '\x0b!\u2003\x0bwordb?!\u2003,-\xa0b_--\r,Z-yya\xa0.\r\xa0Z\r\u2003.-,,\u2003\xa0²_b-', ',\',²b---"&-Za\x0b---2 aab-cdab-cd\xa0', "x\xa0yy ,---ß!aab-cd,\xa0!--\xa0\u2003'-ab-cdéß\n.1ßb'ab-cdßyy\u2003é__\n_-,---  word-ß\tZ2xß.é_", 'yy-aab-cd1?\u2003\u2003"&é-,-٣,\n\x0bß\r\x0b,²-\r&---x -b\'1Z1_٣---\rx---\xa0?2²bx', '-ab-cd\n', '_1\u2003\t-x"\r,\'"xx-",ab-cd&²Z\t yyß2ZZ   Z\u2003\xa0"aab-cd\xa0!ab-cd?------2 --ß', 'x\xa0-\x0b_.-,\rZ\xa0Z"&?éb---\xa0-_?,', '\r-Z b\n1yy&! ---&,ß----\r \tZab-cd.a---é--word-', 'Z²', '"2ß\r\u20031\xa0é\ré\u2003yyéé\x0bword--!éZ  ٣yy \n1?21-ß\tb--"', 'ab-cdx²-a!--\n_-!\xa01\x0byy?--1\xa0\r1ab-cd\r.é\u2003\ré ,', '&2ßword?xa,-b---béab-cd.2x-?ß!--\x0b\u2003?,Zßbb_é-"ab-cd\x0bb\n²ab-cd-& \'"a--2.²----', 'ab-cdab-cd_\'?--\n---ab-cd---é-\xa0\u2003a2-wordé\taZ\r\xa0"yy---\t . !²"\r&"\ré\u2003yy"--\r\u2003x', '2-', '2, ?\xa0\xa01 xa2٣ xb?b!٣x٣\xa0yy--é']
DEDENTS = [' \n\tx\n  \t\na\tb\n  \n', '\t\t\t\n   \n\t\t', '\t\r\n\t\t', ' \r\ny z\n\t\n\t\tx\n\t\ta\tb\n', '\n y z\n a\tb', '\t\tx\n\t\t\nx\n', '\n', '  x\n \n \n \ta\tb\n', '', ' y z\n     \n', ' \t\n x\n\t\tx\n', ' \t', ' \n\t\ty z\n  y z\n  \r\n \tx', '\r\n  a\tb\n a\tb', ' \t\r\n\t\t\n  \r\n\t\t ', '', '', '  a\tb\n', '\n', '    a\tb\n\t\r\n', 'y z\n     \n y z\n', ' \t\n \t\n \t\n \t\n', ' \t\r\n\t\n', '   ', 'x\n']
opts = [{}, {'break_on_hyphens': False}, {'break_long_words': False}, {'drop_whitespace': False}, {'replace_whitespace': False, 'expand_tabs': False},
        {'fix_sentence_endings': True}, {'initial_indent': '> ', 'subsequent_indent': '  '}, {'max_lines': 2, 'placeholder': '..'}, {'max_lines': 1},
        {'tabsize': 3, 'break_on_hyphens': 1}, {'max_lines': 3, 'drop_whitespace': False, 'break_long_words': False}]
for t in TEXTS:
    for w in (1, 7, 20):
        for o in opts:
            if 'initial_indent' in o and w < 3: continue
            try:
                r = textwrap.wrap(t, w, **o)
            except ValueError as e:
                r = 'VE %s' % e
            print(w, r)
    try:
        print(repr(textwrap.shorten(t, 15)))
    except ValueError as e:
        print('VE', e)
for d in DEDENTS:
    print(repr(textwrap.dedent(d)), repr(textwrap.indent(d, '+')), repr(textwrap.indent(d, '> ', lambda l: True)))
