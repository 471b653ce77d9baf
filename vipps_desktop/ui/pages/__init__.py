"""One module per wizard page; `PAGES` maps core's step ids to their page classes."""

from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.pages.callback import CallbackPage
from vipps_desktop.ui.pages.credentials import CredentialsPage
from vipps_desktop.ui.pages.domain import DomainPage
from vipps_desktop.ui.pages.done import DonePage
from vipps_desktop.ui.pages.order import OrderPage
from vipps_desktop.ui.pages.portal import PortalPage
from vipps_desktop.ui.pages.prerequisites import PrerequisitesPage
from vipps_desktop.ui.pages.submit import SubmitPage
from vipps_desktop.ui.pages.waiting import WaitingPage
from vipps_desktop.ui.pages.welcome import WelcomePage

PAGES: dict[str, type[GuidePage]] = {
    page.step_id: page
    for page in (WelcomePage, PrerequisitesPage, DomainPage, CallbackPage, OrderPage,
                 WaitingPage, PortalPage, CredentialsPage, SubmitPage, DonePage)
}
