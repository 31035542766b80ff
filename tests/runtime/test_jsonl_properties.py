"""Property-based tests of the JSON Lines decoder (hypothesis).

Whatever the values and however their lines are split into reads, the decoder gives back the
values; whatever the bytes, any split decodes as the whole buffer does, and the only exception
is the decoder's own, naming the same line.
"""

from __future__ import annotations

import json
from typing import Any, List, Tuple, Union

from hypothesis import given, settings
from hypothesis import strategies as st

from zaguan._runtime import JSONLinesDecoder, JSONLinesError

SETTINGS = settings(max_examples=300, deadline=None)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def split(draw: st.DrawFn, data: bytes) -> List[bytes]:
    """``data`` cut at arbitrary places (empty reads and cuts inside characters included)."""
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=10)))
    bounds = [0, *cuts, len(data)]
    return [data[a:b] for a, b in zip(bounds, bounds[1:])]


@st.composite
def encoded(draw: st.DrawFn) -> Tuple[List[Any], bytes]:
    """Values, and a JSON Lines body of them: LF or CRLF ends, blank lines, maybe a byte order
    mark, maybe no LF after the last line, non-ASCII written raw or escaped."""
    values = draw(st.lists(JSON, max_size=8))
    bom: bool = draw(st.booleans())
    parts: List[bytes] = [b"\xef\xbb\xbf"] if bom else []
    for value in values:
        text = json.dumps(value, ensure_ascii=draw(st.booleans()))
        parts.append(text.encode() + draw(st.sampled_from([b"\n", b"\r\n", b"\n\n", b"\n \n"])))
    unterminated: bool = draw(st.booleans())
    if parts and unterminated:
        parts[-1] = parts[-1].rstrip(b"\r\n ")
    return values, b"".join(parts)


def decode(reads: List[bytes]) -> Union[List[Any], Tuple[str, int]]:
    """The values, or the error's name and line: what a reader of the body would see."""
    decoder = JSONLinesDecoder()
    values: List[Any] = []
    try:
        for read in reads:
            values.extend(decoder.feed(read))
        values.extend(decoder.flush())
    except JSONLinesError as exc:
        return "JSONLinesError", exc.line
    return values


@SETTINGS
@given(encoded().flatmap(lambda case: st.tuples(st.just(case[0]), split(case[1]))))
def test_any_split_of_encoded_values_decodes_to_the_values(
    case: Tuple[List[Any], List[bytes]],
) -> None:
    values, reads = case
    assert decode(reads) == values


_BYTES = st.one_of(
    encoded().map(lambda case: case[1]),
    st.binary(max_size=120),
    st.tuples(encoded().map(lambda case: case[1]), st.binary(max_size=8)).map(b"".join),
)


@SETTINGS
@given(_BYTES.flatmap(lambda data: st.tuples(st.just(data), split(data))))
def test_any_split_of_any_bytes_decodes_as_the_whole_buffer(
    case: Tuple[bytes, List[bytes]],
) -> None:
    data, reads = case
    assert decode(reads) == decode([data])
