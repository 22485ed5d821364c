"""DataFrames built from column lists with their dtypes known.

The claim stages produce plain lists per column; a frame is built from them
once per document (``checker.extract``) or once per corpus. Left to itself,
pandas infers every column's dtype by scanning its values, and in pandas 3
turns each column of strings into an Arrow array one value at a time: on a
300-byte RSS item that costs more than finding its figures. Here numbers go
straight into NumPy arrays and all string columns into one Arrow array (cut
into zero-copy slices, one per column), giving the frame
``pd.DataFrame(columns)`` would give, faster.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain
from typing import Any, Mapping

import numpy as np
import pandas as pd


#: The value types of a column taken as strings: ``str`` itself (a subclass such as ``numpy.str_`` is left
#: to pandas). Compared with the set of a column's types, which C builds faster than a loop over the values.
ONLY_STR = frozenset((str,))


@lru_cache(maxsize=1)
def string_dtype() -> Any:
    """The dtype pandas gives a column of strings by default (Arrow-backed "str" in pandas 3, object before)."""
    return pd.Series(["x"]).dtype


@lru_cache(maxsize=16)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    # A frame's column Index costs a quarter of a small frame to build (pandas
    # infers its dtype); every claims frame has the same few name lists. Callers
    # take a view, so renaming one frame's Index never reaches another frame.
    return pd.Index(list(names))


@lru_cache(maxsize=64)
def _row_index(rows: int) -> pd.RangeIndex:
    # A frame's row index, made once per row count (a RangeIndex costs five times its view); callers
    # take a view, as for :func:`_column_index`, so naming one frame's index never names another's.
    return pd.RangeIndex(rows)


def typed_frame(columns: Mapping[str, list[Any]], numeric: Mapping[str, str]) -> pd.DataFrame:
    """A frame of ``columns`` in their order, equal to ``pd.DataFrame(columns)`` for well-typed lists.

    ``numeric`` names the columns that hold numbers and their NumPy dtype
    ("int64", "float64"; None/NaN in a float column is NaN). Every other column
    is taken as strings when all its values are strings, else left to pandas
    (booleans, mixed or object columns keep pandas' own inference).
    """
    # Also for no values at all: an empty column of strings is still a string column.
    strings = [name for name in columns if name not in numeric]
    all_strings = True  # whether every column not in ``numeric`` holds only strings
    if not set(map(type, chain.from_iterable([columns[name] for name in strings]))) <= ONLY_STR:
        # (One set for all the columns first: in a claims frame they are all strings.)
        strings = [name for name in strings if set(map(type, columns[name])) <= ONLY_STR]
        all_strings = False
    lengths = {len(values) for values in columns.values()}
    if len(lengths) == 1 and all_strings:
        frame = _frame_from_blocks(columns, numeric, strings, next(iter(lengths)))
        if frame is not None:
            return frame
    string_names = frozenset(strings)
    arrays: dict[str, Any] = {}
    typed = True
    for name, values in columns.items():
        if name in numeric:
            try:
                arrays[name] = np.array(values, dtype=numeric[name])
                continue
            except (TypeError, ValueError):  # a blank in an int column: pandas decides
                pass
        elif name in string_names:
            arrays[name] = None  # placed here to keep the column order; converted together below
            continue
        arrays[name] = values
        typed = False
    arrays.update(_string_arrays(columns, strings))
    from_arrays = getattr(pd.DataFrame, "_from_arrays", None)
    if typed and from_arrays is not None and len(lengths) == 1:
        # Arrays of one length with their final dtypes need no checking: pandas'
        # own constructor from arrays (what pd.DataFrame calls after checking)
        # halves the cost; the public constructor is the fallback, and tests
        # compare the two.
        return from_arrays(list(arrays.values()), columns=_column_index(tuple(arrays)).view(),
                           index=pd.RangeIndex(lengths.pop()), verify_integrity=False)
    return pd.DataFrame(arrays, copy=False)


@lru_cache(maxsize=1)
def _block_types() -> tuple[Any, Any, Any, Any] | None:
    """pandas' block classes (NumpyBlock, ExtensionBlock, BlockPlacement, BlockManager), or None.

    None when this pandas has them elsewhere or keeps strings as objects
    (before pandas 3: 2-D object blocks, not one extension array a column).
    """
    try:
        from pandas._libs.internals import BlockPlacement
        from pandas.core.internals.blocks import ExtensionBlock, NumpyBlock
        from pandas.core.internals.managers import BlockManager
    except ImportError:
        return None
    if not hasattr(pd.DataFrame, "_from_mgr") or not isinstance(string_dtype(), pd.api.extensions.ExtensionDtype):
        return None
    return NumpyBlock, ExtensionBlock, BlockPlacement, BlockManager


#: NumPy dtype kinds a plain 2-D NumPy block holds (booleans, integers, floats; not datetimes).
NUMPY_BLOCK_KINDS = frozenset("biuf")


@lru_cache(maxsize=16)
def _block_layout(kinds: tuple[str | None, ...]) -> tuple[tuple[tuple[str, tuple[int, ...], Any], ...],
                                                            tuple[Any, ...]] | None:
    """How the blocks of a frame whose columns have ``kinds`` (a column's dtype, None for strings) are laid
    out: for each NumPy dtype, its columns' positions and their BlockPlacement; then the BlockPlacement of
    each string column in order. None when a dtype is not a plain NumPy block's (or pandas' blocks are not
    known).

    Worked out once per column list: the placements are immutable (pandas itself shares one between a block
    and its shallow copies), and making them was a tenth of a small frame's cost.
    """
    types = _block_types()
    if types is None:
        return None
    placement = types[2]
    groups: dict[str, list[int]] = {}
    strings: list[Any] = []
    for position, kind in enumerate(kinds):
        if kind is None:
            strings.append(placement(slice(position, position + 1)))
            continue
        if np.dtype(kind).kind not in NUMPY_BLOCK_KINDS:
            return None
        groups.setdefault(kind, []).append(position)
    numeric = tuple((kind, tuple(positions), placement(np.array(positions, dtype=np.intp)))
                    for kind, positions in groups.items())
    return numeric, tuple(strings)


def _frame_from_blocks(columns: Mapping[str, list[Any]], numeric: Mapping[str, str], strings: list[str],
                       rows: int) -> pd.DataFrame | None:
    """The frame laid out as pandas lays it out (one 2-D block per number dtype, one block per string
    column), its blocks made directly; None when this pandas' blocks are not known or a numeric
    column does not convert (a blank in an int column: pandas decides).

    ``_from_arrays`` groups the columns into blocks again for every frame and
    checks each array's shape, and the public ``create_dataframe_from_blocks``
    checks each block's: two thirds of a claims frame's cost (34 columns, a
    few rows). Here the grouping is worked out once per column list, and the
    arrays are of one length by construction; tests compare the result with
    ``pd.DataFrame``.
    """
    names = tuple(columns)
    if _block_types() is None:
        return None
    layout = _block_layout(tuple([numeric.get(name) for name in names]))
    if layout is None:
        return None
    numpy_block, extension_block, _, manager = _block_types()
    numeric_layout, string_placements = layout
    values = list(columns.values())
    blocks = []
    for kind, positions, placement in numeric_layout:
        try:
            array = np.array([values[i] for i in positions], dtype=kind)
        except (TypeError, ValueError):
            return None
        blocks.append(numpy_block(array, ndim=2, placement=placement))
    # (``strings`` are the columns of kind None, in column order: the placements' order.)
    for array, placement in zip(_string_arrays(columns, strings).values(), string_placements):
        blocks.append(extension_block(array, ndim=2, placement=placement))
    blocks_manager = manager(tuple(blocks), [_column_index(names).view(), _row_index(rows).view()],
                             verify_integrity=False)
    return pd.DataFrame._from_mgr(blocks_manager, blocks_manager.axes)


def shallow_copy(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame.copy(deep=False)``, made without pandas' per-block dispatch.

    The claim stages hand out a copy of one cached frame without rows for every
    text without figures (most RSS items); pandas' ``copy`` goes through
    ``BlockManager.apply`` and cost five times what the same blocks cost made
    here: each block's values as a view, its placement, and its references, so
    that copy-on-write sees the two frames share them, as ``Block.copy`` does.
    """
    types = _block_types()
    mgr = frame._mgr
    if types is None or type(mgr) is not types[3]:
        return frame.copy(deep=False)
    blocks = tuple([type(block)(block.values.view(), placement=block._mgr_locs, ndim=block.ndim, refs=block.refs)
                    for block in mgr.blocks])
    copied = types[3](blocks, [axis.view() for axis in mgr.axes], verify_integrity=False)
    if mgr._blknos is not None:
        copied._blknos, copied._blklocs = mgr._blknos.copy(), mgr._blklocs.copy()
    return frame._constructor_from_mgr(copied, axes=copied.axes).__finalize__(frame, method="copy")


def _string_arrays(columns: Mapping[str, list[Any]], names: list[str]) -> dict[str, Any]:
    """The columns ``names`` (all values ``str``) as arrays of pandas' default string dtype."""
    if not names:
        return {}
    dtype = string_dtype()
    if getattr(dtype, "storage", None) == "pyarrow":
        return _arrow_strings(columns, names, dtype)
    if dtype == object:  # pandas before 3
        return {name: np.array(columns[name], dtype=object) for name in names}
    # pandas 3 without pyarrow: NumPy-backed StringArrays. The values are known to be
    # strings, so the unchecked constructor is taken when this pandas has it.
    array_type = pd.arrays.StringArray
    simple_new = getattr(array_type, "_simple_new", None)
    if simple_new is None:
        return {name: array_type(np.array(columns[name], dtype=object), dtype=dtype) for name in names}
    return {name: simple_new(np.array(columns[name], dtype=object), dtype) for name in names}


@lru_cache(maxsize=1)
def _arrow_template() -> Any:
    # An empty ArrowStringArray of :func:`string_dtype`: _from_pyarrow_array copies its dtype. Never
    # handed out. (No dtype argument: hashing a pandas dtype for the cache costs more than the lookup.)
    import pyarrow

    return pd.arrays.ArrowStringArray(pyarrow.array([], type=pyarrow.large_string()), dtype=string_dtype())


#: The attributes of an ArrowStringArray made by pandas' ``_from_pyarrow_array`` (pandas 3.0 and 3.1).
ARROW_FIELDS = frozenset({"_pa_array", "_dtype", "_cache"})


@lru_cache(maxsize=1)
def _arrow_fields() -> frozenset[str]:
    """The attributes ``_from_pyarrow_array`` gives an array of :func:`string_dtype`: when they are
    :data:`ARROW_FIELDS` (and its dtype is that dtype itself), setting them makes the same array."""
    import pyarrow

    made = _arrow_template()._from_pyarrow_array(
        pyarrow.chunked_array([pyarrow.array(["x"], type=pyarrow.large_string())]))
    fields = frozenset(getattr(made, "__dict__", ()))
    return fields if getattr(made, "_dtype", None) is string_dtype() else frozenset()


def _arrow_strings(columns: Mapping[str, list[Any]], names: list[str], dtype: Any) -> dict[str, Any]:
    """The string columns ``names`` as ArrowStringArrays: one Arrow array for all of them, sliced.

    Each ``pyarrow.array`` call has a fixed cost (~2 us) that a frame of 25
    string columns of two values pays 25 times; one call over the columns laid
    end to end, cut into zero-copy slices, pays it once. The slices share one
    buffer; pandas pickles each column on its own (``combine_chunks``), so a
    Dask worker receives only its column's bytes.
    """
    import pyarrow

    sizes = [len(columns[name]) for name in names]
    # A chunked array's slices are the chunked arrays pandas stores: nothing to re-wrap per column.
    flat = pyarrow.chunked_array([pyarrow.array(list(chain.from_iterable(columns[name] for name in names)),
                                                type=pyarrow.large_string())])
    # pandas' ArrowStringArray constructor checks and re-wraps its input (~3 us a column);
    # pandas 3 builds its own results from Arrow arrays with _from_pyarrow_array, which
    # needs an instance to copy the dtype from. The checked constructor is the fallback.
    template = _arrow_template()
    wrap = getattr(template, "_from_pyarrow_array", None)
    arrays = {}
    offset = 0
    if wrap is not None and dtype is string_dtype() and _arrow_fields() == ARROW_FIELDS:
        # What _from_pyarrow_array makes, less its checks of what is known here (an Arrow
        # chunked array of large strings): a third of a claims frame's cost went to them.
        # (Written out in the loop: a call per column was a tenth of a small frame's cost.)
        array_type = type(template)
        new = array_type.__new__
        for name, size in zip(names, sizes):
            made = arrays[name] = new(array_type)
            made._pa_array, made._dtype, made._cache = flat.slice(offset, size), dtype, {}
            offset += size
        return arrays
    if wrap is None:
        wrap = lambda array: pd.arrays.ArrowStringArray(array, dtype=dtype)  # noqa: E731
    for name, size in zip(names, sizes):
        arrays[name] = wrap(flat.slice(offset, size))
        offset += size
    return arrays
