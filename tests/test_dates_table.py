"""Hand-written TIMEX3 cases for the built-in temporal tagger (after the TimeML TIMEX3 guidelines).

Each case: a sentence, the expression in it, the reference (publication) day, the expected
TIMEX3 value and type. The sentence carries the tense context ("will visit", "visited").
"""

from __future__ import annotations

import datetime as dt

import pytest

from newskit.extractors.dates import tag
from newskit.models import DateKind, DateMention, Granularity

THU = dt.date(2023, 2, 23)  # a Thursday, the seed article's day
TUE = dt.date(2021, 6, 15)  # a Tuesday in mid-year
D, T, P, S = "DATE", "TIME", "DURATION", "SET"

# (sentence, expression, reference day, value, type)
CASES: list[tuple[str, str, dt.date | None, str | None, str]] = [
    # --- absolute dates
    ("The treaty was signed on February 23, 2023.", "February 23, 2023", THU, "2023-02-23", D),
    ("Talks began on 23 Feb. 2023 in Geneva.", "23 Feb. 2023", THU, "2023-02-23", D),
    ("The report is dated 2023-02-23.", "2023-02-23", THU, "2023-02-23", D),
    ("The form was filed on 2/23/2023.", "2/23/2023", THU, "2023-02-23", D),
    ("The law took effect on July 4, 1976.", "July 4, 1976", THU, "1976-07-04", D),
    ("He was born on March 5, 1946 in Ohio.", "March 5, 1946", THU, "1946-03-05", D),
    ("The ceasefire held until Dec. 31, 1994.", "Dec. 31, 1994", THU, "1994-12-31", D),
    ("The editorial ran on Friday, Oct. 23, 1998.", "Friday, Oct. 23, 1998", THU, "1998-10-23", D),
    ("The rally is planned for the 4th of July, 2024.", "the 4th of July, 2024", THU, "2024-07-04", D),
    ("The company was founded in 1901.", "1901", THU, "1901", D),
    ("Elections were held in 1998.", "1998", THU, "1998", D),
    ("The talks ended in July 1997.", "July 1997", THU, "1997-07", D),
    ("It opened in January this year.", "January this year", THU, "2023-01", D),
    ("He moved there in June last year.", "June last year", THU, "2022-06", D),
    ("The bridge opened in October 1984.", "October 1984", THU, "1984-10", D),
    ("Prices fell in the 1990s.", "the 1990s", THU, "199", D),
    ("It was popular in the '80s.", "the '80s", THU, "198", D),
    ("Rock music changed in the sixties.", "the sixties", THU, "196", D),
    ("Growth returned in the early 1990s.", "the early 1990s", THU, "199", D),
    ("Tastes changed during the 20th century.", "the 20th century", THU, "19", D),
    ("They restored an 11th century temple.", "11th century", THU, "10", D),
    ("Sales slowed in the third quarter of 1984.", "the third quarter of 1984", THU, "1984-Q3", D),
    ("Margins shrank in the 1988 third quarter.", "the 1988 third quarter", THU, "1988-Q3", D),
    ("The plant closes in the second half of 1990.", "the second half of 1990", THU, "1990-H2", D),
    ("The plant will close in the first half of next year.", "the first half of next year", THU, "2024-H1", D),
    ("Output shrank in the first half of the year.", "the first half of the year", TUE, "2021-H1", D),
    ("He took office in May 2017 and quit the following January.", "the following January", TUE, "2018-01", D),
    ("Shares rose 4% by 1200 GMT.", "1200 GMT", THU, "2023-02-23T12:00", T),
    ("Kick-off is at 1945 GMT.", "1945 GMT", THU, "2023-02-23T19:45", T),
    ("Bidders have until midnight on 1 March to reply.", "midnight on 1 March", THU, "2023-03-01T24:00", T),
    ("Parties campaigned ahead of Sunday's vote.", "Sunday", THU, "2023-02-26", D),
    ("The tour starts on May 13 next year.", "May 13 next year", THU, "2024-05-13", D),
    ("The shop opened on 5 June last year.", "5 June last year", THU, "2022-06-05", D),
    ("Shops were busy ahead of the Easter weekend.", "Easter", THU, "2023-04-09", D),
    ("The vote will be held on the first Sunday of May.", "the first Sunday of May", THU, "2023-05-07", D),
    ("Shops close on the last Monday in May 2024.", "the last Monday in May 2024", THU, "2024-05-27", D),
    ("The talks are set for mid-March.", "mid-March", THU, "2023-03", D),
    ("The dam burst in June 1998; work had begun the previous March.", "the previous March", TUE, "1998-03", D),
    ("Exports grew in 2019 but slowed in the second half of the year.", "the second half of the year", TUE, "2019-H2", D),
    ("Sales rose in 2018, fastest in the third quarter of the year.", "the third quarter of the year", TUE, "2018-Q3", D),
    ("The group fell apart in mid-1996.", "mid-1996", THU, "1996", D),
    ("Revenue rose in fiscal 1989.", "fiscal 1989", THU, "1989", D),
    ("Prices peaked in the winter of 1994.", "the winter of 1994", THU, "1994-WI", D),
    ("They spoke of the year two thousand.", "the year two thousand", THU, "2000", D),
    ("The bombing happened in nineteen ninety-six.", "nineteen ninety-six", THU, "1996", D),
    ("The store opened on Christmas 2020.", "Christmas 2020", THU, "2020-12-25", D),
    ("Easter 2024 falls in March.", "Easter 2024", THU, "2024-03-31", D),
    ("Voters went to the polls on Election Day 2020.", "Election Day 2020", THU, "2020-11-03", D),
    ("They married on Valentine's Day 2001.", "Valentine's Day 2001", THU, "2001-02-14", D),
    ("The law passed in 2019.", "2019", TUE, "2019", D),
    # --- weekdays and relative days, resolved by tense
    ("The ministry announced Thursday that the envoy will travel.", "Thursday", THU, "2023-02-23", D),
    ("The envoy will hold talks in Lisbon on Tuesday.", "Tuesday", THU, "2023-02-28", D),
    ("The minister spoke on Monday.", "Monday", THU, "2023-02-20", D),
    ("The vote was held Friday.", "Friday", THU, "2023-02-17", D),
    ("Officials will meet on Saturday.", "Saturday", THU, "2023-02-25", D),
    ("He plans to visit Kyiv on Sunday.", "Sunday", THU, "2023-02-26", D),
    ("The ballot had been set to close on Monday.", "Monday", THU, "2023-02-20", D),
    ("Markets steadied after Friday's slide.", "Friday", THU, "2023-02-17", D),
    ("She will speak at Saturday's rally.", "Saturday", THU, "2023-02-25", D),
    ("He had planned to fly home on Sunday.", "Sunday", THU, "2023-02-19", D),
    ("Police said Wednesday that two men were arrested.", "Wednesday", THU, "2023-02-22", D),
    ("The court ruled on Thursday.", "Thursday", TUE, "2021-06-10", D),
    ("The court will rule on Thursday.", "Thursday", TUE, "2021-06-17", D),
    ("The offer expires next Tuesday.", "next Tuesday", THU, "2023-02-28", D),
    ("He resigned last Friday.", "last Friday", THU, "2023-02-17", D),
    ("She arrived last Thursday.", "last Thursday", THU, "2023-02-16", D),
    ("The deadline was extended until Tuesday.", "Tuesday", THU, "2023-02-28", D),
    ("He left yesterday.", "yesterday", THU, "2023-02-22", D),
    ("She arrives tomorrow.", "tomorrow", THU, "2023-02-24", D),
    ("The vote is today.", "today", THU, "2023-02-23", D),
    ("The letter came the day before yesterday.", "the day before yesterday", THU, "2023-02-21", D),
    ("The decision came two days ago.", "two days ago", THU, "2023-02-21", D),
    ("The firm was founded a year ago.", "a year ago", THU, "2022", D),
    ("He resigned three years ago.", "three years ago", THU, "2020", D),
    ("It happened six months ago.", "six months ago", THU, "2022-08", D),
    ("The scheme started two weeks ago.", "two weeks ago", THU, "2023-W06", D),
    ("A decade ago, few people owned phones.", "A decade ago", THU, "2013", D),
    ("The results came three days later.", "three days", THU, "P3D", P),
    ("The office was renovated several years ago.", "several years ago", THU, "PAST_REF", D),
    # --- weeks, months, years relative to the anchor
    ("The envoy will visit Chile next week.", "next week", THU, "2023-W09", D),
    ("Prices rose last week.", "last week", THU, "2023-W07", D),
    ("The deal closes this week.", "this week", THU, "2023-W08", D),
    ("Last year, the economy grew.", "Last year", THU, "2022", D),
    ("The company expects profits next year.", "next year", THU, "2024", D),
    ("Inflation has eased this year.", "this year", THU, "2023", D),
    ("Sales rose last month.", "last month", THU, "2023-01", D),
    ("The plan starts next month.", "next month", THU, "2023-03", D),
    ("This month has been busy.", "This month", THU, "2023-02", D),
    ("Rates rose in the past year.", "the past year", THU, "2022", D),
    ("For the year, coffee sales were flat.", "the year", THU, "2023", D),
    ("Net income for the year ended June 30 rose.", "the year", THU, "P1Y", P),
    ("Turnover for the year to 31 March fell 3%.", "the year", THU, "P1Y", P),
    ("Prices rose 4% in the year to October.", "the year", THU, "P1Y", P),
    ("Grain sales in the week ended Sept. 9 slowed.", "the week", THU, "P1W", P),
    ("Pasture was rated fair for the week ending Sunday.", "the week", THU, "P1W", P),
    ("Growth slowed in the current quarter.", "the current quarter", THU, "2023-Q1", D),
    ("The firm reported results for the current fiscal year.", "the current fiscal year", THU, "2023", D),
    ("He was killed late last year.", "late last year", THU, "2022", D),
    ("A deal was reached earlier this year.", "earlier this year", THU, "2023", D),
    ("A vote is expected later this year.", "later this year", THU, "2023", D),
    ("Shipments begin early next year.", "early next year", THU, "2024", D),
    ("The deal should close by the end of the month.", "the end of the month", THU, "2023-02", D),
    ("Debt will fall by the end of 1990.", "the end of 1990", THU, "1990", D),
    ("Work will be done by year-end.", "year-end", THU, "2023", D),
    # --- months and seasons without a year
    ("The two presidents met in November.", "November", THU, "2022-11", D),
    ("Elections will be held in November.", "November", THU, "2023-11", D),
    ("The accord was signed in October.", "October", THU, "2022-10", D),
    ("The plant reopened in January.", "January", THU, "2023-01", D),
    ("The talks resumed in early December.", "early December", THU, "2022-12", D),
    ("The fund was launched in mid-February.", "mid-February", THU, "2023-02", D),
    ("Strikes spread in late November.", "late November", THU, "2022-11", D),
    ("Payments are due by March 15.", "March 15", THU, "2023-03-15", D),
    ("The dividend is payable Dec. 1.", "Dec. 1", dt.date(1989, 10, 27), "1989-12-01", D),
    ("The bank unveiled its proposal Aug. 21.", "Aug. 21", dt.date(1989, 10, 27), "1989-08-21", D),
    ("The committee reported on Jan. 9.", "Jan. 9", THU, "2023-01-09", D),
    ("Talks are scheduled for last May.", "last May", dt.date(2023, 8, 1), "2023-05", D),
    ("The storm hit last summer.", "last summer", THU, "2022-SU", D),
    ("Sales will peak this summer.", "this summer", THU, "2023-SU", D),
    ("The bridge will reopen next spring.", "next spring", THU, "2023-SP", D),
    ("The orchard flooded last fall.", "last fall", THU, "2022-FA", D),
    ("The family gathered on Thanksgiving Day.", "Thanksgiving Day", THU, "2022-11-24", D),
    ("Shoppers will crowd stores at Thanksgiving.", "Thanksgiving", THU, "2023-11-23", D),
    ("The family reunited last Christmas.", "last Christmas", THU, "2022-12-25", D),
    ("The fast ended at Easter.", "Easter", dt.date(2023, 6, 1), "2023-04-09", D),
    # --- quarters and halves
    ("Profit rose in the third quarter.", "the third quarter", dt.date(1989, 10, 26), "1989-Q3", D),
    ("Profit rose in the fourth quarter.", "the fourth quarter", TUE, "2020-Q4", D),
    ("The company expects growth in the fourth quarter.", "the fourth quarter", TUE, "2021-Q4", D),
    ("Third-quarter profit fell 5%.", "Third-quarter", dt.date(1989, 10, 26), "1989-Q3", D),
    (
        "Sales in the latest quarter rose 9% on a quarter of new stores.",
        "the latest quarter",
        dt.date(1989, 10, 26),
        "1989-Q3",
        D,
    ),
    (
        "Net income fell in the quarter, the company said of its quarterly results.",
        "the quarter",
        dt.date(1989, 10, 26),
        "1989-Q3",
        D,
    ),
    (
        "Net rose in the third quarter, up from $5 million a year ago.",
        "a year ago",
        dt.date(1989, 10, 26),
        "1988-Q3",
        D,
    ),
    (
        "Sales rose in the first half, ahead of the second quarter.",
        "the first half",
        dt.date(2021, 8, 15),
        "2021-H1",
        D,
    ),
    ("Fourth-quarter results were released.", "Fourth-quarter", dt.date(2022, 1, 10), "2021-Q4", D),
    ("Sales for the quarter ended Sept. 30 rose.", "the quarter", dt.date(1989, 10, 26), "1989-Q3", D),
    ("Profit for the quarter ended July 31 fell.", "the quarter", dt.date(1989, 10, 30), "1989-Q2", D),
    ("Net fell 5% from year-earlier levels in the third quarter.", "year-earlier", dt.date(1989, 10, 26), "1988-Q3", D),
    ("Inspectors had finished their work by Wednesday.", "Wednesday", THU, "2023-02-22", D),
    ("The vote was held on the 23rd.", "the 23rd", THU, "2023-02-23", D),
    ("He will arrive on the 3rd, officials said.", "the 3rd", THU, "2023-03-03", D),
    ("The mall reopens each season.", "each season", THU, "P3M", S),
    # --- times of day
    ("The minister spoke this morning.", "this morning", THU, "2023-02-23TMO", T),
    ("The president will speak tonight.", "tonight", THU, "2023-02-23TNI", T),
    ("The network reported last night that the bridge had collapsed.", "last night", THU, "2023-02-22TNI", T),
    ("Fighting resumed yesterday afternoon.", "yesterday afternoon", THU, "2023-02-22TAF", T),
    ("By mid-afternoon yesterday, the index had recovered.", "mid-afternoon yesterday", THU, "2023-02-22TAF", T),
    ("The mayor spoke Wednesday night at the rally.", "Wednesday night", THU, "2023-02-22TNI", T),
    ("At 00:48 the alarm sounded.", "00:48", THU, "2023-02-23T00:48", T),
    ("The train left at 14:30 local time.", "14:30", THU, "2023-02-23T14:30", T),
    ("The blast came shortly after 06:00 GMT.", "06:00 GMT", THU, "2023-02-23T06:00", T),
    ("Polls are open from 09:00 to 17:00.", "17:00", THU, "2023-02-23T17:00", T),
    ("Talks will resume Monday morning.", "Monday morning", THU, "2023-02-27TMO", T),
    ("The mayor spoke Wednesday evening at the rally.", "Wednesday evening", THU, "2023-02-22TEV", T),
    ("Union leaders met again on Tuesday afternoon.", "Tuesday afternoon", THU, "2023-02-21TAF", T),
    ("The ferry sails on Friday nights in summer.", "Friday nights", THU, "XXXX-WXX-5TNI", S),
    ("The club meets on Monday mornings.", "Monday mornings", THU, "XXXX-WXX-1TMO", S),
    ("The Tuesday meetings were cancelled.", "Tuesday", THU, "2023-02-21", D),
    ("Pilgrims walk the route every spring.", "every spring", THU, "XXXX-SP", S),
    ("The council meets twice a year.", "twice a year", THU, "P1Y", S),
    ("Buses stop there three times a day.", "three times a day", THU, "P1D", S),
    ("Inspectors call once a month.", "once a month", THU, "P1M", S),
    ("A week or so ago, the board changed its mind.", "A week or so ago", THU, "2023-W07", D),
    ("The road will reopen a year from now.", "a year from now", THU, "2024", D),
    ("Fans hope the club will one day win the cup.", "one day", THU, "FUTURE_REF", D),
    ("The museum opened for one day only.", "one day", THU, "P1D", P),
    ("Nurses are paid per hour.", "per hour", THU, "PT1H", S),
    ("Protests grew during Easter week.", "Easter week", dt.date(2023, 4, 10), "2023-W14", D),
    ("Shops will close in Thanksgiving week.", "Thanksgiving week", dt.date(2023, 4, 10), "2023-W47", D),
    ("A hearing is set for the week of March 6.", "the week of March 6", THU, "2023-W10", D),
    ("The quake struck at 6:10 a.m. (2310 GMT) Sunday, officials said.", "6:10 a.m.", THU, "2023-02-19T06:10", T),
    ("The strike will end at 8 a.m. (0700 GMT on Saturday).", "8 a.m.", THU, "2023-02-25T08:00", T),
    ("The plane will land at 5 in the morning (0400 GMT Friday).", "5 in the morning", THU, "2023-02-24T05:00", T),
    ("The market opens at 10 a.m. today.", "10 a.m.", THU, "2023-02-23T10:00", T),
    ("The alarm rang at 6am.", "6am", THU, "2023-02-23T06:00", T),
    ("The session starts at 11.30am.", "11.30am", THU, "2023-02-23T11:30", T),
    ("Trading halted at 2:30 p.m. EST.", "2:30 p.m. EST", THU, "2023-02-23T14:30", T),
    ("Talks broke off at noon.", "noon", THU, "2023-02-23T12:00", T),
    ("The curfew starts at midnight.", "midnight", THU, "2023-02-23T24:00", T),
    ("A shop was robbed at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday", THU, "2023-02-22T22:00", T),
    ("They have until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", THU, "2023-02-28T09:00", T),
    ("He will leave at 4 in the morning.", "4 in the morning", THU, "2023-02-23T04:00", T),
    ("Negotiations broke off at noon Thursday.", "noon Thursday", THU, "2023-02-23T12:00", T),
    ("The offer runs until 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", dt.date(1989, 11, 2), "1989-11-09T17:00", T),
    # --- durations
    ("The mayor called in help a month before the storm.", "a month", THU, "P1M", P),
    ("The project took two years.", "two years", THU, "P2Y", P),
    ("The talks lasted several days.", "several days", THU, "PXD", P),
    ("Banks have 90 days to comply.", "90 days", THU, "P90D", P),
    ("Output doubled over the past five years.", "the past five years", THU, "P5Y", P),
    ("Prices fell in the last three months.", "the last three months", THU, "P3M", P),
    ("He has led the party for a decade.", "a decade", THU, "P10Y", P),
    ("It marked the one-year anniversary of the flood.", "one-year", THU, "P1Y", P),
    ("They signed a five-year contract.", "five-year", THU, "P5Y", P),
    ("After a two-hour meeting they left.", "two-hour", THU, "PT2H", P),
    ("The flight took three hours.", "three hours", THU, "PT3H", P),
    ("He spoke for 45 minutes.", "45 minutes", THU, "PT45M", P),
    ("They lived in camps for 2 1/2 years.", "2 1/2 years", THU, "P2Y6M", P),
    ("Net rose in the first nine months.", "the first nine months", THU, "P9M", P),
    ("Talks will continue for the next two weeks.", "the next two weeks", THU, "P2W", P),
    ("It may take a few weeks.", "a few weeks", THU, "PXW", P),
    ("The index fell in the last twenty four hours.", "the last twenty four hours", THU, "PT24H", P),
    ("Repairs will take roughly two weeks.", "roughly two weeks", THU, "P2W", P),
    ("The surgery lasted more than four hours.", "more than four hours", THU, "PT4H", P),
    ("The reactor can run at least 20 years.", "at least 20 years", THU, "P20Y", P),
    ("The siege lasted nearly two months.", "nearly two months", THU, "P2M", P),
    ("The factory has been idle for years.", "years", THU, "PXY", P),
    ("A decision is due within weeks.", "weeks", THU, "PXW", P),
    ("The firm grew in a couple of years.", "a couple of years", THU, "P2Y", P),
    ("The vigil lasted twenty-four hours.", "twenty-four hours", THU, "PT24H", P),
    ("The strike lasted five and a half years.", "five and a half years", THU, "P5Y6M", P),
    ("A pilot landed an hour and a half later.", "an hour and a half", THU, "PT1H30M", P),
    ("The board meets for a fortnight.", "a fortnight", THU, "P2W", P),
    # --- sets
    ("The paper is published daily.", "daily", THU, "P1D", S),
    ("The magazine appears weekly.", "weekly", THU, "P1W", S),
    ("Rents are paid monthly.", "monthly", THU, "P1M", S),
    ("Ceremonies are held here annually.", "annually", THU, "P1Y", S),
    ("Wages are counted hourly.", "hourly", THU, "PT1H", S),
    ("The committee meets every week.", "every week", THU, "P1W", S),
    ("Payments arrive each month.", "each month", THU, "P1M", S),
    ("She prays every day.", "every day", THU, "P1D", S),
    ("The council meets every Thursday.", "every Thursday", THU, "XXXX-WXX-4", S),
    ("The parade is held each July.", "each July", THU, "XXXX-07", S),
    ("The shop closes on Mondays.", "Mondays", THU, "XXXX-WXX-1", S),
    ("The bus comes every other week.", "every other week", THU, "P2W", S),
    ("Members meet twice a week.", "twice a week", THU, "P1W", S),  # TimeML: the whole frequency
    # --- present, past and future references
    ("Prices are now falling.", "now", THU, "PRESENT_REF", D),
    ("He currently lives in Paris.", "currently", THU, "PRESENT_REF", D),
    ("The firm recently moved.", "recently", THU, "PAST_REF", D),
    ("In the past, the region was calm.", "the past", THU, "PAST_REF", D),
    ("Nobody knows what the future holds.", "the future", THU, "FUTURE_REF", D),
    ("Markets are volatile these days.", "these days", THU, "PRESENT_REF", D),
    ("Nowadays few people write letters.", "Nowadays", THU, "PRESENT_REF", D),
    ("Growth has been slow in recent years.", "recent years", THU, "PAST_REF", D),
    ("Rates will rise in the near future.", "the near future", THU, "FUTURE_REF", D),
    ("We need help right now.", "right now", THU, "PRESENT_REF", D),
    # --- narrative reference
    ("He moved to Cuba in 1995, and the following year he left.", "the following year", THU, "1996", D),
    ("The firm listed in 1995 and later that year it split.", "later that year", THU, "1995", D),
    # --- "until": ahead, unless a past perfect; "had" before a noun is no past perfect
    ("He had a busy week and would not be free until Monday.", "Monday", THU, "2023-02-27", D),
    ("They had no answer and would wait until Friday to decide.", "Friday", THU, "2023-02-24", D),
    ("They had to wait until Monday.", "Monday", THU, "2023-02-20", D),
    # --- "the new year": the year, near the turn of the year or ahead in a future clause; the holiday otherwise
    ("The results will be published in the new year.", "the new year", THU, "2024", D),
    ("The new year had begun with heavy snow.", "The new year", THU, "2023", D),
    ("Fees rise early in the New Year.", "the New Year", dt.date(2022, 11, 30), "2023", D),
    ("Fireworks lit the sky at the New Year.", "New Year", THU, "2023-01-01", D),
    ("She was knighted in the New Year Honours.", "New Year", THU, "2023-01-01", D),
    # --- ranges: two mentions
    ("The festival runs between March 1 and 3.", "March 1", THU, "2023-03-01", D),
    ("The festival runs between March 1 and 3.", "3", THU, "2023-03-03", D),
    ("He served from 2019-2021 as mayor.", "2019", THU, "2019", D),
    ("He served from 2019-2021 as mayor.", "2021", THU, "2021", D),
    ("Trials will run from 16-28 November.", "16", THU, "2023-11-16", D),
    ("Trials will run from 16-28 November.", "28 November", THU, "2023-11-28", D),
    ("Exports fell 4 percent in April-June, the agency said.", "April", THU, "2022-04", D),
    ("Exports fell 4 percent in April-June, the agency said.", "June", THU, "2022-06", D),
    ("The January-March 2021 figures were revised.", "January", THU, "2021-01", D),
    ("Imports for Jan-May rose.", "Jan", THU, "2022-01", D),
    ("Imports for Jan-May rose.", "May", THU, "2022-05", D),
    ("Snow fell in the November-January period.", "November", THU, "2022-11", D),
    (
        "Shops opened at midnight on Tuesday 9 November.",
        "midnight on Tuesday 9 November",
        dt.date(2005, 3, 10),
        "2004-11-09T24:00",
        T,
    ),
    ("The game was released on Tuesday 9 November.", "Tuesday 9 November", dt.date(2005, 3, 10), "2004-11-09", D),
    ("The office opened from Monday to Friday.", "Monday", THU, "2023-02-20", D),
    ("The office opened from Monday to Friday.", "Friday", THU, "2023-02-17", D),
    # --- without a publication date: no guess from today
    ("They met last year.", "last year", None, None, D),
    ("He visited in November.", "November", None, "XXXX-11", D),
    ("He left on Tuesday.", "Tuesday", None, "XXXX-WXX-2", D),
    ("The vote is on May 5.", "May 5", None, "XXXX-05-05", D),
    ("The law took effect on July 4, 1976.", "July 4, 1976", None, "1976-07-04", D),
    ("It will take two years.", "two years", None, "P2Y", P),
    ("Polls opened for the April-May vote.", "April", None, "XXXX-04", D),
]

# Sentences without any temporal expression: numbers, money, names and verbs.
NO_DATES = [
    "The score was 2:1 at half time.",
    "She finished at 02:03:45, a record.",
    "Arsenal led 10:00 into the match.",
    "Gusts reached 120 miles per hour on the coast.",
    "The new chip handles 40 million instructions per second.",
    "He paid $1998 for the car.",
    "May I ask a question?",
    "Theresa May said the vote would go ahead.",
    "Jan-Erik Olsen said the vote would go ahead.",
    "The week ended quietly for the team.",
    "Protesters march through the city.",
    "Unemployment rose to 5 percent.",
    "He won 2000 votes in the district.",
    "A second round is planned.",
    "About 1,500 people attended.",
    "She is 52 years old.",
    "A 39-year-old man was arrested.",
    "Room 2012 is upstairs.",
    "The score was 3-1 after the second half.",
    "The country buys about three-quarters of its grain abroad.",
    "The index rose 2.5% to 1,024.",
    "He watched 60 Minutes on television.",
    "He lives on the 23rd floor.",
    "Tom Noon scored the opening try.",
    "The claims appeared in the Sunday Times.",
    "She sued the Daily Star for libel.",
    "Children wrote to Father Christmas.",
    "She was named player of the year.",
    "The plan saves $500 million a year.",
    "The airline flies four flights a week.",
    "Readers of The Daily Telegraph and The Sunday Telegraph wrote in.",
    "The scheme costs the treasury £1bn a year.",
    "Unions met to discuss the future of the steelworks.",
    "The film was made by 20th Century Fox.",
]


def find_expression(mentions: list[DateMention], expression: str) -> DateMention:
    """The mention whose text is ``expression`` (the TimeML tables' tests share it)."""
    for m in mentions:
        if m.text == expression:
            return m
    raise AssertionError(f"{expression!r} not found; got {[(m.text, m.value) for m in mentions]}")


def check_case(sentence: str, expression: str, anchor: dt.date | None, value: str | None, kind: str) -> None:
    """The tagger finds ``expression`` in ``sentence`` at its place, with this value and type."""
    found = find_expression(tag(sentence, anchor), expression)
    assert (found.value, str(found.kind)) == (value, kind)
    assert sentence[found.start : found.end] == expression


@pytest.mark.parametrize(("sentence", "expression", "anchor", "value", "kind"), CASES)
def test_table(sentence: str, expression: str, anchor: dt.date | None, value: str | None, kind: str) -> None:
    check_case(sentence, expression, anchor, value, kind)


def test_enough_cases() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize("sentence", NO_DATES)
def test_no_false_positives(sentence: str) -> None:
    assert [(m.text, m.value) for m in tag(sentence, THU)] == []


def test_modifiers() -> None:
    mentions = tag("He was killed late last year, after nearly two weeks of talks in early 1990.", THU)
    mods = {m.text: m.mod for m in mentions}
    assert mods == {"late last year": "END", "nearly two weeks": "APPROX", "early 1990": "START"}


def test_periods_and_granularity() -> None:
    (week,) = tag("The envoy will visit next week.", THU)
    assert week.granularity is Granularity.WEEK
    assert week.period is not None
    assert (week.period.first, week.period.last) == (dt.date(2023, 2, 27), dt.date(2023, 3, 5))
    (month,) = tag("They met in November.", THU)
    assert month.period is not None and (month.period.first, month.period.last) == (
        dt.date(2022, 11, 1),
        dt.date(2022, 11, 30),
    )
    (span,) = tag("It took two years.", THU)
    assert span.kind is DateKind.DURATION and span.period is None


def test_relative_and_anchor() -> None:
    rel, absolute = tag("He left last year, on July 4, 1976.", THU)
    assert rel.relative and rel.anchor == THU
    assert not absolute.relative and absolute.anchor is None


def test_unanchored_description() -> None:
    (m,) = tag("They met last year.", None)
    assert m.value is None and m.description == "-1 year" and m.relative


def test_minimal_span() -> None:
    (m,) = tag("The presidents met in November and signed a trade pact.", THU)
    assert m.text == "November"


def test_no_year_across_paragraphs() -> None:
    text = "Twickenham\n\nSaturday, 25 February\n\n1600 GMT\n\nLive on radio"
    # "1600" is no year; as a 24-hour clock with its zone it is a time, on the day listed just before it
    assert [(m.text, m.value) for m in tag(text, THU)] == [
        ("Saturday, 25 February", "2023-02-25"),
        ("1600 GMT", "2023-02-25T16:00"),
    ]
