"""`assessor analyze` never ends in a traceback, whatever CSV it is given: it analyses the
file or refuses it with one sentence (whichever CSV reader is behind it)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.cli import cli

COLUMNS = ["cohort", "participant_id", "phase", "item_id", "topic", "correct", "sex", "organisation", "confidence"]
WORK = Path(tempfile.mkdtemp(prefix="assessor-analyze-fuzz-"))

field = st.one_of(
    st.sampled_from(["", "A", "p1", "p2", "pre", "post", "q1", "q2", "t1", "0", "1", "0.5", "2", "nan", "-1",
                     "female", "3", '"', '""', '"a,b"', " ", "\t"]),
    st.text(max_size=12),
    st.text(alphabet="xy,\"", min_size=200, max_size=3000),  # a long value in one column
)


@st.composite
def csv_files(draw) -> bytes:
    header = draw(st.one_of(st.just(COLUMNS[:6]), st.just(COLUMNS),
                            st.lists(st.sampled_from(COLUMNS + ["other"]), max_size=10)))
    rows = draw(st.lists(st.lists(field, min_size=max(0, len(header) - 1), max_size=len(header) + 1), max_size=8))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join([",".join(header)] + [",".join(r) for r in rows])
    if draw(st.booleans()):
        text += newline
    data = text.encode("utf-8")
    if draw(st.booleans()):
        data = draw(st.sampled_from([b"\xef\xbb\xbf", b"", b"\xff\xfe"])) + data
    if draw(st.integers(0, 5)) == 0:
        data += draw(st.binary(max_size=40))
    return data


def _analyze(data: bytes):
    path = WORK / "r.csv"
    path.write_bytes(data)
    return CliRunner().invoke(cli, ["analyze", str(path), "--json"])


def _no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=csv_files())
def test_any_csv_is_analysed_or_refused_in_one_sentence(data):
    _no_traceback(_analyze(data))


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_are_refused_in_one_sentence(data):
    _no_traceback(_analyze(data))


def test_a_long_value_in_one_column_is_read_not_a_crash():
    long = "x" * 300
    data = ("cohort,participant_id,phase,item_id,topic,correct\n"
            f"A,p1,pre,q1,t,1\nA,p2,pre,q2,t,0\nA,{long},pre,q1,t,1\nA,p3,pre,q1,t,1\n").encode()
    result = _analyze(data)
    assert result.exit_code == 0, result.output
