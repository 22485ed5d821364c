"""DataFrames built from column lists with their dtypes known.

The claim stages produce plain lists per column; a frame is built from them
once per document (``checker.extract``) or once per corpus. Left to itself,
pandas infers every column's dtype by scanning its values, and in pandas 3
turns each column of strings into an Arrow array one value at a time: on a
300-byte RSS item that costs more than finding its figures. Here numbers go
straight into NumPy arrays and strings into one Arrow array per column, giving
the frame ``pd.DataFrame(columns)`` would give, faster.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping

import numpy as np
import pandas as pd


@lru_cache(maxsize=1)
def string_dtype() -> Any:
    """The dtype pandas gives a column of strings by default (Arrow-backed "str" in pandas 3, object before)."""
    return pd.Series(["x"]).dtype


def typed_frame(columns: Mapping[str, list[Any]], numeric: Mapping[str, str]) -> pd.DataFrame:
    """A frame of ``columns`` in their order, equal to ``pd.DataFrame(columns)`` for well-typed lists.

    ``numeric`` names the columns that hold numbers and their NumPy dtype
    ("int64", "float64"; None/NaN in a float column is NaN). Every other column
    is taken as strings when all its values are strings, else left to pandas
    (booleans, mixed or object columns keep pandas' own inference).
    """
    dtype = string_dtype()
    # Without pyarrow (or before pandas 3) strings are left to pandas; numbers
    # get their dtype either way, so a column of blanks is still float.
    arrow = getattr(dtype, "storage", None) == "pyarrow"
    if arrow:
        import pyarrow

    arrays: dict[str, Any] = {}
    typed = True
    for name, values in columns.items():
        if name in numeric:
            try:
                arrays[name] = np.array(values, dtype=numeric[name])
                continue
            except (TypeError, ValueError):  # a blank in an int column: pandas decides
                pass
        elif all(type(value) is str for value in values):
            # Also for no values at all: an empty column of strings is still a string column.
            if arrow:
                arrays[name] = pd.arrays.ArrowStringArray(pyarrow.array(values, type=pyarrow.large_string()),
                                                          dtype=dtype)
            elif dtype == object:
                arrays[name] = np.array(values, dtype=object)
            else:
                arrays[name] = pd.array(values, dtype=dtype)
            continue
        arrays[name] = values
        typed = False
    lengths = {len(array) for array in arrays.values()}
    from_arrays = getattr(pd.DataFrame, "_from_arrays", None)
    if typed and from_arrays is not None and len(lengths) == 1:
        # Arrays of one length with their final dtypes need no checking: pandas'
        # own constructor from arrays (what pd.DataFrame calls after checking)
        # halves the cost; the public constructor is the fallback, and tests
        # compare the two.
        return from_arrays(list(arrays.values()), columns=pd.Index(list(arrays)),
                           index=pd.RangeIndex(lengths.pop()), verify_integrity=False)
    return pd.DataFrame(arrays, copy=False)
