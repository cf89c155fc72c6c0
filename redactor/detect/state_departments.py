"""A state's department named by its portfolio: a public body, not a workplace's unit.

"The Immigration Department raided the farm", "a letter from the Department of Forestry",
"the customs department", "el departamento de trabajo": a department of a government named by
what it governs is a ministry's kind, kept as ministries are; its inspectors and clerks are
found as jobs ("a Wildlife Department inspector" keeps the department and finds the inspector).
A firm's or a hospital's department is named by what it does inside the firm ("the marketing
department", "the radiology department", "the finance department"): those stay found, as a
unit of one's workplace.

Two forms, with two lists of portfolios:

- "Department of <portfolio>" (or "Departamento de", "Département du"...): the portfolios a
  government has and a firm hardly ever names a department after (:data:`_OF_PORTFOLIOS`);
- "<portfolio> Department" said before the word, where many firms' units are named the same way
  ("the transport department", "the health and safety department"): only the portfolios no firm
  has (:data:`_BEFORE_PORTFOLIOS`: labour, fisheries, immigration, customs, public works...).
"""

from __future__ import annotations

import re

# Portfolios said before "department" that no firm's unit is named after.
_BEFORE_PORTFOLIOS = (r"labou?r|fisheries|agriculture|immigration|migration|public[^\S\n]+works|lands|customs|"
                      r"forestry|wildlife|social[^\S\n]+welfare|environmental[^\S\n]+protection|civil[^\S\n]+aviation|"
                      r"marine[^\S\n]+resources|veterinary[^\S\n]+services")
# Portfolios after "Department of": a government's (a university's departments of physics or of
# surgery are no portfolio).
_OF_PORTFOLIOS = (rf"{_BEFORE_PORTFOLIOS}|health|public[^\S\n]+health|education|environment|justice|interior|"
                  r"home[^\S\n]+affairs|foreign[^\S\n]+affairs|internal[^\S\n]+affairs|transport|infrastructure|"
                  r"tourism|employment|housing|energy|mines|mining|water|forests|fisheries|trade|commerce|"
                  r"local[^\S\n]+government|social[^\S\n]+services|"
                  # Spanish, Portuguese, Papiamento, French, Italian
                  r"salud|sa[uú]de|trabajo|trabalho|labor|educaci[oó]n|educa[cç][aã]o|agricultura|pesca|"
                  r"sant[eé]|travail|lavoro|sanit[aà]")
_DEPARTMENT = r"department|departamento|departement|département|dipartimento|dept\.?"
_JOIN = r"(?:of|for|de|di|du|des|del|da|do|della)(?:[^\S\n]+(?:the|la|el|a|l['’]))?"
# More portfolios of the same department ("of Agriculture and Rural Development").
_MORE = r"(?:(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:and|&|y|e|et)[^\S\n]+)[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)?)*"
_STATE_DEPARTMENT = re.compile(
    rf"(?:the[^\S\n]+)?(?:"
    rf"(?:{_DEPARTMENT})[^\S\n]+{_JOIN}[^\S\n]*(?:{_OF_PORTFOLIOS}){_MORE}"
    rf"|(?:{_BEFORE_PORTFOLIOS})[^\S\n]+(?:{_DEPARTMENT}))",
    re.IGNORECASE)
# "Department of" said right before a span that starts with the portfolio ("Department of" +
# "Immigration officer").
_DEPARTMENT_OF_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_DEPARTMENT})[^\S\n]+{_JOIN}[^\S\n]*$", re.IGNORECASE)
_PORTFOLIO_AT = re.compile(rf"(?:{_OF_PORTFOLIOS})(?![\w'’-])", re.IGNORECASE)


def is_state_department(span: str) -> bool:
    """The whole span names a government's department by its portfolio (see the module)."""
    return _STATE_DEPARTMENT.fullmatch(span.strip()) is not None


def portfolio_after_department(text: str, start: int) -> int | None:
    """Where the portfolio that starts at ``start`` ends when "Department of" is said right
    before it ("the Department of" + "Immigration officer"): the job after it is found alone."""
    if _DEPARTMENT_OF_BEFORE.search(text, max(0, start - 24), start) is None:
        return None
    found = _PORTFOLIO_AT.match(text, start)
    return found.end() if found is not None else None
