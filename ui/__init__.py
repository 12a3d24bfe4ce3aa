"""The Qt user interface. It talks to app.services only: never to a Session or SQL."""
