"""The Qt views over `vipps_desktop.core`: the wizard, one module per page, shared widgets."""
