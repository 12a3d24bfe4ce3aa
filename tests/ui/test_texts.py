"""fill: a translated text's %1 … %9 filled in one pass."""

from __future__ import annotations

from ui.widgets.texts import fill


def test_each_placeholder_takes_its_value() -> None:
    assert fill("%1 could not be read: %2", "a.json", "no such file") == (
        "a.json could not be read: no such file"
    )


def test_the_translation_may_put_the_values_in_another_order() -> None:
    assert fill("%2 — %1", "first", "second") == "second — first"


def test_a_value_is_never_filled_again() -> None:
    text = fill("%1 could not be read: %2", "/tmp/my%20file%2.json", "denied")
    assert text == "/tmp/my%20file%2.json could not be read: denied"
    assert fill("%1 by %2", "%2", "Anna") == "%2 by Anna"


def test_a_placeholder_may_be_used_twice() -> None:
    assert fill("%1 and %1 again", "x") == "x and x again"


def test_a_placeholder_without_a_value_stays() -> None:
    assert fill("%1 of %2", "3") == "3 of %2"
    assert fill("100% done, %0", "x") == "100% done, %0"
