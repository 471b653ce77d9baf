"""One module per wizard page; `page_class(step_id)` finds a step's page class.

Page modules are imported on first use: the wizard shows Welcome first and builds the other
pages after the first paint, so start-up does not pay for pages the user has not reached.
"""

from __future__ import annotations

import importlib

from vipps_desktop.ui.pages.base import GuidePage

# step id -> "module:Class"; adding a step is one line here plus its module.
PAGE_CLASSES = {
    "welcome": "welcome:WelcomePage",
    "prerequisites": "prerequisites:PrerequisitesPage",
    "domain": "domain:DomainPage",
    "callback": "callback:CallbackPage",
    "order": "order:OrderPage",
    "waiting": "waiting:WaitingPage",
    "portal": "portal:PortalPage",
    "credentials": "credentials:CredentialsPage",
    "submit": "submit:SubmitPage",
    "done": "done:DonePage",
}


def page_class(step_id: str) -> type[GuidePage]:
    module_name, _, class_name = PAGE_CLASSES[step_id].partition(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    cls = getattr(module, class_name)
    assert isinstance(cls, type) and issubclass(cls, GuidePage)
    return cls
