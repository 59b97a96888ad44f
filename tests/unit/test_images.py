"""docker-compose.yml and the images built here name the same images: one variable, IMAGE_REGISTRY, picks a
registry's or this machine's, and nothing else changes between the two."""

from __future__ import annotations

import pytest

from infra import images
from tests.conftest import compose_services


def compose_images() -> dict[str, str]:
    return {name: service["image"] for name, service in compose_services().items() if name != "platform"}


def test_compose_runs_the_images_made_here_under_the_registry_variable():
    chosen = "${IMAGE_REGISTRY:-docker.io}/"
    assert compose_images() == {
        name: chosen + images.STAND_INS[name] for name in ("kafka", "postgres", "redis", "clamav")
    }


@pytest.mark.parametrize(("registry", "expected"), [(None, "docker.io"), ("localhost", "localhost")])
def test_one_variable_picks_where_the_images_come_from(monkeypatch, registry, expected):
    if registry:
        monkeypatch.setenv("IMAGE_REGISTRY", registry)
    else:
        monkeypatch.delenv("IMAGE_REGISTRY", raising=False)
    assert images.image("postgres") == f"{expected}/library/postgres:15"


def test_every_platform_image_starts_from_the_chosen_debian():
    for recipe in [images.ROOT / "Dockerfile", *images.RECIPES.glob("*/Dockerfile")]:
        assert "FROM ${IMAGE_REGISTRY}/" + images.STAND_INS["debian"] in recipe.read_text(), recipe
