"""Pure normalisers: money, dates, organisation names."""
