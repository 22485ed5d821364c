"""Frames built with known dtypes equal what pandas infers, faster."""

import numpy as np
import pandas as pd
import pytest

from checker.frames import typed_frame

NUMERIC = {"value": "float64", "start": "int64"}


@pytest.mark.parametrize("columns", [
    {"surface": ["3,000", "11,000"], "value": [3000.0, 11000.0], "start": [10, 52], "speaker": ["Zelensky", ""]},
    {"surface": ["about 40"], "value": [None], "start": [0], "speaker": [""]},          # NaN value
    {"surface": [], "value": [], "start": [], "speaker": []},                            # no claims
    {"surface": ["5"], "value": [5.0], "start": [None], "flag": [True]},                # blank int, booleans
    {"surface": ["5", None], "value": [5.0, 6.0], "start": [1, 2], "speaker": ["a", None]},  # missing strings
])
def test_typed_frame_equals_pandas_inference(columns):
    expected = pd.DataFrame(columns)
    for name, dtype in NUMERIC.items():
        try:  # a column of blanks is NaN in a float column, not objects
            expected[name] = expected[name].astype(dtype)
        except (TypeError, ValueError):
            pass
    got = typed_frame(columns, NUMERIC)
    pd.testing.assert_frame_equal(got, expected, check_dtype=len(columns["surface"]) > 0)
    assert list(got.columns) == list(columns)


def test_numbers_keep_their_dtype():
    got = typed_frame({"value": [1, 2], "start": [3, 4]}, NUMERIC)
    assert got["value"].dtype == np.float64 and got["start"].dtype == np.int64


def test_an_empty_frame_keeps_string_and_number_dtypes():
    got = typed_frame({"surface": [], "value": [], "start": []}, NUMERIC)
    full = typed_frame({"surface": ["3,000"], "value": [3000.0], "start": [4]}, NUMERIC)
    assert (got.dtypes == full.dtypes).all()
    assert pd.api.types.is_string_dtype(got["surface"].dtype)
