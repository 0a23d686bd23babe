import csv
SAMPLES = [
    '\'811\'\t\'12\'\t\'name\'\t\'2j\'\n\'-7\'\t\'2j\'\t\'\'\t\'New York\'\n\'x\'\n\'164\'\t\'410\'\t\'age\'\t\'-7\'\n\'x\'\t\'487\'\t\'\'\t\'908\'\n\'462\'\t\'say "hi"\'\t\'x\'\t\'733\'\n\'613\'\t\'\'\t\'New York\'\t\'its\'\n\'abc\'\t\'x\'\t\'2j\'\t\'age\'\n\'-7\'\t\'name\'\t\'502\'\t\'-7\'\n\'2j\'\t\'age\'\t\'1e5\'\t\'2j\'\n\'\'\t\'a b\'\t\'age\'\t\'981\'\n\'3.5\'\t\'a b\'\t\'2j\'\t\'924\'\n\'a b\'\t\'say "hi"\'\t\'name\'\t\'-7\'\n\'say "hi"\'\t\'a b\'\t\'say "hi"\'\t\'25\'\n\'abc\'\t\'\'\t\'-7\'\t\'12\'\n\'762\'\t\'618\'\t\'age\'\t\'say "hi"\'',
    ', age\nabc, abc\n822, New York\n61, \n298, 776, x\n3.5, x\nNew York, x\n641, name\r\n',
    '\'2j\'xsay "hi"x-7x\'335\'\n\'38\'\n3.5x\'1e5\'x938xsay "hi"\r\n',
    '"x","x",a b\n760,12,\n"1e5",,a b\n1e5,say "hi",447\nsay "hi",3.5,age\n"its",age,"451"\n"a b",3.5,name\n2j,"abc","412"\n843,"x","3.5"\n539,"","its"\nx,"190",3.5\nage,"say ""hi""",-7\n3.5,745,"-7"\n360,"12",377\nname,"age",796\n"say ""hi""","its",12\nsay "hi",12,549\n"527",its,say "hi"\nits,2j,name\n"New York",545,"abc"\n434,3.5,12\n"501","550",\na b,"say ""hi""",name\n"303",232,"age"\n,398\n1e5,1e5,New York\n,"abc",a b\nabc\n137,"3.5",\r\n',
    '"2j"|"774"\n608|550\n"its"|411\n-7|name\n-7|x\n1e5|"abc"\n"3.5"|12\n12|"say ""hi"""\n3.5|"-7"\n3.5|807',
    '\'2j\', age, \'789\'\n1e5\n\'12\', 379, \'abc\'\n92, a b, abc\n677, its, 2j\n\'995\', its, 47\n12, 2j, \'age\'\n\'\', -7, \'987\'\n\'say "hi"\', 12, a b\n\'a b\', x, abc\n12, 1e5, -7\n3.5, 194, \'681\'\n2j, abc, \'say "hi"\'\n\'x\', \'113\', \'\'\n302, 2j, \'973\'\n2j, 1e5, \na b, \'its\', \'x\'\n\'\', its, \'name\'\n\'332\', , \'3.5\'\n1e5, say "hi", abc\nabc, 2j, x\n475, \'12\', 630\n',
    'New Yorkxnamexa bx"x"\n2jxsay "hi"x"1e5"x-7\n2jx1e5\nNew Yorkxagex3.5x\n247x3.5xx763\n"1e5"x183x"12"x"12"\n',
    'abc, , say "hi"\nabc, x, 208\n11, 788, -7\n2j, say "hi", 12\nabc, say "hi", 3.5\n1e5, say "hi", abc\n-7, its, its\n438, 1e5, 12, -7, 12\n-7, 12, 322\r\n',
    '"12"\nabc\n"a b"\n"659"\n""\n659\n"age"\n\n"1e5"\nage\n"1e5";"528";New York;421;abc\n-7\n"1e5"\n587\n2j\n3.5\n',
    'a b:age::age\n2j:say "hi":232:x\n12:x:its:say "hi"\n989:409:108:a b\nsay "hi":969:2j:-7\n3.5:12:3.5:\n3.5:New York:say "hi":x\n1e5:age:-7:939\nits:its:1e5:name\nage:991:say "hi":322\nx:1e5:age:\nage:12:age:1e5\nsay "hi":631:name:1e5\nx:812:say "hi":485\nx::249:\n160:say "hi":12:1\nx:12:age:-7\n3.5:its:873:age\nits:2j:1e5:its\n12::893:1e5\n264:2j::a b\r\n',
    '2j\na b\n2j\n-7\n893\n349\n571\n2j\nname,-7,312\nx\nits\n2j\n840\n667\n-7\nx\nits\n826\nabc\n889\nx\n-7\n\n693\nname\nname\n',
    '\'x\'\n\'2j\'\n12\nx\n\'age\'\n\'3.5\'\nage\na b\n\'638\'\n\'say "hi"\'\n785\nage\n312:\'x\'\nits\nx\n\'231\'\n\'its\'\n\'2j\':a b:New York\n\'age\'\n132\n\'456\'\n\'12\'\n\'2j\':its:\'x\'\n512\nx\na b\n1e5\n',
    '\'-7\' \'817\' \'738\' \'abc\'\n\'New York\' \'\' \'931\' \'\'\n\'New York\' \'307\' \'742\' \'a b\'\n\'527\' \'3.5\'\n\'a b\' \'a b\' \'12\' \'878\'\n\'New York\' \'x\' \'12\' \'234\'\n\'683\' \'age\' \'name\' \'a b\'\n\'abc\' \'\' \'a b\' \'824\'\n\'738\' \'2j\' \'103\' \'\'\n\'abc\' \'x\' \'a b\' \'age\'\n\'abc\' \'2j\' \'12\' \'New York\'\n\'x\' \'its\' \'x\' \'2j\'\n\'-7\' \'2j\' \'a b\' \'71\'\n\'a b\'\n\'995\' \'x\' \'age\' \'1e5\'\n\'-7\' \'New York\' \'abc\' \'762\'\n\'name\' \'abc\' \'725\' \'its\'\n\'\' \'\' \'578\' \'a b\'\n\'\' \'abc\' \'New York\' \'say "hi"\'\n\'297\' \'name\' \'say "hi"\' \'say "hi"\'\n\'2j\' \'2j\' \'New York\' \'x\'\n',
    '\'12\' \'196\' \'x\'\n\'its\' \'12\' \'2j\'\n\'a b\' \'61\' \'140\'\n\'age\' \'New York\' \'12\'\n\'3.5\' \'say "hi"\' \'1e5\'\n\'name\' \'abc\' \'12\'\n\'name\' \'743\' \'its\'\n\'New York\' \'639\' \'New York\'',
    '\'61\'\n\'say "hi"\'\n\'a b\'\n\'12\'\n\'New York\' \'its\' \'a b\'\n\'its\'\n\'New York\'\n\'888\'\n\'1e5\'\n\'3.5\'\n\'12\'\n\'3.5\'',
    'a b|say "hi"\nits|New York\n2j|610\n226|3.5\nx|805\n-7|3.5\nx|x\n208|a b\nsay "hi"|\n-7|New York\n2j|1e5\nabc|a b\nNew York|590\n453|x\nname|3.5\r\n',
    'age:2j:1e5\n2j:710\n589:name\nabc:1e5\n485:12\n947\nname:12\nage:\n12:12\n757:say "hi":815:age\n1e5:\n373:abc\nsay "hi":a b\nx:550:882\n12:\nabc:New York\n:age\n416:say "hi":a b\nabc:776\n187:a b\nname:65\n-7:x\n979:3.5:1e5:224\n71:12\nsay "hi":a b\nNew York:-7\n2j:2j\nits:New York\n',
    '1e5;abc\nage;name\n144;2j\n653;its\na b;138\nx;New York\n3.5;785\nNew York;name\n602;abc\nits;\nage;1e5\n72;3.5\nage;880\n-7\nabc;age\n;-7\nits;abc\nits;1e5\n12;New York\n2j;age\nx;1e5\n2j;x\n;266\nits;age\n3.5',
    '\'say "hi"\'\n\n\'age\', 575, 995\n\'a b\'\n\'2j\'\nname\nsay "hi"\n\'1e5\'\nNew York\n\'1e5\', \'name\', 1e5, \'1e5\', x\n\'593\', \'2j\', \'say "hi"\', \'its\'\n1e5\nsay "hi"\n12\n\'New York\'\n989\n\'12\'\n\'12\'\n\'age\'\n\'3.5\'\n\'926\'\r\n',
    '426\n50\n133\n104\nits\n116\na b\n-7\na b\nNew York\nx\n399\n-7\n46\n224\n1e5\nx\nsay "hi"\n450\nname\n3.5\n\nx\nage\n974',
    '2jx\'say "hi"\'\n\'1e5\'x\n\'abc\'x1e5\n\'x\'x797\nx\'\'\na bx\nabcx\'144\'\n-7x\n2jx\'824\'\n\'x\'xNew York\nNew Yorkx\'3.5\'x842x625xabc\n\'\'x\'age\'\nNew Yorkx\'567\'\nitsxage\na bx\'its\'\n\'1e5\'xnamex3.5\n3.5x\'a b\'\n\'918\'x-7\n\'x\'x2j\nagexsay "hi"\nNew Yorkxname\n-7\nNew Yorkx\'2j\'\nNew Yorkx534\n\'x\'',
    'x,2j,2j,-7\nabc,2j,,its\n854,360,a b,3.5,1e5\nx,12,say "hi",a b\nsay "hi",12,2j,390\nage,1e5,,a b\n70,729,566,a b\n2j,its,3.5,781\n620,a b,name,3.5\nname,age,x,755\n825,age,name,x\n-7,-7,x,706\nits,161,657,abc\nname,,name,say "hi"\n12,age,12,712\n3.5,3.5,341,1e5\n-7,name,3.5,a b\n223,age,86,name\n3.5,13,1e5,say "hi"\nx,2j,2j,397\n',
    '2jxabcx2jx2j\n\'396\'x\'abc\'x\'abc\'xage\n\'12\'x24x723x3.5\na bx2jx\'name\'x-7\nNew Yorkxagex\'say "hi"\'x\n\'1e5\'x\'675\'xnamexNew York\nsay "hi"x17x905x12\n991x-7x324x\'1e5\'\n-7x\'1e5\'x12x455\n\'its\'xsay "hi"x2jxNew York\nNew Yorkxitsxxsay "hi"\nagexagex\'3.5\'xabc\nx2jx\'name\'x1e5\n\'x\'x359xagex510\n260x\'say "hi"\'x\'-7\'x\'x\'\n\'its\'x963x\'206\'xname\n727xabcx1e5x163\n2jx\'338\'x\'New York\'x2j\r\n',
    '"name":12:-7\n"1e5":707:\nx:"884":787\n954:781:say "hi"\n"New York":"198":"say ""hi"""\nname:its\n"201":"x":abc\n"3.5":12:"1e5"\n"2j"::902\nNew York:"2j":"-7"\n:1e5:34\n-7:x:160\n12:218:age\n"1e5"::937\nname:its:"930"\n865:38:say "hi"\n"2":age:name\n89:3.5:abc\n"1e5":"age":name\n"":"1e5":x\n:609:its\n367:a b:284\n149:3.5:name\n-7:"age":1e5\nits:2j:"389"\nNew York:"-7":"New York"\n288:2j:1e5\n"its":"a b":"abc"\nsay "hi":"a b":""\n',
    '"abc", "880", "a b", x\nabc, , "196", 3.5\nabc, name, "-7", "age"\n',
    '"867"\t"x"\t"3.5"\t"New York"\n"abc"\t"x"\t"x"\t""\n"a b"\t"916"\t"81"\t"say ""hi"""\n"292"\t"say ""hi"""\t""\t"say ""hi"""\n"1e5"\t"950"\t"143"\t"New York"\n"109"\t"age"\t"x"\t"x"\n"New York"\t"262"\t"name"\t"x"\n"405"\t"its"\t"254"\t"371"\n""\t"a b"\t"2j"\t"New York"\n"945"\t"say ""hi"""\t""\t"abc"\n"928"\t"171"\t"age"\t"1e5"\n"487"\t"name"\t""\t"-7"\n"833"\t"abc"\t"its"\t"12"\n"x"\t"say ""hi"""\t"2j"\t"its"\n"age"\t"New York"\t"1e5"\t"a b"\n"New York"\n"its"\t"807"\t"12"\t"New York"\n"383"\t"abc"\t"1e5"\t"name"\n"abc"\t"x"\t"416"\t"2j"\n"a b"\t"-7"\n"-7"\t"-7"\t"1e5"\t"its"\n"12"\t"1e5"\t"96"\t"age"\n"say ""hi"""\t"age"\t"300"\t"-7"\n"New York"\t"794"\t"x"\n"787"\t"abc"\t""\t""\n"1e5"\t"1e5"\t""\t"3.5"\n"age"\t"-7"\t""\t""\n"abc"\t"907"\t"1e5"\t"12"\n"727"\t"New York"\t"x"\t"age"',
    '3.5, "name", -7, \nits, -7, its, New York\n"3.5", say "hi", 12, "2j"\nabc, 277, 811, name\na b, a b, -7, 866\nage, New York, 1e5, -7\r\n',
    '1e5\nx',
    '"x"',
    '\'2j\' \'1e5\' \'age\' \'x\'\n\'12\' \'a b\' \'2j\' \'a b\'\n\'12\' \'933\' \'New York\' \'-7\'\n\'12\' \'2j\' \'its\' \'its\'\n\'500\' \'766\' \'-7\' \'36\'\n\'x\' \'786\' \'20\' \'New York\'\n\'302\' \'110\' \'say "hi"\' \'say "hi"\'\n\'23\' \'804\' \'its\' \'280\'\n\'103\' \'abc\' \'name\' \'142\'\n\'-7\' \'name\' \'\' \'82\'\n\'New York\' \'906\' \'its\' \'age\'\n\'2j\' \'its\' \'974\' \'-7\'\n\'200\' \'3.5\' \'age\' \'age\'\n\'age\' \'age\' \'727\' \'age\'\n\'-7\' \'1e5\' \'say "hi"\' \'\'\n\'its\' \'903\' \'366\' \'1e5\' \'1e5\'\n\'291\' \'540\' \'its\' \'\'\n\'234\' \'964\' \'1e5\' \'1e5\'\n\'age\' \'293\' \'\' \'say "hi"\'\n\'2j\' \'New York\' \'New York\' \'abc\'\n\'363\' \'449\' \'1e5\' \'439\'\n\'2j\' \'a b\' \'1e5\' \'New York\'\n\'1e5\' \'12\' \'x\' \'say "hi"\' \'707\'\n\'name\' \'-7\' \'New York\' \'name\'\n\'1e5\' \'224\' \'its\' \'a b\'\n\'a b\' \'New York\' \'724\' \'306\'\n\'name\' \'-7\' \'its\' \'name\'\n\'say "hi"\' \'12\' \'say "hi"\' \'say "hi"\'\n\'224\' \'1e5\' \'abc\' \'\'\r\n',
    'abc\n-7 say "hi" name 12\nNew York\nage 936 name 362\nx 842 name 2j\n2j 3.5 say "hi" abc\nx say "hi" say "hi" -7\n366 say "hi" 2j age\n-7 3.5 name 495\n 3.5 a b New York\n264 648 562 84\nabc age 2j \n659 968  30\nsay "hi" name 323 12\n1e5 988 970 2j\n3.5 991 abc say "hi"\n3.5 722 age -7\n1e5 2j 1e5 a b\nage a b\n2j 12  5\n-7 New York New York name\nx 1e5 602 x\nname say "hi" 9 its\n925 1e5 885 \r\n',
    '|12|12|name\n503|its|say "hi"|12\n915|-7|name|2j\n1e5|New York|2j|\n|age|34|x\r\n',
    '"say ""hi""",its,age,"2j"\n250,name,abc,New York\n2j,-7,,name\n1e5,3.5,"its",name\r\n',
    '\'1e5\' \'New York\' \'2j\' \'3.5\'\n\'its\' \'157\' \'x\'\n\'425\' \'150\' \'172\' \'3.5\'\n\'a b\' \'its\' \'3.5\' \'12\'\n\'say "hi"\' \'a b\' \'92\' \'say "hi"\'\n\'name\' \'3.5\' \'abc\' \'a b\'\n\'its\' \'12\' \'name\' \'age\'\n\'abc\' \'x\' \'658\' \'89\'\n\'abc\' \'its\' \'age\' \'12\'\n\'948\' \'-7\' \'name\' \'New York\'\n\'name\' \'1e5\' \'13\' \'name\'\n\'681\' \'748\' \'781\' \'say "hi"\'\n\'x\' \'New York\' \'756\' \'904\' \'\'\n\'337\' \'say "hi"\' \'1e5\' \'-7\'\n\'its\' \'3.5\' \'1e5\' \'12\'',
    '"3.5","its"\n,"303"\nage,abc\n,3.5\n"256","x"\n"say ""hi""",say "hi"\nage,"486"\n',
    'age\t12\t-7\n1e5\tNew York\t12\n1e5\t2j\t\n867\tNew York\t12\n3.5\t-7\t600\nname\tname\tx\n2j\t1e5\tNew York\n\tage\ta b\nage\t254\tits\nx\t\tsay "hi"\n1e5\t447\t\nits\t\tx\nsay "hi"\tx\tits\nname\ta b\tabc\nabc\t991\t-7\nsay "hi"\t3.5\tname\n12\tname\t-7\n292\tx\tage\n',
    'abc|say "hi"\nabc\nx|age\nabc|age\n818|a b|2j|739|2j\n308|469\n160|name\n12|name\nsay "hi"|1e5\nx|1e5\n499|3.5\n376|a b\n-7|502\nx|985\n443|850\nname|-7\n-7|age\na b|its\n791|its\nsay "hi"|abc\n432|3.5\nage|New York\nNew York|375\nsay "hi"|216\n868|a b\nabc|a b\n321|name\n3.5|3.5\nNew York|102',
    '2j,say "hi"\nname,12\nNew York,\'245\'\n1e5,981\n\'1e5\',name\n,-7\n470,\nage,2j\nname,New York\n\'say "hi"\',2j\n\'1e5\',\'name\'\n3.5,1e5,\'New York\'\n1e5,926\nabc,\'2j\'\nits,2j\n889,New York\n,92\n1e5,\'x\'\nx,3.5\n\'883\',\'265\'\n\'name\',44\n3.5,age\nNew York,1e5\r\n',
    '2j,\'1e5\',name,-7\nname,\'name\',\'209\',New York\n1e5,3.5,\'2j\',12\na b,\'age\',\'1e5\',its\n\'say "hi"\',name,\'661\',654\n3.5,\'293\',\'x\',x\n\'923\',say "hi",\'989\',New York\n1e5,\'a b\',say "hi",abc\n39,198,\'its\',2j,378\n3.5,abc,a b,12\n\'1e5\',abc,New York,\'432\'\n',
    "its, 'x', -7, 'x'\n, 3.5, 'a b', 714",
    '\'say "hi"\'\t\'\'\t\'351\'\t\'227\'\n\'abc\'\t\'1e5\'\t\'x\'\t\'125\'\n\'say "hi"\'\t\'3.5\'\t\'361\'\t\'say "hi"\'\n\'its\'\t\'a b\'\t\'age\'\t\'abc\'\n\'say "hi"\'\t\'3.5\'\t\'a b\'\t\'say "hi"\'\n\'\'\t\'-7\'\t\'1e5\'\t\'948\'\n\'New York\'\t\'name\'\t\'\'\t\'483\'\n\'New York\'\t\'817\'\t\'769\'\t\'a b\'\r\n',
    'New York, 1e5\na b, 475\n1e5, say "hi"\n, 1e5\nNew York, its\na b, 847\nx, 1e5\n12, a b\n548, 12\nname, -7\n-7, abc\nname, age\n12, say "hi"\n12, \nits, 906\n3.5, its\nsay "hi", age\n2j, ',
    '\'1e5\'xits\n\'age\'xage\n\'402\'xsay "hi"\n800x\'3.5\'\nabcx12\n803x\'New York\'\n\'789\'xage\n\'-7\'xage\n\'say "hi"\'x\'950\'\na bx\'1e5\'\n\'say "hi"\'xname\nitsx\'-7\'\n\'12\'xabc\n3.5x945\n\'\'xNew York\n12x756\n\'1e5\'x\'228\'\nxa b\nitsx\'654\'\n\'say "hi"\'xsay "hi"\n2jxsay "hi"\n275x114\n\'its\'x2j\n68xa b\n\'-7\'x\'age\'x\'833\'x\'New York\'x330\n58x\'617\'\n\'500\'\r\n',
    '\'a b\'\t\'1e5\'\t\'152\'\n\'abc\'\t\'-7\'\t\'74\'\n\'a b\'\t\'its\'\t\'286\'\n\'a b\'\t\'12\'\t\'a b\'\n\'its\'\t\'923\'\t\'x\'\n\'320\'\t\'a b\'\t\'795\'\n\'a b\'\t\'3.5\'\t\'name\'\n\'12\'\t\'age\'\n\'a b\'\t\'say "hi"\'\t\'879\'\n\'a b\'\t\'743\'\t\'New York\'\n\'say "hi"\'\t\'2j\'\t\'x\'\n\'New York\'\t\'New York\'\t\'say "hi"\'\n\'abc\'\t\'abc\'\t\'146\'\n\'12\'\t\'x\'\t\'a b\'\n\'509\'\t\'1e5\'\t\'age\'\n\'269\'\t\'\'\t\'954\'\n\'x\'\t\'340\'\t\'abc\'\n\'its\'\t\'its\'\t\'2j\'\n\'\'\t\'name\'\t\'451\'\n\'\'\t\'12\'\t\'New York\'\n\'abc\'\t\'838\'\t\'3.5\'\n\'age\'\t\'2j\'\t\'936\'\n\'a b\'\t\'1e5\'\t\'\'\n\'its\'\t\'-7\'\t\'2j\'\n',
    "'name', '584'\nx, 'abc'\nNew York, ''\nabc, 'a b'\n, 12\n341, '606'\n3.5\n'3.5', 12\n-7, name\n3.5, a b\nabc, a b\n2j, 12\n'name', '-7', 'age'\nx, ",
    'x|age\nname\nits\n\n1e5\n287|850\nabc\nage\nx|2j\nNew York\n565\n594\n726\n-7\n1e5\nsay "hi"\nabc\r\n',
    '"a b" "3.5"\n"say ""hi""" "69"\n"2j" "say ""hi"""\n"its" "707"\n"1e5" "its"\n"514" "New York"\n"817" "New York"\n"1e5" "say ""hi"""\n"873" "its"\n"New York" "1e5"\n"say ""hi""" "2j"\n"12" "abc"\n"New York" "3.5"\n"624" "2j"',
    '\'say "hi"\' \'abc\' \'1e5\'\n\'443\' \'12\'\n\'-7\' \'690\' \'name\'\n\'594\' \'a b\' \'age\'\n\'its\' \'say "hi"\' \'a b\'\n\'2j\' \'a b\' \'name\'\n',
    '2jx\'2j\'\n\'a b\'xname\n435xabc\n118xage\na bxitsxa bxitsx\'say "hi"\'\nnamexNew York\nitsxname\nabcx3.5\nabcx3.5\na bxage\n\'2j\'x\'its\'\n2jx12\n\'say "hi"\'x\nsay "hi"x\n\'673\'x\'1e5\'\nagex870\n\'2j\'x601\n877x956\nagexNew York\nxa b\n436x\'say "hi"\'\n3.5x\'12\'\n860x2j\nNew Yorkx\'-7\'\n113x\n\'New York\'x\'-7\'\n\'x\'x36\n',
    '959 name a b its New York\nage abc\n1e5 \nname 3.5\n866\n233 502\n711 abc\n3.5 1e5\n1e5 -7\n187 363\n 1e5',
    '',
    'a',
    '"a"\n"b"\n',
    'a,b\n',
    '\n\n',
    'a;b;c\n1;2;3\n4;5\n',
    "'x' 'y'\n'z' 'w'\n",
]
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)
def describe(d):
    return (d.__name__, d._name, d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.lineterminator, d.quoting, issubclass(d, csv.Dialect))
sn = csv.Sniffer()
for s in SAMPLES:
    print(show(lambda: describe(sn.sniff(s))), show(lambda: describe(sn.sniff(s, delimiters=';:'))), show(lambda: sn.has_header(s)))
print(sn.preferred, csv.__all__)
