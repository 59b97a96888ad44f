"""Routing's HTTP process. The caseworker API comes with the routing issue; for now it reports health."""

from flask import Flask

from shared.http import create_service_app


def create_app() -> Flask:
    return create_service_app("routing")
