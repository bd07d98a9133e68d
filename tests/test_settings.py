"""Settings: typed, defined once, stored in the journal."""
import pytest

from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.domain.settings import PROMPT_DEPTH, REGISTRY, TEXT_SIZE
from journal_app.services.app_services import open_services


def test_defaults_until_changed_then_kept_across_restarts(services, data_dir, clock) -> None:  # noqa: ANN001
    assert services.settings.get(TEXT_SIZE) == 13
    services.settings.set(TEXT_SIZE, 16)
    services.settings.set(PROMPT_DEPTH, "gentle")
    services.close()
    reopened = open_services(data_dir, clock)
    try:
        assert reopened.settings.get(TEXT_SIZE) == 16
        assert reopened.settings.get(PROMPT_DEPTH) == "gentle"
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("setting", "value"), [(TEXT_SIZE, "large"), (TEXT_SIZE, True), (PROMPT_DEPTH, "everything")]
)
def test_a_wrong_value_is_refused_and_the_old_one_kept(services, setting, value) -> None:  # noqa: ANN001
    with pytest.raises(JournalError) as refused:
        services.settings.set(setting, value)
    assert refused.value.code is ErrorCode.BAD_SETTING
    assert services.settings.get(setting) == setting.default


def test_every_setting_default_is_valid() -> None:
    for setting in REGISTRY.values():
        assert setting.validate(setting.default) == setting.default
