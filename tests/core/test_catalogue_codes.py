"""Criterion codes checked against the catalogue, and the nearest known ones suggested."""

from hypothesis import given, strategies as st

from parapp.core.catalogue import all_codes, catalogue_for_year, code_is_known, nearest_codes, shipped_catalogues

CAT = catalogue_for_year(shipped_catalogues(), 2026)
OLD = catalogue_for_year(shipped_catalogues(), 2018)


@given(st.sampled_from(all_codes(CAT)), st.lists(st.integers(1, 12), max_size=2))
def test_every_criterion_and_its_parts_are_known(code, parts):
    assert code_is_known(CAT, ".".join([code, *map(str, parts)]))


@given(st.integers(8, 99), st.integers(1, 20))
def test_codes_of_an_area_the_catalogue_lacks_are_unknown(area, n):
    code = f"{area}.{n}"
    assert not code_is_known(CAT, code)
    near = nearest_codes(CAT, code)
    assert len(near) == 3 and set(near) <= set(all_codes(CAT))


def test_suggestions_start_in_the_same_area_and_spelling():
    assert not code_is_known(CAT, "2.9") and nearest_codes(CAT, "2.9")[0].startswith("2.")
    assert nearest_codes(CAT, "1.7")[0] == "1.6" and nearest_codes(CAT, "3.10")[0] == "3.1"
    assert code_is_known(OLD, "8.4") and not code_is_known(CAT, "8.4")  # the year decides the catalogue
    assert code_is_known(CAT, "8.4", extra=["8.4"])  # a province's own code, from its PAR INDEX set
