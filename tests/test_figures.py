"""Figures on real-news patterns, one case per behaviour (our own sentences)."""

import pytest

import verifier


def _figures(sentence):
    text = "# T\n\n" + sentence + "\n"
    found = [c for c in verifier.extract(text) if c.kind in ("quantity", "money", "percent")]
    for c in found:
        assert text[c.span.start:c.span.end] == c.span.text
    return found


def _one(sentence):
    (c,) = _figures(sentence)
    return c


def _unit(c):
    return c.currency if c.kind == "money" else c.unit


@pytest.mark.parametrize("sentence, value, unit, bound", [
    ("Shares fell 1.23% on the news.", 1.23, "%", "="),              # not a time of day
    ("Its bonds yield 4.2pc now.", 4.2, "%", "="),
    ("Margins narrowed by 30 percentage points.", 30, "pp", "="),
    ("The index slipped -0.8% at the open.", -0.8, "%", "="),         # minus sign
    ("Lows reached minus 40 degrees Celsius.", -40, "degC", "="),
    ("The lab kept it at 86°F.", 30, "degC", "="),
    ("The loan was USD10m.", 1e7, "USD", "="),                        # code glued to digits
    ("The bill came to 1,200€.", 1200, "EUR", "="),                   # symbol after
    ("Tickets rose 40 cents.", 0.4, "USD", "="),
    ("Shares closed at 164p.", 1.64, "GBP", "="),
    ("The grant was A$3 million.", 3e6, "AUD", "="),
    ("Farmers sold 5,000 shekels of grain.", 5000, "ILS", "="),
    ("The chip runs at 2.4GHz.", 2.4e9, "Hz", "="),
    ("The engine makes 640bhp.", 640 * 745.6999, "W", "="),
    ("The car does 45 mpg on the highway.", 45, "mpg", "="),
    ("The storm brought 80 mph winds.", 80 * 0.44704, "m/s", "="),
    ("The plot covers 3,900sq m in total.", 3900, "m2", "="),
    ("The sun's mass is 1.99×10−30 kilograms.", 1.99e-30, "kg", "="),  # lost superscript
    ("They served 4 hundred million meals.", 4e8, "meal", "="),
    ("About 12.3m tonnes were shipped.", 1.23e10, "kg", "~"),
    ("The fee is between $800,000 and $1.3 million.", 1.05e6, "USD", "range"),
    ("The firm hired four to five thousand staff.", 4500, "staff", "range"),
    ("It costs about 8 or $9 a head.", 8.5, "USD", "range"),
    ("Crowds of thousands of people gathered.", 5500, "people", "range"),
    ("Two-thirds of voters agreed.", 200 / 3, "%", "="),                # fractions are shares
    ("A third of the staff left.", 100 / 3, "%", "="),
    ("One in five adults smoke.", 20, "%", "="),
    ("Add 1/2 pound of flour.", 0.5 * 0.45359237, "kg", "="),
    ("The index closed at 7,312.45 on the day.", 7312.45, "number", "="),  # no unit named
    ("Attendance was around 73 on average.", 73, "number", "~"),
    ("The firm sold eight more vans.", 8, "van", "="),
    ("The band sold 4.3M albums.", 4.3e6, "album", "="),               # capital M is million
    ("The loan was 5 mln dollars.", 5e6, "USD", "="),
    ("Ravi Shah, 58, founded the firm.", 58, "year", "="),             # an age
    ("The index ended down at 4,210.", 4210, "number", "="),
    ("Adults need about 1800 - 2200 calories.", (1800 + 2200) / 2 * 4184, "J", "range"),
    ("Rates rose 60 basis points.", 0.6, "pp", "="),
    ("One question remains open.", 1, "question", "="),                # one counts a singular
    ("It struck a billion-dollar deal.", 1e9, "USD", "="),
    ("Lows hit minus-40 degrees Celsius.", -40, "degC", "="),
    ("Runners burn 2000 calories a day.", 2000 * 4184, "J", "="),     # a figure, not a year
    ("It is a 200,000 to-260,000 year-old skull.", 230000 * 31557600, "s", "range"),
    ("Brightwater paid US$40 million for the port.", 4e7, "USD", "="),    # money symbols, codes
    ("Brightwater paid £40 million for the port.", 4e7, "GBP", "="),
    ("Brightwater paid ¥40 million for the port.", 4e7, "JPY", "="),
    ("Brightwater paid EUR 40 million for the port.", 4e7, "EUR", "="),
    ("Brightwater paid 40 million yen for the port.", 4e7, "JPY", "="),   # a currency word
    ("Norhaven's dam produces 300 megawatts1.", 3e8, "W", "="),        # a reference mark after
    ("Norhaven built 14 berths2 last year.", 14, "berth", "="),       # the unit or the noun
    ("Brightwater paid 40 million pounds for the port.", 4e7, "GBP", "="),  # pounds: money
    ("The crate weighs 40 pounds.", 40 * 0.45359237, "kg", "="),      # or a weight
    ("It shipped 40 million pounds of steel.", 4e7 * 0.45359237, "kg", "="),
    ("About 1 in 5 adults smoke.", 20, "%", "="),                      # one in so many
    ("Only 3 out of 10 ships came.", 30, "%", "="),
    ("The fab makes sub-7 nanometre chips.", 7e-9, "m", "<"),         # "sub-": under
    ("The final drew 8.5m viewers.", 8.5e6, "viewer", "="),          # "m" counting millions
    ("The mast stands 30m tall.", 30, "m", "="),                     # "m" measuring a size
    ("A quarter of a million fans came.", 2.5e5, "fan", "="),        # a share of a scale word
    ("Sales reached two-thirds of a million.", 2e6 / 3, "number", "="),
    ("Some 300 marched through the port.", 300, "number", "~"),     # no verb or preposition
    ("Berths 20 through 30 were closed.", 25, "number", "range"),    # is a counted noun
    ("They launched a 37m-long hull.", 37, "m", "="),
])
def test_figure(sentence, value, unit, bound):
    c = _one(sentence)
    assert c.value == pytest.approx(value) and _unit(c) == unit and c.bound == bound


@pytest.mark.parametrize("sentence, value, unit, dimension", [
    ("The substation delivers 250 W to each cabin.", 250, "W", "power"),
    ("The wind farm adds 12 kW per turbine.", 1.2e4, "W", "power"),
    ("The wind farm adds 120 MW of capacity.", 1.2e8, "W", "power"),
    ("The wind farm adds 2 GW of capacity.", 2e9, "W", "power"),
    ("The town used 40 GWh of power last winter.", 40 * 3.6e12, "J", "energy"),
    ("The supercomputer delivers 90 teraflops.", 9e13, "FLOP/s", "compute"),
    ("The cluster reaches 500 petaflops.", 5e17, "FLOP/s", "compute"),
    ("The archive holds 12 TB of scans.", 1.2e13, "B", "data"),
    ("The tunnel runs 14 km under the bay.", 1.4e4, "m", "length"),
    ("The reserve spans 800 hectares.", 8e6, "m2", "area"),
    ("The bridge weighs 9,000 tonnes.", 9e6, "kg", "mass"),
    ("The tank holds 5,000 litres of water.", 5, "m3", "volume"),
    ("The crossing takes 3 hours by ferry.", 10800, "s", "duration"),
    ("The kiln reaches 1,200 degrees Celsius.", 1200, "degC", "temperature"),
    ("The ferry sails at 22 knots.", 22 * 0.514444, "m/s", "speed"),
])
def test_unit_has_a_dimension_and_canonical_unit(sentence, value, unit, dimension):
    c = _one(sentence)
    assert c.value == pytest.approx(value) and (c.unit, c.dimension) == (unit, dimension)


@pytest.mark.parametrize("sentence, unit, noun", [
    ("The firm runs 10,000 Kestrel K9 accelerators in Oslo.", "accelerator",
     "Kestrel K9 accelerators"),
    ("The lab trained a model with 7 billion parameters.", "parameter", "parameters"),
    # a phrase that opens a quote closes it, straight or curly
    ('The port plans 12 new "green berths" by the coast.', "berth", 'new "green berths"'),
    ("The port plans 12 new “green berths” by the coast.", "berth", "new “green berths”"),
])
def test_count_keeps_the_counted_noun_phrase(sentence, unit, noun):
    c = _one(sentence)
    assert (c.unit, c.dimension, c.noun) == (unit, "count", noun)


@pytest.mark.parametrize("sentence, per", [
    ("Crude traded at $71.10 per barrel.", "barrel"),
    ("Rent is $2,400 a month.", "month"),
    ("The market grows 6% a year.", "year"),
    ("The field yields 40,000 barrels a day.", "day"),
    ("Sales rose from $3m a year earlier.", None),         # a time, not a rate
    ("Profit was $3m a year ago.", None),
])
def test_rate(sentence, per):
    assert _one(sentence).per == per


@pytest.mark.parametrize("sentence, change", [
    ("Exports plummeted 12% last quarter.", "down"),
    ("Sales tumbled 8% in March.", "down"),
    ("Profit surged 30% on demand.", "up"),
    ("Temperatures dropped by 2 degrees Celsius (3.6 degrees Fahrenheit).", "down"),
])
def test_change(sentence, change):
    assert all(c.change == change for c in _figures(sentence))


@pytest.mark.parametrize("sentence", [
    "The meeting ended at 10:45 sharp.",              # time of day
    "The category 4 storm hit the coast.",             # labels
    "Its HIV 2 programme expanded.",
    "The 787 Dreamliner made its debut.",             # a product name
    "The team took a 9-2 lead.",                       # a score
    "Samples between 2014 and 2017 were clean.",       # a span of years
    "That makes the new model cheaper.",
    "The village has 12 as its lucky number.",         # a small bare integer counts nothing
    "The fund was worth 5 as of today.",
    "It struck billion-dollar deals.",                 # a scale word alone is not a number
    "Profit fell in the second quarter.",             # an ordinal, not a duration
    "The rules are in section 4 of the act.",          # a section number
    "McShah, 58, and Ravi, 130, were listed.",         # no age: not after a name, or too old
    "See paragraph 4.2 of the harbour code.",          # labels with a decimal
    "The rules are set out in clause 3.1 of the contract.",
    "The first pier opened. The second one follows.",  # "one" standing for a noun
    "No one came to the opening.",
    "Rents reached 300 in 2008.",                       # a count in a year, not one in so many
    "She won the 400m hurdles again.",                  # a race, not millions of hurdles
    "He ran in the 4x100m heats.",
    "She won 5-7 6-3 on the clay.",                     # scores
    "The bookmakers gave odds of 6-4.",
    "It ended two - 9 after extra time.",               # a number word before the dash
])
def test_not_a_figure(sentence):
    assert _figures(sentence) == []


@pytest.mark.parametrize("sentence, values, unit", [
    ("It comes with a 6- or 7-inch screen.", [6 * 0.0254, 7 * 0.0254], "m"),
    ("They sell three-, four- and five-door models.", [3, 4, 5], "door"),
])
def test_suspended_hyphen_borrows_the_unit(sentence, values, unit):
    found = _figures(sentence)
    assert [c.value for c in found] == pytest.approx(values) and {c.unit for c in found} == {unit}


def test_year_then_figure_is_not_a_range():
    (c,) = _figures("Sales rose in 2019 to 3.2 million units.")
    assert c.value == 3.2e6 and c.bound == "="


@pytest.mark.parametrize("sentence, ends, changes", [
    # a change, then the level it reached: two figures
    ("The levy grew by $2bn to $31bn last year.", [(2e9, 2e9), (31e9, 31e9)], ["up", None]),
    ("Membership rose by 4,000 to 90,000 members.", [(4e3, 4e3), (9e4, 9e4)], ["up", None]),
    # the level's scale word is its own when the change would pass it with it
    ("Jobless claims rose by 17,000 to 4.5 million.", [(1.7e4, 1.7e4), (4.5e6, 4.5e6)],
     ["up", None]),
    ("Crude fell $2.50 to $40.10 on Monday.", [(2.5, 2.5), (40.1, 40.1)], ["down", None]),
    # the ends of a range of changes are of a size: one figure
    ("Prices rose 2 to 3 percent.", [(2, 3)], ["up"]),
    ("Output will fall by 3.5 to 4.2 million tonnes.", [(3.5e9, 4.2e9)], ["down"]),
])
def test_by_then_to_is_a_change_and_its_level_or_a_range(sentence, ends, changes):
    found = _figures(sentence)
    assert [end for c in found for end in (c.low, c.high)] == pytest.approx(
        [end for pair in ends for end in pair])
    assert [c.change for c in found] == changes


@pytest.mark.parametrize("sentence, low, high", [
    ("Staff will be cut from 9,500 to 7,200 workers.", 7200, 9500),      # written high first
    ("The port moved between 400,000 and one million crates.", 4e5, 1e6),  # scale not shared
    ("The town hired five hundred to two thousand guards.", 500, 2000),
    ("The town hired two to three thousand guards.", 2000, 3000),        # scale shared
])
def test_range_ends(sentence, low, high):
    c = _one(sentence)
    assert (c.low, c.high) == (low, high) and c.bound == "range"


def test_high_ends_scale_does_not_reach_a_larger_low_end():
    c = _one("Homes sold for $750,000 to $1.2 million.")
    assert (c.low, c.high) == (750000, 1.2e6)


def test_figure_inside_a_date_is_not_a_figure():
    assert _figures("Bids are due by the December 28 deadline.") == []
