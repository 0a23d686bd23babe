# strftime in the C locale lays out every directive glibc knows, with its flags (`-`
# no padding, `_` spaces, `0` zeros, `^` upper case, `#` swapped case), a width and
# the E / O modifiers; datetime's strftime hands them on after its own %f, %z, %Z.
import datetime
import time

moment = (2023, 1, 2, 5, 4, 5, 0, 2, 0)
for fmt in ["%D %F %T %R %r", "%C %g %G %k %l %P %n%t|", "%-d %-m %-H %-I %-j %_d %_H %0e",
            "%^a %^B %#a %#B %#p %^P", "%10A|%-10A|%010d|%_5Y|%3C|%-5d|%05a",
            "%Ey %Od %OH %Ec %EC %Ob %Ea %Oa %ED %Ox %EQ", "%Q %5Q %-Q %"]:
    print(repr(fmt), repr(time.strftime(fmt, moment)))
print(time.strftime("%Y|%C|%y|%6Y|%F", (999, 3, 4, 0, 0, 0, 3, 63, 0)))

d = datetime.datetime(2024, 7, 4, 15, 30, 9, 1234)
print(d.strftime("%A, %-d %B %Y at %-I:%M %p"), d.strftime("%D %T.%f %%f %e"))
print(d.strftime("%^a %_m/%-d %k:%M %Ey"), datetime.date(2024, 7, 4).strftime("%F %R %r %-j"))
print(datetime.time(9, 5, 7, 42).strftime("%-H:%M:%S.%f %P %T"), f"{d:%d %b %Y %H:%M}")
aware = d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=-5), "EST%"))
print(aware.strftime("%Y-%m-%d %H:%M %z %Z %%z"), aware.isoformat())
print(datetime.date(5, 6, 7).strftime("%Y %C %y %G %x"))
print(datetime.date(1, 1, 1).ctime(), datetime.datetime(999, 12, 31, 23, 59, 1).ctime(), d.ctime())
