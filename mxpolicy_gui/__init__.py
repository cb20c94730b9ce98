"""mxpolicy: an offline desktop reference on Mexican public policy.

Version, name and application id live here so the GUI, the CLI and the PyInstaller spec
read them from one place.
"""

__version__ = "0.2.0"
APP_NAME = "mxpolicy"
APP_DISPLAY_NAME = "mxpolicy — Mexican public policy reference"
APP_ID = "org.mxpolicy.MxPolicy"
ORG_NAME = "mxpolicy"
ORG_DOMAIN = "mxpolicy.org"
