"""Notifications' HTTP process. Operator views of failed deliveries come with the notifications issue."""

from flask import Flask

from shared.web.http import create_service_app


def create_app() -> Flask:
    return create_service_app("notifications")
