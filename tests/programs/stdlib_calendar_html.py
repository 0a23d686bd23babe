# calendar.HTMLCalendar: HTML tables for months and years.
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2), end='')
print(h.formatmonth(2023, 7, withyear=False), end='')
print(h.formatday(0, 3), h.formatday(15, 6), h.formatweekday(2), h.formatweekheader())
print(h.formatmonthname(2025, 12), h.formatmonthname(2025, 12, False))
print(h.formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)]))
print(h.formatyear(2024, 4))
print(h.formatyear(2021, 0)[:300])
print(h.formatyearpage(2024, 6)[:400])
print(h.formatyearpage(2024, css=None, encoding='ascii')[-120:])
print(len(h.formatyearpage(2000)))


class MyHTML(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
    cssclass_month = 'm'


s = MyHTML(calendar.SUNDAY)
print(s.formatmonth(2024, 9), end='')
print(calendar.HTMLCalendar.cssclasses_weekday_head, calendar.HTMLCalendar.cssclass_year)
