"""Fees' HTTP process. Journal and payment endpoints come with the fees issue; for now: health."""

from flask import Flask

from shared.http import create_service_app


def create_app() -> Flask:
    return create_service_app("fees")
