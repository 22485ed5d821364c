"""Frames built with known dtypes equal what pandas infers, faster."""

import pickle

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


# Many string columns of different lengths of text: the columns are cut from one Arrow array, so a slice
# taken at the wrong offset would show another column's words here.
MANY_STRINGS = {
    "claim_id": ["c1", "c2", "c3"],
    "surface": ["more than 6,000", "21,000", "$1.375 billion"],
    "value": [6000.0, 21000.0, 1.375e9],
    "speaker": ["Turkey's disaster agency", "", "the White House"],
    "start": [14, 80, 120],
    "unit": ["count", "count", "dollar"],
    "entity": ["death", "", "aid"],
    "claim_date": ["2023-02-07", "2023-02-09", ""],
}


@pytest.mark.parametrize("unchecked", [True, False])
def test_many_string_columns_keep_their_own_values(monkeypatch, unchecked):
    expected = pd.DataFrame(MANY_STRINGS)  # before the patch: pandas itself uses the unchecked constructors
    if not unchecked:  # pandas without the unchecked array constructors: the public ones give the same frame
        monkeypatch.setattr(pd.arrays.ArrowStringArray, "_from_pyarrow_array", None, raising=False)
        monkeypatch.setattr(pd.arrays.StringArray, "_simple_new", None, raising=False)
    got = typed_frame(MANY_STRINGS, NUMERIC)
    monkeypatch.undo()
    pd.testing.assert_frame_equal(got, expected)
    assert got["speaker"].tolist() == ["Turkey's disaster agency", "", "the White House"]
    assert got.loc[2, "unit"] == "dollar" and got.loc[0, "claim_date"] == "2023-02-07"


def test_frames_do_not_share_a_renamable_column_index():
    first = typed_frame(MANY_STRINGS, NUMERIC)
    first.columns.name = "claims"
    assert typed_frame(MANY_STRINGS, NUMERIC).columns.name is None


def test_a_pickled_column_round_trips():
    # Dask sends columns to workers pickled: a column cut from the shared array comes back as itself.
    got = typed_frame(MANY_STRINGS, NUMERIC)
    column = pickle.loads(pickle.dumps(got["entity"]))
    pd.testing.assert_series_equal(column, got["entity"])


@pytest.mark.parametrize("surface", [
    [np.str_("3,000"), np.str_("11,000")],  # a str subclass: pandas decides, as for any other type
    ["3,000", np.str_("11,000")],
    ["3,000", 11000],                          # mixed: objects
])
def test_columns_not_all_of_type_str_are_left_to_pandas(surface):
    columns = {"surface": surface, "value": [3000.0, 11000.0], "start": [10, 52]}
    pd.testing.assert_frame_equal(typed_frame(columns, NUMERIC), pd.DataFrame(columns))
