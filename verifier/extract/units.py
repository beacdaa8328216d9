"""The unit table the project owns: surface form -> (canonical unit, dimension, factor).

A dict lookup costs well under a microsecond; pint costs ~160 µs and lacks petaflops.
"""

from __future__ import annotations

from typing import Final

# word stem -> (canonical, dimension, factor); plurals are derived below
_WORDS: Final = {
    "watt": ("W", "power", 1), "kilowatt": ("W", "power", 1e3), "megawatt": ("W", "power", 1e6),
    "gigawatt": ("W", "power", 1e9), "terawatt": ("W", "power", 1e12),
    "watt-hour": ("J", "energy", 3600), "kilowatt-hour": ("J", "energy", 3.6e6),
    "megawatt-hour": ("J", "energy", 3.6e9), "gigawatt-hour": ("J", "energy", 3.6e12),
    "terawatt-hour": ("J", "energy", 3.6e15), "joule": ("J", "energy", 1),
    "flop": ("FLOP/s", "compute", 1), "flops": ("FLOP/s", "compute", 1),
    "teraflop": ("FLOP/s", "compute", 1e12), "teraflops": ("FLOP/s", "compute", 1e12),
    "petaflop": ("FLOP/s", "compute", 1e15), "petaflops": ("FLOP/s", "compute", 1e15),
    "exaflop": ("FLOP/s", "compute", 1e18), "exaflops": ("FLOP/s", "compute", 1e18),
    "byte": ("B", "data", 1), "kilobyte": ("B", "data", 1e3), "megabyte": ("B", "data", 1e6),
    "gigabyte": ("B", "data", 1e9), "terabyte": ("B", "data", 1e12),
    "petabyte": ("B", "data", 1e15),
    "metre": ("m", "length", 1), "meter": ("m", "length", 1), "kilometre": ("m", "length", 1e3),
    "kilometer": ("m", "length", 1e3), "centimetre": ("m", "length", 0.01),
    "centimeter": ("m", "length", 0.01), "millimetre": ("m", "length", 1e-3),
    "millimeter": ("m", "length", 1e-3), "mile": ("m", "length", 1609.344),
    "square metre": ("m2", "area", 1), "square meter": ("m2", "area", 1),
    "square kilometre": ("m2", "area", 1e6), "square kilometer": ("m2", "area", 1e6),
    "square mile": ("m2", "area", 2.589988e6), "hectare": ("m2", "area", 1e4),
    "acre": ("m2", "area", 4046.856),
    "litre": ("m3", "volume", 1e-3), "liter": ("m3", "volume", 1e-3),
    "cubic metre": ("m3", "volume", 1), "cubic meter": ("m3", "volume", 1),
    "gallon": ("m3", "volume", 3.785412e-3),
    "gram": ("kg", "mass", 1e-3), "kilogram": ("kg", "mass", 1), "tonne": ("kg", "mass", 1e3),
    "pound": ("kg", "mass", 0.45359237),  # with a scale word, money: see figures.reading
    "pound-foot": ("N*m", "torque", 1.3558179483), "pound-feet": ("N*m", "torque", 1.3558179483),
    "second": ("s", "duration", 1), "minute": ("s", "duration", 60),
    "hour": ("s", "duration", 3600), "day": ("s", "duration", 86400),
    "week": ("s", "duration", 604800), "month": ("s", "duration", 2629800),
    "year": ("s", "duration", 31557600), "decade": ("s", "duration", 315576000),
    "hertz": ("Hz", "frequency", 1), "kilohertz": ("Hz", "frequency", 1e3),
    "megahertz": ("Hz", "frequency", 1e6), "gigahertz": ("Hz", "frequency", 1e9),
    "horsepower": ("W", "power", 745.6999), "brake horsepower": ("W", "power", 745.6999),
    "volt": ("V", "voltage", 1), "kilovolt": ("V", "voltage", 1e3),
    "inch": ("m", "length", 0.0254), "inches": ("m", "length", 0.0254),
    "yard": ("m", "length", 0.9144), "nanometre": ("m", "length", 1e-9),
    "nanometer": ("m", "length", 1e-9), "micrometre": ("m", "length", 1e-6),
    "micron": ("m", "length", 1e-6), "square foot": ("m2", "area", 0.09290304),
    "square feet": ("m2", "area", 0.09290304), "cubic foot": ("m3", "volume", 0.02831685),
    "cubic feet": ("m3", "volume", 0.02831685), "millilitre": ("m3", "volume", 1e-6),
    "milliliter": ("m3", "volume", 1e-6), "barrel": ("m3", "volume", 0.158987),
    "ounce": ("kg", "mass", 0.028349523), "milligram": ("kg", "mass", 1e-6),
    "microgram": ("kg", "mass", 1e-9), "metric ton": ("kg", "mass", 1e3),
    "knot": ("m/s", "speed", 0.514444), "mile per hour": ("m/s", "speed", 0.44704),
    "miles per hour": ("m/s", "speed", 0.44704), "kilometre per hour": ("m/s", "speed", 1 / 3.6),
    "kilometres per hour": ("m/s", "speed", 1 / 3.6), "kilometer per hour": ("m/s", "speed", 1 / 3.6),
    "kilometers per hour": ("m/s", "speed", 1 / 3.6), "metre per second": ("m/s", "speed", 1),
    "metres per second": ("m/s", "speed", 1), "meters per second": ("m/s", "speed", 1),
    "part per million": ("ppm", "ratio", 1), "parts per million": ("ppm", "ratio", 1),
    "part per billion": ("ppm", "ratio", 1e-3), "parts per billion": ("ppm", "ratio", 1e-3),
    "degree celsius": ("degC", "temperature", 1), "degrees celsius": ("degC", "temperature", 1),
    "degree centigrade": ("degC", "temperature", 1),
    "degrees centigrade": ("degC", "temperature", 1),
    "degree fahrenheit": ("degC", "temperature", 5 / 9),
    "degrees fahrenheit": ("degC", "temperature", 5 / 9),
    "celsius": ("degC", "temperature", 1), "fahrenheit": ("degC", "temperature", 5 / 9),
    "kelvin": ("degC", "temperature", 1), "minutes": ("s", "duration", 60),
    "calorie": ("J", "energy", 4184), "kilocalorie": ("J", "energy", 4184),
    "pint": ("m3", "volume", 4.73176e-4), "quart": ("m3", "volume", 9.46353e-4),
    "mile per gallon": ("mpg", "fuel economy", 1), "miles per gallon": ("mpg", "fuel economy", 1),
    "sq m": ("m2", "area", 1), "sq ft": ("m2", "area", 0.09290304),
    "sq km": ("m2", "area", 1e6), "sq mi": ("m2", "area", 2.589988e6),
}
# case-sensitive symbols
_SYMBOLS: Final = {
    "W": ("W", "power", 1), "kW": ("W", "power", 1e3), "MW": ("W", "power", 1e6),
    "GW": ("W", "power", 1e9), "TW": ("W", "power", 1e12),
    "Wh": ("J", "energy", 3600), "kWh": ("J", "energy", 3.6e6), "MWh": ("J", "energy", 3.6e9),
    "GWh": ("J", "energy", 3.6e12), "TWh": ("J", "energy", 3.6e15),
    "TFLOPS": ("FLOP/s", "compute", 1e12), "PFLOPS": ("FLOP/s", "compute", 1e15),
    "EFLOPS": ("FLOP/s", "compute", 1e18),
    "KB": ("B", "data", 1e3), "MB": ("B", "data", 1e6), "GB": ("B", "data", 1e9),
    "TB": ("B", "data", 1e12), "PB": ("B", "data", 1e15),
    "km": ("m", "length", 1e3), "cm": ("m", "length", 0.01), "mm": ("m", "length", 1e-3),
    "km2": ("m2", "area", 1e6), "km²": ("m2", "area", 1e6), "m2": ("m2", "area", 1),
    "m²": ("m2", "area", 1), "ha": ("m2", "area", 1e4),
    "kg": ("kg", "mass", 1), "mph": ("m/s", "speed", 0.44704), "km/h": ("m/s", "speed", 1 / 3.6),
    "kph": ("m/s", "speed", 1 / 3.6), "mpg": ("mpg", "fuel economy", 1),
    "kcal": ("J", "energy", 4184), "sqm": ("m2", "area", 1), "km/hr": ("m/s", "speed", 1 / 3.6),
    "m/s": ("m/s", "speed", 1), "Hz": ("Hz", "frequency", 1), "kHz": ("Hz", "frequency", 1e3),
    "MHz": ("Hz", "frequency", 1e6), "GHz": ("Hz", "frequency", 1e9),
    "HZ": ("Hz", "frequency", 1), "Mhz": ("Hz", "frequency", 1e6), "Ghz": ("Hz", "frequency", 1e9),
    "′": ("m", "length", 0.3048), "″": ("m", "length", 0.0254),
    "hp": ("W", "power", 745.6999), "HP": ("W", "power", 745.6999),
    "bhp": ("W", "power", 745.6999), "V": ("V", "voltage", 1), "kV": ("V", "voltage", 1e3),
    "ft": ("m", "length", 0.3048), "mi": ("m", "length", 1609.344),
    "nm": ("m", "length", 1e-9), "μm": ("m", "length", 1e-6), "µm": ("m", "length", 1e-6),
    "g": ("kg", "mass", 1e-3), "mg": ("kg", "mass", 1e-6), "lb": ("kg", "mass", 0.45359237),
    "lbs": ("kg", "mass", 0.45359237), "oz": ("kg", "mass", 0.028349523),
    "t": ("kg", "mass", 1e3), "ml": ("m3", "volume", 1e-6), "l": ("m3", "volume", 1e-3),
    "L": ("m3", "volume", 1e-3), "min": ("s", "duration", 60), "mins": ("s", "duration", 60),
    "hrs": ("s", "duration", 3600), "hr": ("s", "duration", 3600), "ms": ("s", "duration", 1e-3),
    "Mbps": ("bit/s", "data rate", 1e6), "Gbps": ("bit/s", "data rate", 1e9),
    "kbps": ("bit/s", "data rate", 1e3), "MPa": ("Pa", "pressure", 1e6),
    "kPa": ("Pa", "pressure", 1e3), "ppm": ("ppm", "ratio", 1), "ppb": ("ppm", "ratio", 1e-3),
    "°C": ("degC", "temperature", 1), "°F": ("degC", "temperature", 5 / 9),
    "ºC": ("degC", "temperature", 1), "ºF": ("degC", "temperature", 5 / 9),
    "°": ("deg", "angle", 1), "C": ("degC", "temperature", 1), "F": ("degC", "temperature", 5 / 9),
}
# Temperatures in Fahrenheit also shift: canonical = (value - 32) * 5/9
OFFSETS: Final = {"°F": -32, "ºF": -32, "F": -32, "fahrenheit": -32, "degree fahrenheit": -32,
                  "degrees fahrenheit": -32}
# Symbols that name a unit only when glued to the number or after "°" ("30C", "5 F" is not)
GLUED_ONLY: Final = {"C", "F", "t", "l", "g"}

UNITS: dict[str, tuple[str, str, float]] = {}
for _stem, _info in _WORDS.items():
    UNITS[_stem] = _info
    UNITS[_stem + "s" if not _stem.endswith("s") else _stem] = _info
    if _stem.endswith("y"):
        UNITS[_stem[:-1] + "ies"] = _info
UNITS.update({"feet": ("m", "length", 0.3048), "foot": ("m", "length", 0.3048),
              "tons": ("kg", "mass", 907.18474), "ton": ("kg", "mass", 907.18474)})


SYMBOLS: Final = _SYMBOLS


def lookup(surface: str) -> tuple[str, str, float] | None:
    """The unit a surface form names, symbols case-sensitively, words in any case."""
    return _SYMBOLS.get(surface) or UNITS.get(surface.lower())



SCALES: Final = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                 "k": 1e3, "mn": 1e6, "m": 1e6, "mln": 1e6, "mil": 1e6, "bln": 1e9, "bn": 1e9,
                 "b": 1e9, "tn": 1e12, "trn": 1e12}

CURRENCY_SYMBOLS: Final = {
    "US$": "USD", "$US": "USD", "US $": "USD", "$": "USD", "€": "EUR",
    "C $": "CAD", "A $": "AUD", "AU $": "AUD", "HK $": "HKD", "S $": "SGD",
    "NZ $": "NZD",
    "£": "GBP", "¥": "JPY", "A$": "AUD", "$A": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "RM": "MYR", "₩": "KRW", "₽": "RUB",
    "₪": "ILS", "元": "CNY", "Y=": "JPY"}
CURRENCY_CODES: Final = {
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "CAD", "INR", "HKD", "SEK",
    "NOK", "DKK", "SGD", "NZD", "BRL", "MYR", "KRW", "RUB", "ILS", "ZAR", "MXN",
    "TRY", "PLN", "RMB"}
# currency words after a number, with the factor to the main unit ("19 cents" = USD 0.19)
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "francs": "CHF",
                  "rupees": "INR", "pounds sterling": "GBP", "shekels": "ILS", "shekel": "ILS",
                  "rand": "ZAR", "ringgit": "MYR", "won": "KRW", "roubles": "RUB",
                  "rubles": "RUB", "pesos": "MXN", "lira": "TRY", "zloty": "PLN",
                  "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "crowns": "DKK",
                  "australian dollars": "AUD", "canadian dollars": "CAD",
                  "hong kong dollars": "HKD", "singapore dollars": "SGD",
                  "new zealand dollars": "NZD", "us dollars": "USD", "u.s. dollars": "USD",
                  "chinese yuan": "CNY", "danish crowns": "DKK", "swiss francs": "CHF",
                  "cents": "USD", "cent": "USD", "pence": "GBP", "sen": "MYR"}
CURRENCY_WORDS["p"] = "GBP"
CURRENCY_FACTORS: Final = {"cents": 0.01, "cent": 0.01, "pence": 0.01, "sen": 0.01, "p": 0.01}
