# locale.normalize: locale names as the C library spells them, through the alias
# tables; unknown names come back unchanged.
import locale

names = [
    'C', 'c', 'POSIX', 'C.UTF-8', 'c.utf8', 'en_US', 'en_US.utf8', 'en_US.UTF-8',
    'en_us.ISO-8859-1', 'en_US.iso88591', 'de_DE', 'de_DE@euro', 'de_DE.UTF-8@euro',
    'de_DE.ISO8859-1@euro', 'fr_FR.latin1', 'fr', 'english', 'german', 'ja_JP.eucjp',
    'ja_JP.sjis', 'zh_CN.gb2312', 'ru_RU.koi8r', 'ru_RU.cp1251', 'sr_RS@latin',
    'sr_RS.UTF-8@latin', 'ca_ES@valencia', 'ca_ES.utf8@valencia', 'uz_UZ@cyrillic',
    'en_US.utf-16', 'en_US.latin_9', 'pt_BR:utf8', 'xx_YY', 'xx_YY.utf8', '', 'no_such',
    'tt_RU@iqtelif', 'en_IN', 'en_US.ascii', 'hy_AM.armscii8', 'de_AT@euro',
    'en_GB.ISO8859-15@euro', 'nl_NL.cp1252@euro', 'EN_us.Utf-8', 'de_DE.utf8@foo',
]
for name in names:
    print(repr(name), '->', repr(locale.normalize(name)))
print('normalize' in locale.__all__)
