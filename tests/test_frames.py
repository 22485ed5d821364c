"""Frames built with known dtypes equal what pandas infers, faster."""

import pickle

import numpy as np
import pandas as pd
import pytest

from checker import frames
from checker.frames import typed_frame

NUMERIC = {"value": "float64", "start": "int64"}


@pytest.fixture(params=["blocks", "arrays"])
def frame_path(request, monkeypatch):
    """Both construction paths: blocks made directly, and arrays handed to pandas (a pandas whose blocks are unknown)."""
    if request.param == "arrays":
        monkeypatch.setattr(frames, "_block_types", lambda: None)
    elif frames._block_types() is None:
        pytest.skip("this pandas' block classes are not where frames.py looks")
    return request.param


@pytest.mark.parametrize("columns", [
    {"surface": ["3,000", "11,000"], "value": [3000.0, 11000.0], "start": [10, 52], "speaker": ["Zelensky", ""]},
    {"surface": ["about 40"], "value": [None], "start": [0], "speaker": [""]},          # NaN value
    {"surface": [], "value": [], "start": [], "speaker": []},                            # no claims
    {"surface": ["5"], "value": [5.0], "start": [None], "flag": [True]},                # blank int, booleans
    {"surface": ["5", None], "value": [5.0, 6.0], "start": [1, 2], "speaker": ["a", None]},  # missing strings
])
def test_typed_frame_equals_pandas_inference(columns, frame_path):
    expected = pd.DataFrame(columns)
    for name, dtype in NUMERIC.items():
        try:  # a column of blanks is NaN in a float column, not objects
            expected[name] = expected[name].astype(dtype)
        except (TypeError, ValueError):
            pass
    got = typed_frame(columns, NUMERIC)
    pd.testing.assert_frame_equal(got, expected, check_dtype=len(columns["surface"]) > 0)
    assert list(got.columns) == list(columns)


def test_numbers_keep_their_dtype(frame_path):
    got = typed_frame({"value": [1, 2], "start": [3, 4]}, NUMERIC)
    assert got["value"].dtype == np.float64 and got["start"].dtype == np.int64


def test_an_empty_frame_keeps_string_and_number_dtypes(frame_path):
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


@pytest.mark.parametrize("unchecked", ["direct", "from_pyarrow", "public"])
def test_many_string_columns_keep_their_own_values(monkeypatch, unchecked, frame_path):
    expected = pd.DataFrame(MANY_STRINGS)  # before the patch: pandas itself uses the unchecked constructors
    if unchecked == "from_pyarrow":  # arrays not made directly: pandas' own unchecked constructor
        monkeypatch.setattr(frames, "_arrow_fields", lambda: frozenset())
    if unchecked == "public":  # pandas without the unchecked array constructors: the public ones give the same frame
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


def test_frames_of_the_same_columns_change_independently(frame_path):
    # Frames of one column list share their block layout: a column inserted or a value set
    # in one frame must leave the next frame's columns where they are.
    first = typed_frame(MANY_STRINGS, NUMERIC)
    first.insert(0, "line", [1, 2, 3])
    first.loc[1, "value"] = -1.0
    first.loc[0, "unit"] = "metre"
    second = typed_frame(MANY_STRINGS, NUMERIC)
    pd.testing.assert_frame_equal(second, pd.DataFrame(MANY_STRINGS))
    assert first["entity"].tolist() == ["death", "", "aid"] and first.loc[2, "start"] == 120


def test_int_and_float_columns_in_any_order_keep_their_places(frame_path):
    columns = {"end": [5, 9], "surface": ["a", "b"], "value": [1.5, 2.5], "start": [0, 4], "low": [1.0, None]}
    numeric = {"end": "int64", "value": "float64", "start": "int64", "low": "float64"}
    got = typed_frame(columns, numeric)
    assert list(got.columns) == list(columns)
    assert got["end"].tolist() == [5, 9] and got["start"].tolist() == [0, 4] and got["value"].tolist() == [1.5, 2.5]
    assert np.isnan(got.loc[1, "low"]) and got["surface"].tolist() == ["a", "b"]


def test_a_datetime_column_is_left_to_pandas_blocks(frame_path):
    # Datetimes live in their own block type: the direct path hands them back to pandas.
    columns = {"when": [np.datetime64("2023-02-06"), np.datetime64("2023-02-07")], "surface": ["a", "b"]}
    got = typed_frame(columns, {"when": "datetime64[ns]"})
    expected = pd.DataFrame(columns).astype({"when": "datetime64[ns]"})
    pd.testing.assert_frame_equal(got, expected)
    assert got["when"].dt.day.tolist() == [6, 7]


def test_string_arrays_made_directly_are_what_pandas_makes():
    # The direct path copies what _from_pyarrow_array sets; it is taken only when that is all it sets.
    dtype = frames.string_dtype()
    if getattr(dtype, "storage", None) != "pyarrow":
        pytest.skip("strings are not Arrow-backed without pyarrow")
    assert frames._arrow_fields() == frames.ARROW_FIELDS
    got = typed_frame(MANY_STRINGS, NUMERIC)["speaker"].array
    assert type(got) is pd.arrays.ArrowStringArray and got.dtype == dtype
    assert got.tolist() == ["Turkey's disaster agency", "", "the White House"]
    assert (got == "the White House").tolist() == [False, False, True]


@pytest.mark.parametrize("columns", [
    {"surface": [], "value": [], "start": [], "speaker": []},
    {"surface": ["3,000", "11,000"], "value": [3000.0, 11000.0], "start": [10, 52], "speaker": ["Zelensky", ""]},
])
def test_a_shallow_copy_is_pandas_own_and_changes_apart(columns, frame_path):
    original = typed_frame(columns, NUMERIC)
    copied = frames.shallow_copy(original)
    pd.testing.assert_frame_equal(copied, original.copy(deep=False))
    assert list(copied.dtypes) == list(original.dtypes)
    copied["extra"] = 1
    copied.insert(0, "first", 0)
    copied.loc[:, "speaker"] = "x"
    copied.loc[:, "start"] = 7
    pd.testing.assert_frame_equal(original, typed_frame(columns, NUMERIC))
    assert list(frames.shallow_copy(original).columns) == list(columns)


def test_frames_of_one_length_do_not_share_a_renamable_row_index(frame_path):
    first = typed_frame(MANY_STRINGS, NUMERIC)
    first.index.name = "row"
    first.index = first.index + 10
    second = typed_frame(MANY_STRINGS, NUMERIC)
    assert second.index.name is None and second.index.tolist() == [0, 1, 2]
    pd.testing.assert_frame_equal(second, pd.DataFrame(MANY_STRINGS))
